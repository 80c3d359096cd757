"""Event fusion and rival claims on hand-made multi-report cases."""
from __future__ import annotations

import importlib.machinery
import os
import sys
import types
from typing import Iterator, Optional

import pytest

from dateline import fuse
from dateline.fuse.claims import conservative_figure, contested_fields, denial_claims
from dateline.fuse.events import (cells_within, fuse_reports, geo_cell, haversine_km,
                                  reports_from_extractions)
from dateline.model import Claim, Document, Event, Extraction, Figure, Location, Span
from dateline.store import open_store
from dateline.store.sql import SQLStore

ALEPPO = Location("Aleppo", 36.20124, 37.16117, "SY", "Aleppo", 170063)
EAST_ALEPPO = Location("Al-Sakhour", 36.2170, 37.1870, "SY", "Aleppo", 11000001)
HOMS = Location("Homs", 34.72682, 36.72339, "SY", "Homs", 169577)
IDLIB = Location("Idlib", 35.93062, 36.63393, "SY", "Idlib", 169388)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[SQLStore]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path}/f.db")
        yield s  # type: ignore[misc]
        s.close()
    else:
        from test_store import pg_store

        yield from pg_store()


def report(doc_id: str, text: str, *, outlet: str, published: Optional[str], sub: str,
           etype: str = "Explosions/Remote violence", date: Optional[str] = None,
           location: Optional[Location] = ALEPPO, actor1: Optional[str] = None,
           actor2: Optional[str] = None, killed: Optional[int] = None,
           attribution: Optional[str] = None, geo_precision: int = 1) -> Extraction:
    """A one-event extraction as the extraction stages would give it."""
    first = text.split(". ")[0]
    figures = []
    if killed is not None:
        at = text.index(str(killed))
        figures.append(Figure(at, at + len(str(killed)), str(killed), "killed", killed, attribution))
    ev = Event(etype, sub, Span(0, len(first), first), date=date, time_precision=1 if date else 3,
               actor1=actor1, actor2=actor2, location=location, geo_precision=geo_precision,
               fatalities=killed, figures=figures)
    doc = Document(id=doc_id, text=text, published=published, source=outlet)
    return Extraction(doc=doc, figures=figures, events=[ev])


def ingest(store: SQLStore, *exts: Extraction) -> None:
    """Store and fuse (what ``fuse.update`` does, without the stories step)."""
    stored = [x for x in exts if store.add_extraction(x)]
    fuse_reports(store, reports_from_extractions(store, stored))


def airstrike_reports() -> list[Extraction]:
    return [
        report("wire", "Russian warplanes struck a market in Aleppo on Tuesday, killing 27 people, "
               "rescuers said. The strike hit at midday.", outlet="Wire A", published="2016-11-23",
               date="2016-11-22", sub="Air/drone strike", actor1="Military Forces of Russia",
               actor2="Civilians", killed=27, attribution="rescuers"),
        report("gazette", "An air strike on a crowded market in eastern Aleppo killed 19 civilians. "
               "Monitors blamed government aircraft.", outlet="Gazette", published="2016-11-22",
               date="2016-11-22", location=EAST_ALEPPO, sub="Air/drone strike",
               actor1="Military Forces of Syria", actor2="Civilians", killed=19,
               attribution="a monitoring group"),
        report("daily", "At least 31 people died when jets bombed a market in Aleppo. "
               "Local doctors gave the toll.", outlet="Daily", published="2016-11-23",
               sub="Air/drone strike", killed=31, attribution="local doctors"),
    ]


def test_three_outlets_one_airstrike(store: SQLStore) -> None:
    ingest(store, *airstrike_reports())
    events = store.fused_events()
    assert len(events) == 1
    fe = events[0]
    assert fe.source_count == 3
    assert sorted(s.doc_id for s in fe.sources) == ["daily", "gazette", "wire"]
    assert all(s.evidence.text for s in fe.sources)
    assert fe.contested
    assert sorted(c.value for c in fe.claims if c.field == "fatalities") == [19, 27, 31]
    assert {c.source for c in fe.claims if c.field == "fatalities"} == {
        "rescuers", "a monitoring group", "local doctors"}
    assert fe.event.fatalities == 19  # ACLED: the lowest credible figure
    assert fe.event.date == "2016-11-22" and fe.event.location.name == "Aleppo"  # type: ignore[union-attr]
    assert fe.event.sub_event_type == "Air/drone strike"
    js = fe.to_json()
    assert js["source_count"] == 3 and js["contested"] is True


