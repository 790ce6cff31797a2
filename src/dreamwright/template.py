"""The template language: sentences free of person and tense.

``[I] {step} onto <ground>.`` is three marks in literal text: a dreamer
reference, a verb that agrees with the dreamer, and a motif slot. See
docs/banks.md for the whole language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

DreamerCase = Literal["I", "me", "my", "mine", "myself"]
MotifForm = Literal["auto", "a", "the", "short", "bare"]

DREAMER_CASES: tuple[str, ...] = ("I", "me", "my", "mine", "myself")
MOTIF_FORMS: tuple[str, ...] = ("auto", "a", "the", "short", "bare")
VERB_AGREEMENTS: tuple[str, ...] = ("d", "s", "p")

TOKEN_RE = re.compile(
    r"\[(?P<dreamer>[A-Za-z]+)\]"
    r"|\{(?P<verb>[a-z]+)(?:/(?P<agree>[a-z0-9]+))?\}"
    r"|<(?P<motif>[a-z0-9]+)(?:\.(?P<form>[a-z]+))?>"
)
STRAY_RE = re.compile(r"[\[\]{}<>]")


@dataclass(frozen=True, slots=True)
class Literal_:
    text: str


@dataclass(frozen=True, slots=True)
class Dreamer:
    case: str


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    agree: str  # "d" dreamer, "s" singular, "p" plural, or a motif name


@dataclass(frozen=True, slots=True)
class Motif:
    name: str
    form: str


Token = Literal_ | Dreamer | Verb | Motif


@dataclass(frozen=True, slots=True)
class Template:
    source: str
    tokens: tuple[Token, ...]
    motifs: tuple[str, ...] = ()  # named motifs, then motifs only agreed with
    fixed_words: int = 0  # words outside motif slots
    slots: tuple[Motif, ...] = ()  # the motif slots, in order

    def literal_text(self) -> str:
        return "".join(t.text for t in self.tokens if isinstance(t, Literal_))


_WORDLIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def _motifs(tokens: tuple[Token, ...]) -> tuple[str, ...]:
    seen: list[str] = []
    for t in tokens:
        if isinstance(t, Motif) and t.name not in seen:
            seen.append(t.name)
    for t in tokens:
        if isinstance(t, Verb) and t.agree not in VERB_AGREEMENTS and t.agree not in seen:
            seen.append(t.agree)
    return tuple(seen)


@lru_cache(maxsize=16384)
def parse(source: str) -> Template:
    """Split ``source`` into tokens. Unknown marks are kept as literals; the linter names them."""
    tokens: list[Token] = []
    pos = 0
    for m in TOKEN_RE.finditer(source):
        if m.start() > pos:
            tokens.append(Literal_(source[pos : m.start()]))
        if m.group("dreamer") is not None:
            tokens.append(Dreamer(m.group("dreamer")))
        elif m.group("verb") is not None:
            tokens.append(Verb(m.group("verb"), m.group("agree") or "d"))
        else:
            tokens.append(Motif(m.group("motif"), m.group("form") or "auto"))
        pos = m.end()
    if pos < len(source):
        tokens.append(Literal_(source[pos:]))
    toks = tuple(tokens)
    slots = tuple(t for t in toks if isinstance(t, Motif))
    fixed = sum(len(_WORDLIKE.findall(t.text)) if isinstance(t, Literal_) else 1
                for t in toks if not isinstance(t, Motif))
    return Template(source, toks, _motifs(toks), fixed, slots)


# --- noun-phrase values -------------------------------------------------------

FLAG_RE = re.compile(r"\s+~(pl|mass|det)\b")
HEAD_RE = re.compile(r"\*([^*]+)\*")


_WHOLE_GROUPS = frozenset({"everyone", "everybody", "all", "half", "both"})


@dataclass(frozen=True, slots=True)
class Value:
    """A noun phrase from a lexicon or domain: ``violet *sky* full of comets``."""

    source: str
    text: str  # without asterisks and flags; may hold dreamer and verb marks
    head: str
    plural: bool
    mass: bool
    det: bool

    @property
    def short(self) -> str:
        """The back-reference: ``the sky``, or ``[my] family`` for an owned phrase."""
        if self.det:
            first = self.text.split(" ", 1)[0].lower()
            if first == "[my]":
                return f"[my] {self.head}"
            if self.text == self.head or first in _WHOLE_GROUPS:
                return self.text  # "everyone" is never "the everyone"
        return f"the {self.head}"


@lru_cache(maxsize=16384)
def parse_value(source: str) -> Value:
    flags = set(FLAG_RE.findall(source))
    body = FLAG_RE.sub("", source).strip()
    m = HEAD_RE.search(body)
    text = HEAD_RE.sub(lambda mm: mm.group(1), body)
    head = m.group(1) if m else text.split(" ")[-1]
    return Value(source, text, head, "pl" in flags, "mass" in flags, "det" in flags)


_OWN_DETS = ("my ", "our ", "his ", "her ", "their ", "your ")


def value_from_words(words: str) -> Value:
    """A value from a person's own words (``my ice skates``, ``the old gym``)."""
    from .morphology import is_plural_noun

    phrase = " ".join(words.strip().rstrip(".!?,;:").split())
    low = phrase.lower()
    det = False
    if low.startswith(("my ", "our ")):
        phrase = "[my] " + phrase.split(" ", 1)[1]
        det = True
    elif low.startswith(("the ", "a ", "an ")):
        phrase = phrase.split(" ", 1)[1]
    elif low.startswith(_OWN_DETS) or low.startswith(("his ", "her ")):
        det = True
    tail = phrase.split(" ")
    # the head is the last word before a prepositional tail ("box of letters" -> box)
    head_i = len(tail) - 1
    for i, w in enumerate(tail):
        if i > 0 and w.lower() in {"of", "with", "from", "in", "on", "that", "for"}:
            head_i = i - 1
            break
    head = tail[head_i]
    plural = is_plural_noun(head.lower())
    flags = (" ~det" if det else "") + (" ~pl" if plural else "")
    starred = " ".join(f"*{w}*" if i == head_i else w for i, w in enumerate(tail))
    return parse_value(starred + flags)
