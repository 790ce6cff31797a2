"""The analyze command through click's CliRunner, mounted in a tiny group."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dreamwright.analysis.cli import analyze_command

from .conftest import MESSY_DREAMS


@click.group()
def app() -> None:
    """Test harness."""


app.add_command(analyze_command)

DREAM = MESSY_DREAMS[0]


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["analyze", *args], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def dream(tmp_path: Path) -> Path:
    path = tmp_path / "dream.txt"
    path.write_text(DREAM, encoding="utf-8")
    return path


def test_text_report(dream: Path) -> None:
    code, out, _ = run(str(dream))
    assert code == 0
    assert "arc: none" in out and "senses" in out


def test_json_report(dream: Path) -> None:
    code, out, _ = run(str(dream), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["arc"]["name"] == "none"
    assert data["voice"]["tense"] == "past"


def test_stdin() -> None:
    code, out, _ = run("-", "--format", "json", stdin=DREAM)
    assert code == 0
    assert json.loads(out)["voice"]["person"] == "first"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
        ("latin1.txt", "I dreamt of caf\u00e9s".encode("latin-1"), "not UTF-8"),
        ("huge.txt", b"I ran. " * (10 * 1024 * 1024 // 7), "too large"),
    ],
)
def test_bad_files_exit_1_and_name_path(
    tmp_path: Path, dream: Path, name: str, data: bytes, message: str
) -> None:
    bad = _write(tmp_path, name, data)
    code, out, err = run(str(bad), str(dream))
    assert code == 1
    assert str(bad) in err and message in err
    assert "Traceback" not in out + err
    assert "arc: none" in out  # the good file is still analysed


def test_missing_file_and_directory(tmp_path: Path, dream: Path) -> None:
    code, out, err = run(str(tmp_path / "nope.txt"), str(tmp_path), str(dream))
    assert code == 1
    assert "nope.txt: no such file" in err
    assert "is a directory" in err and "--corpus" in err
    assert "arc: none" in out


def test_non_english_is_analysed_with_a_note(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "de.txt",
        "Ich war in einem großen Haus und die Treppe führte ins Nichts. Meine Mutter rief "
        "mich, aber ich konnte sie nicht finden. Dann wachte ich auf.".encode(),
    )
    code, out, _ = run(str(path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["arc"]["name"] == "none"
    assert any("English" in n for n in data["notes"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "yaml", "X"], "'yaml' is not one of 'text', 'json'"),
        (["--jobs", "0", "--corpus", "x.jsonl"], "0"),
        (["--plot", "arc.gif", "X"], ".png, .svg"),
        (["--out", "rows.xml", "X"], ".csv, .jsonl"),
        ([], "no input"),
        (["X", "--corpus", "c.jsonl"], "not both"),
        (["--column", "body", "X"], "--column only applies"),
        (["--corpus", "missing.jsonl"], "missing.jsonl: no such file"),
        (["--corpus", "corpus.xml"], "unknown corpus format"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    if "corpus.xml" in args:
        (tmp_path / "corpus.xml").write_text("<x/>")
        args = [str(tmp_path / "corpus.xml") if a == "corpus.xml" else a for a in args]
    code, out, err = run(*args)
    assert code == 2
    assert message in err
    assert "Traceback" not in out + err


def test_plot_needs_one_dream(dream: Path, tmp_path: Path) -> None:
    code, _, err = run(str(dream), str(dream), "--plot", str(tmp_path / "a.png"))
    assert code == 2 and "one dream" in err


def test_out_rows_for_files(dream: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    code, _, _ = run(str(dream), "--out", str(out), "--format", "json")
    assert code == 0
    row = json.loads(out.read_text().splitlines()[0])
    assert row["arc"] == "none" and row["id"] == str(dream)
