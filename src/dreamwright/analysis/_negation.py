"""Simple negation: is a cue preceded, within three words, by a negator?"""

from __future__ import annotations

import re
from bisect import bisect_left

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document

_WORD = re.compile(r"[\w']+")
# words allowed between a negator and the cue it negates ("not very afraid")
MAX_GAP = 2


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
    gap = doc.text[ends[i] : offset]
    if any(ch in gap for ch in ".!?;:,\n"):
        return False
    return len(_WORD.findall(gap)) <= MAX_GAP
