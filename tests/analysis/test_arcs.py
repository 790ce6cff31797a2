"""Arc detection: messy real-style reports follow no arc; composed dreams do."""

from __future__ import annotations

import pytest

from dreamwright.analysis import analyze
from dreamwright.analysis._text import Document
from dreamwright.analysis.arcs import _align, align_arc, arc_beats

from .conftest import MESSY_DREAMS


@pytest.mark.parametrize("text", MESSY_DREAMS)
def test_messy_reports_follow_no_arc(text: str) -> None:
    report = analyze(text)
    assert report.arc.name == "none"
    assert report.arc.beats == ()
    assert report.voice.tense == "past"


def test_arc_beats_come_from_the_banks() -> None:
    arcs = arc_beats()
    assert arcs["second-chance"][0] == "threshold"
    assert arcs["second-chance"][-1] == "waking"
    assert arcs["reinvention"][:2] == ("door", "ruin")


def test_alignment_keeps_beats_in_order() -> None:
    # Cues for a late beat placed before an early one cannot both be used.
    text = (
        "I woke up in my bed. I am dreaming. The crowd gathers in the seats. "
        "I failed here once. This time I try again. It turns into gold. "
        "The audience cheers and I succeed."
    )
    alignment = align_arc(Document(text), "second-chance")
    names = [b.name for b in alignment.beats]
    order = arc_beats()["second-chance"]
    assert names == [b for b in order if b in names]
    assert "waking" not in names  # the early "woke" is out of order


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([[1, 0], [0, 1]], [0, 1]),
        ([[0, 2], [1, 0]], [1, 1]),  # cannot go back to beat 0
        ([[0, 0], [0, 0], [2, 0], [0, 2]], [0, 0, 0, 1]),
    ],
)
def test_align_dynamic_programming(rows: list[list[float]], expected: list[int]) -> None:
    scores = [[float(v) for v in row] for row in rows]
    path = _align(scores, 2)
    assert path == sorted(path)
    assert path == expected


def test_empty_text_has_no_arc() -> None:
    report = analyze("")
    assert report.arc.name == "none"
    assert report.voice.words == 0
    assert report.notes


@pytest.mark.parametrize("separator", ["\n\n", " "])
def test_many_messy_reports_together_follow_no_arc(separator: str) -> None:
    # A long text of unrelated dream fragments, with or without paragraphs,
    # touches many beats' cues somewhere; it must still not read as an arc.
    report = analyze(separator.join(MESSY_DREAMS))
    assert report.arc.name == "none", report.arc.candidates


def test_paragraph_breaks_are_read() -> None:
    doc = Document("I am dreaming. The sky is green.\n\nMy family arrives. They watch.\nI wake.")
    assert doc.breaks == (False, False, True, False, False)
    wrapped = Document("I am dreaming and the sky\nis green. My family arrives.")
    assert not any(wrapped.breaks)  # a hard-wrapped text has no paragraph evidence


def test_paragraphs_are_evidence_for_beat_boundaries() -> None:
    # Two beats' cues sit in one sentence each; the paragraph break decides
    # where the cue-less sentences go.
    scores = [[1.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 1.0]]
    assert _align(scores, 2, [False, False, True, False]) == [0, 0, 1, 1]
    assert _align(scores, 2, [False, True, False, False]) == [0, 1, 1, 1]
    assert _align(scores, 2) == [0, 0, 0, 1]  # no paragraphs: cues alone
