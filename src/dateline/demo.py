"""``python -m dateline.demo --out DIR`` (``make demo``): the whole system on the demo corpus.

Ingests ``data/demo`` into ``DIR/dateline.db`` (the embedded SQLite store),
then writes the self-contained HTML report, the ACLED-style CSV, the GeoJSON
and the JSON lines of the fused events, and prints where they are with a
short summary.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

REPO_DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"


@dataclass
class DemoResult:
    out_dir: Path
    db_url: str
    documents: int = 0
    added: int = 0
    failed: int = 0
    events: int = 0
    stories: int = 0
    errors: list[str] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def _fresh_db(path: Path) -> None:
    """Start from an empty store so the report shows what today's code extracts."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def run_demo(out_dir: Path, corpus: Path = REPO_DEMO, keep: bool = False) -> DemoResult:
    from dateline.batch import ingest
    from dateline.export import write_events
    from dateline.ingest import read_paths
    from dateline.store import open_store
    from dateline.web.catalog import Catalog
    from dateline.web.report import write_report

    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = (out_dir / "dateline.db").resolve()
    if not keep:
        _fresh_db(db_path)
    result = DemoResult(out_dir=out_dir, db_url=f"sqlite:///{db_path}")
    docs = list(read_paths([str(corpus)]))
    result.documents = len(docs)
    with open_store(result.db_url) as store:
        summary = ingest(store, docs)
        result.added, result.failed, result.errors = summary.added, summary.failed, summary.errors
        events = store.fused_events()
        result.events = len(events)
        result.stories = len(store.stories())
        for name, fmt in (("events-acled.csv", "acled"), ("events.geojson", "geojson"),
                          ("events.jsonl", "jsonl"), ("events.csv", "csv")):
            path = out_dir / name
            with path.open("w", encoding="utf-8", newline="") as f:
                write_events(events, fmt, f)
            result.files[name] = path
    report = out_dir / "report.html"
    write_report(Catalog(result.db_url), report, title="Dateline demo: fighting in Deir ez-Zor (invented)",
                 errors=result.errors)
    result.files["report.html"] = report
    result.files["dateline.db"] = db_path
    result.seconds = time.monotonic() - started
    return result


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m dateline.demo", description=__doc__.splitlines()[0])
    p.add_argument("--out", default="demo-output", help="output folder (default demo-output)")
    p.add_argument("--corpus", default=str(REPO_DEMO), help="documents to ingest (default data/demo)")
    p.add_argument("--keep", action="store_true", help="keep an existing DIR/dateline.db (ingest is idempotent)")
    args = p.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"dateline demo: no corpus at {corpus} (run from a checkout, or pass --corpus)", file=sys.stderr)
        return 2
    res = run_demo(Path(args.out), corpus, keep=args.keep)
    for err in res.errors:
        print(f"  error: {err}", file=sys.stderr)
    print(f"Dateline demo: {res.documents} documents read, {res.added} stored, {res.failed} with errors; "
          f"{res.events} fused events in {res.stories} stories ({res.seconds:.0f} s).")
    width = max(len(k) for k in res.files)
    for name, path in res.files.items():
        print(f"  {name:<{width}}  {path.resolve()}")
    print(f"Open the report in a browser, or explore it live: dateline serve --db {res.db_url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
