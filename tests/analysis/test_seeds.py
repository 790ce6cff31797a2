"""The two seeds are real input: the analyzer must read their arcs and senses."""

from __future__ import annotations

from dreamwright.analysis import analyze
from dreamwright.analysis.arcs import arc_beats


def test_seed_000_is_second_chance_with_beats_in_order(seed_000: str) -> None:
    report = analyze(seed_000)
    assert report.arc.name == "second-chance"
    order = arc_beats()["second-chance"]
    names = [b.name for b in report.arc.beats]
    assert len(names) >= 7
    assert names == [b for b in order if b in names]  # in the arc's order
    starts = [b.start for b in report.arc.beats]
    assert starts == sorted(starts)
    for beat in report.arc.beats:
        assert seed_000[beat.start : beat.end].strip()
        assert beat.cue.lower() in seed_000[beat.start : beat.end].lower()


def test_seed_000_outcome_and_audience(seed_000: str) -> None:
    report = analyze(seed_000)
    assert any(o.kind == "success" and o.dreamer_involved for o in report.outcomes)
    people = [c for c in report.characters if c.kind == "person"]
    assert any(c.familiar for c in people)
    assert any(not c.familiar for c in people)
    assert any(c.group for c in people)
    classes = {cls for c in people for cls in c.classes}
    assert {"friends", "family", "strangers"} <= classes


def test_seed_000_voice_and_shape(seed_000: str) -> None:
    report = analyze(seed_000)
    assert (report.voice.person, report.voice.tense) == ("first", "present")
    assert report.emotions.shape.endswith("happiness")
    assert report.emotions.phases[-1].valence > 0
    assert any(t.target and "triumph" in t.target for t in report.transformations)


def test_seed_004_senses_and_arc(seed_004: str) -> None:
    report = analyze(seed_004)
    for sense in ("sight", "sound", "smell", "taste", "touch"):
        assert report.senses.phrases[sense], sense
    assert report.senses.colours
    assert report.voice.person == "second"
    assert report.arc.name == "reinvention"
    assert len(report.arc.beats) >= 8
    assert any(c.familiar and c.group for c in report.characters)  # younger selves


def test_reports_are_json_able(seed_000: str, seed_004: str) -> None:
    import json

    for text in (seed_000, seed_004):
        data = analyze(text).to_dict()
        assert json.loads(json.dumps(data)) == data
        assert set(data) >= {
            "voice",
            "arc",
            "senses",
            "emotions",
            "characters",
            "settings",
            "objects",
            "transformations",
            "outcomes",
            "quality",
        }
        assert len(data["emotions"]["phases"]) == 5
        assert all({"name", "start", "end", "cue"} <= set(b) for b in data["arc"]["beats"])
