"""Dreams from the composer: the analyzer must read back the arc they were written to."""

from __future__ import annotations

import pytest

import dreamwright
from dreamwright.analysis import Report, analyze
from dreamwright.analysis.arcs import arc_beats

compose = getattr(dreamwright, "compose", None)
pytestmark = pytest.mark.skipif(compose is None, reason="dreamwright.compose not available")

CASES = [
    ("I froze at my piano recital", 1, "second-chance"),
    ("I was laid off after twenty years as an engineer", 2, "reinvention"),
]
LOW_BEAT = {"second-chance": "confrontation", "reinvention": "plunge"}


def composed(premise: str, seed: int, arc: str) -> Report:
    assert compose is not None
    kwargs = {"arc": arc} if arc != "second-chance" else {}
    return analyze(compose(premise, seed=seed, **kwargs).text)


@pytest.mark.parametrize(("premise", "seed", "arc"), CASES)
def test_composed_dream_arc_beats_senses(premise: str, seed: int, arc: str) -> None:
    report = composed(premise, seed, arc)
    assert report.arc.name == arc
    assert [b.name for b in report.arc.beats] == list(arc_beats()[arc])
    assert len(report.senses.present) >= 4


@pytest.mark.parametrize(("premise", "seed", "arc"), CASES[:2])
def test_composed_dream_ends_brighter_than_its_low_point(premise: str, seed: int, arc: str) -> None:
    report = composed(premise, seed, arc)
    low = report.arc.beat(LOW_BEAT[arc])
    assert low is not None
    assert report.arc.beats[-1].valence > low.valence
