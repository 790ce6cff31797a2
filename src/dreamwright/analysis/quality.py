"""Prose quality: lexical diversity (MATTR) and repeated phrases."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dreamwright.analysis.report import Quality, RepeatedPhrase

WINDOW = 50
MIN_N = 4
MAX_N = 12
MAX_PHRASES = 20
_STOP = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been i me my "
    "you your he she it we they them his her its our their this that there then so not no "
    "up down into out over".split()
)


def mattr(words: Sequence[str], window: int = WINDOW) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010)."""
    n = len(words)
    if n == 0:
        return 0.0
    if n <= window:
        return len(set(words)) / n
    counts: dict[str, int] = {}
    for word in words[:window]:
        counts[word] = counts.get(word, 0) + 1
    distinct = len(counts)
    total = distinct
    for i in range(window, n):
        out, inc = words[i - window], words[i]
        c = counts[out] - 1
        counts[out] = c
        if c == 0:
            distinct -= 1
        c = counts.get(inc, 0)
        if c == 0:
            distinct += 1
        counts[inc] = c + 1
        total += distinct
    return total / ((n - window + 1) * window)


def repeated_phrases(words: Sequence[str]) -> tuple[RepeatedPhrase, ...]:
    """Maximal n-grams (n >= 4) occurring twice or more, not all stop words."""
    found: dict[tuple[str, ...], int] = {}
    n = MIN_N
    grams = Counter(zip(*(words[i:] for i in range(n)), strict=False))
    repeated = {g: c for g, c in grams.items() if c >= 2}
    if not repeated:
        return ()
    starts = [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) in repeated]
    while repeated and n <= MAX_N:
        found.update(repeated)
        n += 1
        starts = [i for i in starts if i + n <= len(words)]
        longer = Counter(tuple(words[i : i + n]) for i in starts)
        repeated = {g: c for g, c in longer.items() if c >= 2}
        starts = [i for i in starts if tuple(words[i : i + n]) in repeated]
    # drop n-grams contained in a longer repeated n-gram that occurs as often
    result: list[RepeatedPhrase] = []
    for gram, count in sorted(found.items(), key=lambda gc: (-len(gc[0]), -gc[1])):
        if all(w in _STOP for w in gram):
            continue
        text = " ".join(gram)
        if any(count <= r.count and f" {text} " in f" {r.text} " for r in result):
            continue
        result.append(RepeatedPhrase(text, count))
        if len(result) >= 10 * MAX_PHRASES:
            break
    result.sort(key=lambda r: (-r.count, -len(r.text)))
    return tuple(result[:MAX_PHRASES])


def analyze_quality(words: Sequence[str]) -> Quality:
    return Quality(round(mattr(words), 4), repeated_phrases(words))
