"""Corpus mode: analyse many dreams and compute Hall & Van de Castle indicators.

Inputs: a JSONL file (one object per line with a "text" field), a CSV file
(a "text" column, or another named by ``column``), or a folder of .txt files.
A bad line, row or file is recorded as a CorpusError and skipped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dreamwright.analysis._inputs import MAX_TEXT_BYTES, InputError, decode_text, read_text_file
from dreamwright.analysis._lexicon import raw_data
from dreamwright.analysis.analyzer import analyze
from dreamwright.analysis.report import Report

Row = dict[str, Any]
Item = tuple[str, str]  # (id, text)
NEGATIVE = ("anger", "apprehension", "sadness", "confusion")


class CorpusInputError(Exception):
    """The corpus as a whole cannot be read (missing path, unknown format, no column)."""


@dataclass(frozen=True)
class CorpusError:
    source: str
    problem: str


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    value: float | None  # percent, None when the denominator is zero
    male: float | None
    female: float | None


@dataclass(frozen=True)
class CorpusResult:
    rows: tuple[Row, ...]
    indicators: tuple[Indicator, ...]
    errors: tuple[CorpusError, ...]
    norms_source: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "dreams": len(self.rows),
            "errors": [{"source": e.source, "problem": e.problem} for e in self.errors],
            "norms_source": self.norms_source,
            "indicators": [vars(i) for i in self.indicators],
        }


def row_from_report(ident: str, report: Report) -> Row:
    """One flat row of per-dream counts (the --out file has one per dream)."""
    chars = report.characters
    humans = [c for c in chars if c.kind == "person"]
    kinds = [o.kind for o in report.outcomes]
    counts = report.emotions.counts
    return {
        "id": ident,
        "words": report.voice.words,
        "person": report.voice.person,
        "tense": report.voice.tense,
        "arc": report.arc.name,
        "arc_score": report.arc.score,
        "beats": len(report.arc.beats),
        "characters": len(chars),
        "humans": len(humans),
        "male": sum("male" in c.classes for c in chars),
        "female": sum("female" in c.classes for c in chars),
        "familiar": sum(c.familiar for c in humans),
        "unfamiliar": sum(not c.familiar for c in humans),
        "friends": sum("friends" in c.classes for c in humans),
        "family": sum("family" in c.classes for c in humans),
        "animals": sum(c.kind == "animal" for c in chars),
        "indoor": sum(s.location == "indoor" for s in report.settings),
        "outdoor": sum(s.location == "outdoor" for s in report.settings),
        "negative_emotions": sum(counts.get(e, 0) for e in NEGATIVE),  # type: ignore[call-overload]
        "positive_emotions": counts.get("happiness", 0),
        "success": kinds.count("success"),
        "failure": kinds.count("failure"),
        "good_fortune": kinds.count("good-fortune"),
        "misfortune": kinds.count("misfortune"),
        "dreamer_success": sum(o.kind == "success" and o.dreamer_involved for o in report.outcomes),
        "dreamer_failure": sum(o.kind == "failure" and o.dreamer_involved for o in report.outcomes),
        "senses": len(report.senses.present),
        "imagery_density": report.senses.imagery_density,
        "mattr": report.quality.mattr,
        "shape": report.emotions.shape,
    }


def analyze_row(item: Item) -> Row | CorpusError:
    ident, text = item
    try:
        return row_from_report(ident, analyze(text))
    except Exception as exc:  # one bad dream must not stop a corpus
        return CorpusError(ident, f"analysis failed: {type(exc).__name__}: {exc}")


def _analyze_chunk(items: Sequence[Item]) -> list[Row | CorpusError]:
    return [analyze_row(item) for item in items]


def _jsonl(path: Path) -> Iterator[Item | CorpusError]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(decode_text(raw, where))
            except InputError as exc:
                yield CorpusError(where, str(exc).removeprefix(where + ": "))
                continue
            except json.JSONDecodeError as exc:
                yield CorpusError(where, f"not valid JSON ({exc.msg})")
                continue
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str) or not text.strip():
                yield CorpusError(where, 'no non-empty "text" string field')
                continue
            ident = obj.get("id", n)
            yield (str(ident), text)


def _csv(path: Path, column: str | None) -> Iterator[Item | CorpusError]:
    csv.field_size_limit(MAX_TEXT_BYTES)
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise CorpusInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with fh:
        reader = csv.DictReader(fh)
        try:
            header = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as exc:
            raise CorpusInputError(f"{path}: not a readable UTF-8 CSV file ({exc})") from None
        wanted = column or "text"
        if wanted not in header:
            choices = ", ".join(repr(h) for h in header) or "none"
            raise CorpusInputError(
                f"{path}: no column {wanted!r}; columns are: {choices} (choose one with --column)"
            )
        n = 1
        while True:
            n += 1
            where = f"{path}:row {n}"
            try:
                record = next(reader)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as exc:
                yield CorpusError(where, f"unreadable CSV row ({exc})")
                continue
            text = record.get(wanted)
            if not isinstance(text, str) or not text.strip():
                yield CorpusError(where, f"empty {wanted!r} cell")
                continue
            yield (str(record.get("id") or n), text)


def _folder(path: Path) -> Iterator[Item | CorpusError]:
    files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt")
    if not files:
        raise CorpusInputError(f"{path}: folder has no .txt files")
    for file in files:
        try:
            yield (file.name, read_text_file(file))
        except InputError as exc:
            yield CorpusError(str(file), str(exc).removeprefix(f"{file}: "))


def iter_corpus(path: Path, column: str | None = None) -> Iterator[Item | CorpusError]:
    """The dreams of a corpus (or errors for the bad ones), in order."""
    if not path.exists():
        raise CorpusInputError(f"{path}: no such file or folder")
    if path.is_dir():
        return _folder(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl(path)
    if suffix == ".csv":
        return _csv(path, column)
    raise CorpusInputError(
        f"{path}: unknown corpus format {suffix or '(no suffix)'!r}; "
        "expected a .jsonl or .csv file, or a folder of .txt files"
    )


def analyze_corpus(
    path: Path | str,
    jobs: int = 1,
    column: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    chunksize: int = 16,
) -> CorpusResult:
    """Analyse every dream of a corpus; ``jobs`` > 1 uses worker processes."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    items: list[Item] = []
    errors: list[CorpusError] = []
    for entry in iter_corpus(Path(path), column):
        if isinstance(entry, CorpusError):
            errors.append(entry)
        else:
            items.append(entry)
    chunks = [items[i : i + chunksize] for i in range(0, len(items), chunksize)]
    rows: list[Row] = []
    done = 0

    def collect(results: list[Row | CorpusError]) -> None:
        nonlocal done
        for result in results:
            if isinstance(result, CorpusError):
                errors.append(result)
            else:
                rows.append(result)
        done += len(results)
        if on_progress is not None:
            on_progress(done, len(items))

    if on_progress is not None:
        on_progress(0, len(items))
    if jobs == 1 or len(chunks) <= 1:
        for chunk in chunks:
            collect(_analyze_chunk(chunk))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures: list[Future[list[Row | CorpusError]]] = [
                pool.submit(_analyze_chunk, chunk) for chunk in chunks
            ]
            for future in futures:
                collect(future.result())
    return CorpusResult(tuple(rows), indicators(rows), tuple(errors), norms_source())


