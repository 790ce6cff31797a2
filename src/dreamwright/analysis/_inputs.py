"""Reading input texts safely: size limit, binary detection, decoding.

Every problem is raised as an InputError whose message names the input and
says what is wrong, so the CLI can print it and carry on with other inputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

# A dream report is a few kilobytes; anything over this is refused rather
# than analysed (see docs/analyze.md, "Size limit").
MAX_TEXT_BYTES = 4 * 1024 * 1024


class InputError(Exception):
    """An input that could not be read as a dream text."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def decode_text(data: bytes, name: str) -> str:
    """Check and decode ``data`` (UTF-8, BOM allowed) as text, or raise InputError."""
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(
            f"{name}: too large ({_mb(len(data))}); the limit for one dream text is "
            f"{_mb(MAX_TEXT_BYTES)}. Split it, or put many dreams in a corpus (--corpus)."
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to analyse)")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{name}: looks like a binary file, not text (control characters)")
    return text


def read_text_file(path: Path) -> str:
    """Read one dream text from ``path``, raising InputError with a clear message."""
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(
            f"{name}: is a directory; to analyse a folder of .txt files use --corpus {name}"
        )
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InputError(
                f"{name}: too large ({_mb(size)}); the limit for one dream text is "
                f"{_mb(MAX_TEXT_BYTES)}. Split it, or put many dreams in a corpus (--corpus)."
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return decode_text(data, name)


def read_stdin() -> str:
    data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    return decode_text(data, "<stdin>")
