"""dreamwright: writes dreams of a second chance.

>>> from dreamwright import compose
>>> print(compose("I froze at my piano recital", seed=1).text)  # doctest: +SKIP
"""

from .banks import BankError, Banks, default_banks
from .compose import compose, realize_plan
from .dream import Dream
from .planner import Plan, PlanError
from .premise import Premise, read_premise
from .voice import Voice, VoiceError

__all__ = [
    "BankError",
    "Banks",
    "Dream",
    "Plan",
    "PlanError",
    "Premise",
    "Voice",
    "VoiceError",
    "compose",
    "default_banks",
    "read_premise",
    "realize_plan",
]
__version__ = "0.1.0"
