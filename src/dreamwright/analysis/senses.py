"""Senses and imagery: which phrases evoke sight, sound, smell, taste, touch
and movement, which colours appear, and how dense the imagery is."""

from __future__ import annotations

import re

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.report import SENSES, Sense, Senses

# A phrase is the cue with up to two words either side, not crossing punctuation.
# Both sides are matched forwards from the cue: the right in the text, the left
# in the reversed text (the longest run of up to two words ending at the cue).
_SIDE = re.compile(r"(?:\s+[\w'-]+){0,2}")
# Phrases kept per sense (the report stays readable on long texts).
MAX_PHRASES = 12


def phrase_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span of the cue at ``start:end`` widened by up to two words each side."""
    text = doc.text
    backwards: str | None = doc.cache.get("reversed")
    if backwards is None:
        backwards = text[::-1]
        doc.cache["reversed"] = backwards
    n = len(text)
    left = _SIDE.match(backwards, n - start, n - max(0, start - 40))
    right = _SIDE.match(text, end, end + 40)
    # (the pattern can match empty, so both always match)
    return start - (left.end() - left.start()) if left else start, right.end() if right else end


def phrase_at(doc: Document, start: int, end: int) -> str:
    a, b = phrase_span(doc, start, end)
    return " ".join(doc.text[a:b].split())


def analyze_senses(doc: Document) -> Senses:
    phrases: dict[Sense, list[str]] = {s: [] for s in SENSES}
    seen: dict[Sense, set[str]] = {s: set() for s in SENSES}
    last_end: dict[Sense, int] = {s: -1 for s in SENSES}
    colours: list[str] = []
    found = hits(doc, "senses")
    for start, end, form, tags in found:
        key = form.lower()
        for tag in tags:
            if tag.category == "colour":
                if key not in colours:
                    colours.append(key)
                continue
            sense: Sense = tag.category  # type: ignore[assignment]
            kept = phrases[sense]
            if len(kept) >= MAX_PHRASES or key in seen[sense] or start < last_end[sense]:
                continue
            a, b = phrase_span(doc, start, end)
            if a < last_end[sense]:
                continue
            seen[sense].add(key)
            last_end[sense] = b
            kept.append(" ".join(doc.text[a:b].split()))
    words = max(1, doc.word_count)
    return Senses(
        phrases={s: tuple(p) for s, p in phrases.items()},
        colours=tuple(colours),
        # every cue is one image, colour words included
        imagery_density=round(100.0 * len(found) / words, 2),
    )
