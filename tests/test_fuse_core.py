"""Fusion matches a report with a fused event's core, so unrelated reports cannot chain in."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Iterator, Optional

import pytest

from dateline.fuse.claims import can_hold_ground, document_claims, event_control_claim
from dateline.fuse.events import (add_to_profile, empty_profile, fuse_reports, haversine_km,
                                  match_score, reports_from_extractions, types_compatible)
from dateline.model import Document, Event, Extraction, FusedEvent, Location, Span
from dateline.store import open_store
from dateline.store.base import EventReport
from dateline.store.sql import SQLStore

# Two towns about 45 km apart on the same river (made-up ids, real-looking coordinates).
RIVERTOWN = Location("Rivertown", 35.01982, 40.45154, "SY", "Deir ez-Zor", 90000001)
BIGCITY = Location("Bigcity", 35.33588, 40.14084, "SY", "Deir ez-Zor", 90000002)
PROVINCE = Location("Deir ez-Zor Province", 35.3, 40.2, "SY", "Deir ez-Zor", 90000003)


@pytest.fixture
def store(tmp_path) -> Iterator[SQLStore]:  # type: ignore[no-untyped-def]
    s = open_store(f"sqlite:///{tmp_path}/core.db")
    yield s  # type: ignore[misc]
    s.close()


def event(etype: str, sub: str, day: Optional[str], where: Location, actor1: Optional[str] = None,
          actor2: Optional[str] = None, day_end: Optional[str] = None, time_precision: int = 1,
          geo_precision: int = 1) -> Event:
    return Event(etype, sub, Span(0, 10, "hand-made."), date=day, date_end=day_end,
                 time_precision=time_precision if day else 3, actor1=actor1, actor2=actor2,
                 location=where, geo_precision=geo_precision)


def doc(doc_id: str, published: str, *events: Event) -> Extraction:
    text = f"Report {doc_id}: " + " ".join("hand-made." for _ in events)
    return Extraction(doc=Document(id=doc_id, text=text, published=published, source=doc_id),
                      events=list(events))


def ingest(store: SQLStore, *exts: Extraction) -> list[FusedEvent]:
    stored = [x for x in exts if store.add_extraction(x)]
    fuse_reports(store, reports_from_extractions(store, stored))
    return store.fused_events()


def docs_of(events: list[FusedEvent]) -> list[set[str]]:
    return sorted(({s.doc_id for s in fe.sources} for fe in events), key=sorted)


def test_strike_does_not_chain_in_arrests_and_protest(store: SQLStore) -> None:
    strike = dict(etype="Explosions/Remote violence", sub="Air/drone strike")
    a = doc("a", "2025-03-08",
            event(**strike, day="2025-03-08", where=RIVERTOWN, actor1="Unidentified Military Forces",
                  actor2="Civilians (Syria)"),
            # The same article's background line: a month-wide territory change in the province,
            # which used to widen the fused event to all of March and 50 km around.
            event("Battles", "Non-state actor overtakes territory", "2025-03-01", PROVINCE,
                  actor1="Civilians (Syria)", actor2="Euphrates Front", day_end="2025-03-31",
                  time_precision=3, geo_precision=2))
    b = doc("b", "2025-03-09", event(**strike, day="2025-03-08", where=RIVERTOWN,
                                     actor1="Unidentified Military Forces"))
    c = doc("c", "2025-03-13", event("Strategic developments", "Arrests", "2025-03-13", BIGCITY,
                                     actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)"))
    d = doc("d", "2025-03-11", event("Protests", "Peaceful protest", "2025-03-11", BIGCITY,
                                     actor1="Protesters (Syria)"))
    assert 40 < haversine_km(RIVERTOWN.lat, RIVERTOWN.lon, BIGCITY.lat, BIGCITY.lon) < 50  # type: ignore[arg-type]
    events = ingest(store, a, b, c, d)
    groups = docs_of(events)
    strike_event = next(fe for fe in events if fe.event.sub_event_type == "Air/drone strike")
    assert {s.doc_id for s in strike_event.sources} == {"a", "b"}
    assert {"c"} in groups and {"d"} in groups
    assert strike_event.event.date == "2025-03-08" and strike_event.event.location == RIVERTOWN


def test_chain_of_daily_reports_does_not_grow_one_event() -> None:
    """Reports of the same kind at one place, each a day after the last: every fused event
    stays within the day slack of its core, it never stretches over weeks."""
    start = date(2025, 3, 1)
    reps = [EventReport(f"r{i}", 0, event("Battles", "Armed clash", (start + timedelta(i)).isoformat(),
                                          RIVERTOWN, actor1="Rebels", actor2="Military Forces of Syria"),
                        "x", (start + timedelta(i)).isoformat(), i) for i in range(21)]
    clusters: list[tuple[dict, list[int]]] = []
    for i, rep in enumerate(reps):  # what ``Fuser.add`` does, without the store
        scored = [(match_score(rep, p), k) for k, (p, _) in enumerate(clusters)]
        best = max(((s, -k) for s, k in scored if s is not None), default=None)
        if best is None:
            clusters.append((empty_profile(), []))
            best = (0.0, -(len(clusters) - 1))
        profile, members = clusters[-best[1]]
        add_to_profile(profile, rep)
        members.append(i)
    assert len(clusters) >= 10
    assert all(max(m) - min(m) <= 1 for _, m in clusters)


def test_place_core_does_not_walk_away() -> None:
    """Strikes 20 km apart in a line: the event keeps to its main place's neighbourhood."""
    p = empty_profile()
    reps = [EventReport(f"s{i}", 0, event("Explosions/Remote violence", "Shelling/artillery/missile attack",
                                          "2025-03-08", Location(f"P{i}", 35.0 + 0.18 * i, 40.0, "SY", None)),
                        "x", "2025-03-08", i) for i in range(5)]
    add_to_profile(p, reps[0])
    joined = 1
    for rep in reps[1:]:
        if match_score(rep, p) is None:
            break
        add_to_profile(p, rep)
        joined += 1
    assert joined <= 3  # 0, 20 km and 40 km (near the 20 km one), never 60 km and beyond


