"""The public entry point: ``compose(premise, seed=...) -> Dream``."""

from __future__ import annotations

import random

from . import morphology
from .banks import Banks, default_banks
from .dream import Dream
from .planner import Plan, make_plan
from .premise import read_premise
from .realizer import realize
from .voice import Voice


def realize_plan(plan: Plan, banks: Banks | None = None) -> Dream:
    """Write a dream from an existing plan: the same plan always gives the same text."""
    banks = banks or default_banks()
    rng = random.Random(f"realize|{plan.seed}|{plan.premise.get('text', '')}|{plan.arc}")
    done = realize(plan, banks, rng, morphology.morphology())
    morphology.save()
    return Dream(done.text, plan, done.trace)


def compose(
    premise: str,
    *,
    seed: int = 0,
    arc: str | None = None,
    register: str | None = None,
    words: int = 700,
    person: str = "first",
    tense: str = "present",
    name: str | None = None,
    pronouns: str = "they",
    relic: str | None = None,
    place: str | None = None,
    audience: str | None = None,
    banks: Banks | None = None,
) -> Dream:
    """Compose the dream of a second chance at ``premise``.

    >>> dream = compose("I froze at my piano recital in front of my whole family", seed=7)
    >>> dream.text.startswith("I am dreaming.")
    True
    """
    banks = banks or default_banks()
    voice = Voice(person, tense, name.strip() if name else None, pronouns)  # type: ignore[arg-type]
    if arc is not None and arc not in banks.arcs:
        from .planner import PlanError

        raise PlanError(f"arc {arc!r} is not one of {', '.join(sorted(banks.arcs))}")
    read = read_premise(premise, banks, arc=arc, relic=relic, place=place, audience=audience)
    rng = random.Random(f"plan|{seed}|{read.text}|{read.arc}|{register}")
    plan = make_plan(read, banks, rng, seed=seed, words=words, register=register, voice=voice)
    return realize_plan(plan, banks)
