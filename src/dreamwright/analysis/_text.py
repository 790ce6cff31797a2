"""Text primitives: sentences, paragraphs, words and character spans.

Every later stage works on character offsets into the original text, so the
text is never rewritten except by same-length substitutions (curly quotes to
straight ones), which keep every span valid.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Any

# A sentence ends at terminal punctuation (plus closing quotes) followed by
# whitespace or the end of the text, or at a blank line. (Written to open with
# one character class, so the regex engine skips quickly to candidates; it means
# [.!?\u2026]+["')\]]*(?=\s|$)|\n[ \t]*\n.)
_END = re.compile(
    r"""[.!?\u2026\n](?:(?<=[.!?\u2026])[.!?\u2026]*["')\]]*(?=\s|$)|(?<=\n)[ \t]*\n)"""
)
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e)|\b[A-Z])\.$")
_LEADING = re.compile(r"[\s\u2026.!?]*")
WORD = re.compile(r"\w+(?:'\w+)*")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def normalise_quotes(text: str) -> str:
    """Straighten curly quotes (same length, so spans stay valid)."""
    if "\u2018" in text or "\u2019" in text:
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    if "\u201c" in text or "\u201d" in text:
        text = text.replace("\u201c", '"').replace("\u201d", '"')
    return text


class Document:
    """A text with its sentences and words located once, lazily."""

    def __init__(self, text: str) -> None:
        self.raw = text
        self.text = normalise_quotes(text)
        # per-document results shared between stages (e.g. sentence polarity)
        self.cache: dict[str, Any] = {}

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        text = self.text
        spans: list[Span] = []
        start = 0
        for m in _END.finditer(text):
            end = m.end() if text[m.start()] != "\n" else m.start()
            if text[m.start()] == "." and _ABBREVIATION.search(text, max(0, end - 6), end):
                continue
            self._add(spans, start, end)
            start = m.end()
        self._add(spans, start, len(text))
        return tuple(spans)

    def _add(self, spans: list[Span], start: int, end: int) -> None:
        lead = _LEADING.match(self.text, start, end)
        start = lead.end() if lead else start
        stripped = self.text[start:end].rstrip()
        if stripped:
            spans.append(Span(start, start + len(stripped), stripped))

    @cached_property
    def breaks(self) -> tuple[bool, ...]:
        """For each sentence, whether it opens a new paragraph (the first never does).

        Paragraphs are separated by blank lines; in a text without blank lines,
        by single line breaks, unless some line break falls inside a sentence
        (hard-wrapped text), in which case the text has no paragraph evidence.
        """
        spans = self.sentences
        text = self.text
        if "\n" not in text or len(spans) < 2:
            return (False,) * len(spans)
        gaps = [text[spans[i - 1].end : spans[i].start] for i in range(1, len(spans))]
        if _PARAGRAPH_BREAK.search(text):
            return (False, *(_PARAGRAPH_BREAK.search(g) is not None for g in gaps))
        if any("\n" in s.text for s in spans):
            return (False,) * len(spans)
        return (False, *("\n" in g for g in gaps))

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def lowered(self) -> str:
        """``text.lower()``, computed once."""
        return self.text.lower()

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.lowered)

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing (or preceding) character ``offset``."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return i if i > 0 else 0

    def sentence_at(self, offset: int) -> Span:
        if not self.sentences:
            return Span(0, len(self.text), self.text)
        return self.sentences[self.sentence_index(offset)]

    def fifth(self, offset: int) -> int:
        """Which fifth (0..4) of the text ``offset`` falls in."""
        length = max(1, len(self.text))
        return min(4, 5 * offset // length)

    def left(self, offset: int, width: int = 48) -> str:
        """Up to ``width`` characters before ``offset`` within its sentence."""
        sentence = self.sentence_at(offset)
        return self.text[max(sentence.start, offset - width) : offset]

    def right(self, offset: int, width: int = 48) -> str:
        sentence = self.sentence_at(offset)
        end = sentence.end if sentence.end > offset else len(self.text)
        return self.text[offset : min(end, offset + width)]


def clip(text: str, limit: int = 160) -> str:
    """One line of ``text``, shortened to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"
