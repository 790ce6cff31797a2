from __future__ import annotations

from pathlib import Path

import pytest

from dreamwright.analysis import analyze
from dreamwright.analysis.corpus import analyze_corpus
from dreamwright.analysis.plot import PlotError, plot_corpus, plot_dream

from .conftest import MESSY_DREAMS
from .test_corpus import make_jsonl

pytest.importorskip("matplotlib")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_dream(tmp_path: Path, suffix: str, seed_000: str) -> None:
    out = plot_dream(analyze(seed_000), tmp_path / f"arc{suffix}")
    assert out.stat().st_size > 1000


def test_plot_corpus(tmp_path: Path) -> None:
    result = analyze_corpus(make_jsonl(tmp_path))
    assert plot_corpus(result, tmp_path / "profile.png").stat().st_size > 1000


def test_plot_bad_suffix(tmp_path: Path) -> None:
    with pytest.raises(PlotError, match=r"\.png, \.svg"):
        plot_dream(analyze(MESSY_DREAMS[0]), tmp_path / "arc.jpg")
