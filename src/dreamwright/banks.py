"""Loading the content banks: arcs, dreamscapes, domains and beat entries.

The banks are TOML files that describe themselves (docs/banks.md). This
module turns them into typed, immutable objects; :mod:`dreamwright.lint`
checks them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .template import Template, Value, parse, parse_value

BANKS_DIR = Path(__file__).parent / "banks"
SENSES: tuple[str, ...] = ("sight", "sound", "smell", "taste", "touch", "body")
LEXICON_SLOTS: tuple[str, ...] = (
    "sky", "ground", "scent", "sound", "light", "creature", "texture", "taste", "landmark",
)
DOMAIN_MOTIFS: tuple[str, ...] = ("relic", "place", "audience")
REINVENTION_MOTIFS: tuple[str, ...] = ("relic1", "relic2", "relic3", "plan", "helped", "world")
ALL_MOTIFS: tuple[str, ...] = DOMAIN_MOTIFS + REINVENTION_MOTIFS + LEXICON_SLOTS + ("lesson",)
VOICE_TAGS: tuple[str, ...] = ("first", "second", "third", "present", "past")
AUDIENCE_CLASSES: tuple[str, ...] = ("family", "friends", "strangers", "male", "female")
CACHE_SCHEMA = 3  # bump when the shape of a cached Banks changes
_ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"]+)"')


class BankError(Exception):
    """A bank file could not be read. ``problems`` holds ``path:line: message`` strings."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class BeatSpec:
    id: str
    summary: str
    scene: int
    share: float
    core: tuple[str, ...]
    extra: tuple[str, ...]
    mood: str
    optional: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArcSpec:
    id: str
    summary: str
    default_register: str
    beats: tuple[BeatSpec, ...]
    mentions: dict[str, tuple[str, ...]]

    @property
    def moves(self) -> frozenset[str]:
        return frozenset(m for b in self.beats for m in b.core + b.extra)

    @property
    def scenes(self) -> int:
        return max(b.scene for b in self.beats)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    move: str
    template: Template
    senses: tuple[str, ...]
    needs: frozenset[str]
    avoid: frozenset[str]
    path: Path
    line: int
    origin: str  # "bank", "dreamscape" or "domain"

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Cued:
    """A domain value selected by words in a premise."""

    value: Value
    cues: tuple[str, ...]
    classes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Dreamscape:
    id: str
    name: str
    tags: frozenset[str]
    lexicon: dict[str, tuple[Value, ...]]
    entries: tuple[Entry, ...]
    path: Path


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    label: str
    cues: tuple[str, ...]
    tags: frozenset[str]
    relics: tuple[Cued, ...]
    places: tuple[Cued, ...]
    audiences: tuple[Cued, ...]
    past_relics: tuple[Value, ...]
    plans: tuple[Value, ...]
    helped: tuple[Value, ...]
    worlds: tuple[Value, ...]
    lessons: tuple[str, ...]
    entries: tuple[Entry, ...]
    path: Path


@dataclass(frozen=True, slots=True)
class Banks:
    root: Path
    arcs: dict[str, ArcSpec]
    registers: tuple[str, ...]
    common: tuple[Entry, ...]
    beats: dict[tuple[str, str], tuple[Entry, ...]]  # (arc, register) -> entries
    dreamscapes: dict[str, Dreamscape]
    domains: dict[str, Domain]
    bank_meta: dict[Path, dict[str, str]] = field(default_factory=dict)
    # how an entry reads emotionally (-1..1), for the moves of dark and closing beats
    valence: dict[str, float] = field(default_factory=dict)


