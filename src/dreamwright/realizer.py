"""Realising a plan as prose: choose entries by tags and salience, fill and inflect them.

The procedural backend. For each beat it tells the core moves in order, then
draws extra moves until the beat's share of the words is spent, never using an
entry twice in a dream and rotating the senses. Every sentence is traced to
the bank entry, beat and motifs that produced it.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from typing import Any

from .banks import ALL_MOTIFS, LEXICON_SLOTS, SENSES, Banks, Entry
from .morphology import Agreement, Morphology
from .planner import BeatPlan, Plan
from .template import Dreamer, Literal_, Motif, Template, Value, Verb, parse, parse_value
from .voice import Voice

SHORTLIST = 10
SPICES = frozenset({"scent", "taste"})
ALL_MOTIFS_SET = frozenset(ALL_MOTIFS)
KNOWN_MOTIFS = frozenset({"relic", "place", "audience", "relic1", "relic2", "relic3",
                          "plan", "helped", "world"})
_SPACES = re.compile(r"\s+([,.;:!?])|\s{2,}")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class TraceRecord:
    index: int
    beat: str
    move: str
    entry: str
    motifs: tuple[str, ...]
    senses: tuple[str, ...]
    scene: int
    dreamscape: str
    text: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index, "beat": self.beat, "move": self.move, "entry": self.entry,
            "motifs": list(self.motifs), "senses": list(self.senses), "scene": self.scene,
            "dreamscape": self.dreamscape, "start": self.start, "end": self.end,
            "text": self.text,
        }


@dataclass(slots=True)
class _Sentence:
    beat: str
    move: str
    entry: Entry
    text: str
    motifs: tuple[str, ...]
    scene: int


class _Index:
    """Entries by move for one arc and register, plus dreamscape and domain entries."""

    def __init__(self, banks: Banks, arc: str, register: str, domain: str) -> None:
        self.by_move: dict[str, list[Entry]] = {}
        for e in banks.common + banks.beats.get((arc, register), ()):
            self.by_move.setdefault(e.move, []).append(e)
        for e in banks.domains[domain].entries:
            self.by_move.setdefault(e.move, []).append(e)
        self.scene_entries: dict[str, dict[str, list[Entry]]] = {}
        for ds in banks.dreamscapes.values():
            moves: dict[str, list[Entry]] = {}
            for e in ds.entries:
                moves.setdefault(e.move, []).append(e)
            self.scene_entries[ds.id] = moves

    def pool(self, move: str, dreamscape: str) -> list[Entry]:
        return self.by_move.get(move, []) + self.scene_entries.get(dreamscape, {}).get(move, [])


class _Writer:
    def __init__(self, plan: Plan, banks: Banks, rng: random.Random,
                 morph: Morphology) -> None:
        self.plan = plan
        self.banks = banks
        self.rng = rng
        self.morph = morph
        self.voice: Voice = plan.voice
        self.index = _index(banks, plan.arc, plan.register, plan.domain)
        self.used: set[str] = set()
        self._static: dict[str, float] = {}
        self._missing: dict[int, frozenset[str]] = {}
        self._pools: dict[tuple[str, int], list[Entry]] = {}
        self.told: set[str] = set()
        self._full: dict[str, int] = {}
        self._keys: dict[tuple[str, int], str] = {}
        self.mentions: dict[str, int] = {}
        self.senses: set[str] = set()
        self.lesson_i = 0
        self.named = False
        self.base_tags = banks.domains[plan.domain].tags | self.voice.tags
        self.scene_tags = [
            banks.dreamscapes[s.dreamscape].tags | self.base_tags for s in plan.scenes
        ]

    # --- rendering ---------------------------------------------------------
    def motif_value(self, name: str, scene: int) -> Value | None:
        if name in LEXICON_SLOTS:
            lex = self.plan.scenes[scene - 1].lexicon
            return parse_value(lex[name]) if name in lex else None
        src = self.plan.motifs.get(name)
        return parse_value(src) if src else None

    def available(self, t: Template, scene: int) -> bool:
        missing = self._missing.get(scene)
        if missing is None:
            names = ALL_MOTIFS_SET - {"lesson"}
            missing = frozenset(n for n in names if self.motif_value(n, scene) is None)
            self._missing[scene] = missing
        return missing.isdisjoint(t.motifs)

    def render(self, t: Template, scene: int, state: dict[str, Agreement]) -> str:
        out: list[str] = []
        for tok in t.tokens:
            if isinstance(tok, Literal_):
                out.append(tok.text)
            elif isinstance(tok, Dreamer):
                out.append(self.dreamer(tok.case, state))
            elif isinstance(tok, Verb):
                out.append(self.verb(tok, scene, state))
            elif isinstance(tok, Motif):
                out.append(self.motif(tok, scene, state))
        return "".join(out)

    def dreamer(self, case: str, state: dict[str, Agreement]) -> str:
        if self.voice.person == "third" and not self.named:
            self.named = True
            if case == "I":
                state["d"] = self.voice.agreement(True)
            return self.voice.named(case)
        if case == "I":
            state["d"] = self.voice.agreement(False)
        return self.voice.pronoun(case)

    def verb(self, tok: Verb, scene: int, state: dict[str, Agreement]) -> str:
        agree: Agreement
        if tok.agree == "d":
            agree = state.get("d", self.voice.agreement(False))
        elif tok.agree == "s":
            agree = "3sg"
        elif tok.agree == "p":
            agree = "3pl"
        else:
            v = self.motif_value(tok.agree, scene)
            agree = "3pl" if v is not None and v.plural else "3sg"
        return self.morph.conjugate(tok.lemma, agree, self.voice.tense)

    def motif(self, tok: Motif, scene: int, state: dict[str, Agreement]) -> str:
        if tok.name == "lesson":
            line = self.plan.lessons[self.lesson_i % len(self.plan.lessons)]
            self.lesson_i += 1
            return line.rstrip(" .!?;:")  # the sentence around it punctuates
        value = self.motif_value(tok.name, scene)
        if value is None:
            return tok.name
        key = f"{scene}:{tok.name}" if tok.name in LEXICON_SLOTS else tok.name
        seen = self.mentions.get(key, 0)
        self.mentions[key] = seen + 1
        form = tok.form
        if form == "short" and not seen:
            form = "the"  # never a bare back-reference to something not yet seen
        if form == "auto":
            if seen:
                form = "short"
            else:
                form = "the" if tok.name in KNOWN_MOTIFS else "a"
        if form == "short":
            body = value.short
        elif form == "bare" or value.det:
            body = value.text
        elif form == "the":
            body = "the " + value.text
        else:
            body = value.text
        inner = dict(state)
        text = self.render(parse(body), scene, inner)
        if form == "a" and not (value.plural or value.mass or value.det):
            text = f"{self.morph.article(text)} {text}"
        return text

    # --- choosing ----------------------------------------------------------
    def pool(self, move: str, scene: int) -> list[Entry]:
        """Entries the scene's tags and the plan's cast allow: fixed for the dream."""
        key = (move, scene)
        pool = self._pools.get(key)
        if pool is None:
            tags = self.scene_tags[scene - 1]
            dreamscape = self.plan.scenes[scene - 1].dreamscape
            self.available(parse(""), scene)  # fills the scene's missing motifs
            shared = (id(self.index), move, dreamscape, tags, self._missing[scene])
            pool = _POOLS.get(shared)
            if pool is None:
                pool = [e for e in self.index.pool(move, dreamscape)
                        if _static_needs(e) <= tags and not (e.avoid & tags)
                        and self.available(e.template, scene)]
                if len(_POOLS) > 20000:
                    _POOLS.clear()
                _POOLS[shared] = pool
            self._pools[key] = pool
        return pool

    def fits_now(self, e: Entry) -> bool:
        """Not used yet, and what it refers to has been told."""
        if e.id in self.used:
            return False
        if "lesson" in e.template.motifs and self.lesson_i >= len(self.plan.lessons):
            return False
        return not e.needs or all(m in self.told for m in _told_needs(e))

    def candidates(self, move: str, scene: int) -> list[Entry]:
        return [e for e in self.pool(move, scene) if self.fits_now(e)]

    def length(self, e: Entry, scene: int) -> int:
        """Words ``e`` will realise to in ``scene``, from the values the plan chose."""
        return e.template.fixed_words + sum(self.motif_length(t, scene)
                                            for t in e.template.slots)

    def key(self, name: str, scene: int) -> str:
        """The mention key of a motif: a dreamscape's motifs are counted per scene."""
        k = self._keys.get((name, scene))
        if k is None:
            k = f"{scene}:{name}" if name in LEXICON_SLOTS else name
            self._keys[(name, scene)] = k
        return k

    def full_length(self, key: str, name: str, scene: int) -> int:
        full = self._full.get(key)
        if full is None:
            if name == "lesson":
                full = 5
            else:
                value = self.motif_value(name, scene)
                full = count_words(value.text) if value is not None else 2
            self._full[key] = full
        return full

    def motif_length(self, tok: Motif, scene: int) -> int:
        key = self.key(tok.name, scene)
        if self.mentions.get(key) and tok.form in ("auto", "short"):
            return 2
        return self.full_length(key, tok.name, scene) + (0 if tok.form == "bare" else 1)

    def essential_cost(self, beat: BeatPlan) -> int:
        """Words the beat's must-tell moves will take, told with short entries."""
        total = 0
        for move in beat.core:
            if move in beat.optional:
                continue
            pool = self.candidates(move, beat.scene)
            if len(pool) > 24:
                pool = self.rng.sample(pool, 24)  # a sample tells the quartile well enough
            lengths = sorted(self.length(e, beat.scene) for e in pool)
            if lengths:
                total += lengths[len(lengths) // 4]
        return total

    def static_weight(self, e: Entry) -> float:
        """The part of an entry's weight that does not change within a dream."""
        w = self._static.get(e.id)
        if w is None:
            w = 2.0 if e.origin == "domain" else 1.0  # the failure's own words first
            w *= 1.0 + len(e.needs)
            # a sentence that draws on the dreamscape differs from dream to dream; one that
            # names only the premise's motifs reads the same in every dream of that premise
            lexical = sum(1 for name in e.template.motifs if name in LEXICON_SLOTS)
            w *= 3.5 if lexical == 1 else 6.0 if lexical >= 2 else 1.0
            if lexical and any(name in KNOWN_MOTIFS for name in e.template.motifs):
                w *= 1.5  # the premise's motif in the dreamscape's light: one of a kind
            self._static[e.id] = w
        return w

    def weight(self, e: Entry, beat: BeatPlan, target: float) -> float:
        w = self.static_weight(e)
        fresh = 0
        touches_focus = False
        for sense in e.senses:
            if sense not in self.senses:
                fresh += 1
            if sense in beat.senses:
                touches_focus = True
        if len(self.senses) < 5:
            w *= 1.0 + 0.4 * min(fresh, 1)
        if touches_focus:
            w *= 1.2
        # the emotional shape: dark beats lean to darker sentences, the close to brighter
        if beat.mood == "dark" or beat is self.plan.beats[-1]:
            v = self.banks.valence.get(e.id, 0.0)
            if beat.mood == "dark":
                w *= 2.0 if v < -0.05 else 0.5 if v > 0.15 else 1.0
            else:
                w *= 0.4 if v < -0.05 else 1.3 if v > 0.15 else 1.0
        # a striking phrase is said in full once: an entry that would spell out an image
        # already introduced is nearly ruled out, and an image heard often is damped.
        # One pass over the slots gives both that and the sentence's length.
        words = e.template.fixed_words
        scene = beat.scene
        for tok in e.template.slots:
            name = tok.name
            key = self.key(name, scene)
            heard = self.mentions.get(key, 0)
            if heard and tok.form in ("auto", "short"):
                words += 2
            else:
                words += self.full_length(key, name, scene) + (tok.form != "bare")
            if not heard or name == "lesson" or name not in LEXICON_SLOTS:
                continue
            if tok.form in ("a", "the", "bare"):
                w *= 0.1
            elif name in SPICES:
                w *= 0.4 ** heard  # a smell or a taste named twice is plenty
            elif heard > 2:
                w *= 0.65 ** (heard - 2)  # a callback is welcome; a refrain is not
        return w * math.exp(-abs(words - target) / 10.0)

    def pick(self, move: str, beat: BeatPlan, target: float) -> Entry | None:
        # weigh a random shortlist, not the whole pool: as fair to every entry, and a
        # large pool costs no more than a small one
        pool = self.pool(move, beat.scene)
        if len(pool) > 2 * SHORTLIST:
            cands = [e for e in self.rng.sample(pool, 2 * SHORTLIST) if self.fits_now(e)]
            cands = cands[:SHORTLIST] or self.candidates(move, beat.scene)[:SHORTLIST]
        else:
            cands = self.candidates(move, beat.scene)
            if len(cands) > SHORTLIST:
                cands = self.rng.sample(cands, SHORTLIST)
        if not cands:
            return None
        weights = [self.weight(e, beat, target) for e in cands]
        return self.rng.choices(cands, weights=weights)[0]

    def tell(self, e: Entry, beat: BeatPlan) -> _Sentence:
        self.used.add(e.id)
        self.told.add(e.move)
        state: dict[str, Agreement] = {}
        raw = self.render(e.template, beat.scene, state)
        text = _tidy(raw)
        self.senses.update(s for s in e.senses if s in SENSES)
        return _Sentence(beat.id, e.move, e, text, e.template.motifs, beat.scene)


_CANNOT = re.compile(r"\b([Cc])an not\b")


TOLD = "told-"  # a need met once a move has been told in this dream: "told-selves"


def _told_needs(e: Entry) -> tuple[str, ...]:
    return tuple(n[len(TOLD):] for n in e.needs if n.startswith(TOLD))


def _static_needs(e: Entry) -> frozenset[str]:
    return frozenset(n for n in e.needs if not n.startswith(TOLD))


_INDEXES: dict[tuple[int, str, str, str], tuple[Banks, _Index]] = {}
# pools by what decides them (index, move, dreamscape, tags, missing motifs): shared by
# every dream of the process, since none of that changes within a dream
_POOLS: dict[tuple[int, str, str, frozenset[str], frozenset[str]], list[Entry]] = {}


def _index(banks: Banks, arc: str, register: str, domain: str) -> _Index:
    """The entry index for one arc, register and domain, built once per process."""
    key = (id(banks), arc, register, domain)
    hit = _INDEXES.get(key)
    if hit is None or hit[0] is not banks:
        hit = (banks, _Index(banks, arc, register, domain))
        _INDEXES[key] = hit
    return hit[1]


def _tidy(raw: str) -> str:
    text = _SPACES.sub(lambda m: m.group(1) or " ", raw.strip())
    text = _CANNOT.sub(r"\1annot", text)
    for i, ch in enumerate(text):
        if ch.isalpha():
            text = text[:i] + ch.upper() + text[i + 1 :]
            break
        if ch not in "\"'“‘(—-":
            break
    if text and text[-1] not in ".!?\"”’)":
        text += "."
    return text


@dataclass(frozen=True, slots=True)
class Realized:
    text: str
    trace: tuple[TraceRecord, ...]
    words: int = 0


ESSENTIAL_WORDS = 17  # what a short core sentence costs, for reserving room ahead


def realize(plan: Plan, banks: Banks, rng: random.Random, morph: Morphology,
            words: int | None = None) -> Realized:
    """Write ``plan`` as prose, one paragraph per beat, and trace every sentence.

    Each beat has its share of the words, counted cumulatively so that a beat that
    ran long is made up for by the next; room is always kept for the core moves of
    the beats still to come, so a short dream drops optional moves and extras
    rather than overrunning at the end.
    """
    w = _Writer(plan, banks, rng, morph)
    target = words or plan.words
    scale = target / plan.words
    beats: list[list[_Sentence]] = []
    total = 0
    cumulative = 0
    last = len(plan.beats) - 1
    need = [w.essential_cost(b) for b in plan.beats]
    ahead = [sum(need[i + 1 :]) for i in range(len(plan.beats))]

    def room(reserve: int, bi: int) -> int:
        return min(cumulative - total - reserve, target - total - reserve - ahead[bi])

    for bi, beat in enumerate(plan.beats):
        if plan.voice.person == "third" and bi % 3 == 0:
            w.named = False  # the name comes back now and then, never a pronoun adrift
        cumulative += round(beat.words * scale)
        told: list[_Sentence] = []
        cores = list(beat.core)
        tail: list[str] = [cores.pop()] if bi == last and len(cores) > 1 else []
        reserve = ESSENTIAL_WORDS * len(tail)
        for k, move in enumerate(cores):
            left = room(reserve, bi)
            essential_after = sum(1 for m in cores[k + 1 :] if m not in beat.optional)
            if move in beat.optional:
                shortest = min((w.length(e, beat.scene) for e in w.candidates(move, beat.scene)),
                               default=0)
                if not shortest or left < shortest + ESSENTIAL_WORDS * essential_after:
                    continue  # a short dream leaves this move out
            # aim each sentence at a natural length: a generous budget is spent by extra
            # moves, not by always taking the longest core entry
            aim = min(26.0, max(9.0, left / max(1, essential_after + 1 + len(tail))))
            e = w.pick(move, beat, aim)
            if e is None:
                continue
            s = w.tell(e, beat)
            told.append(s)
            total += count_words(s.text)
        misses = 0
        while beat.extra and misses < 4:
            left = room(reserve, bi)
            if left < 7:
                break
            move = rng.choice(beat.extra)
            e = w.pick(move, beat, min(left, 22.0))
            if e is None or w.length(e, beat.scene) > left + 3:
                misses += 1
                continue
            s = w.tell(e, beat)
            told.append(s)
            total += count_words(s.text)
        for move in tail:
            e = w.pick(move, beat, min(26.0, max(8.0, float(target - total))))
            if e is not None:
                s = w.tell(e, beat)
                told.append(s)
                total += count_words(s.text)
        beats.append(told)
    return _assemble(beats, plan, total)


def _assemble(beats: list[list[_Sentence]], plan: Plan, words: int) -> Realized:
    paragraphs: list[str] = []
    trace: list[TraceRecord] = []
    pos = 0
    index = 0
    for told in beats:
        if not told:
            continue
        groups = [told]
        if len(told) > 7:
            mid = (len(told) + 1) // 2
            groups = [told[:mid], told[mid:]]
        for group in groups:
            if paragraphs:
                pos += 2
            parts: list[str] = []
            for s in group:
                if parts:
                    pos += 1
                start = pos
                parts.append(s.text)
                pos += len(s.text)
                trace.append(TraceRecord(
                    index=index, beat=s.beat, move=s.move, entry=s.entry.id, motifs=s.motifs,
                    senses=s.entry.senses, scene=s.scene,
                    dreamscape=plan.scenes[s.scene - 1].dreamscape, text=s.text,
                    start=start, end=pos,
                ))
                index += 1
            paragraphs.append(" ".join(parts))
    return Realized("\n\n".join(paragraphs), tuple(trace), words)
