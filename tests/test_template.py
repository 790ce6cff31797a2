from __future__ import annotations

import pytest

from dreamwright.morphology import conjugate, is_plural_noun
from dreamwright.template import (
    Dreamer,
    Literal_,
    Motif,
    Verb,
    parse,
    parse_value,
    value_from_words,
)


def test_parse_marks() -> None:
    t = parse("[I] {step} onto <ground>, and <sky.short> {turn/sky} over [me].")
    kinds = [type(tok) for tok in t.tokens]
    assert kinds == [Dreamer, Literal_, Verb, Literal_, Motif, Literal_, Motif, Literal_, Verb,
                     Literal_, Dreamer, Literal_]
    assert t.motifs == ("ground", "sky")
    assert Verb("turn", "sky") in t.tokens
    assert Motif("sky", "short") in t.tokens


@pytest.mark.parametrize(
    ("source", "text", "head", "plural", "mass", "det", "short"),
    [
        ("violet *sky* full of slow comets", "violet sky full of slow comets", "sky",
         False, False, False, "the sky"),
        ("cold *reeds* that chime ~pl", "cold reeds that chime", "reeds", True, False, False,
         "the reeds"),
        ("wet *moss* ~mass", "wet moss", "moss", False, True, False, "the moss"),
        ("[my] whole *family* ~det", "[my] whole family", "family", False, False, True,
         "[my] family"),
    ],
)
def test_values(source: str, text: str, head: str, plural: bool, mass: bool, det: bool,
                short: str) -> None:
    v = parse_value(source)
    assert (v.text, v.head, v.plural, v.mass, v.det, v.short) == (text, head, plural, mass, det,
                                                                  short)


@pytest.mark.parametrize(
    ("words", "text", "head", "plural", "det"),
    [
        ("my ice skates", "[my] ice skates", "skates", True, True),
        ("the old gym", "old gym", "gym", False, False),
        ("my grandmother's violin", "[my] grandmother's violin", "violin", False, True),
        ("a box of letters", "box of letters", "box", False, False),
        ("my children", "[my] children", "children", True, True),
    ],
)
def test_own_words(words: str, text: str, head: str, plural: bool, det: bool) -> None:
    v = value_from_words(words)
    assert (v.text, v.head, v.plural, v.det) == (text, head, plural, det)


@pytest.mark.parametrize(
    ("lemma", "agreement", "tense", "form"),
    [
        ("be", "1sg", "present", "am"), ("be", "2", "present", "are"),
        ("be", "3sg", "present", "is"), ("be", "3pl", "past", "were"),
        ("be", "1sg", "past", "was"), ("step", "3sg", "present", "steps"),
        ("step", "1sg", "past", "stepped"), ("carry", "3sg", "present", "carries"),
        ("rise", "3pl", "past", "rose"), ("have", "3sg", "present", "has"),
        ("can", "1sg", "past", "could"), ("will", "3sg", "present", "will"),
        ("go", "3sg", "past", "went"), ("hum", "3sg", "present", "hums"),
    ],
)
def test_conjugate(lemma: str, agreement: str, tense: str, form: str) -> None:
    assert conjugate(lemma, agreement, tense) == form  # type: ignore[arg-type]


@pytest.mark.parametrize(("word", "plural"), [("skates", True), ("glass", False),
                                              ("moss", False), ("children", True),
                                              ("piano", False)])
def test_plural_nouns(word: str, plural: bool) -> None:
    assert is_plural_noun(word) is plural
