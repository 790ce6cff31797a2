"""No run of eight words from the seeds in the project or in what it writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dreamwright.lint import seed_ngrams, shared_runs

from .conftest import ROOT, SEEDS, batch

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")

TEXT_SUFFIXES = {".py", ".toml", ".md", ".txt", ".cfg", ".json"}


def _project_files() -> list[Path]:
    skip = {".venv", ".git", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
    out = []
    for p in ROOT.rglob("*"):
        if p.is_file() and p.suffix in TEXT_SUFFIXES and not (skip & set(p.parts)):
            out.append(p)
    return out


def test_seed_ngrams_are_read() -> None:
    assert len(seed_ngrams()) > 1000


def test_no_seed_phrase_in_the_project() -> None:
    grams = seed_ngrams()
    hits = []
    for path in _project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        runs = shared_runs(text, grams)
        if runs:
            hits.append(f"{path.relative_to(ROOT)}: {runs[0]!r}")
    assert hits == []


def test_no_seed_phrase_in_output() -> None:
    grams = seed_ngrams()
    for d in batch():
        assert shared_runs(d.text, grams) == []