def _lines(path: Path, text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, line in enumerate(text.splitlines(), start=1):
        m = _ID_LINE.match(line)
        if m:
            out.setdefault(m.group(1), []).append(i)
    return out


def _strs(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list):
        return tuple(str(x) for x in raw)
    return ()


def _entries(
    raw: Iterable[Any], path: Path, text: str, prefix: str, origin: str
) -> tuple[Entry, ...]:
    lines = _lines(path, text)
    seen: dict[str, int] = {}
    out: list[Entry] = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        eid = str(item.get("id", "?"))
        n = seen.get(eid, 0)
        seen[eid] = n + 1
        candidates = lines.get(eid, [])
        line = candidates[n] if n < len(candidates) else 1
        out.append(
            Entry(
                id=f"{prefix}#{eid}",
                move=str(item.get("move", "")),
                template=parse(str(item.get("text", ""))),
                senses=_strs(item.get("senses", [])),
                needs=frozenset(_strs(item.get("needs", []))),
                avoid=frozenset(_strs(item.get("avoid", []))),
                path=path,
                line=line,
                origin=origin,
            )
        )
    return tuple(out)


def _read(path: Path, problems: list[str]) -> tuple[dict[str, Any], str]:
    """Parse one file; on failure record the problem and return an empty table."""
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        problems.append(f"{path}:{m.group(1) if m else 1}: invalid TOML: {exc}")
        return {}, ""
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}:1: cannot read: {exc}")
    return {}, ""


def _cued(raw: Any) -> tuple[Cued, ...]:
    out: list[Cued] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and "value" in item:
            out.append(
                Cued(
                    parse_value(str(item["value"])),
                    tuple(c.lower() for c in _strs(item.get("cues", []))),
                    _strs(item.get("class", [])),
                )
            )
    return tuple(out)


def _values(raw: Any) -> tuple[Value, ...]:
    return tuple(parse_value(v) for v in _strs(raw))


def load(root: Path = BANKS_DIR, *, strict: bool = True) -> tuple[Banks, list[str]]:
    """Read every bank under ``root``. Returns the banks and the read problems."""
    problems: list[str] = []
    data, _ = _read(root / "arcs.toml", problems)
    arcs: dict[str, ArcSpec] = {}
    for a in data.get("arc", []):
        beat_specs = tuple(
            BeatSpec(
                id=str(b["id"]),
                summary=str(b.get("summary", "")),
                scene=int(b.get("scene", 1)),
                share=float(b.get("share", 0.1)),
                core=_strs(b.get("core", [])),
                extra=_strs(b.get("extra", [])),
                mood=str(b.get("mood", "calm")),
                optional=_strs(b.get("optional", [])),
            )
            for b in a.get("beat", [])
        )
        mentions = {str(k): _strs(v) for k, v in a.get("mentions", {}).items()}
        arcs[str(a["id"])] = ArcSpec(
            str(a["id"]), str(a.get("summary", "")), str(a.get("default_register", "")),
            beat_specs, mentions,
        )

    cdata, ctext = _read(root / "common.toml", problems)
    common = _entries(cdata.get("entry", []), root / "common.toml", ctext, "common", "bank")

    beats: dict[tuple[str, str], list[Entry]] = {}
    meta: dict[Path, dict[str, str]] = {}
    registers: set[str] = set()
    for arc_id in arcs:
        for path in sorted((root / arc_id).glob("*/*.toml")):
            d, text = _read(path, problems)
            bank = d.get("bank", {}) if isinstance(d.get("bank", {}), dict) else {}
            register = str(bank.get("register", path.parent.name))
            registers.add(register)
            meta[path] = {k: str(v) for k, v in bank.items()}
            prefix = f"{arc_id}/{register}/{path.stem}"
            beats.setdefault((arc_id, register), []).extend(
                _entries(d.get("entry", []), path, text, prefix, "bank")
            )

    dreamscapes: dict[str, Dreamscape] = {}
    for path in sorted((root / "dreamscapes").glob("*.toml")):
        d, text = _read(path, problems)
        if not text:
            continue
        head = d.get("dreamscape", {})
        did = str(head.get("id", path.stem))
        lex = {slot: _values(d.get("lexicon", {}).get(slot, [])) for slot in LEXICON_SLOTS}
        dreamscapes[did] = Dreamscape(
            did, str(head.get("name", did)), frozenset(_strs(head.get("tags", []))), lex,
            _entries(d.get("entry", []), path, text, f"dreamscapes/{did}", "dreamscape"), path,
        )

    domains: dict[str, Domain] = {}
    for path in sorted((root / "domains").glob("*.toml")):
        d, text = _read(path, problems)
        if not text:
            continue
        head = d.get("domain", {})
        did = str(head.get("id", path.stem))
        domains[did] = Domain(
            id=did,
            label=str(head.get("label", did)),
            cues=tuple(c.lower() for c in _strs(head.get("cues", []))),
            tags=frozenset(_strs(head.get("tags", []))),
            relics=_cued(d.get("relic", [])),
            places=_cued(d.get("place", [])),
            audiences=_cued(d.get("audience", [])),
            past_relics=_values(d.get("past_relics", [])),
            plans=_values(d.get("plans", [])),
            helped=_values(d.get("helped", [])),
            worlds=_values(d.get("worlds", [])),
            lessons=_strs(d.get("lessons", [])),
            entries=_entries(d.get("entry", []), path, text, f"domains/{did}", "domain"),
            path=path,
        )

    declared = _strs(data.get("registers", []))
    banks = Banks(
        root=root,
        arcs=arcs,
        registers=declared or tuple(sorted(registers)),
        common=common,
        beats={k: tuple(v) for k, v in beats.items()},
        dreamscapes=dreamscapes,
        domains=domains,
        bank_meta=meta,
    )
    if strict and problems:
        raise BankError(problems)
    return banks, problems


