"""Serving at scale: export speed per format and HTTP API latency on many fused events.

A synthetic set of fused events (spread over dates, places and types) stands
in for a large store, so the figures measure exports and the API, not
extraction. Run: ``.venv/bin/python benchmarks/bench_serve.py`` (or ``make bench``).
"""
from __future__ import annotations

import io
import json
import statistics
import threading
import time
import urllib.request
from typing import Any, Iterator, Optional

from dateline.export import FORMATS, write_events
from dateline.model import Event, EventSource, Extraction, FusedEvent, Location, Span, Story
from dateline.store import Store
from dateline.web.catalog import Catalog
from dateline.web.server import make_server

N_EVENTS = 20_000
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]


def synthetic_events(n: int) -> list[FusedEvent]:
    out = []
    for i in range(n):
        etype, sub = TYPES[i % len(TYPES)]
        text = f"Report {i}: fighting near place {i % 97} killed {i % 9} people."
        ev = Event(etype, sub, Span(0, len(text), text), date=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                   time_precision=1, actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)",
                   location=Location(f"Place {i % 97}", 32 + (i % 50) / 10, 36 + (i % 60) / 10, "SY", "Aleppo"),
                   geo_precision=1, fatalities=i % 9)
        srcs = [EventSource(f"doc-{i}-{k}", ev.evidence, f"Outlet {k}", ev.date) for k in range(1 + i % 3)]
        out.append(FusedEvent(f"ev-{i}", ev, sources=srcs, story_id=f"s{i % 40}"))
    return out


class _Frozen(Store):
    def __init__(self, events: list[FusedEvent]) -> None:
        self.events = events

    def has_document(self, content_hash: str) -> bool:
        return False

    def add_extraction(self, ext: Extraction) -> bool:
        return False

    def extractions(self) -> Iterator[Extraction]:
        return iter(())

    def get_extraction(self, doc_id: str) -> Optional[Extraction]:
        return None

    def fused_events(self) -> list[FusedEvent]:
        return self.events

    def stories(self) -> list[Story]:
        return [Story(f"s{i}", f"Story {i}", []) for i in range(40)]

    def close(self) -> None:
        pass


def _latency(url: str, repeat: int = 15) -> dict[str, Any]:
    times = []
    size = 0
    for _ in range(repeat):
        t = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as r:
            size = len(r.read())
        times.append(time.perf_counter() - t)
    return {"median_ms": round(statistics.median(times) * 1000, 1), "bytes": size}


def main() -> dict[str, Any]:
    events = synthetic_events(N_EVENTS)
    result: dict[str, Any] = {"events": N_EVENTS, "export_events_per_s": {}}
    for fmt in FORMATS:
        buf = io.StringIO()
        t = time.perf_counter()
        write_events(events, fmt, buf)
        result["export_events_per_s"][fmt] = round(N_EVENTS / (time.perf_counter() - t))
    store = _Frozen(events)
    server = make_server("memory:", "127.0.0.1", 0, catalog=Catalog("memory:", ttl=3600, opener=lambda: store))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://%s:%d" % server.server_address[:2]
    try:
        urllib.request.urlopen(base + "/api/events?limit=1", timeout=60).read()  # warm the snapshot
        result["api"] = {
            "events_page_1000": _latency(base + "/api/events?limit=1000"),
            "events_filtered": _latency(base + "/api/events?type=Battles&from=2025-03&to=2025-06"
                                        "&bbox=36,33,40,36&q=fighting"),
            "event_detail": _latency(base + "/api/events/ev-777"),
            "stories": _latency(base + "/api/stories"),
        }
    finally:
        server.shutdown()
        server.server_close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
