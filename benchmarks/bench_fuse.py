"""Incremental fusion speed: new documents against a large store.

Builds a SQLite store holding STORED synthetic events (default 100,000: many
days over two years, ~1,500 places in eight countries, every ACLED type),
then times storing and fusing 1k, 5k and 10k new documents (about 1.5 events
each, a third of them re-reports of stored events with shifted dates, nearby
places, other actor names and other figures) against a copy of it. It then
doubles the store and times 10k new documents again: with blocking, the time
depends on the new documents, not on the store's size.

    .venv/bin/python benchmarks/bench_fuse.py            # 100k stored, ~4 minutes on 2 cores
    DATELINE_BENCH_FUSE_STORED=20000 .venv/bin/python benchmarks/bench_fuse.py   # quick
"""
from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dateline.fuse.events import fuse_reports, reports_from_extractions
from dateline.model import Document, Event, Extraction, Figure, Location, Span
from dateline.store.sqlite import SQLiteStore

# (country code, lat range, lon range): places are drawn inside these boxes.
REGIONS = [("SY", (32.5, 37.0), (35.8, 42.0)), ("IQ", (29.5, 37.0), (39.0, 48.0)),
           ("YE", (12.8, 18.5), (42.6, 53.0)), ("SD", (9.0, 21.0), (22.0, 36.0)),
           ("UA", (46.0, 51.5), (23.0, 40.0)), ("NG", (4.5, 13.5), (3.0, 14.5)),
           ("MM", (10.0, 28.0), (92.5, 101.0)), ("CD", (-10.0, 4.0), (13.0, 31.0))]
TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Looting/property destruction"],
}
FIRST_DAY = date(2023, 1, 1)
N_DAYS = 730


class World:
    """A fixed synthetic geography, actor list and event generator."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.places: list[Location] = []
        for i in range(1500):
            cc, (la0, la1), (lo0, lo1) = self.rng.choice(REGIONS)
            self.places.append(Location(f"Town {i}", round(self.rng.uniform(la0, la1), 4),
                                        round(self.rng.uniform(lo0, lo1), 4), cc, f"{cc}-{i % 20}",
                                        1_000_000 + i))
        self.actors = [f"Armed Group {i}" for i in range(300)] + ["Civilians", "Protesters", "Rioters"]
        self.seq = 0

    def event(self) -> tuple[Event, str]:
        rng = self.rng
        etype = rng.choice(list(TYPES))
        sub = rng.choice(TYPES[etype])
        day = FIRST_DAY + timedelta(days=rng.randrange(N_DAYS))
        loc = rng.choice(self.places)
        a1, a2 = rng.sample(self.actors, 2)
        killed = rng.choice([None, None, rng.randrange(1, 60)])
        text = f"{etype} event: {sub.lower()} involving {a1} and {a2} near {loc.name} on {day.isoformat()}."
        return self._make(etype, sub, day, loc, a1, a2, killed, text), day.isoformat()

    def rereport(self, ev: Event) -> tuple[Event, str]:
        """Another outlet's report of ``ev``: shifted date, nearby place, other names and figures."""
        rng = self.rng
        day = date.fromisoformat(ev.date or FIRST_DAY.isoformat()) + timedelta(days=rng.choice([0, 0, 0, 1, -1]))
        loc = ev.location
        assert loc is not None and loc.lat is not None and loc.lon is not None
        near = Location(loc.name + " outskirts", loc.lat + rng.uniform(-0.05, 0.05),
                        loc.lon + rng.uniform(-0.05, 0.05), loc.country_code, loc.admin1, None)
        a1 = ev.actor1 if rng.random() < 0.7 else rng.choice(self.actors)
        killed = None if ev.fatalities is None else max(0, ev.fatalities + rng.randrange(-5, 6))
        text = f"Report: {ev.sub_event_type.lower()} near {near.name}, {a1} involved, {killed or 'no'} dead."
        return self._make(ev.event_type, ev.sub_event_type, day, near, a1, ev.actor2, killed, text), day.isoformat()

    def _make(self, etype: str, sub: str, day: date, loc: Location, a1: str | None, a2: str | None,
              killed: int | None, text: str) -> Event:
        figs = [Figure(0, 2, str(killed), "killed", killed)] if killed is not None else []
        return Event(etype, sub, Span(0, len(text), text), date=day.isoformat(), time_precision=1,
                     actor1=a1, actor2=a2, location=loc, geo_precision=1, fatalities=killed, figures=figs)

    def document(self, events: list[tuple[Event, str]]) -> Extraction:
        self.seq += 1
        parts, shifted = [], []
        pos = 0
        for ev, _ in events:
            t = ev.evidence.text
            ev.evidence = Span(pos, pos + len(t), t)
            parts.append(t)
            pos += len(t) + 1
            shifted.append(ev)
        text = " ".join(parts)
        published = max(d for _, d in events)
        doc = Document(id=f"doc{self.seq:07d}", text=text, published=published, source=f"Outlet {self.seq % 40}")
        return Extraction(doc=doc, events=shifted)

    def stored_docs(self, n_events: int) -> list[Extraction]:
        docs, made = [], 0
        while made < n_events:
            k = min(self.rng.choice([1, 1, 2, 3]), n_events - made)
            docs.append(self.document([self.event() for _ in range(k)]))
            made += k
        return docs

    def new_docs(self, n_docs: int, pool: list[Event]) -> list[Extraction]:
        out = []
        for _ in range(n_docs):
            k = self.rng.choice([1, 1, 2])
            evs = [self.rereport(self.rng.choice(pool)) if self.rng.random() < 0.33 else self.event()
                   for _ in range(k)]
            out.append(self.document(evs))
        return out


