"""The composer's promises, checked on the test batch (both arcs, registers, voices)."""

from __future__ import annotations

import pytest

from dreamwright import Dream, Plan, compose, realize_plan
from dreamwright.measure import (
    article_errors,
    beats_in_order,
    leftover_syntax,
    opening,
    person_slips,
    repeated_sentences,
    senses,
    sentences,
    shared_sentence_share,
    tense_slips,
)

from .conftest import SECOND_CHANCE_PREMISES, batch, cached


def _ids(dreams: list[Dream]) -> list[str]:
    return [f"{d.plan.arc}-{d.plan.domain}-{d.seed}" for d in dreams]


BATCH = batch()


@pytest.mark.parametrize("dream", BATCH, ids=_ids(BATCH))
def test_every_dream_keeps_its_promises(dream: Dream) -> None:
    v = dream.plan.voice
    assert dream.text.startswith(opening(v.person, v.tense, v.name))
    assert beats_in_order(dream), dream.beats
    assert len(senses(dream)) >= 4, senses(dream)
    assert leftover_syntax(dream.text) == []
    assert repeated_sentences(dream.text) == []
    assert article_errors(dream.text) == []
    assert person_slips(dream.text, v.person) == []
    assert tense_slips(dream.text, v.tense) == []
    assert abs(dream.words - dream.plan.words) <= 0.1 * dream.plan.words, dream.words


@pytest.mark.parametrize("dream", [d for d in BATCH if d.plan.arc == "second-chance"],
                         ids=_ids([d for d in BATCH if d.plan.arc == "second-chance"]))
def test_relic_returns(dream: Dream) -> None:
    by_beat: dict[str, set[str]] = {}
    for r in dream.trace:
        by_beat.setdefault(r.beat, set()).update(r.motifs)
    for beat in ("confrontation", "attempt", "triumph", "waking"):
        assert "relic" in by_beat.get(beat, set()), beat
    head = dream.plan.motifs["relic"].split("*")[1] if "*" in dream.plan.motifs["relic"] else ""
    assert head and dream.text.lower().count(head.lower()) >= 4


@pytest.mark.parametrize("words", [300, 500, 700, 1000, 1500])
@pytest.mark.parametrize("premise", SECOND_CHANCE_PREMISES[:4])
def test_length_within_ten_percent(premise: str, words: int) -> None:
    for seed in range(3):
        d = compose(premise, seed=seed, words=words)
        assert abs(d.words - words) <= 0.1 * words, (seed, d.words)


def test_determinism_and_variety() -> None:
    a = compose("I froze at my piano recital", seed=5)
    b = compose("I froze at my piano recital", seed=5)
    c = compose("I froze at my piano recital", seed=6)
    assert a.text == b.text
    assert a.to_json() == b.to_json()
    assert a.text != c.text


def test_plan_round_trip_gives_the_same_text() -> None:
    d = cached("I missed the penalty kick in the cup final and we lost", 4)
    again = realize_plan(Plan.from_dict(d.plan.to_dict()))
    assert again.text == d.text


def test_third_person_names_before_pronouns() -> None:
    d = compose("I froze at my piano recital", seed=2, person="third", name="Ana",
                pronouns="she")
    first = sentences(d.text)[0]
    assert first == "Ana is dreaming."
    second_para = d.text.split("\n\n")[1]
    assert "she" in d.text.lower()
    assert second_para  # the name returns in later paragraphs too
    assert d.text.count("Ana") >= 2


def test_trace_spans_point_into_the_text() -> None:
    d = cached("I forgot my lines on opening night of the school play", 1)
    for r in d.trace:
        assert d.text[r.start : r.end] == r.text


def test_diversity_over_100_dreams() -> None:
    dreams = [cached(p, s) for p in SECOND_CHANCE_PREMISES for s in range(10)]
    distinct, occurrences = shared_sentence_share(dreams, skip=["I am dreaming."])
    print(f"shared: {distinct:.2%} of distinct sentences, {occurrences:.2%} of occurrences")
    assert distinct < 0.05
    assert occurrences < 0.05


def test_json_holds_text_seed_plan_trace() -> None:
    import json

    d = cached("I blanked on the first question of my job interview", 2)
    data = json.loads(d.to_json())
    assert data["text"] == d.text and data["seed"] == 2
    assert data["plan"]["arc"] == "second-chance"
    assert [b["id"] for b in data["plan"]["beats"]] == [
        "threshold", "dreamscape", "gathering", "confrontation", "attempt", "transformation",
        "triumph", "waking"]
    assert all({"beat", "entry", "motifs"} <= set(r) for r in data["trace"])
