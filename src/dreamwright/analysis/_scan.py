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
        self.lower = re.compile(r"(?<![\w'])(?:" + body + r")(?![\w])")
        self.anycase = re.compile(r"(?<![\w'])(?:" + body + r")(?![\w])", re.IGNORECASE)
        self._routes: dict[str, tuple[tuple[str, int, int, tuple[Tag, ...]], ...]] = {}

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

    def scan(self, text: str) -> dict[str, list[Hit]]:
        lowered = text.lower()
        pattern, subject = (
            (self.lower, lowered) if len(lowered) == len(text) else (self.anycase, text)
        )
        out: dict[str, list[Hit]] = {name: [] for name in self.lexicons}
        for m in pattern.finditer(subject):
            raw = m.group()
            start = m.start()
            if " " not in raw and "\n" not in raw and "\t" not in raw:
                routes = self.routes(raw if subject is lowered else raw.lower())
                if routes:
                    end = m.end()
                    form = text[start:end]
                    for name, _, _, tags in routes:
                        out[name].append(Hit(start, end, form, tags))
                continue
            spans = [(t.start(), t.end()) for t in _TOKEN.finditer(raw)]
            for name, first, k, tags in self.routes(" ".join(raw.lower().split())):
                a, b = start + spans[first][0], start + spans[first + k - 1][1]
                out[name].append(Hit(a, b, text[a:b], tags))
        return out


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
        scanned = union().scan(doc.text)
        doc.cache["hits"] = scanned
    result: list[Hit] = scanned[name]
    return result
