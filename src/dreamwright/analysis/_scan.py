"""One pass over a text for every lexicon at once.

All lexicons (senses, emotions, arcs, characters, places, outcomes, voice,
negation, transformations) are merged into a single trie regex. A text is
scanned once; each match is handed to every lexicon that knows the matched
form or its longest word-prefix (so "turned into" still gives the senses
lexicon its "turned"). Results are cached on the Document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from dreamwright.analysis._lexicon import Hit, Lexicon, Tag, _trie_regex, lexicon, raw_data
from dreamwright.analysis._nouns import noun_lexicon
from dreamwright.analysis._text import Document

_TOKEN = re.compile(r"\S+")
# distinct matched strings remembered per regex before the memo starts afresh
_CACHE_LIMIT = 100_000
# what a matched string gives each lexicon (see Union._placed)
_Placed = tuple[
    tuple[tuple[int, tuple[Tag, ...]], ...], tuple[tuple[int, int, int, tuple[Tag, ...]], ...]
]


def _changes() -> Lexicon:
    data = raw_data("changes")
    return Lexicon(
        "changes",
        {
            "into": [f"{v}~ into" for v in data["into"]],
            "to": [f"{v}~ to" for v in data["to"]],
            "plain": list(data["plain"]),
        },
    )


FACTORIES: dict[str, Callable[[], Lexicon]] = {
    "senses": lambda: lexicon("senses"),
    "emotions": lambda: Lexicon("emotions", raw_data("emotions")["classes"]),
    "valence": lambda: Lexicon("valence", raw_data("emotions")["valence"]),
    "negation": lambda: Lexicon("negation", {"neg": raw_data("emotions")["negation"]["words"]}),
    "arcs.second-chance": lambda: lexicon("arcs", "second-chance"),
    "arcs.reinvention": lambda: lexicon("arcs", "reinvention"),
    "arcs.signature": lambda: lexicon("arcs", "signature"),
    "characters": lambda: noun_lexicon("characters", raw_data("characters")["nouns"]),
    "places": lambda: noun_lexicon("places", raw_data("places")["places"]),
    "objects": lambda: lexicon("places", "objects"),
    "outcomes": lambda: lexicon("outcomes"),
    "person": lambda: Lexicon("person", raw_data("voice")["person"]),
    "tense": lambda: Lexicon("tense", raw_data("voice")["tense"]),
    "changes": _changes,
}


class Union:
    """Every lexicon merged into one regex, with per-form routing to lexicons."""

    def __init__(self, lexicons: dict[str, Lexicon]) -> None:
        self.lexicons = lexicons
        forms: set[str] = set()
        for lex in lexicons.values():
            forms |= lex.forms()
        body = _trie_regex(forms)
        # (one capturing group round the whole match, for re.split in scan)
        self.lower = re.compile(r"(?<![\w'])(" + body + r")(?![\w])")
        self.anycase = re.compile(r"(?<![\w'])(" + body + r")(?![\w])", re.IGNORECASE)
        self._routes: dict[str, tuple[tuple[str, int, int, tuple[Tag, ...]], ...]] = {}
        self._names = tuple(lexicons)
        self._index = {name: i for i, name in enumerate(self._names)}
        # matched string (as in the scanned subject) -> its placed routes, per regex
        self._placed_lower: dict[str, _Placed] = {}
        self._placed_anycase: dict[str, _Placed] = {}

    def routes(self, form: str) -> tuple[tuple[str, int, int, tuple[Tag, ...]], ...]:
        """(lexicon, first word, words used, tags) for every lexicon's matches in ``form``.

        Within one merged match each lexicon takes its own leftmost-longest
        matches, so "i could not" still gives the outcomes lexicon "could not".
        """
        found = self._routes.get(form)
        if found is None:
            words = form.split(" ")
            result = []
            for name, lex in self.lexicons.items():
                first = 0
                while first < len(words):
                    for k in range(len(words) - first, 0, -1):
                        tags = lex.tags_for(" ".join(words[first : first + k]))
                        if tags:
                            result.append((name, first, k, tags))
                            first += k
                            break
                    else:
                        first += 1
            found = tuple(result)
            self._routes[form] = found
        return found

    def _placed(self, raw: str, lower: str) -> _Placed:
        """Every lexicon's matches in one matched string, computed once per string:
        ((lexicon index, tags) of each, ()) when they all span the whole string (one
        word), else ((), (lexicon index, start, end, tags) of each), offsets into it."""
        index = self._index
        if " " not in raw and "\n" not in raw and "\t" not in raw:
            return tuple((index[name], tags) for name, _, _, tags in self.routes(lower)), ()
        spans = [(t.start(), t.end()) for t in _TOKEN.finditer(raw)]
        return (), tuple(
            (index[name], spans[first][0], spans[first + k - 1][1], tags)
            for name, first, k, tags in self.routes(" ".join(lower.split()))
        )

    def scan(self, text: str, lowered: str | None = None) -> dict[str, list[Hit]]:
        if lowered is None:
            lowered = text.lower()
        if len(lowered) == len(text):
            pattern, subject, placed = self.lower, lowered, self._placed_lower
        else:
            pattern, subject, placed = self.anycase, text, self._placed_anycase
        if len(placed) > _CACHE_LIMIT:
            placed.clear()
        outs: list[list[Hit]] = [[] for _ in self._names]
        adds = [out.append for out in outs]
        new = tuple.__new__
        get = placed.get
        same = subject is text
        # split gives the text between matches and the matches, alternately: the
        # offsets follow from their lengths, with no match objects made
        pieces = pattern.split(subject)
        end = len(pieces[0])
        for raw, gap in zip(pieces[1::2], pieces[2::2], strict=True):
            start = end
            end = start + len(raw)
            found = get(raw)
            if found is None:
                found = self._placed(raw, raw.lower())
                placed[raw] = found
            whole, parts = found
            if whole:
                form = raw if same else text[start:end]
                for idx, tags in whole:
                    adds[idx](new(Hit, (start, end, form, tags)))
            else:
                for idx, a, b, tags in parts:
                    a += start
                    b += start
                    adds[idx](new(Hit, (a, b, text[a:b], tags)))
            end += len(gap)
        return dict(zip(self._names, outs, strict=True))


@cache
def union() -> Union:
    return Union({name: make() for name, make in FACTORIES.items()})


@cache
def named(name: str) -> Lexicon:
    return union().lexicons[name]


def hits(doc: Document, name: str) -> list[Hit]:
    """The hits of lexicon ``name`` in ``doc`` (the whole text is scanned once)."""
    scanned = doc.cache.get("hits")
    if scanned is None:
        scanned = union().scan(doc.text, doc.lowered)
        doc.cache["hits"] = scanned
    result: list[Hit] = scanned[name]
    return result
