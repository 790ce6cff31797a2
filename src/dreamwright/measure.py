"""Measuring dreams and batches: the checks the tests and benchmarks share.

Each function reads finished text (or a dream's trace) and reports what it
finds, so a batch can be held to the promises in the README: the opening, the
beats in order, the senses, no leftover syntax, articles, one person and one
tense, no repeated sentences, and diversity across dreams.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .dream import Dream

# A spread of voices for test and benchmark batches: every person, both tenses,
# all three sets of pronouns.
VOICES: tuple[dict[str, str], ...] = (
    {},
    {"person": "second"},
    {"person": "third", "name": "Ana", "pronouns": "she"},
    {"tense": "past"},
    {"person": "third", "name": "Sam", "pronouns": "they", "tense": "past"},
    {"person": "second", "tense": "past"},
    {"person": "third", "name": "Tomas", "pronouns": "he"},
)

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’]?|$)")
_LEFTOVER = re.compile(r"[\[\]{}<>*~]")
_ARTICLE = re.compile(r"\b(a|an)\s+([A-Za-z][\w'-]*)", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)")

_PERSON_MARKERS = {
    "first": re.compile(r"\b(I|me|my|mine|myself)\b"),
    "second": re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE),
}
_TENSE_MARKERS = {
    "present": re.compile(r"\b(am|is|are|has|does)\b", re.IGNORECASE),
    "past": re.compile(r"\b(was|were|had|did)\b", re.IGNORECASE),
}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text.replace("\n", " ")) if s.strip()]


def opening(person: str, tense: str, name: str | None = None) -> str:
    subject = {"first": "I", "second": "You"}.get(person, name or "")
    if tense == "present":
        verb = {"first": "am", "second": "are"}.get(person, "is")
    else:
        verb = "were" if person == "second" else "was"
    return f"{subject} {verb} dreaming."


def leftover_syntax(text: str) -> list[str]:
    return _LEFTOVER.findall(text)


@lru_cache(maxsize=1)
def _inflect() -> object:
    import inflect

    return inflect.engine()


def article_errors(text: str) -> list[str]:
    """'a apple', 'an tree': every indefinite article inflect disagrees with."""
    engine = _inflect()
    out = []
    for m in _ARTICLE.finditer(_QUOTED.sub(" ", text)):
        want = engine.a(m.group(2)).split(" ", 1)[0]  # type: ignore[attr-defined]
        if want.lower() != m.group(1).lower():
            out.append(m.group(0))
    return out


def person_slips(text: str, person: str) -> list[str]:
    """Words of another person than the dreamer's, outside quoted speech."""
    body = _QUOTED.sub(" ", text)
    out: list[str] = []
    for other, rx in _PERSON_MARKERS.items():
        if other != person:
            out += rx.findall(body)
    return out


def tense_slips(text: str, tense: str) -> list[str]:
    """Finite forms of the other tense, outside quoted speech."""
    body = _QUOTED.sub(" ", text)
    other = "past" if tense == "present" else "present"
    return _TENSE_MARKERS[other].findall(body)


def repeated_sentences(text: str) -> list[str]:
    counts = Counter(sentences(text))
    return [s for s, n in counts.items() if n > 1]


def beats_in_order(dream: Dream) -> bool:
    want = [b.id for b in dream.plan.beats]
    return dream.beats == want


def senses(dream: Dream) -> set[str]:
    return {s for r in dream.trace for s in r.senses}


def shared_sentence_share(
    dreams: Sequence[Dream], skip: Iterable[str] = ()
) -> tuple[float, float]:
    """Of distinct sentences, the share found in more than one dream; and the same
    share counted over every sentence occurrence. Sentences in ``skip`` (the fixed
    opening) are left out."""
    ignore = set(skip)
    where: dict[str, set[int]] = {}
    count: Counter[str] = Counter()
    for i, d in enumerate(dreams):
        for s in sentences(d.text):
            if s in ignore:
                continue
            count[s] += 1
            where.setdefault(s, set()).add(i)
    if not where:
        return 0.0, 0.0
    shared = [s for s, ds in where.items() if len(ds) > 1]
    occurrences = sum(count.values())
    return len(shared) / len(where), sum(count[s] for s in shared) / occurrences


def entry_reach(dreams: Sequence[Dream]) -> Counter[str]:
    """For each bank entry, in how many of ``dreams`` it appears."""
    c: Counter[str] = Counter()
    for d in dreams:
        c.update({r.entry for r in d.trace})
    return c


def distinct_n(dreams: Sequence[Dream], n: int = 3) -> float:
    grams: list[tuple[str, ...]] = []
    for d in dreams:
        words = re.findall(r"[a-z']+", d.text.lower())
        grams += [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return len(set(grams)) / max(1, len(grams))
