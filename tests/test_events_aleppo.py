"""The five real Aleppo articles, with their publication dates, through the whole pipeline:
the events a careful reader would list must be there, dated, placed and attributed."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ALEPPO_PUBLISHED
from dateline.eval.common import haversine_km
from dateline.model import Document, Event, Extraction
from dateline.pipeline import extract_documents

ALEPPO = (36.20124, 37.16117)
IDLIB = (35.9306, 36.6339)



def _near(e: Event, point: tuple[float, float], km: float = 25) -> bool:
    loc = e.location
    return loc is not None and loc.lat is not None and loc.lon is not None and haversine_km(loc.lat, loc.lon, *point) <= km


@pytest.fixture(scope="module")
def articles(aleppo_dir: Path) -> dict[str, Extraction]:
    docs = [Document(id=p.stem, text=p.read_text(encoding="utf-8"), published=ALEPPO_PUBLISHED[p.stem])
            for p in sorted(aleppo_dir.glob("*.txt"))]
    return {ext.doc.id[:3]: ext for ext in extract_documents(docs)}


def test_004_army_seizes_hanano_is_the_main_event(articles: dict[str, Extraction]) -> None:
    events = articles["004"].events
    first = events[0]
    assert first.sub_event_type == "Government regains territory"
    assert first.event_type == "Battles"
    assert first.date == "2016-11-26" and first.time_precision == 1  # "began Saturday"
    assert first.actor1 and first.actor1.startswith("Military Forces of Syria")
    assert first.actor1_mention is not None and "army" in first.actor1_mention.text.lower()
    assert _near(first, ALEPPO)
    assert "Hanano" in first.evidence.text
    assert first.source_attribution == "Reuters"


def test_003_rebel_offensive_on_aleppo(articles: dict[str, Extraction]) -> None:
    events = articles["003"].events
    battles = [e for e in events[:3] if e.event_type == "Battles"]
    assert battles, [e.sub_event_type for e in events]
    assert any(e.actor1 and "Rebel" in e.actor1 and _near(e, ALEPPO) and e.date == "2016-10-28"
               for e in battles)
    assert any(e.sub_event_type == "Suicide bomb" for e in events)


def test_001_airstrikes_on_idlib_kill_four_per_white_helmets(articles: dict[str, Extraction]) -> None:
    events = articles["001"].events
    assert events[0].sub_event_type == "Air/drone strike"
    idlib = [e for e in events if e.sub_event_type == "Air/drone strike" and _near(e, IDLIB)]
    assert idlib, [(e.sub_event_type, e.location) for e in events]
    strike = idlib[0]
    assert strike.date == "2024-12-01"
    assert strike.fatalities is not None and strike.fatalities >= 4
    assert any(f.attribution and "White Helmets" in f.attribution for f in strike.figures) \
        or "White Helmets" in (strike.source_attribution or "")


def test_000_rebels_enter_aleppo(articles: dict[str, Extraction]) -> None:
    events = articles["000"].events
    first = events[0]
    assert first.sub_event_type == "Non-state actor overtakes territory"
    assert _near(first, ALEPPO)
    assert first.date in ("2024-11-29", "2024-11-30")
    assert first.actor1 and first.actor1 != "Military Forces of Syria (2000-)"


def test_002_russian_air_strikes(articles: dict[str, Extraction]) -> None:
    events = articles["002"].events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes
    # (Which actor the roles stage names is pinned in the actors' tests.)
    assert any("Russia" in (e.actor1 or "") or "Russian" in e.evidence.text for e in strikes)
    assert all(e.date == "2016-02-05" for e in strikes)


def test_background_history_does_not_become_an_event(articles: dict[str, Extraction]) -> None:
    for ext in articles.values():
        published = ext.doc.published or ""
        for e in ext.events:
            assert "since March 2020" not in e.evidence.text, e.evidence.text
            assert "has raged since 2011" not in e.evidence.text, e.evidence.text
            assert "will" not in e.evidence.text.split()[:3]
            assert e.date is None or e.date <= published


def test_every_event_is_backed_by_its_text(articles: dict[str, Extraction]) -> None:
    for ext in articles.values():
        text = ext.doc.text
        assert ext.events, ext.doc.id
        for e in ext.events:
            assert text[e.evidence.start:e.evidence.end] == e.evidence.text
            for span in (e.actor1_mention, e.actor2_mention, e.date_evidence, e.location_evidence):
                if span is not None:
                    assert text[span.start:span.end] == span.text
