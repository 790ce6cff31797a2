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
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dreamwright.analysis._lexicon import raw_data
from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.emotions import sentence_classes, sentence_polarity, valence
from dreamwright.analysis.report import Arc, Beat

# Weight of a beat's 1st, 2nd and later revealing sentences (three: the
# alignment's states are unrolled for them).
_REPEAT = (1.0, 0.5, 0.15)
# Cue weight one sentence can contribute to a beat.
_SENTENCE_CAP = 3.0
# Cue weight at which a beat counts as fully present, and as found at all.
_FULL = 2.0
_FOUND = 1.0
# Beats found at which an arc fully "explains" a dream's structure (longer arcs
# that fit as well as shorter ones explain more of the text).
_EXPLAINED = 10
# Paragraph evidence (texts written in paragraphs only): the cost of a beat
# changing inside a paragraph, and of a beat running on over a paragraph break.
_SWITCH_INSIDE = 1.5
_STAY_ACROSS = 2.0
# Cue weight at which a beat that fills whole paragraphs of its own counts as found.
_FOUND_PARAGRAPH = 0.5
# Arc score below which a dream follows no arc.
THRESHOLD = 0.55


@cache
def arc_beats() -> dict[str, tuple[str, ...]]:
    """Arc ids and their beat ids in order, from the composer's banks/arcs.toml."""
    path = resources.files("dreamwright") / "banks" / "arcs.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {a["id"]: tuple(b["id"] for b in a["beat"]) for a in data["arc"]}


@cache
def evidence() -> dict[str, dict[str, tuple[tuple[str, str, float], ...]]]:
    """Evidence for beats from the other lexicons, from ``[evidence.ARC]`` in arcs.toml.

    ``{arc: {source: ((category, beat, weight), ...)}}`` where ``source`` is
    ``emotions`` (the emotion classes, negation applied) or a lexicon name
    (``characters``, ``outcomes``, ``changes``...).
    """
    table = raw_data("arcs").get("evidence", {})
    result: dict[str, dict[str, tuple[tuple[str, str, float], ...]]] = {}
    for arc, beats in table.items():
        by_source: dict[str, list[tuple[str, str, float]]] = {}
        for beat, entries in beats.items():
            for entry in entries:
                cue, _, weight = entry.partition(":")
                source, _, category = cue.partition(".")
                by_source.setdefault(source, []).append((category, beat, float(weight or 1)))
        result[arc] = {k: tuple(v) for k, v in by_source.items()}
    return result


@cache
def _routes(arc: str) -> dict[str, dict[str, tuple[tuple[int, float], ...]]]:
    """{source: {category: ((beat index, weight), ...)}} for one arc's evidence."""
    index = {b: j for j, b in enumerate(arc_beats()[arc])}
    routes: dict[str, dict[str, list[tuple[int, float]]]] = {}
    for source, specs in evidence().get(arc, {}).items():
        for category, beat, weight in specs:
            if beat not in index:
                raise ValueError(
                    f"lexicons/arcs.toml [evidence.{arc}]: unknown beat {beat!r}; "
                    f"the beats of {arc} are {', '.join(index)}"
                )
            routes.setdefault(source, {}).setdefault(category, []).append((index[beat], weight))
    return {s: {c: tuple(v) for c, v in cats.items()} for s, cats in routes.items()}


def _sentence_scores(
    doc: Document, arc: str, beats: Sequence[str]
) -> tuple[list[list[float]], list[tuple[int, int, float, str]]]:
    """scores[i][j]: capped cue weight of sentence i for beat j, and every cue
    as (sentence, beat, weight, text) for ``_best_cues``.

    Cues come from the arc's own lexicon and, as declared in ``[evidence]``,
    from the emotion classes and the other lexicons.
    """
    n = len(doc.sentences)
    index = {b: j for j, b in enumerate(beats)}
    k = len(beats)
    scores = [[0.0] * k for _ in range(n)]
    # (sentence, beat, weight, cue) of every cue: the best cue is picked at the end
    cued: list[tuple[int, int, float, str]] = []
    if n:
        starts = doc.sentence_starts
        for start, _, form, tags in hits(doc, f"arcs.{arc}"):
            i = bisect_right(starts, start) - 1
            if i < 0:
                i = 0
            row = scores[i]
            for tag in tags:
                j = index.get(tag.category)
                if j is not None:
                    w = tag.weight
                    row[j] += w
                    cued.append((i, j, w, form))
        for source, categories in _routes(arc).items():
            if source == "emotions":
                for i, category, weight, form in sentence_classes(doc):
                    for j, w in categories.get(category, ()):
                        scores[i][j] += w * weight
                        cued.append((i, j, w * weight, form))
                continue
            for start, _, form, tags in hits(doc, source):
                for tag in tags:
                    routed = categories.get(tag.category)
                    if routed:
                        i = bisect_right(starts, start) - 1
                        if i < 0:
                            i = 0
                        for j, w in routed:
                            scores[i][j] += w
                            cued.append((i, j, w, form))
        cap = _SENTENCE_CAP
        for row in scores:
            if max(row) > cap:
                row[:] = [cap if w > cap else w for w in row]
    return scores, cued


