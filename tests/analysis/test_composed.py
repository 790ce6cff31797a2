"""Dreams from the composer: the analyzer must read back the arc they were written to."""

from __future__ import annotations

import pytest

from dreamwright.analysis import analyze
from dreamwright.analysis.arcs import arc_beats

compose = pytest.importorskip("dreamwright").__dict__.get("compose")
pytestmark = pytest.mark.skipif(compose is None, reason="dreamwright.compose not available")


@pytest.mark.parametrize(
    ("premise", "seed", "arc", "low_beat"),
    [
        ("I froze at my piano recital", 1, "second-chance", "confrontation"),
        ("I was laid off after twenty years as an engineer", 2, "reinvention", "plunge"),
    ],
)
def test_composed_dream_is_read_back(premise: str, seed: int, arc: str, low_beat: str) -> None:
    assert compose is not None
    kwargs = {"arc": arc} if arc != "second-chance" else {}
    report = analyze(compose(premise, seed=seed, **kwargs).text)
    assert report.arc.name == arc
    assert [b.name for b in report.arc.beats] == list(arc_beats()[arc])
    assert len(report.senses.present) >= 4
    low = report.arc.beat(low_beat)
    assert low is not None
    assert report.arc.beats[-1].valence > low.valence