def test_fusion_is_incremental_and_ids_stable(store: SQLStore) -> None:
    first, second, third = airstrike_reports()
    ingest(store, first)
    [only] = store.fused_events()
    assert only.source_count == 1 and not only.contested and only.event.fatalities == 27
    rev = store.revision()
    ingest(store, second)
    assert store.revision() > rev
    ingest(store, third)
    ingest(store, first)  # already stored: nothing changes
    fuse_reports(store, reports_from_extractions(store, [second]))  # fused already: no change
    [fe] = store.fused_events()
    assert fe.event_id == only.event_id and fe.source_count == 3
    assert store.fused_event(fe.event_id) == fe and store.fused_event("ev-nope") is None
    assert store.fused_events_of_document("gazette") == [fe] and store.fused_events_of_document("x") == []


def test_same_day_different_cities_stay_apart(store: SQLStore) -> None:
    ingest(store,
           report("a", "Shelling hit Homs on Monday, killing 4.", outlet="A", published="2016-02-02",
                  date="2016-02-01", location=HOMS, sub="Shelling/artillery/missile attack",
                  actor1="Military Forces of Syria", killed=4),
           report("b", "Shelling hit Idlib on Monday, killing 6.", outlet="B", published="2016-02-02",
                  date="2016-02-01", location=IDLIB, sub="Shelling/artillery/missile attack",
                  actor1="Military Forces of Syria", killed=6))
    events = store.fused_events()
    assert len(events) == 2
    assert all(e.source_count == 1 and not e.contested for e in events)


def test_same_place_different_days_or_types_stay_apart(store: SQLStore) -> None:
    ingest(store,
           report("a", "Clashes in Aleppo on 1 March.", outlet="A", published="2016-03-02", etype="Battles",
                  date="2016-03-01", sub="Armed clash", actor1="Rebels"),
           report("b", "Clashes in Aleppo on 5 March.", outlet="B", published="2016-03-06", etype="Battles",
                  date="2016-03-05", sub="Armed clash", actor1="Rebels"),
           report("c", "A protest in Aleppo on 1 March.", outlet="C", published="2016-03-02",
                  etype="Protests", date="2016-03-01", sub="Peaceful protest", actor1="Protesters"))
    assert len(store.fused_events()) == 3


def test_undated_report_joins_by_publication_date(store: SQLStore) -> None:
    ingest(store,
           report("a", "Rebels clashed with the army in Aleppo on Friday.", outlet="A", published="2024-11-30",
                  etype="Battles", date="2024-11-29", sub="Armed clash", actor1="Rebels",
                  actor2="Military Forces of Syria"),
           report("b", "Rebels and government troops fought in Aleppo.", outlet="B", published="2024-11-30",
                  etype="Battles", sub="Armed clash", actor1="Military Forces of Syria", actor2="Rebels"))
    [fe] = store.fused_events()
    assert fe.source_count == 2 and fe.event.date == "2024-11-29" and fe.event.time_precision == 1


def test_month_estimate_joins_and_no_date_stays_alone(store: SQLStore) -> None:
    from dateline.model import PublishedEstimate

    dated = report("a", "Jets struck a market in Aleppo, killing 9.", outlet="A", published="2016-11-20",
                   date="2016-11-19", sub="Air/drone strike", actor1="Military Forces of Syria", killed=9)
    month = report("b", "Jets struck a market in Aleppo, killing 11.", outlet="B", published=None,
                   sub="Air/drone strike", actor1="Military Forces of Syria", killed=11)
    month.published_estimate = PublishedEstimate("2016-11", "2016-11-01", "2016-11-30", "test")
    nodate = report("c", "Jets struck a market in Aleppo, killing 13.", outlet="C", published=None,
                    sub="Air/drone strike", actor1="Military Forces of Syria", killed=13)
    ingest(store, dated, month, nodate)
    events = store.fused_events()
    assert sorted(e.source_count for e in events) == [1, 2]
    pair = next(e for e in events if e.source_count == 2)
    assert {s.doc_id for s in pair.sources} == {"a", "b"} and pair.event.fatalities == 9
    assert pair.event.date == "2016-11-19"


def test_denial_is_kept_as_a_rival_claim(store: SQLStore) -> None:
    text = ("Rebels entered Aleppo on Friday for the first time since 2016, a war monitor said. "
            "State television denied that rebels had entered the city, saying the army was repelling "
            "a large attack.")
    ingest(store, report("tv", text, outlet="Wire", published="2024-11-30", etype="Battles",
                         date="2024-11-29", sub="Non-state actor overtakes territory", actor1="Rebels",
                         actor2="Military Forces of Syria", geo_precision=1))
    [fe] = store.fused_events()
    denials = [c for c in fe.claims if c.field == "denial"]
    assert len(denials) == 1
    d = denials[0]
    assert d.source == "State television" and d.stance == "denied"
    assert d.value.startswith("rebels had entered the city")
    assert d.evidence is not None and d.evidence.text.startswith("State television denied")
    control = [c for c in fe.claims if c.field == "control"]
    assert control and control[0].value == {"actor": "Rebels", "place": "Aleppo"}
    assert fe.contested


