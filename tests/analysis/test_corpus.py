"""Corpus mode over JSONL, CSV and folders, each with a bad entry."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dreamwright.analysis.corpus import CorpusInputError, analyze_corpus, indicators

from .conftest import MESSY_DREAMS
from .test_cli import app


def make_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "dreams.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": t}) for i, t in enumerate(MESSY_DREAMS)]
    lines.insert(3, "{not json")
    lines.insert(5, json.dumps({"id": "x", "body": "no text field"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_csv(tmp_path: Path, column: str = "text") -> Path:
    path = tmp_path / "dreams.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", column])
        for i, text in enumerate(MESSY_DREAMS):
            writer.writerow([f"d{i}", text])
        writer.writerow(["empty", ""])
    return path


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "dreams"
    folder.mkdir()
    for i, text in enumerate(MESSY_DREAMS):
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "notes.md").write_text("ignored")
    return folder


@pytest.mark.parametrize(("maker", "bad"), [(make_jsonl, 2), (make_csv, 1), (make_folder, 1)])
@pytest.mark.parametrize("jobs", [1, 2])
def test_corpus_formats(tmp_path: Path, maker: object, bad: int, jobs: int) -> None:
    path = maker(tmp_path)  # type: ignore[operator]
    result = analyze_corpus(path, jobs=jobs, chunksize=4)
    assert len(result.rows) == len(MESSY_DREAMS)
    assert len(result.errors) == bad
    assert all(r["arc"] == "none" for r in result.rows)
    ids = {i.id: i for i in result.indicators}
    assert ids["male_female"].male == 67 and ids["male_female"].female == 48
    assert ids["with_success"].male is None  # no norm we are sure of
    assert ids["familiarity"].value is not None


def test_csv_column_option_and_missing_column(tmp_path: Path) -> None:
    path = make_csv(tmp_path, column="report")
    assert len(analyze_corpus(path, column="report").rows) == len(MESSY_DREAMS)
    with pytest.raises(CorpusInputError, match="no column 'text'; columns are: 'id', 'report'"):
        analyze_corpus(path)


def test_indicator_arithmetic() -> None:
    rows = [
        {
            "male": 2,
            "female": 2,
            "familiar": 1,
            "unfamiliar": 3,
            "friends": 1,
            "family": 1,
            "humans": 4,
            "animals": 1,
            "characters": 5,
            "indoor": 1,
            "outdoor": 0,
            "negative_emotions": 4,
            "positive_emotions": 1,
            "dreamer_success": 1,
            "dreamer_failure": 1,
            "success": 1,
            "failure": 0,
            "misfortune": 0,
            "good_fortune": 0,
        },
        {
            "male": 0,
            "female": 0,
            "familiar": 0,
            "unfamiliar": 0,
            "friends": 0,
            "family": 0,
            "humans": 0,
            "animals": 0,
            "characters": 0,
            "indoor": 0,
            "outdoor": 1,
            "negative_emotions": 0,
            "positive_emotions": 0,
            "dreamer_success": 0,
            "dreamer_failure": 0,
            "success": 0,
            "failure": 1,
            "misfortune": 0,
            "good_fortune": 0,
        },
    ]
    got = {i.id: i.value for i in indicators(rows)}
    assert got["male_female"] == 50.0
    assert got["familiarity"] == 25.0
    assert got["animal"] == 20.0
    assert got["indoor"] == 50.0
    assert got["negative_emotions"] == 80.0
    assert got["dreamer_success"] == 50.0
    assert got["with_success"] == 50.0 and got["with_misfortune"] == 0.0


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_cli_corpus_writes_rows_and_exits_1_on_bad_rows(tmp_path: Path, suffix: str) -> None:
    path = make_jsonl(tmp_path)
    out = tmp_path / f"rows{suffix}"
    result = CliRunner().invoke(
        app, ["analyze", "--corpus", str(path), "--out", str(out), "--jobs", "2"]
    )
    assert result.exit_code == 1, result.output
    assert "not valid JSON" in result.stderr and "dreams.jsonl:4" in result.stderr
    assert "Male/Female %" in result.stdout and "67%" in result.stdout
    text = out.read_text(encoding="utf-8")
    assert len(text.strip().splitlines()) == len(MESSY_DREAMS) + (suffix == ".csv")


def test_cli_corpus_json(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = CliRunner().invoke(app, ["analyze", "--corpus", str(folder), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["dreams"] == len(MESSY_DREAMS)
    assert data["errors"][0]["problem"].startswith("looks like a binary file")
