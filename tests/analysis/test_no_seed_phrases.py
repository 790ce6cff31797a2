"""The analyzer's code, lexicons and docs share no 8-word sequence with the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
N = 8


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z]+", text.lower())
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def test_no_shared_eight_word_sequences() -> None:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("seeds not available")
    seed_grams: set[tuple[str, ...]] = set()
    for seed in seeds:
        seed_grams |= shingles(seed.read_text(encoding="utf-8"))
    ours = [
        *sorted((ROOT / "src" / "dreamwright" / "analysis").rglob("*.py")),
        *sorted((ROOT / "src" / "dreamwright" / "analysis" / "lexicons").glob("*.toml")),
        *sorted((ROOT / "tests" / "analysis").glob("*.py")),
        ROOT / "docs" / "analyze.md",
        ROOT / "benchmarks" / "bench_analyze.py",
    ]
    for path in ours:
        if path.exists():
            shared = shingles(path.read_text(encoding="utf-8")) & seed_grams
            assert not shared, f"{path}: {' '.join(next(iter(shared)))}"
