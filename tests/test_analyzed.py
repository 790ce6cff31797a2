"""The composer answers to the analyzer: a reader finds what the plan meant."""

from __future__ import annotations

import pytest

from dreamwright import Dream, analyze

from .conftest import batch

BATCH = batch()
LOW_POINT = {"second-chance": "confrontation", "reinvention": "plunge"}


@pytest.mark.parametrize("dream", BATCH,
                         ids=[f"{d.plan.arc}-{d.plan.domain}-{d.seed}" for d in BATCH])
def test_analyzer_finds_the_arc_the_plan_meant(dream: Dream) -> None:
    report = analyze(dream.text)
    assert report.arc.name == dream.plan.arc
    found = [b.name for b in report.arc.beats]
    assert found == [b.id for b in dream.plan.beats]
    assert len(report.senses.present) >= 4
    valence = {b.name: b.valence for b in report.arc.beats}
    low = LOW_POINT[dream.plan.arc]
    assert valence["waking"] > valence[low], (valence[low], valence["waking"])
