"""The narrative voice: person, tense and, in the third person, the dreamer's name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .morphology import Agreement

Person = Literal["first", "second", "third"]
TenseName = Literal["present", "past"]
Pronouns = Literal["she", "he", "they"]

PERSONS: tuple[str, ...] = ("first", "second", "third")
TENSES: tuple[str, ...] = ("present", "past")
PRONOUNS: tuple[str, ...] = ("she", "he", "they")

_FIRST = {"I": "I", "me": "me", "my": "my", "mine": "mine", "myself": "myself"}
_SECOND = {"I": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself"}
_THIRD: dict[str, dict[str, str]] = {
    "she": {"I": "she", "me": "her", "my": "her", "mine": "hers", "myself": "herself"},
    "he": {"I": "he", "me": "him", "my": "his", "mine": "his", "myself": "himself"},
    "they": {"I": "they", "me": "them", "my": "their", "mine": "theirs", "myself": "themselves"},
}


class VoiceError(ValueError):
    """An impossible voice: names the bad value and the valid choices."""


@dataclass(frozen=True, slots=True)
class Voice:
    person: Person = "first"
    tense: TenseName = "present"
    name: str | None = None
    pronouns: Pronouns = "they"

    def __post_init__(self) -> None:
        if self.person not in PERSONS:
            raise VoiceError(f"person {self.person!r} is not one of {', '.join(PERSONS)}")
        if self.tense not in TENSES:
            raise VoiceError(f"tense {self.tense!r} is not one of {', '.join(TENSES)}")
        if self.pronouns not in PRONOUNS:
            raise VoiceError(f"pronouns {self.pronouns!r} is not one of {', '.join(PRONOUNS)}")
        if self.person == "third" and not (self.name and self.name.strip()):
            raise VoiceError(
                "the third person needs the dreamer's name (--name), so that no pronoun "
                "stands without someone to refer to"
            )

    @property
    def tags(self) -> frozenset[str]:
        return frozenset({self.person, self.tense})

    def pronoun(self, case: str) -> str:
        if self.person == "first":
            return _FIRST[case]
        if self.person == "second":
            return _SECOND[case]
        return _THIRD[self.pronouns][case]

    def named(self, case: str) -> str:
        """The dreamer by name, for the first mention in the third person."""
        assert self.name is not None
        if case == "my":
            return f"{self.name}'s"
        if case == "mine":
            return f"{self.name}'s"
        if case == "myself":
            return self.pronoun("myself")
        return self.name

    def agreement(self, named: bool) -> Agreement:
        if self.person == "first":
            return "1sg"
        if self.person == "second":
            return "2"
        if named or self.pronouns != "they":
            return "3sg"
        return "3pl"

    def to_dict(self) -> dict[str, str | None]:
        return {"person": self.person, "tense": self.tense, "name": self.name,
                "pronouns": self.pronouns}
