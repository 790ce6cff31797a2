"""Outcomes after Hall & Van de Castle: success, failure, good fortune, misfortune."""

from __future__ import annotations

import re

from dreamwright.analysis._negation import negated
from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document, clip
from dreamwright.analysis.report import OUTCOME_KINDS, Outcome, OutcomeKind

_DREAMER = {
    "first": re.compile(r"\b(?:I|me|my|myself|we|us|our)\b|\bI'", re.IGNORECASE),
    "second": re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE),
    "third": re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.IGNORECASE),
}
MAX_OUTCOMES = 40


def analyze_outcomes(doc: Document, person: str = "first") -> tuple[Outcome, ...]:
    dreamer = _DREAMER.get(person, _DREAMER["first"])
    found: dict[tuple[int, str], Outcome] = {}
    for hit in hits(doc, "outcomes"):
        kinds = {t.category for t in hit.tags}
        if negated(doc, hit.start):
            if "success" in kinds:
                kinds = {"failure"}
            else:
                kinds -= {"failure", "good-fortune"}
        sentence = doc.sentence_at(hit.start)
        for kind in (k for k in OUTCOME_KINDS if k in kinds):
            key = (sentence.start, kind)
            if key in found:
                continue
            found[key] = Outcome(
                kind=_as_kind(kind),
                sentence=clip(sentence.text),
                dreamer_involved=dreamer.search(sentence.text) is not None,
                cue=" ".join(hit.form.split()),
            )
        if len(found) >= MAX_OUTCOMES:
            break
    return tuple(found.values())


def _as_kind(kind: str) -> OutcomeKind:
    for k in OUTCOME_KINDS:
        if k == kind:
            return k
    raise ValueError(f"unknown outcome kind {kind!r}; expected one of {OUTCOME_KINDS}")
