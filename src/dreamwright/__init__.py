"""dreamwright: writes dreams of a second chance.

>>> from dreamwright import compose
>>> print(compose("I froze at my piano recital", seed=1).text)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .banks import BankError, Banks, default_banks
from .compose import compose, realize_plan
from .dream import Dream
from .planner import Plan, PlanError
from .premise import Premise, read_premise
from .voice import Voice, VoiceError

if TYPE_CHECKING:
    from .analysis import Report


def analyze(text: str) -> Report:
    """Read any dream text: voice, arc and beats, senses, emotions, characters, outcomes.

    The analyzer is imported on first use, so composing stays light.
    """
    from .analysis import analyze as _analyze

    return _analyze(text)


__all__ = [
    "BankError",
    "Banks",
    "Dream",
    "Plan",
    "PlanError",
    "Premise",
    "Voice",
    "VoiceError",
    "analyze",
    "compose",
    "default_banks",
    "read_premise",
    "realize_plan",
]
__version__ = "0.1.0"
