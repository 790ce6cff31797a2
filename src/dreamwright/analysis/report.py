"""The analysis report: frozen, typed dataclasses and their JSON form."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Person = Literal["first", "second", "third"]
Tense = Literal["present", "past"]
Sense = Literal["sight", "sound", "smell", "taste", "touch", "movement"]
Emotion = Literal["anger", "apprehension", "sadness", "confusion", "happiness"]
CharacterKind = Literal["person", "animal", "creature"]
CharacterClass = Literal["family", "friends", "strangers", "male", "female"]
Location = Literal["indoor", "outdoor", "unknown"]
Familiarity = Literal["familiar", "strange"]
OutcomeKind = Literal["success", "failure", "good-fortune", "misfortune"]

SENSES: tuple[Sense, ...] = ("sight", "sound", "smell", "taste", "touch", "movement")
EMOTIONS: tuple[Emotion, ...] = ("anger", "apprehension", "sadness", "confusion", "happiness")
OUTCOME_KINDS: tuple[OutcomeKind, ...] = ("success", "failure", "good-fortune", "misfortune")


@dataclass(frozen=True)
class Voice:
    person: Person
    tense: Tense
    words: int
    sentences: int
    chars: int = 0


@dataclass(frozen=True)
class Beat:
    """A beat found in the text: the span of the sentence that revealed it."""

    name: str
    start: int
    end: int
    cue: str
    valence: float = 0.0


@dataclass(frozen=True)
class Arc:
    name: str
    score: float
    beats: tuple[Beat, ...] = ()
    # score of every arc tried, so a reader can see how close the others came
    candidates: Mapping[str, float] = field(default_factory=dict)

    def beat(self, name: str) -> Beat | None:
        return next((b for b in self.beats if b.name == name), None)


@dataclass(frozen=True)
class Senses:
    phrases: Mapping[Sense, tuple[str, ...]]
    colours: tuple[str, ...]
    imagery_density: float

    @property
    def present(self) -> tuple[Sense, ...]:
        return tuple(s for s in SENSES if self.phrases.get(s))


@dataclass(frozen=True)
class Phase:
    """One fifth of the text."""

    valence: float
    dominant: tuple[Emotion, ...]


@dataclass(frozen=True)
class Emotions:
    phases: tuple[Phase, ...]
    shape: str
    counts: Mapping[Emotion, int]
    # valence of each sentence, in text order (for plotting)
    trajectory: tuple[float, ...] = ()


@dataclass(frozen=True)
class Character:
    text: str
    kind: CharacterKind
    familiar: bool
    group: bool
    classes: tuple[CharacterClass, ...]


@dataclass(frozen=True)
class Setting:
    text: str
    location: Location
    familiarity: Familiarity


@dataclass(frozen=True)
class Transformation:
    sentence: str
    source: str | None
    target: str | None
    cue: str


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    sentence: str
    dreamer_involved: bool
    cue: str


@dataclass(frozen=True)
class RepeatedPhrase:
    text: str
    count: int


@dataclass(frozen=True)
class Quality:
    mattr: float
    repeated_phrases: tuple[RepeatedPhrase, ...]


@dataclass(frozen=True)
class Report:
    voice: Voice
    arc: Arc
    senses: Senses
    emotions: Emotions
    characters: tuple[Character, ...]
    settings: tuple[Setting, ...]
    objects: tuple[str, ...]
    transformations: tuple[Transformation, ...]
    outcomes: tuple[Outcome, ...]
    quality: Quality
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (lists, dicts, str, int, float, bool, None)."""
        result = _jsonable(self)
        assert isinstance(result, dict)
        return result


# Field names that read better under another key in JSON.
_RENAMES = {"source": "from", "target": "to"}


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            _RENAMES.get(f.name, f.name): _jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
        }
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value
