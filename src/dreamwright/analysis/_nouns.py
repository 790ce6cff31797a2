"""Shared machinery for noun lexicons written as ``"singular|plural" = "tags"``.

Characters and places are authored this way. Each form is compiled into a
single lexicon whose categories are the tags, plus ``plural`` for the second
form and ``key:<singular>`` so mentions of one noun can be merged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from dreamwright.analysis._lexicon import Lexicon
from dreamwright.analysis._text import Document

DETERMINERS = (
    "my|our|your|his|her|their|its|the|a|an|some|several|many|two|three|four|five|"
    "these|those|this|that|another|every|each|all|all the|no|[\\w-]+'s"
)
_NOT_ADJ = (
    "of|with|and|or|to|in|on|at|by|for|from|as|that|this|who|which|a|an|the|my|your|"
    "his|her|their|our|its|is|are|was|were|be|been|i|you|he|she|they|we|it"
)
_DET = re.compile(
    r"(?:^|(?<=\s))(?P<det>" + DETERMINERS + r")\s+(?P<adjs>(?:(?!(?:" + _NOT_ADJ + r")\b)"
    r"[\w'-]+,?\s+){0,2})$",
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"([\w'-]+)\s+$")


def noun_lexicon(name: str, table: Mapping[str, str]) -> Lexicon:
    categories: dict[str, list[str]] = {}
    for key, value in table.items():
        forms = [f.strip() for f in key.split("|")]
        tags = value.split()
        for n, form in enumerate(forms):
            for tag in (*tags, f"key:{forms[0]}", *(["plural"] if n else [])):
                categories.setdefault(tag, []).append(form)
    return Lexicon(name, categories)


def noun_phrase(doc: Document, start: int, end: int) -> tuple[str, str, list[str]]:
    """(phrase text, determiner, modifier words) for the noun at ``start:end``."""
    left = doc.left(start, 40)
    noun = doc.text[start:end]
    m = _DET.search(left)
    if m:
        det = m.group("det").lower()
        adjs = m.group("adjs")
        words = [w.strip(",").lower() for w in adjs.split()]
        text = " ".join((m.group("det") + " " + adjs + noun).split())
        return text, det, words
    prev = _PREV_WORD.search(left)
    if prev:
        return noun, "", [prev.group(1).lower()]
    return noun, "", []


@cache
def key_of(categories: frozenset[str]) -> str:
    keys = sorted(c for c in categories if c.startswith("key:"))
    return keys[0][4:] if keys else ""


def dreamer_possessives(person: str) -> frozenset[str]:
    """The possessive determiners that mark something as the dreamer's own."""
    if person == "second":
        return frozenset({"your"})
    if person == "third":
        return frozenset({"his", "her", "their"})
    return frozenset({"my", "our"})
