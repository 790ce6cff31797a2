"""Senses, emotions, characters, settings, transformations, quality."""

from __future__ import annotations

import pytest

from dreamwright.analysis import analyze
from dreamwright.analysis._lexicon import Lexicon, inflect_regular
from dreamwright.analysis.quality import mattr, repeated_phrases


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("The room smelled of burnt toast.", "smell"),
        ("The soup tasted of salt and rain.", "taste"),
        ("A bell rang somewhere far off.", "sound"),
        ("The floor was cold and wet under my feet.", "touch"),
        ("A blue light flickered in the hall.", "sight"),
        ("I was flying over the houses.", "movement"),
    ],
)
def test_senses(text: str, sense: str) -> None:
    senses = analyze(text).senses
    assert senses.phrases[sense], senses.phrases
    assert senses.imagery_density > 0


def test_colours() -> None:
    assert analyze("A crimson kite and a silver moon.").senses.colours == ("crimson", "silver")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I was so happy and everyone was laughing.", 1),
        ("I was terrified and alone in the dark.", -1),
        ("I was not happy at all.", -1),
        ("I was not afraid.", 0),
    ],
)
def test_valence_and_negation(text: str, sign: int) -> None:
    phases = analyze(text).emotions.phases
    total = sum(p.valence for p in phases)
    if sign > 0:
        assert total > 0
    elif sign < 0:
        assert total < 0
    else:
        assert not any("apprehension" in p.dominant for p in phases)


def test_emotion_shape_moves() -> None:
    text = (
        "I was afraid. I was scared and worried. My heart was pounding with fear. "
        "I steadied myself, determined. I stood firm and ready. "
        "Then I laughed with joy. Everyone cheered and I was so happy."
    )
    emotions = analyze(text).emotions
    assert emotions.shape.startswith("apprehension")
    assert emotions.shape.endswith("happiness")
    assert emotions.phases[0].valence < emotions.phases[-1].valence


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("My mother was there.", ("My mother", "person", True, False, {"family", "female"})),
        (
            "A strange man followed me.",
            ("A strange man", "person", False, False, {"male", "strangers"}),
        ),
        ("A crowd of strangers watched.", ("A crowd", "person", False, True, {"strangers"})),
        ("My friends were laughing.", ("My friends", "person", True, True, {"friends"})),
        ("A black dog barked.", ("A black dog", "animal", False, False, set())),
        ("A dragon circled the tower.", ("A dragon", "creature", False, False, set())),
    ],
)
def test_characters(text: str, expect: tuple[str, str, bool, bool, set[str]]) -> None:
    chars = analyze(text).characters
    assert chars, text
    c = chars[0]
    assert (c.text, c.kind, c.familiar, c.group, set(c.classes)) == expect


def test_origami_cranes_are_not_animals() -> None:
    assert analyze("Paper cranes fluttered around me.").characters == ()


@pytest.mark.parametrize(
    ("text", "location", "familiarity"),
    [
        ("I was in my kitchen.", "indoor", "familiar"),
        ("We walked along a beach.", "outdoor", "strange"),
        ("It was a strange office.", "indoor", "strange"),
    ],
)
def test_settings(text: str, location: str, familiarity: str) -> None:
    s = analyze(text).settings[0]
    assert (s.location, s.familiarity) == (location, familiarity)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The old piano turns into a flock of birds.", "The old piano", "a flock of birds"),
        ("Then the floor became a lake.", "the floor", "a lake"),
        ("My shoes melted into the sand, and I laughed.", "My shoes", "the sand"),
    ],
)
def test_transformations(text: str, source: str, target: str) -> None:
    t = analyze(text).transformations[0]
    assert (t.source, t.target) == (source, target)


def test_mattr_and_repeats() -> None:
    words = "the cat sat on the mat and the cat sat on the mat".split()
    assert 0 < mattr(words) <= 1
    assert mattr(list("abcdefghij" * 10), window=10) == pytest.approx(1.0)
    repeats = repeated_phrases(words)
    assert repeats[0].text == "the cat sat on the mat"
    assert repeats[0].count == 2


@pytest.mark.parametrize(
    ("stem", "forms"),
    [
        ("glow", {"glow", "glows", "glowed", "glowing"}),
        ("dissolve", {"dissolves", "dissolved", "dissolving"}),
        ("cry", {"cries", "cried", "crying"}),
        ("step", {"stepped", "stepping", "steps"}),
    ],
)
def test_inflections(stem: str, forms: set[str]) -> None:
    assert forms <= inflect_regular(stem)


def test_lexicon_trie_regex() -> None:
    lex = Lexicon("t", {"a": ["glow~", "turn~ into:2", "iridescen*"], "b": ["glow"]})
    hits = lex.hits("It glowed, turned  into iridescence; glowworm. GLOW")
    forms = [h.form for h in hits]
    assert forms == ["glowed", "turned  into", "iridescence", "GLOW"]
    assert hits[1].weight("a") == 2
    assert hits[3].categories() == {"a", "b"}


def test_non_english_text_is_noted() -> None:
    report = analyze(
        "Ich war in einem großen Haus und die Treppe führte ins Nichts. Meine Mutter rief "
        "mich, aber ich konnte sie nicht finden. Dann wachte ich auf."
    )
    assert report.arc.name == "none"
    assert any("English" in n for n in report.notes)
