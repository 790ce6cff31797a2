"""Transformations: sentences where one thing becomes another, with from/to."""

from __future__ import annotations

import re

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document, clip
from dreamwright.analysis.report import Transformation

_OPENERS = r"the|a|an|my|your|his|her|its|their|our|this|that|each|every|these|those|one"
_AUX = re.compile(
    r"\s+(?:is|are|was|were|has been|have been|had been|gets|got|get|being|seems to|"
    r"begins to|starts to|slowly|suddenly|quickly|then|now|can|could|will|would|may|might|"
    r"must|to|seem to|seems|seemed to)\s*$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"\b(?:" + _OPENERS + r")\b[^,;:.!?\u2014]*$", re.IGNORECASE)
_LAST_WORDS = re.compile(r"(?:[\w'-]+\s+){0,2}[\w'-]+\s*$")
_TARGET_END = re.compile(
    r"[;:.!?\u2014()\"]|,\s+(?:a|an|the|its|their|his|her|my|your|and|but|as|while|which|"
    r"each|every|then)\b|\s(?:that|which|who|as|while|before|until|and then|where)\b",
    re.IGNORECASE,
)
MAX_TARGET_WORDS = 6
MAX_TRANSFORMATIONS = 20


# After "turns to" a word must follow that is not "be"; after "becomes" an opener.
_AFTER_TO = re.compile(r"\s+(?!be\b)\w")
_AFTER_PLAIN = re.compile(r"\s+(?:" + _OPENERS + r"|something|someone)\b", re.IGNORECASE)


def _source(left: str) -> str | None:
    left = _AUX.sub("", left.rstrip())
    clause = re.split(r"[,;:\u2014]", left)[-1]
    m = _SOURCE.search(clause) or _LAST_WORDS.search(clause)
    text = " ".join(m.group().split()) if m else ""
    return text or None


def _target(right: str) -> str | None:
    m = _TARGET_END.search(right)
    words = (right[: m.start()] if m else right).split()[:MAX_TARGET_WORDS]
    return " ".join(words).strip(",") or None


def analyze_transformations(doc: Document) -> tuple[Transformation, ...]:
    found: list[Transformation] = []
    seen: set[int] = set()
    for m in hits(doc, "changes"):
        kind = m.tags[0].category
        follow = _AFTER_TO if kind == "to" else _AFTER_PLAIN if kind == "plain" else None
        if follow is not None and follow.match(doc.text, m.end) is None:
            continue
        sentence = doc.sentence_at(m.start)
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        left = doc.text[sentence.start : m.start]
        right = doc.text[m.end : sentence.end]
        cue = " ".join(m.form.split())
        found.append(Transformation(clip(sentence.text), _source(left), _target(right), cue))
        if len(found) >= MAX_TRANSFORMATIONS:
            break
    return tuple(found)
