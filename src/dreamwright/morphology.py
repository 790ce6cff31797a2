"""Real morphology: verb inflection (lemminflect), articles (inflect) and noun number.

Both libraries are slow to import (inflect alone takes over a second), so every
decision they make is kept in a small on-disk table and the library is imported
only when a word is new. The tables are primed from the banks when the bank
cache is built (see :mod:`dreamwright.banks`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

from ._cache import cache_dir, read_json, write_json

Agreement = Literal["1sg", "2", "3sg", "3pl"]
Tense = Literal["present", "past"]

_BE_PRESENT: dict[Agreement, str] = {"1sg": "am", "2": "are", "3sg": "is", "3pl": "are"}
_BE_PAST: dict[Agreement, str] = {"1sg": "was", "2": "were", "3sg": "was", "3pl": "were"}
_MODALS: dict[str, tuple[str, str]] = {
    "can": ("can", "could"),
    "will": ("will", "would"),
    "may": ("may", "might"),
    "must": ("must", "had to"),
    "shall": ("shall", "should"),
}


@lru_cache(maxsize=1)
def _lemminflect() -> Any:
    import lemminflect

    return lemminflect


@lru_cache(maxsize=1)
def _inflect() -> Any:
    import inflect

    return inflect.engine()


class Morphology:
    """Cached answers from lemminflect and inflect."""

    def __init__(self, table: dict[str, Any] | None = None) -> None:
        table = table or {}
        self.verbs: dict[str, str] = dict(table.get("verbs", {}))
        self.articles: dict[str, str] = dict(table.get("articles", {}))
        self.plurals: dict[str, bool] = dict(table.get("plurals", {}))
        self.nouns: dict[str, bool] = dict(table.get("nouns", {}))
        self.dirty = False

    def to_dict(self) -> dict[str, Any]:
        return {"verbs": self.verbs, "articles": self.articles, "plurals": self.plurals,
                "nouns": self.nouns}

    def is_noun(self, word: str) -> bool:
        """True when lemminflect knows ``word`` as a noun (``trophy``, ``skates``)."""
        w = word.lower()
        hit = self.nouns.get(w)
        if hit is None:
            hit = "NOUN" in _lemminflect().getAllLemmas(w)
            self.nouns[w] = hit
            self.dirty = True
        return hit

    def verb_form(self, lemma: str, tag: str) -> str:
        key = f"{lemma}|{tag}"
        hit = self.verbs.get(key)
        if hit is None:
            forms = _lemminflect().getInflection(lemma, tag=tag, inflect_oov=True)
            hit = str(forms[0]) if forms else lemma
            self.verbs[key] = hit
            self.dirty = True
        return hit

    def conjugate(self, lemma: str, agreement: Agreement, tense: Tense) -> str:
        """Inflect a verb lemma for its subject's agreement and the narrative tense."""
        if lemma in _MODALS:
            present, past = _MODALS[lemma]
            return present if tense == "present" else past
        if lemma == "be":
            return (_BE_PRESENT if tense == "present" else _BE_PAST)[agreement]
        if tense == "past":
            return self.verb_form(lemma, "VBD")
        if agreement == "3sg":
            return self.verb_form(lemma, "VBZ")
        return lemma

    def article(self, phrase: str) -> str:
        """'a' or 'an' for ``phrase``, as inflect decides (by its first word)."""
        key = phrase.split(" ", 1)[0].lower()
        hit = self.articles.get(key)
        if hit is None:
            hit = str(_inflect().a(key)).split(" ", 1)[0]
            self.articles[key] = hit
            self.dirty = True
        return hit

    def is_plural(self, word: str) -> bool:
        """True when ``word`` reads as a plural noun (``skates``, ``children``)."""
        w = word.lower()
        hit = self.plurals.get(w)
        if hit is None:
            lemmas = _lemminflect().getLemma(w, upos="NOUN")
            hit = bool(lemmas) and str(lemmas[0]) != w and not w.endswith("ss")
            self.plurals[w] = hit
            self.dirty = True
        return hit

    def prime(self, verbs: Iterable[str] = (), phrases: Iterable[str] = ()) -> None:
        for lemma in verbs:
            if lemma not in _MODALS and lemma != "be":
                self.verb_form(lemma, "VBD")
                self.verb_form(lemma, "VBZ")
        for phrase in phrases:
            self.article(phrase)


_DEFAULT: Morphology | None = None


def morphology() -> Morphology:
    """The process-wide cached morphology."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Morphology(read_json(cache_dir() / "morphology.json"))
    return _DEFAULT


def save() -> None:
    m = morphology()
    if m.dirty and write_json(cache_dir() / "morphology.json", m.to_dict()):
        m.dirty = False


def conjugate(lemma: str, agreement: Agreement, tense: Tense) -> str:
    return morphology().conjugate(lemma, agreement, tense)


def is_plural_noun(word: str) -> bool:
    return morphology().is_plural(word)


def is_noun(word: str) -> bool:
    return morphology().is_noun(word)


def article(phrase: str) -> str:
    return morphology().article(phrase)
