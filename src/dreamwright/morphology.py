"""Real morphology: verb inflection (lemminflect) and indefinite articles (inflect).

inflect takes over a second to import, so article choices are cached on disk
(see :mod:`dreamwright._cache`) and inflect is imported only on a cache miss.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from lemminflect import getInflection, getLemma

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


def is_modal(lemma: str) -> bool:
    return lemma in _MODALS


@lru_cache(maxsize=4096)
def conjugate(lemma: str, agreement: Agreement, tense: Tense) -> str:
    """Inflect a verb lemma for its subject's agreement and the narrative tense."""
    if lemma in _MODALS:
        present, past = _MODALS[lemma]
        return present if tense == "present" else past
    if lemma == "be":
        return (_BE_PRESENT if tense == "present" else _BE_PAST)[agreement]
    if tense == "past":
        forms = getInflection(lemma, tag="VBD", inflect_oov=True)
    elif agreement == "3sg":
        forms = getInflection(lemma, tag="VBZ", inflect_oov=True)
    else:
        return lemma
    return str(forms[0]) if forms else lemma


@lru_cache(maxsize=4096)
def is_plural_noun(word: str) -> bool:
    """True when ``word`` reads as a plural noun (``skates``, ``children``)."""
    w = word.lower()
    lemmas = getLemma(w, upos="NOUN")
    if not lemmas:
        return False
    lemma = str(lemmas[0])
    return lemma != w and not w.endswith("ss")


@lru_cache(maxsize=1)
def _engine() -> object:
    import inflect  # slow import: only on a cache miss

    return inflect.engine()


def article_uncached(phrase: str) -> str:
    """'a' or 'an' for ``phrase``, as inflect decides."""
    engine = _engine()
    out: str = engine.a(phrase)  # type: ignore[attr-defined]
    return out.split(" ", 1)[0]
