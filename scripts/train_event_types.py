"""Train the event sub-type classifier shipped in src/dateline/data/models/event_types.npz.

Usage (from the repository root, with ../shared beside it):
    .venv/bin/python scripts/train_event_types.py            # ACLED notes + CASE dev snippets
    .venv/bin/python scripts/train_event_types.py --acled-only

With the CASE snippets the model is the notes + snippets SVM mixed with the
news head (see dateline.extract.events.typemodel); --acled-only is the SVM alone.

Reproducible: fixed seed, deterministic sampling and solver.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.extract.events.training import CASE_WEIGHT, train
from dateline.extract.events.typemodel import MODEL_PATH
from dateline.paths import shared_dir


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--acled-only", action="store_true", help="do not add the CASE dev snippets")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--case-weight", type=float, default=CASE_WEIGHT)
    args = ap.parse_args()
    shared = shared_dir()
    if shared is None:
        print("../shared not found (set DATELINE_SHARED)", file=sys.stderr)
        return 2
    events = shared / "eval" / "events"
    t0 = time.time()
    model = train(events / "train", None if args.acled_only else events / "case2021-task2-dev.tsv",
                  case_weight=args.case_weight, seed=args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"trained {len(model.labels)} classes, {model.coef.shape[0]} features in "
          f"{time.time() - t0:.0f}s -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
