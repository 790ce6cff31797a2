"""On-disk caches, so a cold start reads a few files instead of importing heavy libraries.

Two things are kept in the user's cache folder (``$DREAMWRIGHT_CACHE``, else
``$XDG_CACHE_HOME/dreamwright``, else ``~/.cache/dreamwright``):

- ``morphology.json``: verb forms, articles and noun numbers already decided by
  lemminflect and inflect, so those libraries are imported only on a miss;
- ``banks-<signature>.pickle``: the parsed content banks, keyed by the size and
  modification time of every bank file and of the modules that parse them.

Either can be deleted at any time; a read-only home still works, only slower.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    explicit = os.environ.get("DREAMWRIGHT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "dreamwright"


def write_atomic_bytes(path: Path, data: bytes) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        return False


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, Any]) -> bool:
    return write_atomic_bytes(path, json.dumps(data, sort_keys=True).encode("utf-8"))


def read_pickle(path: Path) -> Any:
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # a stale or foreign pickle is simply rebuilt
        return None


def write_pickle(path: Path, obj: Any) -> bool:
    try:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return False
    return write_atomic_bytes(path, data)
