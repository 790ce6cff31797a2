from __future__ import annotations

import pytest

from dreamwright.analysis import analyze


@pytest.mark.parametrize(
    ("text", "person", "tense"),
    [
        ("I am standing in a field. I see a red kite above me.", "first", "present"),
        ("I was standing in a field. I saw a red kite above me.", "first", "past"),
        ("You walk into the hall. You hear your name.", "second", "present"),
        ("You walked into the hall. You heard your name called.", "second", "past"),
        ("She walks into the hall. Her brother waits by the door.", "third", "present"),
        ("He walked into the hall and looked around. He was alone.", "third", "past"),
        (
            "I am dreaming. You step onto the ice. You feel it hum under your feet.",
            "second",
            "present",
        ),
        ("We were lost in a city. Our car had no wheels.", "first", "past"),
    ],
)
def test_person_and_tense(text: str, person: str, tense: str) -> None:
    voice = analyze(text).voice
    assert (voice.person, voice.tense) == (person, tense)


def test_counts() -> None:
    voice = analyze("I ran. I fell! Did I wake?").voice
    assert voice.sentences == 3
    assert voice.words == 7
