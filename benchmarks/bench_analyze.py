"""Benchmark the analyzer: throughput in MB/s and the corpus speed-up with --jobs 2.

    python benchmarks/bench_analyze.py [--mb 2] [--runs 5]

The corpus is built from composed dreams when ``dreamwright.compose`` exists,
plus the two seeds (from ../shared/seeds, if present) and sentence-shuffled
variations of them. Reports medians; never used as a timed test assertion.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from dreamwright.analysis import analyze, analyze_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PREMISES = [
    "I froze at my piano recital",
    "I failed my driving test twice",
    "I missed the penalty in the cup final",
    "I blanked during my job interview",
    "I was laid off after twenty years as an engineer",
    "My restaurant closed after two years",
]


def base_texts() -> list[str]:
    texts: list[str] = []
    try:
        from dreamwright import compose  # type: ignore[attr-defined,unused-ignore]

        for i, premise in enumerate(PREMISES):
            for seed in range(3):
                arc = "reinvention" if (i + seed) % 2 else "second-chance"
                texts.append(compose(premise, seed=seed, arc=arc).text)
    except Exception as exc:  # composer missing or broken: fall back to seeds
        print(f"(composer unavailable: {type(exc).__name__}; using seeds only)")
    if SEEDS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        raise SystemExit("no dream text: neither the composer nor ../shared/seeds is available")
    return texts


def build_corpus(megabytes: float, rng: random.Random) -> list[str]:
    """Dreams and sentence-shuffled variations, about ``megabytes`` in total."""
    base = base_texts()
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1024 * 1024:
        text = rng.choice(base)
        sentences = re.split(r"(?<=[.!?])\s+", text)
        head, rest = sentences[:1], sentences[1:]
        rng.shuffle(rest)
        variant = " ".join(head + rest[: max(5, len(rest) * rng.randint(6, 10) // 10)])
        corpus.append(variant)
        size += len(variant.encode("utf-8"))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median reported)")
    args = parser.parse_args()
    corpus = build_corpus(args.mb, random.Random(7))
    total = sum(len(t.encode("utf-8")) for t in corpus)
    analyze(corpus[0])  # load and compile the lexicons outside the timing
    times, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in corpus:
            analyze(text)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    median, median_cpu = statistics.median(times), statistics.median(cpu)
    print(
        f"analyze: {len(corpus)} dreams, {total / 1e6:.2f} MB, {args.runs} runs: "
        f"median wall {median:.2f} s -> {total / 1e6 / median:.2f} MB/s; "
        f"median CPU {median_cpu:.2f} s -> {total / 1e6 / median_cpu:.2f} MB/s per core "
        f"({len(corpus) / median_cpu:.0f} dreams/s)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(corpus):
                fh.write(json.dumps({"id": i, "text": text}) + "\n")
        walls = {}
        for jobs in (1, 2):
            runs = []
            for _ in range(max(1, args.runs // 2)):
                start = time.perf_counter()
                analyze_corpus(path, jobs=jobs, chunksize=32)
                runs.append(time.perf_counter() - start)
            walls[jobs] = statistics.median(runs)
            print(
                f"corpus --jobs {jobs}: median {walls[jobs]:.2f} s "
                f"-> {total / 1e6 / walls[jobs]:.2f} MB/s"
            )
        print(
            f"speed-up --jobs 2 vs 1: {walls[1] / walls[2]:.2f}x "
            f"(wall clock; meaningless when other processes load the cores)"
        )
    print(
        f"load average at end: {open('/proc/loadavg').read().split()[0]}"
        if Path("/proc/loadavg").exists()
        else ""
    )


if __name__ == "__main__":
    main()
