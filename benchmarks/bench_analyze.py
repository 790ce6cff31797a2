"""Benchmark the analyzer: throughput in MB/s and the corpus speed-up with --jobs 2.

    python benchmarks/bench_analyze.py [--mb 2] [--runs 5]
    python benchmarks/bench_analyze.py --accuracy [--half tune|held|both]

``--accuracy`` measures how well the analyzer reads composed dreams instead:
for 100 dreams per half (20 premises x 5 settings: both arcs, both registers,
first/second/third person, present/past, 300/700/1500 words) it prints the
share with the planned arc, all beats in order, >= 4 senses, and the waking
beat's valence above the low point's (confrontation / plunge). Cues were
tuned on the ``tune`` premises only; report the ``held`` figures.

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
from typing import Any

from dreamwright.analysis import analyze, analyze_corpus
from dreamwright.measure import VOICES

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


TUNE_PREMISES = [
    "I dropped the baton in the relay final at the county championship",
    "My sculpture cracked in the kiln the night before the degree show",
    "I lost my place in the violin solo at the spring concert",
    "I choked on the free throw that would have won the game",
    "My stand-up set bombed at the open mic and a man walked out",
    "I failed the bar exam for the second time",
    "I stammered through my maid of honour speech",
    "The bridge model I designed collapsed during the review",
    "My soufflé collapsed in the final of the cooking contest",
    "I froze on camera during my first live news report",
    "I lost the debate at the student union election",
    "My paper was rejected and my supervisor said it was sloppy",
    "I forgot the choreography halfway through the ballet exam",
    "I lost my teaching job when the school closed",
    "My bakery went out of business after the flood",
    "I was made redundant from the bank after fifteen years",
    "My band broke up the week before our first tour",
    "I failed my medical residency and had to leave",
    "I stalled the car three times during my driving test",
    "Nobody bought a single painting at my market stall",
]
HELD_PREMISES = [
    "I fell off the beam at the regional gymnastics meet",
    "I sang flat in the church choir solo at Christmas",
    "I missed the open goal in the last minute of the derby",
    "I blanked when the interviewer asked why I wanted the job",
    "My novel manuscript was turned down by every publisher",
    "The wedding cake I baked slid off the table",
    "I fumbled my lines in the school nativity play",
    "My experiment failed in front of the whole lab",
    "I lost my temper during my first class as a student teacher",
    "The server went down during our product launch",
    "My campaign speech at the town hall was booed",
    "My thesis presentation fell apart when the projector died",
    "I crashed my bike in the first mile of the race",
    "I was let go from the design agency with no warning",
    "My shop on the high street closed for good last spring",
    "A knee injury ended my football career at twenty-three",
    "I lost my job as a journalist when the paper folded",
    "My small farm failed after three bad harvests",
    "I forgot the punchline at my best friend's wedding",
    "My pottery stall at the craft fair sold nothing all day",
]
LOW_POINT = {"second-chance": "confrontation", "reinvention": "plunge"}


def accuracy(premises: list[str], first_seed: int, label: str) -> None:
    """Compose 5 dreams per premise and print how well the analyzer reads them."""
    from collections import Counter

    from dreamwright import compose  # type: ignore[attr-defined,unused-ignore]

    fails: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    total = ok = 0
    seed = first_seed
    for i, premise in enumerate(premises):
        for j in range(5):
            arc = ("second-chance", "reinvention")[(i + j) % 2]
            options: dict[str, Any] = dict(VOICES[(i * 3 + j) % len(VOICES)])
            options["register"] = ("luminous", "baroque")[(i // 2 + j) % 2]
            options["words"] = (300, 700, 1500)[(i + 2 * j) % 3]
            dream = compose(premise, seed=seed, arc=arc, **options)
            seed += 1
            report = analyze(dream.text)
            want = [b.id for b in dream.plan.beats]
            got = [b.name for b in report.arc.beats]
            valence = {b.name: b.valence for b in report.arc.beats}
            low = LOW_POINT[dream.plan.arc]
            failed = {
                "arc": report.arc.name != dream.plan.arc,
                "beats": got != want,
                "senses": len(report.senses.present) < 4,
                "valence": not (
                    low in valence and "waking" in valence and valence["waking"] > valence[low]
                ),
            }
            total += 1
            ok += not any(failed.values())
            fails.update(k for k, v in failed.items() if v)
            missing.update(b for b in want if b not in got)
    print(f"{label}: {total} dreams; all four conditions: {ok}/{total} = {ok / total:.0%}")
    for key in ("arc", "beats", "senses", "valence"):
        print(f"  {key} wrong: {fails[key]} ({fails[key] / total:.0%})")
    print("  beats missed: " + (", ".join(f"{b} {n}" for b, n in missing.most_common()) or "none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median reported)")
    parser.add_argument(
        "--accuracy", action="store_true", help="measure reading accuracy on composed dreams"
    )
    parser.add_argument("--half", choices=("tune", "held", "both"), default="held")
    args = parser.parse_args()
    if args.accuracy:
        if args.half in ("tune", "both"):
            accuracy(TUNE_PREMISES, 0, "tune half")
        if args.half in ("held", "both"):
            accuracy(HELD_PREMISES, 1000, "held-out half")
        return
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
