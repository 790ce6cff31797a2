"""A small on-disk cache for article choices, so inflect is rarely imported."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .morphology import article_uncached


def cache_dir() -> Path:
    base = os.environ.get("DREAMWRIGHT_CACHE") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "dreamwright" if not os.environ.get("DREAMWRIGHT_CACHE") else root


class ArticleCache:
    """Maps a phrase's first word to 'a' or 'an'; fills itself on a miss."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._table: dict[str, str] = {}
        self._dirty = False
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self._table = {str(k): str(v) for k, v in data.items()}
            except (OSError, ValueError):
                self._table = {}

    @staticmethod
    def key(phrase: str) -> str:
        return phrase.split(" ", 1)[0].lower()

    def article(self, phrase: str) -> str:
        k = self.key(phrase)
        hit = self._table.get(k)
        if hit is None:
            hit = article_uncached(k)
            self._table[k] = hit
            self._dirty = True
        return hit

    def prime(self, phrases: list[str]) -> None:
        """Decide every phrase at once (one inflect import) and save."""
        missing = {self.key(p) for p in phrases} - self._table.keys()
        for k in sorted(missing):
            self._table[k] = article_uncached(k)
        if missing:
            self._dirty = True
        self.save()

    def missing(self, phrases: list[str]) -> bool:
        return any(self.key(p) not in self._table for p in phrases)

    def save(self) -> None:
        if not self._dirty or self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._table, fh, sort_keys=True)
            os.replace(tmp, self._path)
            self._dirty = False
        except OSError:
            pass  # a read-only home still composes; it just re-imports inflect
