"""Shared fixtures: the seeds (read from ../shared/seeds) and messy dream reports."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

# Short, messy, real-style dream reports written for these tests: past tense,
# no second-chance or reinvention arc.
MESSY_DREAMS = [
    "I was at my old school and my teacher was a dog. I couldn't find my locker and the bell "
    "kept ringing.",
    "My mom and I were at the grocery store but it was also an airport. She kept asking me "
    "where the passports were. I didn't know. Then I woke up.",
    "I was driving my dad's car down a hill and the brakes didn't work. I was really scared. "
    "There were cows on the road.",
    "I dreamt my teeth were falling out one by one while I was talking to my boss. He didn't "
    "notice. I tried to hide them in my pocket.",
    "We were on vacation at the beach and a huge wave came. My sister was swimming and I "
    "couldn't see her. I was yelling her name.",
    "I had an exam in a class I never went to. The questions were in some weird language. "
    "Everyone else was writing and I just sat there.",
    "There was a party at my ex's house and everyone was wearing green. A cat was talking "
    "about taxes. It was kind of funny actually.",
    "I was flying over my neighborhood, pretty low, like just above the roofs. My friend Sam "
    "was on a bike below me shouting something. I landed in a tree.",
    "Someone was chasing me through a parking garage. I kept pressing the elevator button but "
    "it never came. I hid behind a van.",
    "I was back working at the restaurant from college. The orders kept piling up and I forgot "
    "how to use the register. My manager was my grandmother somehow.",
    "I was late for my flight and my suitcase kept opening and clothes fell out everywhere. A "
    "man in a uniform told me the gate had moved. I ran and ran.",
    "I was in my house but it had extra rooms I had never seen. One room was full of water and "
    "there were fish in it. I felt calm for some reason and then my alarm went off.",
    "It was dark and I was in some kind of hospital. A nurse kept saying my name wrong. I "
    "tried again to tell her but my voice was gone. Then the dream changed and I was at "
    "my grandparents' farm.",
]


def seed_text(prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return matches[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_000() -> str:
    return seed_text("000")


@pytest.fixture(scope="session")
def seed_004() -> str:
    return seed_text("004")
