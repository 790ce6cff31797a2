"""The `analyze` click command: a thin layer over analyze() and analyze_corpus().

Exit codes: 0 all inputs analysed; 1 some input could not be read (the others
are still analysed and printed); 2 usage error (bad option value, no input).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dreamwright.analysis._inputs import InputError, read_stdin, read_text_file
from dreamwright.analysis.analyzer import analyze
from dreamwright.analysis.corpus import (
    CorpusInputError,
    CorpusResult,
    analyze_corpus,
    row_from_report,
    write_rows,
)
from dreamwright.analysis.plot import FORMATS, PlotError, plot_corpus, plot_dream
from dreamwright.analysis.render import render_report
from dreamwright.analysis.report import Report

OUT_FORMATS = (".csv", ".jsonl")


def _check_suffix(param: str, path: Path | None, choices: tuple[str, ...]) -> None:
    if path is not None and path.suffix.lower() not in choices:
        raise click.BadParameter(
            f"{str(path)!r} has suffix {path.suffix or '(none)'!r}; choose one of "
            + ", ".join(choices),
            param_hint=param,
        )


def _corpus_table(result: CorpusResult) -> Table:
    table = Table(title=f"{len(result.rows)} dreams · norms: {result.norms_source}")
    table.add_column("indicator")
    table.add_column("corpus", justify="right")
    table.add_column("HVdC male", justify="right")
    table.add_column("HVdC female", justify="right")

    def fmt(v: float | None) -> str:
        return "—" if v is None else f"{v:.0f}%"

    for ind in result.indicators:
        table.add_row(ind.label, fmt(ind.value), fmt(ind.male), fmt(ind.female))
    return table


def _run_corpus(
    corpus: Path,
    column: str | None,
    jobs: int,
    fmt: str,
    out: Path | None,
    plot: Path | None,
    console: Console,
    err: Console,
) -> int:
    with Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("corpus", total=None)

        def step(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            result = analyze_corpus(corpus, jobs=jobs, column=column, on_progress=step)
        except CorpusInputError as exc:
            raise click.BadParameter(str(exc), param_hint="--corpus") from None
    for error in result.errors:
        click.echo(f"skipped {error.source}: {error.problem}", err=True)
    if out is not None:
        write_rows(result.rows, out)
    if plot is not None:
        plot_corpus(result, plot)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
    else:
        console.print(_corpus_table(result))
        if result.errors:
            console.print(f"{len(result.errors)} bad row(s)/file(s) skipped", highlight=False)
    return 1 if result.errors else 0


@click.command("analyze")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report as rich text panels or as JSON. Example: --format json",
)
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=None,
    help="Analyse a corpus: a .jsonl file, a .csv file or a folder of .txt files. "
    "Example: --corpus reports.jsonl",
)
@click.option("--column", default=None,
              help="CSV column holding the text (default: text). Example: --column report")
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write one row per dream to this .csv or .jsonl file. Example: --out rows.csv",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for --corpus. Example: --jobs 2",
)
@click.option(
    "--plot",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Draw the emotional arc (one dream) or the indicator profile (corpus): .png or "
    ".svg. Example: --plot arc.png",
)
def analyze_command(
    files: tuple[Path, ...],
    fmt: str,
    corpus: Path | None,
    column: str | None,
    out: Path | None,
    jobs: int,
    plot: Path | None,
) -> None:
    """Analyse dream texts: voice, arc and beats, senses, emotions, characters,
    settings, outcomes. FILE may be - for standard input.

    Example: dreamwright analyze dream.txt --format json
    """
    _check_suffix("--out", out, OUT_FORMATS)
    _check_suffix("--plot", plot, FORMATS)
    console = Console()
    err = Console(stderr=True)
    if corpus is not None and files:
        raise click.UsageError("give either FILE arguments or --corpus PATH, not both")
    if column is not None and corpus is None:
        raise click.UsageError("--column only applies with --corpus")
    try:
        if corpus is not None:
            sys.exit(_run_corpus(corpus, column, jobs, fmt, out, plot, console, err))
        if not files:
            raise click.UsageError("no input: give FILE arguments, - for stdin, or --corpus PATH")
        if plot is not None and len(files) > 1:
            raise click.UsageError(f"--plot draws one dream; got {len(files)} files")
        sys.exit(_run_files(files, fmt, out, plot, console, err))
    except PlotError as exc:
        raise click.BadParameter(str(exc), param_hint="--plot") from None


def _run_files(
    files: tuple[Path, ...],
    fmt: str,
    out: Path | None,
    plot: Path | None,
    console: Console,
    err: Console,
) -> int:
    failed = 0
    results: list[tuple[str, str, Report]] = []
    for path in files:
        name = "<stdin>" if str(path) == "-" else str(path)
        try:
            text = read_stdin() if str(path) == "-" else read_text_file(path)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        results.append((name, text, analyze(text)))
    if fmt == "json":
        payload: Any = [{"file": n, **r.to_dict()} for n, _, r in results]
        click.echo(json.dumps(payload[0] if len(files) == 1 and payload else payload, indent=2))
    else:
        for name, text, report in results:
            console.print(render_report(report, text, title=name))
    if out is not None:
        write_rows([row_from_report(n, r) for n, _, r in results], out)
    if plot is not None and results:
        plot_dream(results[0][2], plot)
    return 1 if failed else 0
