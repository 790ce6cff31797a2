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
    """Moving-average type-token ratio (Covington & McFall 2010).

    The sum over windows of their distinct words is counted per position
    instead: word ``p`` is new in every window that holds it but not its
    previous occurrence, so one pass with the last position of each word
    gives the exact integer total.
    """
    n = len(words)
    if n == 0:
        return 0.0
    if n <= window:
        return len(set(words)) / n
    last: dict[str, int] = {}
    get = last.get
    total = 0
    top = n - window  # the last window's first position
    # up to ``top`` every window [s, s + window) from p - window + 1 (or 0) to p
    # holds p: those after the word's previous occurrence count it
    for p, word in enumerate(words[: top + 1]):
        d = p - get(word, -1)
        last[word] = p
        total += d if d < window else window
    for p in range(top + 1, n):
        word = words[p]
        # windows [s, s + window) holding p but not the word's previous occurrence
        lo = get(word, -1) + 1
        last[word] = p
        if lo <= p - window:
            lo = p - window + 1
        hi = p if p < top else top
        if hi >= lo:
            total += hi - lo + 1
    return total / ((n - window + 1) * window)


def repeated_phrases(words: Sequence[str]) -> tuple[RepeatedPhrase, ...]:
    """Maximal n-grams (n >= 4) occurring twice or more, not all stop words."""
    found: dict[tuple[str, ...], int] = {}
    n = MIN_N
    grams_at = list(zip(*(words[i:] for i in range(n)), strict=False))
    grams = Counter(grams_at)
    repeated = {g: c for g, c in grams.items() if c >= 2}
    if not repeated:
        return ()
    starts = [i for i, g in enumerate(grams_at) if g in repeated]
    while repeated and n <= MAX_N:
        found.update(repeated)
        n += 1
        starts = [i for i in starts if i + n <= len(words)]
        at = [tuple(words[i : i + n]) for i in starts]
        longer = Counter(at)
        repeated = {g: c for g, c in longer.items() if c >= 2}
        starts = [i for i, g in zip(starts, at, strict=True) if g in repeated]
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
