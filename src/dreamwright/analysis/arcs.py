"""Arc detection: which arc a dream follows, and where each beat falls.

Every sentence is scored against the cue lexicon of every beat
(lexicons/arcs.toml). An in-order alignment (dynamic programming over
sentences) then gives each beat a contiguous run of sentences, beats in the
arc's order, maximising the cue weight covered. A beat is worth most for its
first revealing sentence and little for further ones, so one broad beat
cannot swallow the dream. The arc whose alignment covers most of its beats
wins; below a threshold the dream is reported as following no arc.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.emotions import sentence_polarity, valence
from dreamwright.analysis.report import Arc, Beat

# Weight of a beat's 1st, 2nd and later revealing sentences.
_REPEAT = (1.0, 0.5, 0.15)
# Cue weight one sentence can contribute to a beat.
_SENTENCE_CAP = 3.0
# Cue weight at which a beat counts as fully present, and as found at all.
_FULL = 2.0
_FOUND = 1.0
# Beats found at which an arc fully "explains" a dream's structure (longer arcs
# that fit as well as shorter ones explain more of the text).
_EXPLAINED = 10
# Arc score below which a dream follows no arc.
THRESHOLD = 0.5


@cache
def arc_beats() -> dict[str, tuple[str, ...]]:
    """Arc ids and their beat ids in order, from the composer's banks/arcs.toml."""
    path = resources.files("dreamwright") / "banks" / "arcs.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {a["id"]: tuple(b["id"] for b in a["beat"]) for a in data["arc"]}


def _sentence_scores(
    doc: Document, arc: str, beats: Sequence[str]
) -> tuple[list[list[float]], dict[tuple[int, int], str]]:
    """scores[i][j]: capped cue weight of sentence i for beat j; cues[i, j]: its best cue."""
    n = len(doc.sentences)
    index = {b: j for j, b in enumerate(beats)}
    k = len(beats)
    scores = [[0.0] * k for _ in range(n)]
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for hit in hits(doc, f"arcs.{arc}"):
        i = doc.sentence_index(hit.start)
        row = scores[i]
        for tag in hit.tags:
            j = index.get(tag.category)
            if j is None:
                continue
            row[j] = min(_SENTENCE_CAP, row[j] + tag.weight)
            if tag.weight > best.get((i, j), (0.0, ""))[0]:
                best[i, j] = (tag.weight, hit.form)
    return scores, {key: " ".join(cue.split()) for key, (_, cue) in best.items()}


def _align(scores: list[list[float]], k: int) -> list[int]:
    """Beat index of each sentence under the best in-order alignment.

    Only sentences with some cue enter the dynamic programme (a cue-less
    sentence can change nothing), and each cue-less sentence then joins the
    beat of the cue sentence before it.
    """
    n = len(scores)
    rows = [i for i in range(n) if any(scores[i])]
    if not rows:
        return [0] * n
    neg = float("-inf")
    states = len(_REPEAT)
    last = states - 1
    size = k * states
    dp = [neg] * size  # dp[j * states + c]: best total in beat j after c hits
    back: list[list[int]] = []
    for step, i in enumerate(rows):
        row = scores[i]
        new = [neg] * size
        ptr = [-1] * size
        prefix_best = 0.0 if step == 0 else neg
        prefix_ptr = -1
        for j in range(k):
            s = row[j]
            base = j * states
            if prefix_best > neg:
                cell = base + (1 if s > 0 else 0)
                value = prefix_best + s
                if value > new[cell]:
                    new[cell] = value
                    ptr[cell] = prefix_ptr
            for c in range(states):
                old = dp[base + c]
                if old == neg:
                    continue
                if s > 0:
                    cell, value = base + (c + 1 if c < last else last), old + s * _REPEAT[c]
                else:
                    cell, value = base + c, old
                if value > new[cell]:
                    new[cell] = value
                    ptr[cell] = base + c
                if step > 0 and old > prefix_best:
                    prefix_best, prefix_ptr = old, base + c
        dp = new
        back.append(ptr)
    cell = max(range(size), key=dp.__getitem__)
    beat_of_row = [0] * len(rows)
    for step in range(len(rows) - 1, -1, -1):
        beat_of_row[step] = cell // states
        cell = back[step][cell]
    path = [beat_of_row[0]] * n
    for step, i in enumerate(rows):
        end = rows[step + 1] if step + 1 < len(rows) else n
        for t in range(i, end):
            path[t] = beat_of_row[step]
    return path


@dataclass(frozen=True)
class Alignment:
    arc: str
    score: float
    beats: tuple[Beat, ...]


def align_arc(doc: Document, arc: str) -> Alignment:
    beats = arc_beats()[arc]
    scores, cues = _sentence_scores(doc, arc, beats)
    path = _align(scores, len(beats))
    pos, neg = sentence_polarity(doc)
    found: list[Beat] = []
    coverage = 0.0
    for j, name in enumerate(beats):
        run = [i for i, b in enumerate(path) if b == j]
        weights = sorted((scores[i][j] for i in run if scores[i][j] > 0), reverse=True)
        strength = sum(w * m for w, m in zip(weights, _REPEAT, strict=False))
        coverage += min(1.0, strength / _FULL)
        if strength < _FOUND:
            continue
        top = max(run, key=lambda i: scores[i][j])
        span = doc.sentences[top]
        mood = valence(sum(pos[i] for i in run), sum(neg[i] for i in run))
        found.append(Beat(name, span.start, span.end, cues.get((top, j), ""), round(mood, 4)))
    return Alignment(arc, coverage / len(beats), tuple(found))


def signature(doc: Document) -> dict[str, float]:
    """Whole-text weight of each arc's signature cues, scaled to 0..1."""
    totals: dict[str, float] = {}
    for hit in hits(doc, "arcs.signature"):
        for tag in hit.tags:
            totals[tag.category] = totals.get(tag.category, 0.0) + tag.weight
    return {arc: min(1.0, totals.get(arc, 0.0) / 8.0) for arc in arc_beats()}


def detect_arc(doc: Document) -> Arc:
    sig = signature(doc)
    candidates: dict[str, float] = {}
    alignments: dict[str, Alignment] = {}
    for arc in arc_beats():
        alignment = align_arc(doc, arc)
        alignments[arc] = alignment
        explained = min(1.0, len(alignment.beats) / _EXPLAINED)
        score = 0.8 * alignment.score + 0.1 * sig.get(arc, 0.0) + 0.1 * explained
        candidates[arc] = round(score, 4)
    best = max(candidates, key=lambda a: candidates[a])
    if candidates[best] < THRESHOLD:
        return Arc("none", candidates[best], (), candidates)
    return Arc(best, candidates[best], alignments[best].beats, candidates)