def test_rival_control_claims_from_two_sources(store: SQLStore) -> None:
    ingest(store,
           report("r", "Rebels captured Aleppo airport on Saturday. Fighting went on.", outlet="R",
                  published="2024-12-01", etype="Battles", date="2024-11-30", sub="Armed clash",
                  actor1="Rebels", actor2="Military Forces of Syria"),
           report("g", "The army controls Aleppo airport, officials said on Saturday. Clashes continued.",
                  outlet="G", published="2024-12-01", etype="Battles", date="2024-11-30",
                  sub="Armed clash", actor1="Military Forces of Syria", actor2="Rebels"))
    [fe] = store.fused_events()
    control = {(c.doc_id, c.value["actor"]) for c in fe.claims if c.field == "control"}
    assert control == {("r", "Rebels"), ("g", "The army")}
    assert contested_fields(fe.claims) == ["control"] and fe.contested


def test_claim_rules() -> None:
    claims = [Claim("fatalities", 12, "a", stance="asserted"), Claim("fatalities", 3, "b", stance="denied"),
              Claim("fatalities", 20, "c", stance="hedged")]
    assert conservative_figure(claims) == 12  # a denied figure is not credible
    assert contested_fields([Claim("fatalities", 5, "a"), Claim("fatalities", 5, "b")]) == []
    # One voice giving a partial count and a total is not a dispute; its figure is the total.
    one_voice = [Claim("fatalities", 12, "a", "medics"), Claim("fatalities", 15, "a", "Medics")]
    assert contested_fields(one_voice) == [] and conservative_figure(one_voice) == 15
    rival = one_voice + [Claim("fatalities", 9, "a", "state media")]
    assert contested_fields(rival) == ["fatalities"] and conservative_figure(rival) == 9
    assert contested_fields([Claim("fatalities", 4, "a"), Claim("fatalities", 4, "b", stance="denied")]) == ["denial"]
    [d] = denial_claims("The ministry flatly rejected reports that troops had withdrawn from Hama.", 100, "x")
    assert (d.source, d.value, d.evidence.start) == ("The ministry", "troops had withdrawn from Hama", 100)  # type: ignore[union-attr]
    assert denial_claims("Rebels entered the city on Friday.", 0, "x") == []
    from dateline.fuse.claims import control_claims

    assert [c.value for c in control_claims("Government forces retook the town of Hajin.", 0, "x")] == [
        {"actor": "Government forces", "place": "Hajin"}]
    assert control_claims("State TV denied that rebels entered Aleppo.", 0, "x") == []
    same_side = [Claim("control", {"actor": "Opposition Rebels (Syria)", "place": "Aleppo"}, "a"),
                 Claim("control", {"actor": "Rebel fighters", "place": "Aleppo"}, "b")]
    assert contested_fields(same_side) == []
    assert contested_fields(same_side + [Claim("control", {"actor": "Military Forces of Syria (2000-)",
                                                           "place": "Aleppo"}, "c")]) == ["control"]
    speakers = [denial_claims(t, 0, "x")[0].source for t in (
        "The army in a statement late on Friday rejected claims that it shelled the camp.",
        "But Syrian state television denied that rebels have entered Aleppo.",
        "Officials in Damascus have repeatedly dismissed the reports.",
        "DAMASCUS - The Ministry of Defence denied its aircraft struck the town.")]
    assert speakers == ["The army", "Syrian state television", "Officials in Damascus", "The Ministry of Defence"]


def test_blocking_reads_only_nearby_candidates(store: SQLStore) -> None:
    # 60 stored events on other days or in other places.
    places = [HOMS, IDLIB, ALEPPO]
    days = [f"2016-{1 + i % 12:02d}-{1 + i % 27:02d}" for i in range(60)]
    ingest(store, *(report(f"bg{i}", f"Clashes number {i} took place.", outlet="X", published=day,
                           etype="Battles", date=day, sub="Armed clash", actor1=f"Group {i}",
                           location=places[i % 3]) for i, day in enumerate(days)))
    loaded: list[str] = []
    orig = store.candidate_profiles

    def spy(cells, lo, hi):  # type: ignore[no-untyped-def]
        found = orig(cells, lo, hi)
        loaded.extend(found)
        return found

    store.candidate_profiles = spy  # type: ignore[method-assign]
    ingest(store, report("new", "Clashes in Homs.", outlet="Y", published="2016-04-04", etype="Battles",
                         date="2016-04-04", sub="Armed clash", actor1="Group 3", location=HOMS))
    assert loaded == [e.event_id for e in store.fused_events() if "bg3" in {s.doc_id for s in e.sources}]
    assert store.count_fused_events() == 60  # it joined that event
    fe = next(e for e in store.fused_events() if e.source_count == 2)
    assert {s.doc_id for s in fe.sources} == {"bg3", "new"}


