"""Diversity and length across a batch of dreams.

    python benchmarks/bench_diversity.py [--arc second-chance] [--register luminous]
                                         [--premises 10] [--seeds 10] [--words 700]

Prints the share of sentences that occur in more than one dream (of distinct
sentences, and of all sentence occurrences, the fixed opening left out), the
most used bank entries, the moves whose sentences recur most, distinct-3, and
the length spread against the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

from dreamwright import compose
from dreamwright.measure import distinct_n, entry_reach, sentences, shared_sentence_share

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.test_premise import LOST_CAREERS, SINGLE_ACTS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--arc", choices=["second-chance", "reinvention"], default="second-chance")
    ap.add_argument("--register", choices=["luminous", "baroque"], default=None)
    ap.add_argument("--premises", type=int, default=10)
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--words", type=int, default=700)
    args = ap.parse_args()
    pool = SINGLE_ACTS if args.arc == "second-chance" else LOST_CAREERS
    dreams = [
        compose(p, seed=s, arc=args.arc, register=args.register, words=args.words)
        for p in pool[: args.premises] for s in range(args.seeds)
    ]
    openings = {d.trace[0].text for d in dreams}
    distinct, occ = shared_sentence_share(dreams, skip=openings)
    print(f"{len(dreams)} dreams ({args.arc}, {args.register or 'default register'}, "
          f"{args.words} words)")
    print(f"sentences in more than one dream: {distinct:.2%} of distinct sentences, "
          f"{occ:.2%} of occurrences")
    where: dict[str, set[int]] = {}
    for i, d in enumerate(dreams):
        for s in sentences(d.text):
            where.setdefault(s, set()).add(i)
    by_move: Counter[str] = Counter()
    by_entry: Counter[str] = Counter()
    for d in dreams:
        for r in d.trace:
            if r.move != "opening" and len(where.get(r.text, ())) > 1:
                by_move[r.move] += 1
                by_entry[r.entry] += 1
    print("recurring sentences by move:", ", ".join(f"{m} {n}" for m, n in
                                                     by_move.most_common(12)))
    print("recurring sentences by entry:", ", ".join(f"{m} {n}" for m, n in
                                                      by_entry.most_common(8)))
    reach = entry_reach(dreams)
    top = [(e, n) for e, n in reach.most_common(6) if not e.startswith("common#")]
    print("most used entries:", ", ".join(f"{e} {n / len(dreams):.0%}" for e, n in top))
    print(f"distinct-3: {distinct_n(dreams):.3f}")
    lengths = [d.words for d in dreams]
    off = sum(1 for n in lengths if abs(n - args.words) > 0.1 * args.words)
    print(f"length: min {min(lengths)}, median {statistics.median(lengths)}, "
          f"max {max(lengths)}; outside ±10%: {off}")


if __name__ == "__main__":
    main()
