"""Compose benchmark: in-process time per dream, CLI cold start, and peak memory.

    python benchmarks/bench_compose.py [--runs 5]

Prints medians of several runs. Timings are not asserted anywhere: these
machines are shared and noisy. Pin to one core with `taskset -c 0` to compare
with the budgets in DESIGN.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PREMISES = [
    "I froze at my piano recital in front of my whole family",
    "I missed the penalty kick in the cup final",
    "I was laid off after twenty years as an engineer",
    "My restaurant went bankrupt",
]


def compose_ms(runs: int) -> list[float]:
    from dreamwright import compose

    compose(PREMISES[0], seed=0)  # load banks and caches once
    per_run = []
    for r in range(runs):
        t0 = time.perf_counter()
        n = 0
        for seed in range(50):
            for p in PREMISES:
                compose(p, seed=seed + 1000 * r)
                n += 1
        per_run.append((time.perf_counter() - t0) * 1000 / n)
    return per_run


def cli_cold_start(runs: int) -> tuple[list[float], list[float]]:
    exe = Path(sys.executable).with_name("dreamwright")
    walls, rss = [], []
    for seed in range(runs):
        cmd = ["/usr/bin/time", "-f", "%M", str(exe), "dream", PREMISES[0], "--seed", str(seed)]
        t0 = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        walls.append((time.perf_counter() - t0) * 1000)
        rss.append(int(out.stderr.strip().splitlines()[-1]) / 1024)
    return walls, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    ms = compose_ms(args.runs)
    print(f"compose a 700-word dream, in process: median {statistics.median(ms):.2f} ms "
          f"({1000 / statistics.median(ms):.0f} dreams/s) over {args.runs} runs of 200")
    if Path("/usr/bin/time").exists():
        walls, rss = cli_cold_start(args.runs)
        print(f"CLI 'dreamwright dream' cold start: median {statistics.median(walls):.0f} ms "
              f"wall; peak RSS median {statistics.median(rss):.0f} MB")
    else:
        print("CLI cold start: /usr/bin/time not found, skipped")


if __name__ == "__main__":
    main()
