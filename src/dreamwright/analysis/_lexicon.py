"""Lexicons: cue words authored as TOML data, compiled once into trie regexes.

A lexicon file maps category names to lists of entries. An entry is a word or
phrase, optionally suffixed:

- ``~``  after a word: its regular inflections are generated (``glow~`` ->
  glow, glows, glowed, glowing; ``step~`` also gets stepped/stepping;
  ``turn~ into`` -> turns into, turned into...). Irregular forms are listed
  as separate entries.
- ``*``  any word continuation (``iridescen*`` -> iridescent, iridescence).
- ``:N`` a weight (``applause:2``); the default weight is 1.

Each category becomes a set of surface forms. All forms of a lexicon are
compiled into ONE case-insensitive regex built from a character trie, so a
text is scanned once per lexicon whatever the number of entries; a dict maps
each matched form back to its categories and weights.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any, NamedTuple

_VOWELS = "aeiou"


@dataclass(frozen=True)
class Tag:
    """One category a surface form belongs to, with its weight and entry."""

    category: str
    weight: float
    entry: str


class Hit(NamedTuple):
    """One lexicon match in a text (a named tuple: millions are made)."""

    start: int
    end: int
    form: str
    tags: tuple[Tag, ...]

    def weight(self, category: str) -> float:
        return sum(t.weight for t in self.tags if t.category == category)

    def categories(self) -> frozenset[str]:
        return categories_of(self.tags)


# id(tags) -> (tags, their categories): tags tuples are shared by every hit of a
# form, so the set is built once per form; holding ``tags`` keeps its id unique
_CATEGORIES: dict[int, tuple[tuple[Tag, ...], frozenset[str]]] = {}


def categories_of(tags: tuple[Tag, ...]) -> frozenset[str]:
    """The categories of ``tags`` (memoised per tags tuple)."""
    known = _CATEGORIES.get(id(tags))
    if known is None or known[0] is not tags:
        if len(_CATEGORIES) > 100_000:
            _CATEGORIES.clear()
        known = (tags, frozenset(t.category for t in tags))
        _CATEGORIES[id(tags)] = known
    return known[1]


def inflect_regular(stem: str) -> set[str]:
    """Regular verb/noun inflections of ``stem`` (over-generating is harmless)."""
    forms = {stem}
    if stem.endswith("e"):
        base = stem[:-1]
        forms |= {stem + "s", stem + "d", base + "ing", stem + "r", stem + "rs"}
    elif stem.endswith("y") and len(stem) > 2 and stem[-2] not in _VOWELS:
        base = stem[:-1]
        forms |= {base + "ies", base + "ied", stem + "ing"}
    else:
        plural = stem + ("es" if stem.endswith(("s", "sh", "ch", "x", "z")) else "s")
        forms |= {plural, stem + "ed", stem + "ing"}
        if (
            len(stem) >= 3
            and stem[-1] not in _VOWELS + "wxy"
            and stem[-2] in _VOWELS
            and stem[-3] not in _VOWELS
        ):
            forms |= {stem + stem[-1] + "ed", stem + stem[-1] + "ing"}
    return forms


def _trie_regex(forms: set[str]) -> str:
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = []
        # the wildcard branch goes last: regex alternation is ordered, not longest
        for ch in sorted((k for k in node if k), key=lambda k: (k == "*", k)):
            piece = r"\s+" if ch == " " else ("\\w*" if ch == "*" else re.escape(ch))
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return emit(trie)


def normalise(form: str) -> str:
    return " ".join(form.lower().split())


class Lexicon:
    """A compiled lexicon: one regex for all categories, a dict back to tags."""

    def __init__(self, name: str, categories: Mapping[str, list[str]]) -> None:
        self.name = name
        self.categories = tuple(categories)
        self._exact: dict[str, list[Tag]] = {}
        self._prefix: list[tuple[str, Tag]] = []
        for category, entries in categories.items():
            for raw in entries:
                self._add(category, raw)
        # wildcard stems by their text, so a form is looked up by its own prefixes
        self._stems: dict[str, list[Tag]] = {}
        for stem, tag in self._prefix:
            self._stems.setdefault(stem, []).append(tag)
        self._shortest = min((len(p) for p in self._stems), default=0)
        self._cache: dict[str, tuple[Tag, ...]] = {}

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """This lexicon alone as one regex (the analyzer scans with _scan.union)."""
        forms = self.forms()
        if not forms:
            return re.compile(r"(?!x)x")
        body = _trie_regex(forms)
        return re.compile(r"(?<![\w'])(?:" + body + r")(?![\w])", re.IGNORECASE)

    def _add(self, category: str, raw: str) -> None:
        entry, _, weight_text = raw.partition(":")
        weight = float(weight_text) if weight_text else 1.0
        entry = normalise(entry)
        if entry.endswith("*"):
            self._prefix.append((entry[:-1], Tag(category, weight, entry)))
            return
        forms = {""}
        for word in entry.split(" "):
            options = inflect_regular(word[:-1]) if word.endswith("~") else {word}
            forms = {(f + " " + o).strip() for f in forms for o in options}
        tag = Tag(category, weight, entry)
        for form in forms:
            self._exact.setdefault(form, []).append(tag)

    def forms(self) -> set[str]:
        """Every surface form, with ``*`` marking a wildcard continuation."""
        return set(self._exact) | {p + "*" for p, _ in self._prefix}

    def tags_for(self, form: str) -> tuple[Tag, ...]:
        found = self._cache.get(form)
        if found is None:
            key = normalise(form)
            tags = list(self._exact.get(key, ()))
            if self._stems:
                stems = self._stems
                for end in range(self._shortest, len(key) + 1):
                    more = stems.get(key[:end])
                    if more:
                        tags.extend(more)
            found = tuple(tags)
            self._cache[form] = found
        return found

    def finditer(self, text: str) -> Iterator[Hit]:
        for m in self.regex.finditer(text):
            tags = self.tags_for(m.group())
            if tags:
                yield Hit(m.start(), m.end(), m.group(), tags)

    def hits(self, text: str) -> list[Hit]:
        return list(self.finditer(text))


@cache
def raw_data(name: str) -> dict[str, Any]:
    """The parsed TOML of lexicon ``name`` (cached)."""
    path = resources.files("dreamwright.analysis") / "lexicons" / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def lexicon(name: str, table: str | None = None) -> Lexicon:
    """The compiled lexicon ``name`` (optionally one ``table`` of it), cached."""
    data = raw_data(name)
    if table is not None:
        data = data[table]
    categories = {k: list(v) for k, v in data.items() if isinstance(v, list)}
    label = name if table is None else f"{name}.{table}"
    return Lexicon(label, categories)
