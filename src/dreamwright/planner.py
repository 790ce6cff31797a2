"""Planning: premise and options in, a plan out, before any word is written.

A plan is plain data: the arc and its beats with word budgets and senses to
touch, the cast of motifs chosen once (relic, place, audience, the dreamscape
of each scene and its lexicon), and the voice. The same plan and seed always
realise to the same text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from .banks import LEXICON_SLOTS, SENSES, Banks, Domain
from .premise import Premise
from .template import Value, parse_value
from .voice import Voice

MIN_WORDS = 300
MAX_WORDS = 1500


class PlanError(ValueError):
    """A plan cannot be made: names the bad value and the valid choices."""


@dataclass(frozen=True, slots=True)
class BeatPlan:
    id: str
    scene: int
    words: int
    core: tuple[str, ...]
    extra: tuple[str, ...]
    senses: tuple[str, ...]
    mood: str
    optional: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "scene": self.scene, "words": self.words, "core": list(self.core),
            "optional": list(self.optional), "extra": list(self.extra),
            "senses": list(self.senses), "mood": self.mood,
        }


@dataclass(frozen=True, slots=True)
class Scene:
    dreamscape: str
    lexicon: dict[str, str]  # slot -> value source

    def value(self, slot: str) -> Value:
        return parse_value(self.lexicon[slot])


@dataclass(frozen=True, slots=True)
class Plan:
    arc: str
    register: str
    seed: int
    words: int
    voice: Voice
    premise: dict[str, Any]
    domain: str
    motifs: dict[str, str]  # motif name -> value source
    lessons: tuple[str, ...]
    audience_classes: tuple[str, ...]
    scenes: tuple[Scene, ...]
    beats: tuple[BeatPlan, ...]
    why: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "arc": self.arc,
            "register": self.register,
            "seed": self.seed,
            "words": self.words,
            "voice": self.voice.to_dict(),
            "premise": self.premise,
            "domain": self.domain,
            "motifs": dict(self.motifs),
            "lessons": list(self.lessons),
            "audience_classes": list(self.audience_classes),
            "scenes": [{"dreamscape": s.dreamscape, "lexicon": dict(s.lexicon)}
                       for s in self.scenes],
            "beats": [b.to_dict() for b in self.beats],
            "why": dict(self.why),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Plan:
        v = d["voice"]
        return cls(
            arc=d["arc"], register=d["register"], seed=int(d["seed"]), words=int(d["words"]),
            voice=Voice(v["person"], v["tense"], v.get("name"), v.get("pronouns", "they")),
            premise=dict(d["premise"]), domain=d["domain"], motifs=dict(d["motifs"]),
            lessons=tuple(d["lessons"]), audience_classes=tuple(d["audience_classes"]),
            scenes=tuple(Scene(s["dreamscape"], dict(s["lexicon"])) for s in d["scenes"]),
            beats=tuple(
                BeatPlan(b["id"], int(b["scene"]), int(b["words"]), tuple(b["core"]),
                         tuple(b["extra"]), tuple(b["senses"]), b["mood"],
                         tuple(b.get("optional", ())))
                for b in d["beats"]
            ),
            why=dict(d.get("why", {})),
        )


def _choose_dreamscapes(banks: Banks, n: int, rng: random.Random, arc: str) -> list[str]:
    ids = sorted(banks.dreamscapes)
    if not ids:
        raise PlanError("no dreamscapes in the banks")
    chosen: list[str] = []
    for scene in range(n):
        pool = [i for i in ids if i not in chosen] or ids
        weights = []
        for i in pool:
            tags = banks.dreamscapes[i].tags
            w = 1.0
            if arc == "reinvention" and scene == 0 and ({"ruin", "indoor"} & tags):
                w = 3.0
            if arc == "second-chance" and "ruin" in tags:
                w = 0.3
            weights.append(w)
        chosen.append(rng.choices(pool, weights=weights)[0])
    return chosen


def _reinvention_source(banks: Banks, domain: Domain) -> Domain:
    if len(domain.past_relics) >= 3 and domain.plans and domain.helped and domain.worlds:
        return domain
    return banks.domains.get("general", domain)


def make_plan(
    premise: Premise,
    banks: Banks,
    rng: random.Random,
    *,
    seed: int,
    words: int = 700,
    register: str | None = None,
    voice: Voice | None = None,
) -> Plan:
    """Decide the arc's beats, budgets, senses and cast for ``premise``."""
    if premise.arc not in banks.arcs:
        raise PlanError(f"arc {premise.arc!r} is not one of {', '.join(sorted(banks.arcs))}")
    arc = banks.arcs[premise.arc]
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise PlanError(f"words {words} is outside {MIN_WORDS}..{MAX_WORDS}")
    reg = register or arc.default_register
    if (arc.id, reg) not in banks.beats:
        have = sorted(r for (a, r) in banks.beats if a == arc.id)
        raise PlanError(f"register {reg!r} is not one of {', '.join(have) or '(none)'}")
    voice = voice or Voice()
    domain = banks.domains[premise.domain]
    why = dict(premise.why)

    motifs: dict[str, str] = {}
    relic = premise.relic or (rng.choice(domain.relics).value if domain.relics else None)
    place = premise.place or (rng.choice(domain.places).value if domain.places else None)
    classes = premise.audience_classes
    if premise.audience is not None:
        audience: Value | None = premise.audience
    elif domain.audiences:
        pick = rng.choice(domain.audiences)
        audience, classes = pick.value, pick.classes
        why.setdefault("audience", f"a usual audience for {domain.label}")
    else:
        audience = None
    for name, value, default in (("relic", relic, "relic"), ("place", place, "place")):
        if value is not None:
            motifs[name] = value.source
            why.setdefault(name, f"a usual {default} for {domain.label}")
    if audience is not None:
        motifs["audience"] = audience.source

    lessons: tuple[str, ...] = ()
    if arc.id == "reinvention":
        src = _reinvention_source(banks, domain)
        past = rng.sample(list(src.past_relics), 3)
        if premise.relic is not None and premise.why.get("relic", "").startswith("given"):
            past[0] = premise.relic  # the person's own relic joins the others
        for i, v in enumerate(past, start=1):
            motifs[f"relic{i}"] = v.source
        motifs["plan"] = rng.choice(src.plans).source
        motifs["helped"] = rng.choice(src.helped).source
        motifs["world"] = rng.choice(src.worlds).source
        lessons = tuple(rng.sample(list(src.lessons), min(4, len(src.lessons))))

    scenes: list[Scene] = []
    for did in _choose_dreamscapes(banks, arc.scenes, rng, arc.id):
        ds = banks.dreamscapes[did]
        lex = {slot: rng.choice(ds.lexicon[slot]).source for slot in LEXICON_SLOTS
               if ds.lexicon.get(slot)}
        scenes.append(Scene(did, lex))

    total_share = sum(b.share for b in arc.beats) or 1.0
    order = list(SENSES)
    rng.shuffle(order)
    beats: list[BeatPlan] = []
    for i, b in enumerate(arc.beats):
        senses = (order[(2 * i) % len(order)], order[(2 * i + 1) % len(order)])
        beats.append(
            BeatPlan(b.id, b.scene, max(12, round(words * b.share / total_share)),
                     b.core, b.extra, senses, b.mood, b.optional)
        )

    return Plan(
        arc=arc.id, register=reg, seed=seed, words=words, voice=voice,
        premise=premise.to_dict(), domain=domain.id, motifs=motifs, lessons=lessons,
        audience_classes=tuple(classes), scenes=tuple(scenes), beats=tuple(beats), why=why,
    )