def _best_cues(
    cued: Sequence[tuple[int, int, float, str]], wanted: set[tuple[int, int]]
) -> dict[tuple[int, int], str]:
    """The strongest cue of each wanted (sentence, beat), as it appears in the text."""
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for i, j, weight, form in cued:
        key = (i, j)
        if key in wanted and weight > best.get(key, (0.0, ""))[0]:
            best[key] = (weight, form)
    return {key: " ".join(form.split()) for key, (_, form) in best.items()}


def _units(scores: list[list[float]], breaks: Sequence[bool]) -> list[int]:
    """Sentences that can open a beat: those with a cue and those opening a paragraph.

    A sentence with no cue in the middle of a paragraph changes nothing in the
    alignment, so it simply joins the beat of the sentence before it.
    """
    n = len(scores)
    return [i for i in range(n) if i == 0 or breaks[i] or any(scores[i])]


def _align(scores: list[list[float]], k: int, breaks: Sequence[bool] | None = None) -> list[int]:
    """Beat index of each sentence under the best in-order alignment.

    The alignment maximises the cue weight each beat covers (its first cue
    sentence fully, the second ``_REPEAT[1]``, later ones ``_REPEAT[2]``).
    When the text is written in paragraphs (``breaks[i]``: sentence ``i``
    opens one), paragraph breaks are evidence for beat boundaries: a beat that
    changes inside a paragraph costs ``_SWITCH_INSIDE``, a beat that runs on
    over a paragraph break costs ``_STAY_ACROSS`` (small: a long beat may take
    two paragraphs). Beats may be skipped; beats never go back.

    The state after a sentence is (beat, cue sentences so far in it: 0, 1, 2+).
    """
    n = len(scores)
    if n == 0:
        return []
    paragraphed = breaks is not None and any(breaks)
    brk: Sequence[bool] = breaks if breaks is not None and paragraphed else [False] * n
    units = _units(scores, brk) if paragraphed else [i for i in range(n) if any(scores[i])]
    if not units:
        return [0] * n
    neg = float("-inf")
    r1, r2 = _REPEAT[1], _REPEAT[2]
    switch_inside = _SWITCH_INSIDE if paragraphed else 0.0
    stay_across = _STAY_ACROSS if paragraphed else 0.0
    size = 3 * k
    # dp[3 * j + c]: best total with the current sentence in beat j after c cue sentences
    dp = [neg] * size
    back: list[list[int]] = []
    offsets = range(0, size, 3)
    first = True
    cells = list(range(size))
    # (a cell no path reaches holds -inf: its pointer is never followed, whatever it is)
    for i in units:
        row = scores[i]
        opens = brk[i]
        # best total in any earlier beat (a new beat may start here)
        prefix_best = 0.0 if first else neg
        prefix_ptr = -1
        enter_cost = 0.0 if (first or opens) else switch_inside
        stay_cost = stay_across if opens else 0.0
        if not first and not stay_cost:
            # the common step, staying is free: a beat without a cue here keeps its
            # cells (c = 1, 2 as they are; c = 0 unless a new beat entering beats it)
            new = dp[:]
            ptr = cells[:]
            for b, s in zip(offsets, row, strict=False):
                d0 = dp[b]
                d1 = dp[b + 1]
                d2 = dp[b + 2]
                if s > 0:
                    v1 = d0 + s
                    p1 = b
                    v2 = d1 + s * r1
                    p2 = b + 1
                    alt = d2 + s * r2
                    if alt > v2:
                        v2 = alt
                        p2 = b + 2
                    if prefix_best > neg:
                        alt = prefix_best + s - enter_cost
                        if alt >= v1:
                            v1 = alt
                            p1 = prefix_ptr
                    new[b] = neg
                    new[b + 1] = v1
                    new[b + 2] = v2
                    ptr[b] = -1
                    ptr[b + 1] = p1
                    ptr[b + 2] = p2
                elif prefix_best > neg:
                    alt = prefix_best - enter_cost
                    if alt >= d0:
                        new[b] = alt
                        ptr[b] = prefix_ptr
                if d0 > prefix_best:
                    prefix_best = d0
                    prefix_ptr = b
                if d1 > prefix_best:
                    prefix_best = d1
                    prefix_ptr = b + 1
                if d2 > prefix_best:
                    prefix_best = d2
                    prefix_ptr = b + 2
            dp = new
            back.append(ptr)
            continue
        new = [neg] * size
        ptr = [-1] * size
        for b in offsets:
            s = row[b // 3]
            d0 = dp[b]
            d1 = dp[b + 1]
            d2 = dp[b + 2]
            if s > 0:
                # staying: c -> c + 1 (2 stays 2); entering lands in c = 1
                v1 = d0 + s - stay_cost
                p1 = b
                v2 = d1 + s * r1 - stay_cost
                p2 = b + 1
                alt = d2 + s * r2 - stay_cost
                if alt > v2:
                    v2 = alt
                    p2 = b + 2
                if prefix_best > neg:
                    alt = prefix_best + s - enter_cost
                    if alt >= v1:  # a tie goes to the new beat
                        v1 = alt
                        p1 = prefix_ptr
                new[b + 1] = v1
                new[b + 2] = v2
                ptr[b + 1] = p1
                ptr[b + 2] = p2
            else:
                v0 = d0 - stay_cost
                p0 = b
                if prefix_best > neg:
                    alt = prefix_best - enter_cost
                    if alt >= v0:
                        v0 = alt
                        p0 = prefix_ptr
                new[b] = v0
                ptr[b] = p0
                if stay_cost:
                    new[b + 1] = d1 - stay_cost
                    new[b + 2] = d2 - stay_cost
                else:
                    new[b + 1] = d1
                    new[b + 2] = d2
                ptr[b + 1] = b + 1
                ptr[b + 2] = b + 2
            if not first:
                if d0 > prefix_best:
                    prefix_best = d0
                    prefix_ptr = b
                if d1 > prefix_best:
                    prefix_best = d1
                    prefix_ptr = b + 1
                if d2 > prefix_best:
                    prefix_best = d2
                    prefix_ptr = b + 2
        first = False
        dp = new
        back.append(ptr)
    cell = max(range(size), key=dp.__getitem__)
    beat_of_unit = [0] * len(units)
    for step in range(len(units) - 1, -1, -1):
        beat_of_unit[step] = cell // 3
        cell = back[step][cell]
    path = [beat_of_unit[0]] * n
    for step, i in enumerate(units):
        end = units[step + 1] if step + 1 < len(units) else n
        for t in range(i, end):
            path[t] = beat_of_unit[step]
    return path


@dataclass(frozen=True)
class Alignment:
    arc: str
    score: float
    beats: tuple[Beat, ...]


def align_arc(doc: Document, arc: str) -> Alignment:
    beats = arc_beats()[arc]
    k = len(beats)
    scores, cued = _sentence_scores(doc, arc, beats)
    breaks = doc.breaks
    path = _align(scores, k, breaks)
    paragraphed = any(breaks)
    runs: list[list[int]] = [[] for _ in beats]
    for i, j in enumerate(path):
        runs[j].append(i)
    strengths: list[float] = []
    own: list[bool] = []
    columns: list[list[float]] = []  # scores of each beat over its run
    for j, run in enumerate(runs):
        column = [scores[i][j] for i in run]
        columns.append(column)
        weights = sorted((w for w in column if w > 0), reverse=True)
        strengths.append(sum(w * m for w, m in zip(weights, _REPEAT, strict=False)))
        own.append(
            paragraphed
            and bool(run)
            and (run[0] == 0 or breaks[run[0]])
            and (run[-1] + 1 == len(breaks) or breaks[run[-1] + 1])
        )
    found = [
        bool(run) and strengths[j] >= (_FOUND_PARAGRAPH if own[j] else _FOUND)
        for j, run in enumerate(runs)
    ]
    # A beat that fills whole paragraphs of its own, between its two neighbours
    # in the arc (both found), is placed there by position even if its cues are
    # weak: that is where a reader of a paragraphed dream would look for it.
    placed = [
        own[j] and not found[j] and 0 < j < k - 1 and found[j - 1] and found[j + 1]
        for j in range(k)
    ]
    pos, neg = sentence_polarity(doc)
    shown = [j for j in range(k) if found[j] or placed[j]]
    # the first sentence of the run with the beat's highest score
    tops = {j: runs[j][columns[j].index(max(columns[j]))] for j in shown}
    cues = _best_cues(cued, {(tops[j], j) for j in shown})
    result: list[Beat] = []
    for j in shown:
        run = runs[j]
        span = doc.sentences[tops[j]]
        mood = valence(sum(map(pos.__getitem__, run)), sum(map(neg.__getitem__, run)))
        cue = cues.get((tops[j], j), "")
        result.append(Beat(beats[j], span.start, span.end, cue, round(mood, 4)))
    coverage = sum(min(1.0, s / _FULL) for s in strengths)
    return Alignment(arc, coverage / k, tuple(result))


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
