"""Diversity at scale: 1,000 dreams, both arcs, both registers."""

from __future__ import annotations

from collections import Counter

from dreamwright import Dream, compose
from dreamwright.measure import entry_reach, shared_sentence_share

from .test_premise import LOST_CAREERS, SINGLE_ACTS

PREMISES = SINGLE_ACTS[:25] + LOST_CAREERS[:25]


def _thousand() -> list[Dream]:
    out = []
    for i, p in enumerate(PREMISES):
        for seed in range(20):
            register = ("luminous", "baroque")[(i + seed) % 2]
            out.append(compose(p, seed=seed, register=register))
    return out


def test_thousand_dreams_stay_fresh() -> None:
    dreams = _thousand()
    assert len(dreams) == 50 * 20
    arcs = Counter(d.plan.arc for d in dreams)
    assert set(arcs) == {"second-chance", "reinvention"}
    distinct, occurrences = shared_sentence_share(dreams, skip=_openings(dreams))
    worst: dict[str, tuple[str, float]] = {}
    for arc in arcs:
        mine = [d for d in dreams if d.plan.arc == arc]
        reach = entry_reach(mine)
        common = {e for e in reach if e.startswith("common#")}
        top = max((e for e in reach if e not in common), key=lambda e: reach[e])
        worst[arc] = (top, reach[top] / len(mine))
    print(f"\n1000 dreams: {distinct:.2%} of distinct sentences recur; "
          f"{occurrences:.2%} of sentence occurrences (the fixed opening left out)")
    for arc, (entry, share) in worst.items():
        print(f"most used entry in {arc}: {entry} in {share:.1%} of its dreams")
    assert distinct < 0.05
    assert occurrences < 0.05
    for _arc, (_entry, share) in worst.items():
        assert share <= 0.20


def _openings(dreams: list[Dream]) -> set[str]:
    return {d.trace[0].text for d in dreams}
