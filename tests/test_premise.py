from __future__ import annotations

import pytest

from dreamwright import compose, default_banks, read_premise

SINGLE_ACTS = [
    "I froze at my piano recital",
    "I missed the penalty kick in the final",
    "I failed my driving test on the roundabout",
    "I forgot my lines in the school play",
    "I dropped the winning catch in the last over",
    "I blanked during my job interview",
    "My speech at my sister's wedding fell flat",
    "I fell during my ballet solo",
    "I burned the cake at my daughter's birthday party",
    "I choked on the last question of the maths exam",
    "The demo crashed during our product launch",
    "I bombed at my first open mic night",
    "I stumbled through my thesis defense",
    "My painting was the only one nobody looked at in the show",
    "I lost the student council debate badly",
    "I said the wrong thing on a first date",
    "My lesson fell apart in front of the inspector",
    "I went blank during the spelling bee",
    "I fluffed my audition for the orchestra",
    "I tripped at the start of the hundred metre race",
    "I messed up the parallel parking on my test",
    "My poem reading was drowned out by the coffee machine",
    "I dropped the tray of glasses at my cousin's wedding",
    "My voice cracked on the high note at the choir concert",
    "I lost my nerve on the diving board at the school gala",
]
LOST_CAREERS = [
    "I was laid off after twenty years at the same firm",
    "My bakery went bankrupt last spring",
    "A knee injury ended my career as a footballer",
    "I was fired from my newsroom job after one bad story",
    "Our startup went under and I lost my savings",
    "I lost my job when the factory closed down",
    "I was struck off the medical register",
    "My restaurant had to close for good",
    "The scandal ended my political career",
    "I was made redundant from the bank",
    "After fifteen years of teaching I quit the classroom",
    "My band broke up and I will never play music again",
    "The gallery dropped me and my career as a painter is over",
    "I lost my business in the recession",
    "My company collapsed into bankruptcy",
    "I was forced to retire from professional swimming",
    "The publisher cancelled my contract and my writing career",
    "I dropped out of medical school",
    "I lost my seat on the council after the vote",
    "I got sacked from the orchestra",
    "My shop went bust after ten years",
    "My career as a chef ended when the kitchen burned",
    "The lab lost its funding and my research career with it",
    "I was let go from the theatre company after twelve seasons",
    "My comedy career fell apart after the scandal",
    "My cafe closed after the landlord doubled the rent",
    "Our little theatre company folded last winter",
]


@pytest.mark.parametrize("premise", SINGLE_ACTS)
def test_single_act_reads_second_chance(premise: str) -> None:
    assert read_premise(premise, default_banks()).arc == "second-chance"


@pytest.mark.parametrize("premise", LOST_CAREERS)
def test_lost_career_reads_reinvention(premise: str) -> None:
    p = read_premise(premise, default_banks())
    assert p.arc == "reinvention", p.why
    assert "lost career" in p.why["arc"]


@pytest.mark.parametrize(
    ("premise", "domain"),
    [
        ("I froze at my piano recital", "music"),
        ("I missed the penalty kick in the final", "sport"),
        ("I failed my driving test", "driving"),
        ("I forgot my lines in the school play", "theatre"),
        ("I blanked during my job interview", "interview"),
        ("I burned the dinner for my in-laws", "kitchen"),
        ("The rocket launch failed on the pad", "engineering"),
        ("Nobody came to my gallery opening", "art"),
        ("The publisher rejected my novel", "writing"),
        ("I failed my chemistry exam", "exams"),
        ("I bombed at the comedy club", "comedy"),
        ("I lost the election for mayor", "politics"),
        ("My lecture to the class fell apart", "teaching"),
        ("My experiment failed and the thesis defense went badly", "research"),
        ("I fell off the balance beam", "athletics"),
        ("I slipped during my ballet solo", "dance"),
        ("My pitch to investors went nowhere", "startup"),
        ("My wedding toast fell flat", "speech"),
        ("Something went wrong and I cannot name it", "general"),
    ],
)
def test_domains(premise: str, domain: str) -> None:
    assert read_premise(premise, default_banks()).domain == domain


def test_piano_recital_reading() -> None:
    p = read_premise("I froze at the piano recital in front of my whole family", default_banks())
    assert p.domain == "music"
    assert p.relic is not None and "piano" in p.relic.text
    assert p.place is not None and "recital" in p.place.text
    assert p.audience is not None and p.audience.text == "[my] whole family"
    assert "family" in p.audience_classes
    assert set(p.why) >= {"domain", "arc", "relic", "place", "audience"}


def test_own_words_for_relic_appear_inflected() -> None:
    d = compose("I dropped my grandmother's violin at the concert", seed=3)
    assert "my grandmother's violin" in d.text.lower()
    d = compose("I froze at the recital", seed=3, relic="my ice skates", place="the old rink",
                person="third", name="Ana", pronouns="she")
    assert "her ice skates" in d.text.lower() or "ana's ice skates" in d.text.lower()
    assert "old rink" in d.text


def test_explicit_options_override() -> None:
    p = read_premise("I froze at my piano recital", default_banks(), relic="a red trumpet",
                     audience="strangers on a ferry", arc="reinvention")
    assert p.relic is not None and p.relic.text == "red trumpet"
    assert p.audience is not None and "strangers" in p.audience.text
    assert p.arc == "reinvention" and "explicitly" in p.why["arc"]


def test_long_premise_is_cut() -> None:
    p = read_premise("I froze at my recital. " * 200, default_banks())
    assert p.truncated and len(p.text) <= 2000


@pytest.mark.parametrize(
    ("premise", "relic"),
    [
        ("I dropped the trophy on stage at the awards night", "trophy"),
        ("I burned the dinner for my in-laws", "dinner"),
        ("I dropped my old violin at the audition", "[my] old violin"),
    ],
)
def test_the_object_of_the_failure_is_the_relic(premise: str, relic: str) -> None:
    p = read_premise(premise, default_banks())
    assert p.relic is not None and p.relic.text == relic