def _store_and_fuse(store: SQLiteStore, docs: list[Extraction], batch: int = 10_000,
                    stats: dict[str, int] | None = None) -> tuple[float, float, float]:
    """Store then fuse ``docs``: (store wall s, fuse wall s, fuse CPU s).

    CPU time is reported beside wall time because the machine may be shared:
    SQLite runs in this process, so CPU time is the work fusion did.
    """
    t_store = t_fuse = c_fuse = 0.0
    for i in range(0, len(docs), batch):
        part = docs[i:i + batch]
        t0 = time.perf_counter()
        with store.transaction():
            for x in part:
                store.add_extraction(x)
        t1, c1 = time.perf_counter(), time.process_time()
        fuse_reports(store, reports_from_extractions(store, part), stats=stats)
        t2, c2 = time.perf_counter(), time.process_time()
        t_store += t1 - t0
        t_fuse += t2 - t1
        c_fuse += c2 - c1
    return t_store, t_fuse, c_fuse


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _measure(base: Path, work: Path, docs: list[Extraction]) -> dict[str, float]:
    shutil.copyfile(base, work)
    store = SQLiteStore(str(work))
    before = store.count_fused_events()
    n_events = sum(len(x.events) for x in docs)
    stats: dict[str, int] = {}
    t_store, t_fuse, c_fuse = _store_and_fuse(store, docs, stats=stats)
    after = store.count_fused_events()
    store.close()
    return {"new_documents": len(docs), "new_events": n_events, "store_s": round(t_store, 2),
            "fuse_s": round(t_fuse, 2), "fuse_cpu_s": round(c_fuse, 2),
            "fuse_cpu_ms_per_new_event": round(1000 * c_fuse / n_events, 3),
            "candidates_scored_per_new_event": round(stats["candidates"] / n_events, 2),
            "joined_existing_or_each_other": n_events - (after - before)}


def main() -> dict:
    n_stored = int(os.environ.get("DATELINE_BENCH_FUSE_STORED", "100000"))
    sizes = [int(s) for s in os.environ.get("DATELINE_BENCH_FUSE_NEW", "1000,5000,10000").split(",")]
    world = World()
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-fuse-"))
    try:
        base, work = tmp / "base.db", tmp / "work.db"
        stored = world.stored_docs(n_stored)
        pool = [e for x in stored for e in x.events]
        store = SQLiteStore(str(base))
        t0 = time.perf_counter()
        setup_store, setup_fuse, _ = _store_and_fuse(store, stored)
        fused_base = store.count_fused_events()
        store.close()
        _checkpoint(base)
        new_sets = {n: world.new_docs(n, pool) for n in sizes}
        # Copies of the new documents for the doubled store (add_extraction may rename ids).
        runs = {f"{n}_new_vs_{n_stored}": _measure(base, work, new_sets[n]) for n in sizes}
        # Double the store, then time the largest new set again.
        more = world.stored_docs(n_stored)
        store = SQLiteStore(str(base))
        _store_and_fuse(store, more)
        fused_doubled = store.count_fused_events()
        store.close()
        _checkpoint(base)
        biggest = max(sizes)
        fresh_world = World(seed=11)  # same sizes, new random reports of the doubled store
        doubled_docs = fresh_world.new_docs(biggest, pool + [e for x in more for e in x.events])
        for i, x in enumerate(doubled_docs):
            x.doc.id = f"dbl{i:07d}"
        runs[f"{biggest}_new_vs_{2 * n_stored}"] = _measure(base, work, doubled_docs)
        small, large = runs[f"{min(sizes)}_new_vs_{n_stored}"], runs[f"{biggest}_new_vs_{n_stored}"]
        doubled = runs[f"{biggest}_new_vs_{2 * n_stored}"]
        return {
            "stored_events": n_stored, "stored_fused_events": fused_base,
            "setup_s": {"store": round(setup_store, 1), "fuse": round(setup_fuse, 1),
                        "total": round(time.perf_counter() - t0, 1)},
            "doubled_stored_fused_events": fused_doubled,
            "runs": runs,
            # Linear in new documents: CPU per new event stays flat from 1k to 10k new documents.
            "cpu_per_event_ratio_largest_vs_smallest": round(
                large["fuse_cpu_ms_per_new_event"] / small["fuse_cpu_ms_per_new_event"], 2),
            # Not driven by store size: doubling the stored events leaves the time well under 2x
            # (what rises is only the density of candidates on the same days and places).
            "fuse_cpu_ratio_doubled_store": round(doubled["fuse_cpu_s"] / large["fuse_cpu_s"], 2),
            "fuse_wall_ratio_doubled_store": round(doubled["fuse_s"] / large["fuse_s"], 2),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    result = main()
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
