"""Emotions through the dream: valence and dominant HVdC classes per fifth."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from dreamwright.analysis._negation import negated
from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.report import EMOTIONS, Emotion, Emotions, Phase

_POLARITY = {
    "anger": -1.0,
    "apprehension": -1.0,
    "sadness": -1.0,
    "confusion": -0.5,
    "happiness": 1.0,
    "resolve": 0.5,
    "positive": 1.0,
    "negative": -1.0,
}
# Damping so one cue does not swing a phase to +-1.
_DAMP = 2.0


def _flip(category: str) -> str | None:
    """What a negated emotion class becomes (``None``: it just vanishes)."""
    return {"happiness": "sadness"}.get(category)


def valence(pos: float, neg: float) -> float:
    """Damped balance of positive and negative weight, in -1..1."""
    return (pos - neg) / (pos + neg + _DAMP)


def sentence_polarity(doc: Document) -> tuple[list[float], list[float]]:
    """Positive and negative cue weight of each sentence (after analyze_emotions)."""
    if "polarity" not in doc.cache:
        analyze_emotions(doc)
    pos, neg = doc.cache["polarity"]
    return pos, neg


def sentence_classes(doc: Document) -> list[tuple[int, str, float, str]]:
    """(sentence index, emotion class, weight, cue) of every emotion cue, negation applied."""
    if "classes" not in doc.cache:
        analyze_emotions(doc)
    classes: list[tuple[int, str, float, str]] = doc.cache["classes"]
    return classes


def analyze_emotions(doc: Document) -> Emotions:
    n = len(doc.sentences)
    sent_pos = [0.0] * n
    sent_neg = [0.0] * n
    fifth_pos = [0.0] * 5
    fifth_neg = [0.0] * 5
    fifth_counts: list[dict[str, int]] = [{} for _ in range(5)]
    counts: dict[Emotion, int] = {e: 0 for e in EMOTIONS}
    # (sentence, class, weight) of every emotion cue after negation, for the arcs
    classes: list[tuple[int, str, float, str]] = []

    starts = doc.sentence_starts
    length = max(1, len(doc.text))  # as Document.fifth

    def add(i: int, f: int, polarity: float) -> None:
        if polarity > 0:
            fifth_pos[f] += polarity
            if n:
                sent_pos[i] += polarity
        else:
            fifth_neg[f] -= polarity
            if n:
                sent_neg[i] -= polarity

    def place(start: int) -> tuple[int, int]:
        """The sentence (as Document.sentence_index) and the fifth of a cue."""
        i = bisect_right(starts, start) - 1 if n else 0
        return max(i, 0), min(5 * start // length, 4)

    for start, _, form, tags in hits(doc, "emotions"):
        neg = negated(doc, start)
        i, f = place(start)
        for tag in tags:
            category: str | None = tag.category
            if neg:
                category = _flip(tag.category)
            if category is None:
                continue
            add(i, f, _POLARITY[category] * tag.weight)
            if n:
                classes.append((i, category, tag.weight, form))
            fc = fifth_counts[f]
            fc[category] = fc.get(category, 0) + 1
            if category in counts:
                counts[category] += 1
    for start, _, _, tags in hits(doc, "valence"):
        sign = -1.0 if negated(doc, start) else 1.0
        i, f = place(start)
        for tag in tags:
            add(i, f, sign * _POLARITY[tag.category] * tag.weight)

    phases = tuple(
        Phase(round(valence(fifth_pos[f], fifth_neg[f]), 4), _dominant(fifth_counts[f]))
        for f in range(5)
    )
    doc.cache["polarity"] = (sent_pos, sent_neg)
    doc.cache["classes"] = classes
    trajectory = tuple(round(valence(sent_pos[i], sent_neg[i]), 4) for i in range(n))
    labels = [_label(fifth_counts[f], phases[f].valence) for f in range(5)]
    return Emotions(phases, _shape(labels), counts, trajectory)


def _dominant(counts: dict[str, int]) -> tuple[Emotion, ...]:
    hvdc = {e: counts.get(e, 0) for e in EMOTIONS}
    top = max(hvdc.values())
    if top == 0:
        return ()
    return tuple(e for e in EMOTIONS if hvdc[e] == top)


def _label(counts: dict[str, int], valence: float) -> str:
    """The word for one phase in the shape: the strongest class, or a mood."""
    if counts:
        top = max(counts.values())
        leaders = [c for c in (*EMOTIONS, "resolve") if counts.get(c, 0) == top]
        # prefer the class that agrees with the phase's overall valence
        agreeing = [c for c in leaders if (_POLARITY[c] > 0) == (valence > 0)]
        return (agreeing or leaders)[0]
    if valence > 0.2:
        return "calm"
    if valence < -0.2:
        return "unease"
    return "neutral"


def _shape(labels: Sequence[str]) -> str:
    merged: list[str] = []
    shown = [x for x in labels if x != "neutral"] or ["neutral"]
    for label in shown:
        if not merged or merged[-1] != label:
            merged.append(label)
    return " -> ".join(merged)
