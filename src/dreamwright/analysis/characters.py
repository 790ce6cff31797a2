"""Characters other than the dreamer, coded after Hall & Van de Castle."""

from __future__ import annotations

from functools import cache
from typing import get_args

from dreamwright.analysis._lexicon import raw_data
from dreamwright.analysis._nouns import dreamer_possessives, key_of, noun_phrase
from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.report import Character, CharacterClass, CharacterKind

_KINDS: tuple[CharacterKind, ...] = get_args(CharacterKind)
_CLASSES: tuple[CharacterClass, ...] = get_args(CharacterClass)


@cache
def _markers() -> dict[str, frozenset[str]]:
    data = raw_data("characters")["markers"]
    return {k: frozenset(v) for k, v in data.items()}


@cache
def _phrases(markers: frozenset[str]) -> tuple[str, ...]:
    """The markers of more than one word."""
    return tuple(m for m in markers if " " in m)


def _has_marker(words: list[str], det: str, markers: frozenset[str]) -> bool:
    joined = " ".join([det, *words])
    return (
        any(w in markers for w in words)
        or det in markers
        or any(m in joined for m in _phrases(markers))
    )


def analyze_characters(doc: Document, person: str = "first") -> tuple[Character, ...]:
    markers = _markers()
    own = dreamer_possessives(person) | {"our"}
    found: dict[str, Character] = {}
    for hit in hits(doc, "characters"):
        cats = hit.categories()
        text, det, words = noun_phrase(doc, hit.start, hit.end)
        if _has_marker(words, det, markers["inanimate"]):
            continue
        kind: CharacterKind = next((k for k in _KINDS if k in cats), "person")
        classes = tuple(c for c in _CLASSES if c in cats)
        if _has_marker(words, det, markers["unfamiliar"]) or "strangers" in cats:
            familiar = False
        else:
            familiar = "known" in cats or det in own or _has_marker(words, "", markers["familiar"])
        group = "plural" in cats or "group" in cats
        if not familiar and kind == "person" and "strangers" not in classes:
            classes = (*classes, "strangers")
        key = f"{key_of(cats)}|{group}|{familiar}"
        if key not in found:
            found[key] = Character(text, kind, familiar, group, classes)
    return tuple(found.values())
