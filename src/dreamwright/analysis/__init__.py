"""Reading dreams: the analyzer.

    >>> from dreamwright.analysis import analyze
    >>> report = analyze("I was at my old school and my teacher was a dog.")
    >>> report.arc.name
    'none'

``analyze_command`` (the click command) and the plot functions are loaded on
first use, so importing the analyzer stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dreamwright.analysis.analyzer import analyze
from dreamwright.analysis.corpus import CorpusError, CorpusResult, Indicator, analyze_corpus
from dreamwright.analysis.render import render_report, render_text
from dreamwright.analysis.report import (
    Arc,
    Beat,
    Character,
    Emotions,
    Outcome,
    Phase,
    Quality,
    RepeatedPhrase,
    Report,
    Senses,
    Setting,
    Transformation,
    Voice,
)

if TYPE_CHECKING:
    from dreamwright.analysis.cli import analyze_command
    from dreamwright.analysis.plot import plot_corpus, plot_dream

__all__ = [
    "Arc",
    "Beat",
    "Character",
    "CorpusError",
    "CorpusResult",
    "Emotions",
    "Indicator",
    "Outcome",
    "Phase",
    "Quality",
    "RepeatedPhrase",
    "Report",
    "Senses",
    "Setting",
    "Transformation",
    "Voice",
    "analyze",
    "analyze_command",
    "analyze_corpus",
    "plot_corpus",
    "plot_dream",
    "render_report",
    "render_text",
]


def __getattr__(name: str) -> Any:
    if name == "analyze_command":
        from dreamwright.analysis.cli import analyze_command

        return analyze_command
    if name in ("plot_dream", "plot_corpus"):
        from dreamwright.analysis import plot

        return getattr(plot, name)
    raise AttributeError(f"module 'dreamwright.analysis' has no attribute {name!r}")