def test_unmixed_subtypes_never_join_other_types() -> None:
    assert not types_compatible("Strategic developments", "Arrests", "Battles", "Armed clash")
    assert not types_compatible("Protests", "Peaceful protest", "Explosions/Remote violence", "Air/drone strike")
    assert types_compatible("Battles", "Armed clash", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert types_compatible("Strategic developments", "Arrests", "Strategic developments", "Other")
    # Even with a strike and a battle of that day and place in the event, an arrest stays out.
    p = empty_profile()
    for i, (etype, sub) in enumerate([("Explosions/Remote violence", "Air/drone strike"),
                                      ("Battles", "Armed clash")]):
        add_to_profile(p, EventReport(f"k{i}", 0, event(etype, sub, "2025-03-08", RIVERTOWN,
                                                        actor1="Rebels"), "x", "2025-03-08", i))
    arrest = EventReport("z", 0, event("Strategic developments", "Arrests", "2025-03-08", RIVERTOWN,
                                       actor1="Rebels"), "x", "2025-03-08", 9)
    assert match_score(arrest, p) is None


def test_legacy_profile_is_still_matched_and_upgraded() -> None:
    legacy = {"lo": 739318, "hi": 739318, "dated": True, "types": ["Battles"], "subs": ["Armed clash"],
              "actors": ["rebels"], "points": [[RIVERTOWN.lat, RIVERTOWN.lon, RIVERTOWN.geonameid, 1]],
              "countries": ["SY"], "n": 2}
    day = date.fromordinal(739318).isoformat()
    rep = EventReport("l", 0, event("Battles", "Armed clash", day, RIVERTOWN, actor1="Rebels"), "x", day, 1)
    assert match_score(rep, legacy) is not None
    add_to_profile(legacy, rep)
    assert legacy["v"] == 2 and legacy["core"]["subs"] == ["Armed clash"]
    assert match_score(rep, legacy) is not None


def test_control_claims_need_an_actor_that_can_hold_ground() -> None:
    for name in ("Military Forces of Syria (2000-)", "Rebels", "Opposition Rebels (Syria)",
                 "Unidentified Armed Group (Syria)", "Euphrates Liberation Front", "Islamic State (Syria)"):
        assert can_hold_ground(name), name
    for name in ("Civilians (Syria)", "Protesters (Syria)", "Rioters (Syria)", "residents", ""):
        assert not can_hold_ground(name), name
    hajin = Location("Hajin", 34.69, 40.83, "SY", None)
    assert not can_hold_ground("Hajin", "Hajin")  # a place name the extractor took for an actor
    takeover = "Non-state actor overtakes territory"
    by_civilians = event("Battles", takeover, "2025-03-10", hajin, actor1="Civilians (Syria)")
    by_place = event("Battles", "Government regains territory", "2025-03-10", hajin, actor1="Hajin")
    by_army = event("Battles", "Government regains territory", "2025-03-10", hajin,
                    actor1="Military Forces of Syria (2000-)")
    assert event_control_claim(by_civilians, "d", "Outlet") is None
    assert event_control_claim(by_place, "d", "Outlet") is None
    claim = event_control_claim(by_army, "d", "Outlet")
    assert claim is not None and claim.value == {"actor": "Military Forces of Syria (2000-)", "place": "Hajin"}
    per_event = document_claims("d", "Protesters entered Hajin on Monday.", "Outlet", [by_civilians])
    assert [c for c in per_event[0] if c.field == "control"] == []
