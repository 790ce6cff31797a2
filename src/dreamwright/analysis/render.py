"""Render a Report for the terminal with rich (panels and tables)."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dreamwright.analysis.report import SENSES, Report


def _voice(report: Report) -> RenderableType:
    v = report.voice
    line = Text()
    line.append(f"{v.person} person, {v.tense} tense", style="bold")
    line.append(f"  ·  {v.words} words, {v.sentences} sentences")
    line.append(f"  ·  MATTR {report.quality.mattr:.2f}")
    line.append(f"  ·  imagery {report.senses.imagery_density:.1f}/100 words")
    return line


def _arc(report: Report, text: str | None) -> RenderableType:
    arc = report.arc
    others = ", ".join(f"{k} {v:.2f}" for k, v in arc.candidates.items())
    title = f"arc: [bold]{arc.name}[/] (score {arc.score:.2f}; {others})"
    table = Table(show_header=True, header_style="bold", expand=False, box=None)
    table.add_column("beat")
    table.add_column("cue", style="cyan")
    table.add_column("valence", justify="right")
    table.add_column("sentence")
    for beat in arc.beats:
        sentence = text[beat.start : beat.end] if text is not None else f"{beat.start}-{beat.end}"
        short = " ".join(sentence.split())
        short = short[:70] + ("…" if len(short) > 70 else "")
        table.add_row(beat.name, beat.cue, f"{beat.valence:+.2f}", short)
    body = table if arc.beats else Text("no arc beats found")
    return Panel(body, title=title, title_align="left")


def _senses(report: Report) -> RenderableType:
    table = Table(box=None, show_header=False)
    table.add_column("sense", style="bold")
    table.add_column("phrases")
    for sense in SENSES:
        phrases = report.senses.phrases.get(sense, ())
        table.add_row(sense, "; ".join(phrases[:5]) or "—")
    table.add_row("colours", ", ".join(report.senses.colours) or "—")
    return Panel(table, title="senses", title_align="left")


def _emotions(report: Report) -> RenderableType:
    table = Table(box=None)
    for i in range(1, 6):
        table.add_column(f"{i}/5", justify="center")
    table.add_row(*(f"{p.valence:+.2f}" for p in report.emotions.phases))
    table.add_row(*(", ".join(p.dominant) or "—" for p in report.emotions.phases))
    return Panel(table, title=f"emotions: {report.emotions.shape}", title_align="left")


def _people_places(report: Report) -> RenderableType:
    table = Table(box=None, show_header=True, header_style="bold")
    table.add_column("character")
    table.add_column("coding")
    for c in report.characters:
        flags = [c.kind, "familiar" if c.familiar else "unfamiliar"]
        if c.group:
            flags.append("group")
        table.add_row(c.text, ", ".join(flags + list(c.classes)))
    settings = Table(box=None, show_header=True, header_style="bold")
    settings.add_column("setting")
    settings.add_column("coding")
    for s in report.settings:
        settings.add_row(s.text, f"{s.location}, {s.familiarity}")
    objects = Text("objects: " + (", ".join(report.objects) or "—"))
    return Panel(Group(table, settings, objects), title="characters & settings", title_align="left")


def _events(report: Report) -> RenderableType:
    table = Table(box=None, show_header=True, header_style="bold")
    table.add_column("outcome")
    table.add_column("dreamer")
    table.add_column("sentence")
    for o in report.outcomes[:12]:
        table.add_row(o.kind, "yes" if o.dreamer_involved else "no", o.sentence[:80])
    changes = Table(box=None, show_header=True, header_style="bold")
    changes.add_column("transformation from")
    changes.add_column("to")
    for t in report.transformations[:8]:
        changes.add_row(t.source or "?", t.target or "?")
    repeats = ", ".join(f"“{r.text}” ×{r.count}" for r in report.quality.repeated_phrases[:6])
    return Panel(
        Group(table, changes, Text("repeated phrases: " + (repeats or "none"))),
        title="events",
        title_align="left",
    )


def render_report(report: Report, text: str | None = None, title: str = "") -> RenderableType:
    """A rich renderable for one report; ``text`` lets beats show their sentences."""
    parts: list[RenderableType] = [_voice(report)]
    parts += [_arc(report, text), _senses(report), _emotions(report)]
    parts += [_people_places(report), _events(report)]
    for note in report.notes:
        parts.append(Text(f"note: {note}", style="yellow"))
    return Panel(Group(*parts), title=title or "dream analysis", title_align="left")


def render_text(report: Report, text: str | None = None, width: int = 100) -> str:
    """The report as terminal text (no colour codes), e.g. for logs and tests."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(render_report(report, text))
    return console.export_text()
