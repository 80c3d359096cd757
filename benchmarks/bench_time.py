"""Speed of the time stage alone (regex tagging on raw text, no spaCy Doc), one core.

Texts: the TimeBank documents (``../shared/eval/timeml/timebank``) and the
Aleppo samples, each tagged against its own creation date; repeated until at
least ``min_seconds`` have run. Target (issue 3): >= 50,000 words/s.

    .venv/bin/python benchmarks/bench_time.py
"""
from __future__ import annotations

import glob
import json
import os
import time


def _texts() -> list[tuple[str, str | None]]:
    from dateline.eval.timeml import parse_tml
    from dateline.paths import shared_dir

    shared = shared_dir()
    if shared is None:
        return []
    out: list[tuple[str, str | None]] = []
    for fp in sorted(glob.glob(os.path.join(str(shared), "eval", "timeml", "timebank", "*.tml"))):
        d = parse_tml(fp)
        out.append((d.text, d.dct))
    for fp in sorted(glob.glob(os.path.join(str(shared), "samples", "aleppo", "*.txt"))):
        with open(fp, encoding="utf-8") as f:
            out.append((f.read(), "2024-12-01"))
    return out


def main(min_seconds: float = 3.0) -> dict:
    from dateline.extract.time import tag_times

    texts = _texts()
    if not texts:
        return {"skipped": "../shared not available"}
    words_per_pass = sum(len(t.split()) for t, _ in texts)
    tag_times(texts[0][0], texts[0][1])  # warm up (regex compilation happens at import)
    passes = 0
    n_timex = 0
    # CPU time of this (single-threaded) process: the speed on one core, not
    # diluted by other jobs sharing the machine; wall time is reported too.
    c0, w0 = time.process_time(), time.perf_counter()
    while True:
        for text, dct in texts:
            n_timex += len(tag_times(text, dct))
        passes += 1
        cpu = time.process_time() - c0
        if cpu >= min_seconds:
            break
    wall = time.perf_counter() - w0
    words = words_per_pass * passes
    return {"area": "time", "documents": len(texts) * passes, "words": words,
            "cpu_seconds": round(cpu, 3), "wall_seconds": round(wall, 3),
            "words_per_second": round(words / cpu), "words_per_second_wall": round(words / wall),
            "timexes": n_timex, "target_words_per_second": 50000}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
