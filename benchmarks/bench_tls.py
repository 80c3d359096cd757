"""Speed of the timeline and story layer.

On the Timeline17 Haiti topic (../shared/eval/tls/t17-haiti, first N articles):
- fast ingest: time stage + storing, per article (what `dateline eval tls` does);
- building a timeline of 10 dates x 2 sentences from the store;
- grouping the same articles into stories.

    .venv/bin/python benchmarks/bench_tls.py [N]
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def main(n_articles: int = 150) -> dict:
    from dateline.eval.tls import _extract_fast, read_articles
    from dateline.fuse.stories import group_stories
    from dateline.fuse.timeline import build_timeline
    from dateline.paths import shared_dir
    from dateline.store import open_store

    shared = shared_dir()
    topic = shared / "eval" / "tls" / "t17-haiti" if shared else None
    if topic is None or not (topic / "articles.csv").is_file():
        return {"skipped": "../shared/eval/tls/t17-haiti not available"}
    with tempfile.TemporaryDirectory(prefix="bench-tls-") as tmp:
        docs = read_articles(topic, Path(tmp))[:n_articles]
        chars = sum(len(d.text) for d in docs)
        store = open_store(f"sqlite:///{tmp}/bench.db")
        try:
            t0 = time.perf_counter()
            exts = []
            for ext in _extract_fast(docs):
                store.add_extraction(ext)
                exts.append(ext)
            t_ingest = time.perf_counter() - t0
            t1 = time.perf_counter()
            entries = build_timeline(store, query="haiti", max_dates=10, sentences_per_date=2)
            t_timeline = time.perf_counter() - t1
            t2 = time.perf_counter()
            stories = group_stories(exts)
            t_stories = time.perf_counter() - t2
        finally:
            store.close()
    return {
        "articles": len(docs), "characters": chars,
        "fast_ingest_seconds": round(t_ingest, 2),
        "fast_ingest_articles_per_second": round(len(docs) / t_ingest, 1),
        "timeline_seconds": round(t_timeline, 2), "timeline_dates": len(entries),
        "stories_seconds": round(t_stories, 2), "stories": len(stories),
    }


if __name__ == "__main__":
    print(json.dumps(main(*(int(a) for a in sys.argv[1:2])), indent=1))
