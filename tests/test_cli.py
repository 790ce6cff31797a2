from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dreamwright.cli import main

PREMISE = "I froze at my piano recital in front of my whole family"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_dream_text(runner: CliRunner) -> None:
    res = runner.invoke(main, ["dream", PREMISE, "--seed", "3"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("I am dreaming.")


def test_dream_formats(runner: CliRunner) -> None:
    md = runner.invoke(main, ["dream", PREMISE, "--format", "markdown"])
    assert md.exit_code == 0 and md.output.startswith("# ")
    js = runner.invoke(main, ["dream", PREMISE, "--format", "json", "--seed", "9"])
    data = json.loads(js.output)
    assert data["seed"] == 9 and data["plan"]["arc"] == "second-chance"
    assert data["trace"] and data["text"].startswith("I am dreaming.")


def test_premise_from_stdin(runner: CliRunner) -> None:
    res = runner.invoke(main, ["dream", "-", "--seed", "1"], input=PREMISE + "\n")
    direct = runner.invoke(main, ["dream", PREMISE, "--seed", "1"])
    assert res.exit_code == 0 and res.output == direct.output


def test_voice_options(runner: CliRunner) -> None:
    res = runner.invoke(main, ["dream", PREMISE, "--person", "third", "--name", "Ana",
                               "--pronouns", "she", "--tense", "past"])
    assert res.exit_code == 0 and res.output.startswith("Ana was dreaming.")
    res = runner.invoke(main, ["dream", PREMISE, "--person", "second"])
    assert res.output.startswith("You are dreaming.")


def test_out_writes_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "dream.md"
    res = runner.invoke(main, ["dream", PREMISE, "--format", "markdown", "--out", str(out)])
    assert res.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--person", "fourth"], "'fourth' is not one of"),
        (["--tense", "future"], "'future' is not one of"),
        (["--words", "50"], "50 is not in the range 300<=x<=1500"),
        (["--format", "pdf"], "'pdf' is not one of"),
        (["--pronouns", "it"], "'it' is not one of"),
        (["--arc", "tragedy"], "'tragedy' is not one of 'reinvention', 'second-chance'"),
        (["--register", "gothic"], "'gothic' is not one of"),
        (["--person", "third"], "needs the dreamer's name"),
        (["--seed", "abc"], "'abc' is not a valid integer"),
    ],
)
def test_bad_options_exit_2_and_name_the_choices(runner: CliRunner, args: list[str],
                                                   needle: str) -> None:
    res = runner.invoke(main, ["dream", PREMISE, *args])
    assert res.exit_code == 2, res.output
    assert needle in res.output
    assert "Traceback" not in res.output


def test_empty_premise(runner: CliRunner) -> None:
    res = runner.invoke(main, ["dream", "   "])
    assert res.exit_code == 2 and "premise is empty" in res.output


def test_unwritable_out_keeps_old_file(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(main, ["dream", PREMISE, "--out", str(tmp_path / "no" / "such.txt")])
    assert res.exit_code == 1
    assert "nothing was written" in res.output
    old = tmp_path / "keep.txt"
    old.write_text("old", encoding="utf-8")
    res = runner.invoke(main, ["dream", PREMISE, "--words", "5", "--out", str(old)])
    assert res.exit_code == 2 and old.read_text(encoding="utf-8") == "old"


def test_arcs_lists_both_arcs(runner: CliRunner) -> None:
    res = runner.invoke(main, ["arcs"])
    assert res.exit_code == 0
    assert "second-chance" in res.output and "reinvention" in res.output
    assert res.output.index("threshold") < res.output.index("waking")


def test_help_explains_every_option_with_an_example(runner: CliRunner) -> None:
    res = runner.invoke(main, ["dream", "--help"])
    for opt in ("--arc", "--register", "--seed", "--words", "--person", "--name", "--pronouns",
                "--tense", "--relic", "--place", "--audience", "--format", "--out"):
        assert opt in res.output
    assert res.output.count("Example") >= 13


def test_dream_check_prints_the_analysis(runner: CliRunner) -> None:
    res = runner.invoke(main, ["dream", PREMISE, "--check", "--seed", "2"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("I am dreaming.")
    assert "second-chance" in res.output
    js = runner.invoke(main, ["dream", PREMISE, "--check", "--format", "json"])
    data = json.loads(js.output)
    assert data["analysis"]["arc"]["name"] in ("second-chance", "reinvention", "none")


def test_analyze_is_a_subcommand(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text("I was at my old school and my teacher was a dog. I couldn't find my locker.",
                 encoding="utf-8")
    res = runner.invoke(main, ["analyze", str(f), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["arc"]["name"] == "none"
    missing = runner.invoke(main, ["analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "nope.txt" in missing.output