def test_merge_prefers_reports_that_agree_on_what_happened() -> None:
    from dateline.fuse.events import merge_reports
    from dateline.store.base import EventReport

    def rep(i: int, sub: str, etype: str, actor: str, date: str) -> EventReport:
        ev = Event(etype, sub, Span(0, 5, f"text{i}"), date=date, time_precision=1, actor1=actor,
                   location=ALEPPO, geo_precision=1)
        return EventReport(f"d{i}", 0, ev, f"Outlet {i}", date, doc_seq=i, claims=[])

    fe = merge_reports("ev-x", [
        rep(1, "Armed clash", "Battles", "Rebels", "2016-11-21"),
        rep(2, "Air/drone strike", "Explosions/Remote violence", "Military Forces of Syria", "2016-11-22"),
        rep(3, "Air/drone strike", "Explosions/Remote violence", "Military Forces of Russia", "2016-11-22"),
        rep(4, "Air/drone strike", "Explosions/Remote violence", "Military Forces of Russia", "2016-11-22")])
    assert (fe.event.sub_event_type, fe.event.actor1, fe.event.date) == (
        "Air/drone strike", "Military Forces of Russia", "2016-11-22")
    assert fe.event.evidence.text == "text2"  # the first report agreeing on the sub-type
    assert [s.doc_id for s in fe.sources] == ["d1", "d2", "d3", "d4"] and fe.source_count == 4


def test_geometry_helpers() -> None:
    assert 160 < haversine_km(36.2, 37.16, 34.73, 36.72) < 180  # Aleppo to Homs
    assert geo_cell(36.2, 37.16) in cells_within(36.2, 37.16, 50)
    assert geo_cell(36.6, 37.16) in cells_within(36.2, 37.16, 50)  # 44 km north
    assert geo_cell(37.0, 37.16) not in cells_within(36.2, 37.16, 50)


def test_unfused_events_are_fused_on_read(store: SQLStore) -> None:
    for x in airstrike_reports():
        store.add_extraction(x)  # stored without calling fuse.update
    events = store.fused_events()
    assert len(events) == 1 and events[0].source_count == 3 and events[0].event.fatalities == 19


def test_delete_document_refuses_the_rest(store: SQLStore) -> None:
    ingest(store, *airstrike_reports())
    assert store.delete_document("gazette")
    [fe] = store.fused_events()
    assert fe.source_count == 2 and fe.event.fatalities == 27


def test_update_fuses_then_updates_stories(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[list[str]] = []
    fake = types.ModuleType("dateline.fuse.stories")
    fake.__spec__ = importlib.machinery.ModuleSpec("dateline.fuse.stories", None)
    fake.update_stories = lambda store, ids: calls.append(ids)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dateline.fuse.stories", fake)
    with open_store(f"sqlite:///{tmp_path}/u.db") as s:
        exts = airstrike_reports()
        for x in exts:
            s.add_extraction(x)
        fuse.update(s, exts)
        assert s.count_fused_events() == 1  # type: ignore[attr-defined]
    assert calls == [["wire", "gazette", "daily"]]


@pytest.mark.postgres
def test_postgres_parity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    if not os.environ.get("DATELINE_TEST_PG_URL"):
        pytest.skip("DATELINE_TEST_PG_URL is not set (run .ci/postgres.sh)")
    from test_store import pg_store

    def run(s: SQLStore) -> list[dict]:
        ingest(s, *airstrike_reports())
        ingest(s, report("h", "Shelling hit Homs on Monday, killing 4.", outlet="A", published="2016-11-22",
                         date="2016-11-21", location=HOMS, sub="Shelling/artillery/missile attack", killed=4))
        return [e.to_json() for e in s.fused_events()]

    lite = open_store(f"sqlite:///{tmp_path}/p.db")
    expected = run(lite)  # type: ignore[arg-type]
    lite.close()
    gen = pg_store()
    pg = next(gen)
    try:
        assert run(pg) == expected
        assert {h.doc_id for h in pg.search("market")} == {"wire", "gazette", "daily"}
    finally:
        gen.close()
