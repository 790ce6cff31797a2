"""Shared fixtures: the seeds folder and a cached batch of composed dreams."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from dreamwright import Dream, compose
from dreamwright.measure import VOICES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

SECOND_CHANCE_PREMISES = [
    "I froze at my piano recital in front of my whole family",
    "I missed the penalty kick in the cup final and we lost",
    "I blanked on the first question of my job interview",
    "I forgot my lines on opening night of the school play",
    "I failed my driving test by rolling through a stop sign",
    "My wedding toast fell flat and nobody laughed",
    "I burned the dinner I cooked for my partner's parents",
    "The demo crashed when I launched our app on stage",
    "I stumbled through my thesis defense in front of the committee",
    "Nobody came to the opening of my first art exhibition",
]
REINVENTION_PREMISES = [
    "I was laid off after twenty years as an engineer",
    "My restaurant went bankrupt and I lost everything",
    "An injury ended my career as a professional dancer",
    "I was fired from the newspaper after a scandal",
    "My startup went under and the investors walked away",
]


@lru_cache(maxsize=4096)
def dream_of(premise: str, seed: int = 0, **opts: object) -> Dream:
    return compose(premise, seed=seed, **opts)  # type: ignore[arg-type]


def cached(premise: str, seed: int = 0, **opts: object) -> Dream:
    return dream_of(premise, seed, **opts)


def batch() -> list[Dream]:
    """The test batch: both arcs, both registers, several voices and lengths."""
    out: list[Dream] = []
    voices: list[dict[str, object]] = [dict(v) for v in VOICES]
    for i, p in enumerate(SECOND_CHANCE_PREMISES):
        opts = dict(voices[i % len(voices)])
        opts["register"] = "luminous" if i % 2 == 0 else "baroque"
        out.append(cached(p, i, **opts))
    for i, p in enumerate(REINVENTION_PREMISES):
        opts = dict(voices[(i + 3) % len(voices)])
        opts["register"] = "baroque" if i % 2 == 0 else "luminous"
        out.append(cached(p, 100 + i, **opts))
    return out


@pytest.fixture(scope="session")
def dreams() -> list[Dream]:
    return batch()
