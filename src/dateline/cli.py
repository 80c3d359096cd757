"""The ``dateline`` command line (contract: ../shared/spec/interface.md)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any, Iterable, Optional, TextIO

from dateline.model import Document, Extraction

DEFAULT_DB = "sqlite:///dateline.db"
EVAL_SETS = ("timeml", "geo", "acled", "case", "plover", "tls")


def _dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from dateline.ingest.html import _normalise_date

    norm = _normalise_date(value)
    if not norm:
        raise SystemExit(f"dateline: --published {value!r} is not a date (use YYYY-MM-DD)")
    return norm


def _documents(paths: list[str], published: Optional[str]) -> Iterable[Document]:
    from dateline.ingest import read_paths
    from dateline.pipeline import apply_published

    return apply_published(read_paths(paths), _check_date(published))


def _report_errors(ext: Extraction) -> None:
    for err in list(ext.doc.errors) + list(ext.errors):
        print(f"dateline: {ext.doc.id} ({ext.doc.origin or '-'}): {err}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from dateline.pipeline import extract_documents

    for ext in extract_documents(_documents(args.paths, args.published), n_process=args.processes):
        _report_errors(ext)
        _dump(ext.to_json(), sys.stdout)
    return 0


def cmd_geocode(args: argparse.Namespace) -> int:
    from dateline.extract.places import get_geoparser
    from dateline.nlp import get_nlp

    geo = get_geoparser()
    nlp = get_nlp()
    for doc in _documents(args.paths, None):
        out: dict[str, Any] = {"id": doc.id, "places": [], "errors": list(doc.errors)}
        if not doc.errors:
            try:
                text = doc.clean_text
                bad = [(s, e) for s, e in doc.mentions if not (0 <= s < e <= len(text))]
                if bad:
                    out["errors"].append(f"mention spans outside the text: {bad[:3]}")
                spans = [(s, e) for s, e in doc.mentions if (s, e) not in bad]
                sdoc = nlp(text) if spans or not doc.mentions else None
                places = geo.resolve_spans(text, spans, sdoc) if doc.mentions else geo.find(text, sdoc)
                out["places"] = [p.to_json() for p in places]
            except Exception as exc:  # report, go on with the next document
                out["errors"].append(f"geocode: {type(exc).__name__}: {exc}")
        for err in out["errors"]:
            print(f"dateline: {doc.id}: {err}", file=sys.stderr)
        _dump(out, sys.stdout)
    return 0


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dateline.store import open_store

    return open_store(args.db)


def cmd_ingest(args: argparse.Namespace) -> int:
    if getattr(args, "dask", None):  # extraction on a Dask cluster: dateline.batch
        from dateline.batch import ingest_command

        return ingest_command(args)
    from dateline.pipeline import extract_documents

    added = skipped = failed = 0
    with _open(args) as store:
        fresh: list[Document] = []
        stored: list[Extraction] = []
        for doc in _documents(args.paths, args.published):
            if not doc.errors and store.has_document(doc.content_hash):
                skipped += 1
                continue
            fresh.append(doc)
        for ext in extract_documents(fresh, n_process=args.processes):
            _report_errors(ext)
            if ext.doc.errors:
                failed += 1
                continue
            if store.add_extraction(ext):
                added += 1
                stored.append(ext)
            else:
                skipped += 1
        from dateline.fuse import update  # fuse the new events (and regroup stories)

        update(store, stored)
    print(f"dateline: ingested {added} new, {skipped} already stored, {failed} failed", file=sys.stderr)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from dateline.export import write_events

    with _open(args) as store:
        write_events(store.fused_events(), args.format, sys.stdout)
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    with _open(args) as store:
        for story in store.stories():
            _dump(story.to_json(), sys.stdout)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from dateline.export.timeline import write_timeline
    from dateline.fuse.timeline import build_timeline

    with _open(args) as store:
        try:
            entries = build_timeline(store, story_id=args.story, query=args.query,
                                     max_dates=args.max_dates, sentences_per_date=args.sentences_per_date)
        except (KeyError, ValueError) as exc:  # e.g. an unknown --story id
            print(f"dateline: timeline: {exc}", file=sys.stderr)
            return 2
    write_timeline(entries, args.format, sys.stdout, title=args.query or args.story or "Timeline")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from dateline.web.server import serve

    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"dateline.eval.{args.set}")
    report = module.run(args.path, limit=args.limit, mode=args.mode)
    _dump(report, sys.stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dateline", description="Structured, verifiable event records from conflict news.")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to standard error")
    sub = p.add_subparsers(dest="command", required=True)

    def docs_cmd(name: str, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or - for standard input")
        sp.add_argument("--format", default="jsonl", choices=["jsonl"])
        sp.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
        return sp

    sp = docs_cmd("extract", "extract time, places, actors and events; print JSON lines")
    sp.add_argument("--published", help="publication date for documents that have none (YYYY-MM-DD)")
    sp.set_defaults(func=cmd_extract)
    sp = docs_cmd("geocode", "resolve given place mentions (or find them) and print JSON lines")
    sp.set_defaults(func=cmd_geocode)

    def db_cmd(name: str, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("--db", default=DEFAULT_DB, help=f"store URL (default {DEFAULT_DB})")
        return sp

    sp = db_cmd("ingest", "extract and store documents (idempotent)")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--published", help="publication date for documents that have none")
    sp.add_argument("--processes", type=int, default=1)
    sp.add_argument("--dask", metavar="ADDRESS",
                    help="extract on Dask: 'local' (a LocalCluster here) or a scheduler address")
    sp.add_argument("--dask-workers", type=int, help="workers of --dask local (default 2)")
    sp.set_defaults(func=cmd_ingest)
    sp = db_cmd("events", "fused events across stored documents")
    sp.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "acled", "geojson"])
    sp.set_defaults(func=cmd_events)
    sp = db_cmd("stories", "stored documents grouped by episode")
    sp.add_argument("--format", default="jsonl", choices=["jsonl"])
    sp.set_defaults(func=cmd_stories)
    sp = db_cmd("timeline", "dated summary of stored documents")
    sp.add_argument("--story")
    sp.add_argument("--query")
    sp.add_argument("--max-dates", type=int)
    sp.add_argument("--sentences-per-date", type=int)
    sp.add_argument("--format", default="json", choices=["json", "md", "html"])
    sp.set_defaults(func=cmd_timeline)
    sp = db_cmd("serve", "web page and HTTP API")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("eval", help="score a development set in ../shared/eval")
    sp.add_argument("set", choices=EVAL_SETS)
    sp.add_argument("path", help="the set's file or folder, e.g. ../shared/eval/timeml/timebank")
    sp.add_argument("--limit", type=int, help="score only the first N items")
    sp.add_argument("--mode", help="set-specific mode, e.g. geo: spans|e2e")
    sp.set_defaults(func=cmd_eval)
    return p


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="dateline: %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
