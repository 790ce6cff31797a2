"""Simple negation: is a cue preceded, within three words, by a negator?"""

from __future__ import annotations

import re
from bisect import bisect_left

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document

_WORD = re.compile(r"[\w']+")
# punctuation that ends a negator's reach
_BREAK = re.compile(r"[.!?;:,\n]")
# words allowed between a negator and the cue it negates ("not very afraid")
MAX_GAP = 2
# "will not stop shaking", "could not help laughing": the negator negates the
# verb in the gap, and the cue itself still holds.
_KEEPS = frozenset({"stop", "stops", "stopped", "stopping", "help", "cease", "quit"})


def negated(doc: Document, offset: int) -> bool:
    """True when the cue at ``offset`` is negated ("not afraid", "never failed")."""
    spans = doc.cache.get("negators")
    if spans is None:
        spans = ([h.start for h in hits(doc, "negation")], [h.end for h in hits(doc, "negation")])
        doc.cache["negators"] = spans
    starts, ends = spans
    i = bisect_left(starts, offset) - 1
    if i < 0:
        return False
    # (searched in place: the gap back to the last negator may be long)
    if _BREAK.search(doc.text, ends[i], offset) is not None:
        return False
    gap = doc.text[ends[i] : offset]
    words = _WORD.findall(gap.lower())
    return len(words) <= MAX_GAP and not any(w in _KEEPS for w in words)
