from __future__ import annotations

import pytest

from dreamwright.analysis import analyze


@pytest.mark.parametrize(
    ("text", "kind", "dreamer"),
    [
        ("I finally managed to open the door.", "success", True),
        ("I won the race against my brother.", "success", True),
        ("I failed the exam again.", "failure", True),
        ("I couldn't find my keys anywhere.", "failure", True),
        ("I could not manage to open it.", "failure", True),
        ("By chance I found a treasure under the bed.", "good-fortune", True),
        ("The old man fell down the stairs.", "misfortune", False),
        ("A dog was chasing me down the street.", "misfortune", True),
        ("You nailed it, and the hall rang.", "success", True),
    ],
)
def test_outcome_kinds(text: str, kind: str, dreamer: bool) -> None:
    outcomes = analyze(text).outcomes
    matching = [o for o in outcomes if o.kind == kind]
    assert matching, [o.kind for o in outcomes]
    assert matching[0].dreamer_involved is dreamer


@pytest.mark.parametrize(
    "text", ["The sky was blue and the grass was green.", "We sat on the porch and talked."]
)
def test_no_outcomes(text: str) -> None:
    assert analyze(text).outcomes == ()
