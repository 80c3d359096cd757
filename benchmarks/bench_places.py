"""Speed and footprint of the geoparser, one core.

- gazetteer load from its on-disk cache in a fresh process (target < 1 s) and
  the resident memory it adds (target < 300 MB);
- resolution: ``resolve_spans`` on the LGL gold spans (``../shared/eval/geo/lgl.xml``)
  without document context, mentions per CPU second (target, issue 4: >= 2,000);
- with context: ``resolve_spans`` given the spaCy ``Doc`` (recognition of the
  other places plus resolution), and ``find`` (recognition + resolution), in
  mentions per CPU second; the spaCy parse itself is excluded (done once up front).

    .venv/bin/python benchmarks/bench_places.py
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

_LOAD_PROBE = """
import json, os, time
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
from dateline.extract.places.gazetteer import load_gazetteer
before = rss_mb()
t0 = time.perf_counter(); c0 = time.process_time()
g = load_gazetteer()
wall = time.perf_counter() - t0; cpu = time.process_time() - c0
after = rss_mb()
print(json.dumps({"entries": len(g), "names": len(g.index), "load_seconds": round(wall, 3),
                  "load_cpu_seconds": round(cpu, 3), "gazetteer_resident_mb": round(after - before, 1),
                  "process_resident_mb": round(after, 1)}))
"""


def _load_figures() -> dict:
    from dateline.extract.places.gazetteer import load_gazetteer

    load_gazetteer()  # make sure the cache exists before timing a cold process
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(min_seconds: float = 3.0, limit: int | None = 100) -> dict:
    from dateline.eval.geo import read_lgl
    from dateline.extract.places import get_geoparser
    from dateline.nlp import get_nlp
    from dateline.paths import shared_dir

    report: dict = {"area": "places", "target_mentions_per_second": 2000,
                    "target_load_seconds": 1.0, "target_resident_mb": 300}
    report.update(_load_figures())
    shared = shared_dir()
    lgl = os.path.join(str(shared), "eval", "geo", "lgl.xml") if shared else ""
    if not lgl or not os.path.exists(lgl):
        report["skipped"] = "../shared/eval/geo/lgl.xml not available"
        return report
    articles = read_lgl(lgl, limit)
    geo = get_geoparser()
    spans = [[(t.start, t.end) for t in a.toponyms] for a in articles]
    n_mentions = sum(len(s) for s in spans)

    def timed(fn) -> tuple[float, int]:  # type: ignore[no-untyped-def]
        fn()  # warm up
        c0, passes = time.process_time(), 0
        while True:
            fn()
            passes += 1
            if time.process_time() - c0 >= min_seconds:
                return time.process_time() - c0, passes

    cpu, passes = timed(lambda: [geo.resolve_spans(a.text, s) for a, s in zip(articles, spans)])
    report["resolution_mentions_per_second"] = round(n_mentions * passes / cpu)
    docs = list(get_nlp().pipe((a.text for a in articles), batch_size=32))
    cpu, passes = timed(lambda: [geo.resolve_spans(a.text, s, d) for a, s, d in zip(articles, spans, docs)])
    report["resolution_with_context_mentions_per_second"] = round(n_mentions * passes / cpu)
    found = sum(len(geo.find(a.text, d)) for a, d in zip(articles, docs))
    cpu, passes = timed(lambda: [geo.find(a.text, d) for a, d in zip(articles, docs)])
    report["find_mentions_per_second"] = round(found * passes / cpu)
    report.update({"articles": len(articles), "gold_mentions": n_mentions, "found_mentions": found})
    return report


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
