"""Settings (where the dream happens) and notable objects."""

from __future__ import annotations

from functools import cache

from dreamwright.analysis._lexicon import raw_data
from dreamwright.analysis._nouns import dreamer_possessives, key_of, noun_phrase
from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.report import Location, Setting

MAX_OBJECTS = 30


@cache
def _markers() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in raw_data("places")["markers"].items()}


def analyze_settings(doc: Document, person: str = "first") -> tuple[Setting, ...]:
    markers = _markers()
    own = dreamer_possessives(person) | {"our"}
    found: dict[str, Setting] = {}
    for hit in hits(doc, "places"):
        cats = hit.categories()
        key = key_of(cats)
        if key in found:
            continue
        text, det, words = noun_phrase(doc, hit.start, hit.end)
        location: Location = (
            "indoor" if "indoor" in cats else "outdoor" if "outdoor" in cats else "unknown"
        )
        strange = any(w in markers["strange"] for w in words)
        familiar = not strange and (
            "known" in cats or det in own or any(w in markers["familiar"] for w in words)
        )
        found[key] = Setting(text, location, "familiar" if familiar else "strange")
    return tuple(found.values())


def analyze_objects(doc: Document) -> tuple[str, ...]:
    objects: list[str] = []
    seen: set[str] = set()
    for hit in hits(doc, "objects"):
        entry = hit.tags[0].entry.rstrip("~*")
        form = hit.form.lower()
        if entry in seen or (form != entry and form.endswith(("ed", "ing"))):
            continue
        seen.add(entry)
        objects.append(hit.form.lower())
        if len(objects) >= MAX_OBJECTS:
            break
    return tuple(objects)
