"""The command line: a thin layer over the library.

    dreamwright dream "I froze at my piano recital in front of my whole family"
    dreamwright arcs
    dreamwright banks check
    dreamwright analyze dream.txt
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from .voice import PERSONS, PRONOUNS, TENSES

FORMAT_CHOICES = ("text", "markdown", "json")


def _banks() -> Any:
    from .banks import BankError, default_banks

    try:
        return default_banks()
    except BankError as exc:
        raise click.ClickException(
            "the content banks are broken; run 'dreamwright banks check':\n" + str(exc)
        ) from exc


def _check_choice(kind: str, value: str | None, valid: list[str]) -> None:
    if value is not None and value not in valid:
        raise click.BadParameter(
            f"{value!r} is not one of {', '.join(repr(v) for v in valid)}.", param_hint=f"--{kind}"
        )


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a failure leaves any old file untouched."""
    target = path.expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _LazyGroup(click.Group):
    """Loads heavy subcommands (the analyzer) only when they are asked for."""

    lazy = {"analyze": ("dreamwright.analysis.cli", "analyze_command")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            import importlib

            module, attr = self.lazy[cmd_name]
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dreamwright")
def main() -> None:
    """dreamwright writes dreams of a second chance, offline.

    Name a failure and it composes a vivid dream in which you meet it again
    and get it right. Example:

        dreamwright dream "I froze at my piano recital in front of my family"
    """


@main.command()
@click.argument("premise")
@click.option("--arc", metavar="ARC",
              help="Arc to follow: second-chance or reinvention. Default: read from the "
                   "premise. Example: --arc reinvention")
@click.option("--register", metavar="REGISTER",
              help="Prose register: luminous (gentle, warm) or baroque (dense, ironic). "
                   "Default: follows the arc. Example: --register baroque")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed: the same premise, options and seed give the same dream. "
                   "Example: --seed 42")
@click.option("--words", type=click.IntRange(300, 1500), default=700, show_default=True,
              help="Target length in words (300-1500; the dream lands within 10%). "
                   "Example: --words 400")
@click.option("--person", type=click.Choice(PERSONS), default="first", show_default=True,
              help="Narrative person. Example: --person second")
@click.option("--name", metavar="NAME",
              help="The dreamer's name, needed in the third person. Example: --name Ana")
@click.option("--pronouns", type=click.Choice(PRONOUNS), default="they", show_default=True,
              help="Pronouns in the third person. Example: --pronouns she")
@click.option("--tense", type=click.Choice(TENSES), default="present", show_default=True,
              help="Narrative tense. Example: --tense past")
@click.option("--relic", metavar="TEXT",
              help="The object that stands for the failure, in your words. "
                   "Example: --relic \"my old violin\"")
@click.option("--place", metavar="TEXT",
              help="Where it happened. Example: --place \"the school gym\"")
@click.option("--audience", metavar="TEXT",
              help="Who watched. Example: --audience \"my whole family\"")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text",
              show_default=True, help="Output format. Example: --format json")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output. Example: --out dream.md")
@click.option("--check", is_flag=True,
              help="Also analyse the dream just written and print the report.")
def dream(premise: str, arc: str | None, register: str | None, seed: int, words: int,
          person: str, name: str | None, pronouns: str, tense: str, relic: str | None,
          place: str | None, audience: str | None, fmt: str, out: Path | None,
          check: bool) -> None:
    """Compose the dream of a second chance at PREMISE (use - to read it from stdin).

    Example: dreamwright dream "I missed the penalty in the cup final" --seed 3
    """
    from .compose import compose
    from .planner import PlanError
    from .voice import VoiceError

    if premise == "-":
        premise = sys.stdin.read()
    if not premise.strip():
        raise click.BadParameter("the premise is empty; say what went wrong, e.g. "
                                 "\"I froze at my piano recital\"", param_hint="PREMISE")
    banks = _banks()
    _check_choice("arc", arc, sorted(banks.arcs))
    _check_choice("register", register, list(banks.registers))
    if person == "third" and not (name and name.strip()):
        raise click.BadParameter("the third person needs the dreamer's name, e.g. --name Ana",
                                 param_hint="--name")
    from .premise import MAX_PREMISE_CHARS

    if len(" ".join(premise.split())) > MAX_PREMISE_CHARS:
        click.echo(f"note: the premise is long; the dream is composed from its first "
                   f"{MAX_PREMISE_CHARS} characters", err=True)
    try:
        result = compose(premise, seed=seed, arc=arc, register=register, words=words,
                         person=person, tense=tense, name=name, pronouns=pronouns,
                         relic=relic, place=place, audience=audience, banks=banks)
    except (VoiceError, PlanError) as exc:
        raise click.UsageError(str(exc)) from exc
    analysis: Any = None
    if check:
        from .analysis import analyze

        analysis = analyze(result.text)
    if fmt == "json" and analysis is not None:
        import json

        payload = result.to_dict()
        payload["analysis"] = analysis.to_dict()
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    else:
        text = result.render(fmt)
    if out is not None:
        try:
            write_atomic(out, text)
        except OSError as exc:
            raise click.ClickException(
                f"cannot write {str(out)!r}: {exc.strerror or exc}; nothing was written"
            ) from exc
        click.echo(f"wrote {result.words} words to {out}", err=True)
    else:
        click.echo(text, nl=False)
    if analysis is not None and fmt != "json":
        from .analysis import render_text

        click.echo(render_text(analysis, text=result.text), err=out is None)


@main.command()
def arcs() -> None:
    """List the arcs dreamwright writes and their beats, in order."""
    banks = _banks()
    for arc in banks.arcs.values():
        click.echo(f"{arc.id}  ({arc.summary}; default register {arc.default_register})")
        for i, beat in enumerate(arc.beats, 1):
            click.echo(f"  {i:2d}. {beat.id:<15} {beat.summary}")
        click.echo("")


@main.group()
def banks() -> None:
    """Work with the content banks."""


@banks.command("check")
@click.option("--root", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Check the banks in this folder instead of the installed ones. "
                   "Example: --root ./my-banks")
def banks_check(root: Path | None) -> None:
    """Lint the content banks; report every problem with file and line.

    Exit code 1 when there is any problem. Example: dreamwright banks check
    """
    from .banks import BANKS_DIR, load
    from .lint import check

    folder = root or BANKS_DIR
    problems = check(folder)
    for p in problems:
        click.echo(str(p))
    if problems:
        click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", err=True)
        raise SystemExit(1)
    b, _ = load(folder, strict=False)
    n = sum(len(v) for v in b.beats.values()) + sum(len(d.entries) for d in b.domains.values())
    n += sum(len(d.entries) for d in b.dreamscapes.values())
    click.echo(f"banks ok: {len(b.arcs)} arcs, {len(b.dreamscapes)} dreamscapes, "
               f"{len(b.domains)} domains, {n} entries")
