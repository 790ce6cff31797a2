"""A composed dream: its text, the plan it realises, and the trace of every sentence."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from .planner import Plan
from .realizer import TraceRecord, count_words

Format = Literal["text", "markdown", "json"]
FORMATS: tuple[str, ...] = ("text", "markdown", "json")


@dataclass(frozen=True, slots=True)
class Dream:
    text: str
    plan: Plan
    trace: tuple[TraceRecord, ...]

    @property
    def seed(self) -> int:
        return self.plan.seed

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def beats(self) -> list[str]:
        out: list[str] = []
        for r in self.trace:
            if not out or out[-1] != r.beat:
                out.append(r.beat)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "seed": self.seed,
            "words": self.words,
            "plan": self.plan.to_dict(),
            "trace": [r.to_dict() for r in self.trace],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_markdown(self) -> str:
        premise = self.plan.premise.get("text", "")
        title = premise if len(premise) <= 80 else premise[:77] + "…"
        lines = [f"# {title or 'A dream'}", ""]
        lines.append(
            f"*{self.plan.arc} · {self.plan.register} · seed {self.seed} · {self.words} words*"
        )
        lines.append("")
        lines.append(self.text)
        return "\n".join(lines) + "\n"

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return self.to_json() + "\n"
        if fmt == "markdown":
            return self.to_markdown()
        return self.text + "\n"
