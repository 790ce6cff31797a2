"""The bank linter: every problem in every bank file at once, with file and line.

``dreamwright banks check`` runs it. A problem names the file, the line, the
entry and what is wrong, with the valid choices where there are some.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .banks import (
    ALL_MOTIFS,
    AUDIENCE_CLASSES,
    BANKS_DIR,
    LEXICON_SLOTS,
    SENSES,
    VOICE_TAGS,
    Banks,
    Entry,
    load,
)
from .template import (
    DREAMER_CASES,
    MOTIF_FORMS,
    STRAY_RE,
    VERB_AGREEMENTS,
    Dreamer,
    Motif,
    Template,
    Verb,
    parse_value,
)

DOMAIN_MOVES = ("memory", "act", "success", "loss")
DREAMSCAPE_MOVES = ("arrive", "detail", "shift")
MIN_LEXICON = 3
_FINITE = re.compile(
    r"\b(is|are|was|were|am|has|had|does|did|isn't|aren't|wasn't|weren't|doesn't|didn't|"
    r"hasn't|hadn't|won't|can't|couldn't|wouldn't)\b",
    re.IGNORECASE,
)
_PERSONAL = re.compile(r"\b(I|me|my|mine|myself|you|your|yours|yourself)\b")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)")
_ARTICLE = re.compile(r"\b(a|an)\s+([A-Za-z][\w'-]*)", re.IGNORECASE)
_WORDS = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def seeds_dir() -> Path | None:
    env = os.environ.get("DREAMWRIGHT_SEEDS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "shared" / "seeds"
        if cand.is_dir():
            return cand
    return None


def seed_ngrams(n: int = 8, folder: Path | None = None) -> set[tuple[str, ...]]:
    folder = folder or seeds_dir()
    grams: set[tuple[str, ...]] = set()
    if folder is None or not folder.is_dir():
        return grams
    for f in sorted(folder.glob("*.txt")):
        words = _WORDS.findall(f.read_text(encoding="utf-8").lower().replace("’", "'"))
        grams.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return grams


def shared_runs(text: str, grams: set[tuple[str, ...]], n: int = 8) -> list[str]:
    words = _WORDS.findall(text.lower().replace("’", "'"))
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)
            if tuple(words[i : i + n]) in grams]


class _Linter:
    def __init__(self, banks: Banks, root: Path) -> None:
        self.banks = banks
        self.root = root
        self.problems: list[Problem] = []
        self.grams = seed_ngrams()
        self.ds_tags = [d.tags for d in banks.dreamscapes.values()]
        self.dm_tags = {d.id: d.tags for d in banks.domains.values()}
        self.provided = set(VOICE_TAGS).union(*self.ds_tags, *self.dm_tags.values())
        self._articles: object | None = None
        self.all_moves = {m for a in banks.arcs.values() for m in a.moves}

    def where(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def add(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(self.where(path), line, message))

    # --- templates ---------------------------------------------------------
    def template(self, t: Template, path: Path, line: int, label: str,
                 motifs_ok: Iterable[str] = ALL_MOTIFS) -> None:
        allowed = set(motifs_ok)
        for tok in t.tokens:
            if isinstance(tok, Dreamer) and tok.case not in DREAMER_CASES:
                self.add(path, line, f"{label}: unknown dreamer mark [{tok.case}] "
                                     f"(valid: {', '.join(DREAMER_CASES)})")
            elif isinstance(tok, Verb):
                if tok.agree not in VERB_AGREEMENTS and tok.agree not in ALL_MOTIFS:
                    self.add(path, line, f"{label}: verb {{{tok.lemma}/{tok.agree}}} agrees with "
                                         f"unknown {tok.agree!r} (valid: d, s, p or a motif)")
            elif isinstance(tok, Motif):
                if tok.name not in allowed:
                    self.add(path, line, f"{label}: unknown motif <{tok.name}> "
                                         f"(valid: {', '.join(sorted(allowed))})")
                if tok.form not in MOTIF_FORMS:
                    self.add(path, line, f"{label}: unknown form <{tok.name}.{tok.form}> "
                                         f"(valid: {', '.join(MOTIF_FORMS)})")
        literal = t.literal_text()
        unquoted = _QUOTED.sub(" ", literal)
        stray = STRAY_RE.search(unquoted)
        if stray:
            self.add(path, line, f"{label}: leftover template syntax {stray.group(0)!r}")
        verb = _FINITE.search(unquoted)
        if verb:
            self.add(path, line, f"{label}: unmarked verb {verb.group(0)!r} "
                                 f"(write it in braces, e.g. {{be/s}})")
        personal = _PERSONAL.search(unquoted)
        if personal:
            self.add(path, line, f"{label}: the dreamer written as {personal.group(0)!r} "
                                 f"(use [I], [me], [my], [mine], [myself])")
        self.articles(unquoted, path, line, label)
        if self.grams:
            runs = shared_runs(literal, self.grams)
            if runs:
                self.add(path, line, f"{label}: shares eight words with the seeds: {runs[0]!r}")

    def articles(self, text: str, path: Path, line: int, label: str) -> None:
        for m in _ARTICLE.finditer(text):
            if self._articles is None:
                import inflect

                self._articles = inflect.engine()
            want = self._articles.a(m.group(2)).split(" ", 1)[0]  # type: ignore[attr-defined]
            if want.lower() != m.group(1).lower():
                self.add(path, line, f"{label}: {m.group(0)!r} should be "
                                     f"'{want} {m.group(2)}'")

    def value(self, source: str, path: Path, line: int, label: str) -> None:
        if "*" not in source:
            self.add(path, line, f"{label}: value {source!r} has no *head* noun marked")
        bad = [f for f in re.findall(r"~(\w+)", source) if f not in ("pl", "mass", "det")]
        if bad:
            self.add(path, line, f"{label}: value {source!r} has unknown flag ~{bad[0]} "
                                 f"(valid: ~pl, ~mass, ~det)")
        v = parse_value(source)
        if re.search(r"[,;—]", v.text):
            self.add(path, line, f"{label}: value {source!r} has a comma, semicolon or dash; "
                                 f"a verb after it would read wrong (use 'with', 'that' or "
                                 f"'of')")
        from .template import parse

        self.template(parse(v.text), path, line, label, motifs_ok=())

    # --- entries -----------------------------------------------------------
    def entry(self, e: Entry, moves: Iterable[str], mentions: dict[str, tuple[str, ...]],
              scope: str, fixed_tags: frozenset[str] | None = None) -> None:
        label = e.id
        ok_moves = set(moves)
        if e.move not in ok_moves:
            self.add(e.path, e.line, f"{label}: unknown move {e.move!r} for {scope} "
                                     f"(valid: {', '.join(sorted(ok_moves))})")
        if not e.template.source.strip():
            self.add(e.path, e.line, f"{label}: empty text")
        self.template(e.template, e.path, e.line, label)
        missing = [m for m in mentions.get(e.move, ()) if m not in e.template.motifs]
        if missing:
            self.add(e.path, e.line, f"{label}: move {e.move!r} must name "
                                     f"{', '.join('<' + m + '>' for m in missing)}")
        for s in e.senses:
            if s not in SENSES:
                self.add(e.path, e.line, f"{label}: unknown sense {s!r} "
                                         f"(valid: {', '.join(SENSES)})")
        for tag in sorted(e.needs | e.avoid):
            if tag.startswith("told-") and tag[5:] in self.all_moves:
                continue  # met once that move has been told in the dream
            if tag not in self.provided:
                self.add(e.path, e.line, f"{label}: tag {tag!r} is provided by no dreamscape, "
                                         f"domain or voice")
        if e.needs & e.avoid:
            self.add(e.path, e.line, f"{label}: can never be chosen: needs and avoids "
                                     f"{sorted(e.needs & e.avoid)[0]!r}")
        elif not self.reachable(e, fixed_tags):
            self.add(e.path, e.line, f"{label}: can never be chosen: no dreamscape and domain "
                                     f"provide {sorted(e.needs)} without {sorted(e.avoid)}")

    def reachable(self, e: Entry, fixed: frozenset[str] | None) -> bool:
        needs = frozenset(n for n in e.needs if not n.startswith("told-"))
        voices = [frozenset({p, t}) for p in ("first", "second", "third")
                  for t in ("present", "past")]
        scenes = [fixed] if fixed is not None else self.ds_tags
        for s in scenes:
            for d in self.dm_tags.values():
                for v in voices:
                    tags = s | d | v
                    if needs <= tags and not (e.avoid & tags):
                        return True
        return False

    # --- files -------------------------------------------------------------
    def run(self) -> list[Problem]:
        b = self.banks
        for arc in b.arcs.values():
            for reg in b.registers:
                entries = b.beats.get((arc.id, reg), ())
                if not entries:
                    self.add(self.root / arc.id, 1, f"arc {arc.id!r} has no {reg!r} register")
                    continue
                have = {e.move for e in entries} | {e.move for e in b.common}
                have |= set(DREAMSCAPE_MOVES)
                for beat in arc.beats:
                    for move in beat.core + beat.extra:
                        if move not in have:
                            self.add(self.root / arc.id / reg, 1,
                                     f"{arc.id}/{reg}: beat {beat.id!r} move {move!r} "
                                     f"has no entries")
                ids: set[str] = set()
                for e in entries:
                    if e.id in ids:
                        self.add(e.path, e.line, f"{e.id}: duplicate id")
                    ids.add(e.id)
                    self.entry(e, arc.moves, arc.mentions, f"arc {arc.id}")
        for path, meta in b.bank_meta.items():
            for key, want in (("arc", path.parent.parent.name), ("register", path.parent.name),
                              ("beat", path.stem)):
                if meta.get(key) != want:
                    self.add(path, 1, f"[bank] {key} = {meta.get(key)!r} but the file's place "
                                      f"says {want!r}")
        mentions: dict[str, tuple[str, ...]] = {}
        for arc in b.arcs.values():
            for move, names in arc.mentions.items():
                mentions.setdefault(move, names)
        for ds in b.dreamscapes.values():
            for slot in LEXICON_SLOTS:
                lex = ds.lexicon.get(slot, ())
                if len(lex) < MIN_LEXICON:
                    self.add(ds.path, 1, f"dreamscape {ds.id}: lexicon {slot!r} has "
                                         f"{len(lex)} values (at least {MIN_LEXICON})")
                for v in lex:
                    self.value(v.source, ds.path, self.line_of(ds.path, v.source),
                               f"{ds.id}.{slot}")
            seen: set[str] = set()
            for e in ds.entries:
                if e.id in seen:
                    self.add(e.path, e.line, f"{e.id}: duplicate id")
                seen.add(e.id)
                self.entry(e, DREAMSCAPE_MOVES, {}, "a dreamscape", fixed_tags=ds.tags)
                bad = [m for m in e.template.motifs if m not in LEXICON_SLOTS]
                if bad:
                    self.add(e.path, e.line, f"{e.id}: a dreamscape entry may name only its "
                                             f"lexicon, not <{bad[0]}>")
        for dm in b.domains.values():
            self.domain(dm, mentions)
        return sorted(set(self.problems))

    def line_of(self, path: Path, needle: str) -> int:
        try:
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if needle in line:
                    return i
        except OSError:
            pass
        return 1

    def domain(self, dm: object, mentions: dict[str, tuple[str, ...]]) -> None:
        from .banks import Domain

        assert isinstance(dm, Domain)
        for name, items in (("relic", dm.relics), ("place", dm.places),
                            ("audience", dm.audiences)):
            if not items:
                self.add(dm.path, 1, f"domain {dm.id}: no [[{name}]]")
            for c in items:
                self.value(c.value.source, dm.path, self.line_of(dm.path, c.value.source),
                           f"{dm.id}.{name}")
                for cls in c.classes:
                    if cls not in AUDIENCE_CLASSES:
                        self.add(dm.path, self.line_of(dm.path, c.value.source),
                                 f"{dm.id}.{name}: unknown class {cls!r} "
                                 f"(valid: {', '.join(AUDIENCE_CLASSES)})")
        for name, values, least in (("past_relics", dm.past_relics, 3), ("plans", dm.plans, 1),
                                    ("helped", dm.helped, 1), ("worlds", dm.worlds, 1)):
            if len(values) < least:
                self.add(dm.path, 1, f"domain {dm.id}: {name} has {len(values)} values "
                                     f"(at least {least})")
            for v in values:
                self.value(v.source, dm.path, self.line_of(dm.path, v.source),
                           f"{dm.id}.{name}")
        if len(dm.lessons) < 3:
            self.add(dm.path, 1, f"domain {dm.id}: lessons has {len(dm.lessons)} lines "
                                 f"(at least 3)")
        ids: set[str] = set()
        for e in dm.entries:
            if e.id in ids:
                self.add(e.path, e.line, f"{e.id}: duplicate id")
            ids.add(e.id)
            self.entry(e, DOMAIN_MOVES, mentions, "a domain")


def check(root: Path = BANKS_DIR) -> list[Problem]:
    """Every problem in the banks under ``root``."""
    banks, read_problems = load(root, strict=False)
    problems = [Problem(*_split(p)) for p in read_problems]
    return sorted(set(problems + _Linter(banks, root).run()))


def _split(text: str) -> tuple[str, int, str]:
    m = re.match(r"(.*?):(\d+): (.*)", text, re.S)
    if not m:
        return ("?", 1, text)
    return (m.group(1), int(m.group(2)), m.group(3))
