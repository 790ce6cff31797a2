"""Senses and imagery: which phrases evoke sight, sound, smell, taste, touch
and movement, which colours appear, and how dense the imagery is."""

from __future__ import annotations

import re

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.report import SENSES, Sense, Senses

# A phrase is the cue with up to two words either side, not crossing punctuation.
_LEFT = re.compile(r"(?:[\w'-]+\s+){0,2}$")
_RIGHT = re.compile(r"^(?:\s+[\w'-]+){0,2}")
# Phrases kept per sense (the report stays readable on long texts).
MAX_PHRASES = 12


def phrase_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span of the cue at ``start:end`` widened by up to two words each side."""
    left = _LEFT.search(doc.text[max(0, start - 40) : start])
    right = _RIGHT.search(doc.text[end : end + 40])
    return start - (len(left.group()) if left else 0), end + (len(right.group()) if right else 0)


def phrase_at(doc: Document, start: int, end: int) -> str:
    a, b = phrase_span(doc, start, end)
    return " ".join(doc.text[a:b].split())


def analyze_senses(doc: Document) -> Senses:
    phrases: dict[Sense, list[str]] = {s: [] for s in SENSES}
    seen: dict[Sense, set[str]] = {s: set() for s in SENSES}
    last_end: dict[Sense, int] = {s: -1 for s in SENSES}
    colours: list[str] = []
    found = hits(doc, "senses")
    for hit in found:
        for tag in hit.tags:
            if tag.category == "colour":
                colour = hit.form.lower()
                if colour not in colours:
                    colours.append(colour)
                continue
            sense: Sense = tag.category  # type: ignore[assignment]
            key = hit.form.lower()
            if (
                key in seen[sense]
                or len(phrases[sense]) >= MAX_PHRASES
                or hit.start < last_end[sense]
            ):
                continue
            a, b = phrase_span(doc, hit.start, hit.end)
            if a < last_end[sense]:
                continue
            seen[sense].add(key)
            last_end[sense] = b
            phrases[sense].append(" ".join(doc.text[a:b].split()))
    words = max(1, doc.word_count)
    return Senses(
        phrases={s: tuple(p) for s, p in phrases.items()},
        colours=tuple(colours),
        # every cue is one image, colour words included
        imagery_density=round(100.0 * len(found) / words, 2),
    )