def signature(root: Path) -> str:
    """Changes whenever a bank file or a module that parses banks changes."""
    import hashlib

    h = hashlib.sha256(f"schema {CACHE_SCHEMA}".encode())
    here = Path(__file__).parent
    readers = [here / "banks.py", here / "template.py", here / "analysis" / "emotions.py",
               *sorted((here / "analysis" / "lexicons").glob("*.toml"))]
    for path in [*sorted(root.rglob("*.toml")), *readers]:
        st = path.stat()
        h.update(f"{path.relative_to(path.parent.parent)}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


def verb_lemmas(banks: Banks) -> set[str]:
    """Every verb a template or value of the banks may conjugate."""
    from .template import Verb

    out: set[str] = set()
    templates = [e.template for e in banks.common]
    templates += [e.template for entries in banks.beats.values() for e in entries]
    for d in banks.dreamscapes.values():
        templates += [e.template for e in d.entries]
    for dm in banks.domains.values():
        templates += [e.template for e in dm.entries]
        for v in dm.helped + dm.plans + dm.worlds + dm.past_relics:
            templates.append(parse(v.text))
        for c in dm.relics + dm.places + dm.audiences:
            templates.append(parse(c.value.text))
    for t in templates:
        out.update(tok.lemma for tok in t.tokens if isinstance(tok, Verb))
    return out


def rate_valence(banks: Banks) -> dict[str, float]:
    """Valence of the entries that can tell a dark beat or a closing one, as the
    analyzer reads their words (slots left out). The realizer leans dark beats
    toward darker sentences, so the dream's emotional shape is planned, not luck."""
    from .analysis import analyze

    moves: set[str] = set()
    for arc in banks.arcs.values():
        for i, beat in enumerate(arc.beats):
            if beat.mood == "dark" or i == len(arc.beats) - 1:
                moves.update(beat.core + beat.extra)
    entries = [e for group in banks.beats.values() for e in group if e.move in moves]
    entries += [e for d in banks.domains.values() for e in d.entries if e.move in moves]
    out: dict[str, float] = {}
    for e in entries:
        trajectory = analyze(e.template.literal_text()).emotions.trajectory
        out[e.id] = sum(trajectory) / len(trajectory) if trajectory else 0.0
    return out


def article_phrases(banks: Banks) -> list[str]:
    return [v.text for d in banks.dreamscapes.values() for values in d.lexicon.values()
            for v in values if not (v.plural or v.mass or v.det)]


@lru_cache(maxsize=4)
def default_banks(root: Path = BANKS_DIR) -> Banks:
    """The installed banks, read once per process and cached on disk between runs.

    Building the cache also primes the morphology table with every verb and
    article the banks can need, so later runs import neither lemminflect nor inflect.
    """
    from . import morphology
    from ._cache import cache_dir, read_pickle, write_pickle

    path = cache_dir() / f"banks-{signature(root)}.pickle"
    cached = read_pickle(path)
    if isinstance(cached, Banks) and all(hasattr(cached, f) for f in Banks.__dataclass_fields__):
        return cached
    banks, _ = load(root)
    banks.valence.update(rate_valence(banks))
    if write_pickle(path, banks):
        for old in path.parent.glob("banks-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    morphology.morphology().prime(verb_lemmas(banks), article_phrases(banks))
    morphology.save()
    return banks
