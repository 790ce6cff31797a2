"""Plots: one dream's emotional arc with its beats, or a corpus against norms.

matplotlib is an optional extra (``pip install dreamwright[plot]``); it is
imported only inside these functions, with the non-interactive Agg backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dreamwright.analysis.corpus import CorpusResult
from dreamwright.analysis.report import Report

FORMATS = (".png", ".svg")


class PlotError(Exception):
    """The plot cannot be drawn (bad file type, matplotlib missing)."""


def _pyplot(path: Path) -> Any:
    if path.suffix.lower() not in FORMATS:
        raise PlotError(
            f"{path}: unknown plot format {path.suffix or '(none)'!r}; use one of "
            + ", ".join(FORMATS)
        )
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotError("plotting needs matplotlib: pip install 'dreamwright[plot]'") from None
    return plt


def smooth(values: Sequence[float], radius: int = 2) -> list[float]:
    """Centred moving average."""
    out = []
    for i in range(len(values)):
        window = values[max(0, i - radius) : i + radius + 1]
        out.append(sum(window) / len(window))
    return out


def plot_dream(report: Report, path: Path | str, title: str = "") -> Path:
    """Valence per sentence (smoothed) and per fifth, with the arc's beats marked."""
    path = Path(path)
    plt = _pyplot(path)
    fig, ax = plt.subplots(figsize=(9, 4))
    trajectory = list(report.emotions.trajectory)
    n = max(1, len(trajectory))
    xs = [(i + 0.5) / n for i in range(len(trajectory))]
    if trajectory:
        ax.plot(xs, smooth(trajectory), color="#4a6fa5", label="valence (sentences, smoothed)")
    fifths = [(i + 0.5) / 5 for i in range(5)]
    ax.plot(
        fifths,
        [p.valence for p in report.emotions.phases],
        "o--",
        color="#c77d2e",
        label="valence (fifths)",
    )
    starts = _beat_positions(report)
    for beat, x in zip(report.arc.beats, starts, strict=False):
        ax.axvline(x, color="#999999", linewidth=0.8, linestyle=":")
        ax.text(x, 1.02, beat.name, rotation=60, fontsize=7, ha="left", va="bottom")
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(0, 1)
    ax.axhline(0, color="#cccccc", linewidth=0.8)
    ax.set_xlabel("position in dream")
    ax.set_ylabel("valence")
    ax.set_title(title or f"arc: {report.arc.name} — {report.emotions.shape}", fontsize=9, pad=40)
    ax.legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _beat_positions(report: Report) -> list[float]:
    # beats carry character spans; place them by share of the text's length
    length = max(report.voice.chars, max((b.end for b in report.arc.beats), default=1), 1)
    return [b.start / length for b in report.arc.beats]


def plot_corpus(result: CorpusResult, path: Path | str, title: str = "") -> Path:
    """The corpus's indicator profile beside the male and female norms."""
    path = Path(path)
    plt = _pyplot(path)
    inds = result.indicators
    labels = [i.label for i in inds]
    ys = list(range(len(inds)))
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(inds) + 1.5))
    ax.barh(ys, [i.value or 0.0 for i in inds], color="#4a6fa5", height=0.5, label="this corpus")
    for key, marker, colour in (("male", "|", "#2e7d32"), ("female", "x", "#c62828")):
        pts = [(getattr(i, key), y) for i, y in zip(inds, ys, strict=True) if getattr(i, key)]
        if pts:
            ax.scatter(
                [p[0] for p in pts],
                [p[1] for p in pts],
                marker=marker,
                s=120,
                color=colour,
                label=f"HVdC {key} norm",
                zorder=3,
            )
    ax.set_yticks(ys, labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("percent")
    ax.set_title(title or f"{len(result.rows)} dreams vs {result.norms_source}", fontsize=8)
    ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