def norms_source() -> str:
    return str(raw_data("norms")["source"])


def _pct(num: float, den: float) -> float | None:
    return round(100.0 * num / den, 1) if den else None


def indicators(rows: Sequence[Row]) -> tuple[Indicator, ...]:
    """HVdC-style percentages over the pooled counts of all dreams."""

    def total(key: str) -> int:
        return sum(int(r[key]) for r in rows)

    def share(key: str) -> float | None:
        return _pct(sum(1 for r in rows if r[key] > 0), len(rows))

    values: dict[str, float | None] = {
        "male_female": _pct(total("male"), total("male") + total("female")),
        "familiarity": _pct(total("familiar"), total("familiar") + total("unfamiliar")),
        "friends": _pct(total("friends"), total("humans")),
        "family": _pct(total("family"), total("humans")),
        "animal": _pct(total("animals"), total("characters")),
        "indoor": _pct(total("indoor"), total("indoor") + total("outdoor")),
        "negative_emotions": _pct(
            total("negative_emotions"), total("negative_emotions") + total("positive_emotions")
        ),
        "dreamer_success": _pct(
            total("dreamer_success"), total("dreamer_success") + total("dreamer_failure")
        ),
        "with_success": share("success"),
        "with_failure": share("failure"),
        "with_misfortune": share("misfortune"),
        "with_good_fortune": share("good_fortune"),
    }
    result = []
    for spec in raw_data("norms")["indicator"]:
        male, female = spec.get("male"), spec.get("female")
        result.append(
            Indicator(
                spec["id"],
                spec["label"],
                values.get(spec["id"]),
                None if male is None else float(male),
                None if female is None else float(female),
            )
        )
    return tuple(result)


def write_rows(rows: Sequence[Row], out: Path) -> None:
    """Write one row per dream to ``out`` (.csv or .jsonl)."""
    suffix = out.suffix.lower()
    if suffix == ".csv":
        with out.open("w", encoding="utf-8", newline="") as fh:
            fields = list(rows[0]) if rows else ["id"]
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
    elif suffix in (".jsonl", ".ndjson"):
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"{out}: unknown output format {suffix!r}; expected .csv or .jsonl")
