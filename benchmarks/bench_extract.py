"""Throughput of the whole `extract` against raw spaCy on the same texts, in one run.

Texts: the ACLED dev notes and the five Aleppo articles (from ../shared).
Reports words per second (and CPU seconds) of raw spaCy (the shipped model,
every component, ``nlp.pipe``), of Dateline's own trimmed parse, and of
``dateline.pipeline.extract_documents`` (parse plus every stage), and the
ratios; the target is extract >= 0.70 of raw spaCy. Both are warmed up first (model and gazetteer
loads are not throughput).

    .venv/bin/python benchmarks/bench_extract.py [--limit N]
"""
from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path
from typing import Any, Callable, Optional

import spacy

from dateline.model import Document
from dateline.nlp import MODEL_NAME, get_nlp
from dateline.paths import shared_dir
from dateline.pipeline import extract_documents

TARGET_RATIO = 0.70


def _texts(limit: Optional[int]) -> list[str]:
    shared = shared_dir()
    if shared is None:
        raise SystemExit("../shared is needed for the benchmark texts")
    texts: list[str] = []
    with open(shared / "eval" / "events" / "acled-2023-dev.csv", newline="", encoding="utf-8") as f:
        texts += [r["notes"] for r in csv.DictReader(f) if r["notes"].strip()]
    if limit:
        texts = texts[:limit]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "samples" / "aleppo").glob("*.txt"))]
    return texts


def _timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run."""
    t0, c0 = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - t0, time.process_time() - c0


def main(limit: Optional[int] = 200, repeats: int = 2) -> dict[str, Any]:
    texts = _texts(limit)
    words = sum(len(t.split()) for t in texts)
    # "Raw spaCy" is the model as shipped, every component, nothing of ours;
    # Dateline's own parse (no lemmatizer, indexed attribute rules) is timed
    # too, so the cost of the stages on top of it stays visible.
    raw_nlp = spacy.load(MODEL_NAME)
    own_nlp = get_nlp()
    docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    # Warm-up: loads, caches and first-call costs are not throughput.
    list(extract_documents(docs[:5]))
    list(raw_nlp.pipe(texts[:5]))

    def drain(nlp: Any) -> Callable[[], None]:
        def parse_all() -> None:
            for _doc in nlp.pipe(texts, batch_size=16):
                pass
        return parse_all

    def extract_all() -> None:
        fresh = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
        for _ext in extract_documents(fresh, batch_size=16):
            pass

    runs: dict[str, list[tuple[float, float]]] = {"raw": [], "own": [], "extract": []}
    for _ in range(repeats):  # interleaved, best of N: the machine is shared
        runs["raw"].append(_timed(drain(raw_nlp)))
        runs["own"].append(_timed(drain(own_nlp)))
        runs["extract"].append(_timed(extract_all))
    wall = {k: min(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: min(c for _, c in v) for k, v in runs.items()}
    # CPU time is what the code costs; wall-clock also measures the other jobs
    # on a shared machine. Both are reported; the target is read on CPU time.
    cpu_ratio = cpu["raw"] / cpu["extract"]
    return {"bench": "extract", "texts": len(texts), "words": words,
            "raw_spacy_pipes": raw_nlp.pipe_names,
            "spacy_words_per_s": round(words / wall["raw"]),
            "own_parse_words_per_s": round(words / wall["own"]),
            "extract_words_per_s": round(words / wall["extract"]),
            "ratio": round(wall["raw"] / wall["extract"], 3),
            "spacy_cpu_s": round(cpu["raw"], 3), "own_parse_cpu_s": round(cpu["own"], 3),
            "extract_cpu_s": round(cpu["extract"], 3),
            "cpu_ratio": round(cpu_ratio, 3),
            "cpu_ratio_vs_own_parse": round(cpu["own"] / cpu["extract"], 3),
            "target_ratio": TARGET_RATIO, "meets_target": cpu_ratio >= TARGET_RATIO}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=200, help="ACLED notes to use (0: all)")
    ap.add_argument("--repeats", type=int, default=2)
    a = ap.parse_args()
    print(json.dumps(main(a.limit or None, a.repeats), indent=2))
