"""Store: lossless round-trip, idempotent ingest, search, stories, both backends."""
from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest

from dateline.model import (ActorMention, Document, Event, Extraction, Figure, Location, Place,
                            PublishedEstimate, Span, Story, Timex)
from dateline.store import open_store
from dateline.store.sql import SQLStore
from dateline.store.sqlite import SQLiteStore, path_from_url

PG_URL = os.environ.get("DATELINE_TEST_PG_URL")

ALEPPO = Location("Aleppo", 36.20124, 37.16117, "SY", "Aleppo", 170063)


def pg_store() -> Iterator[SQLStore]:
    """A PostgresStore in a throwaway schema of the test database."""
    if not PG_URL:
        pytest.skip("DATELINE_TEST_PG_URL is not set (run .ci/postgres.sh)")
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    store = open_store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield store  # type: ignore[misc]
    finally:
        store.close()
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[SQLStore]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path}/t.db")
        yield s  # type: ignore[misc]
        s.close()
    else:
        yield from pg_store()


TEXT = ("Rebel fighters entered western Aleppo on Friday, a monitor said.\n\n"
        "State television denied that the rebels had reached the city centre. "
        "Dr. Haddad said 12 people were killed.\n\nShare this article")


def sample_extraction(doc_id: str = "doc-1", text: str = TEXT, published: str | None = "2024-11-30",
                      source: str = "Wire A") -> Extraction:
    doc = Document(id=doc_id, text=text, title="Rebels in Aleppo", published=published,
                   url="http://example.org/a", source=source, origin="/tmp/a.txt",
                   boilerplate=[(len(text) - 18, len(text))] if text.endswith("Share this article") else [], mentions=[(30, 36)])
    at = max(text.find("12"), 0)
    fig = Figure(at, at + 2, "12", "killed", 12, "Dr. Haddad", False, False)
    ev = Event("Battles", "Non-state actor overtakes territory", Span(0, 64, text[:64]), date="2024-11-29",
               time_precision=1, actor1="Rebels", actor1_mention=Span(0, 13, "Rebel fighters"),
               location=ALEPPO, geo_precision=2, fatalities=12, source_attribution="a monitor",
               figures=[fig], date_evidence=Span(38, 47, "on Friday"), salience=0.9, type_score=0.7)
    return Extraction(
        doc=doc,
        published_estimate=None if published else PublishedEstimate("2024-11", "2024-11-01", "2024-11-30", "test"),
        timexes=[Timex(41, 47, "Friday", "DATE", "2024-11-29", None, "2024-11-29", "2024-11-29")],
        places=[Place(31, 37, "Aleppo", "Aleppo", 170063, 36.20124, 37.16117, "SY", "Aleppo", "city", 2, 0.8)],
        actors=[ActorMention(0, 14, "Rebel fighters", "Rebels", "rebel", "SY")],
        figures=[fig], events=[ev], errors=["figures: a warning"])


def test_round_trip_is_lossless(store: SQLStore) -> None:
    ext = sample_extraction()
    assert store.add_extraction(ext)
    back = store.get_extraction("doc-1")
    assert back == ext
    undated = sample_extraction("doc-2", TEXT + " More.", published=None)
    store.add_extraction(undated)
    assert [x.doc.id for x in store.extractions()] == ["doc-1", "doc-2"]
    assert store.get_extraction("doc-2") == undated
    info = {d.id: d for d in store.documents()}
    assert info["doc-2"].published_estimate == "2024-11" and info["doc-2"].estimate_high == "2024-11-30"
    assert info["doc-1"].n_events == 1 and info["doc-1"].reference_date == "2024-11-30"
    assert store.get_extraction("missing") is None


def test_ingest_is_idempotent_by_content(store: SQLStore) -> None:
    ext = sample_extraction()
    assert not store.has_document(ext.doc.content_hash)
    assert store.add_extraction(ext) is True
    assert store.has_document(ext.doc.content_hash)
    assert store.add_extraction(sample_extraction()) is False
    assert store.count_documents() == 1
    # Same id, different text: both kept, the second under a derived id.
    other = sample_extraction(text=TEXT.replace("Friday", "Sunday"))
    assert store.add_extraction(other)
    assert other.doc.id.startswith("doc-1~") and store.count_documents() == 2
    assert store.get_extraction(other.doc.id).doc.text == other.doc.text  # type: ignore[union-attr]


def test_search_sentences_and_documents(store: SQLStore) -> None:
    store.add_extraction(sample_extraction())
    store.add_extraction(sample_extraction("doc-2", "Protesters gathered in Homs on Monday.", source="B"))
    hits = store.search("television denied")
    assert [(h.doc_id, h.text) for h in hits] == [
        ("doc-1", "State television denied that the rebels had reached the city centre.")]
    h = hits[0]
    assert TEXT[h.start:h.end] == h.text
    assert store.search("protester") and store.search("protester")[0].doc_id == "doc-2"  # stemmed
    assert store.search("Homs AND OR \"") == store.search("homs")  # operators are plain words
    assert store.search("   ") == []
    assert store.search_documents("television") == ["doc-1"]
    assert store.search_documents("homs monday") == ["doc-2"]
    # Boilerplate is not searchable; abbreviations do not split sentences.
    assert store.search("share article") == []
    assert any(s.text.startswith("Dr. Haddad said 12") for s in store.sentences("doc-1"))


def test_stories_membership(store: SQLStore) -> None:
    for i in range(3):
        store.add_extraction(sample_extraction(f"d{i}", f"Text number {i} about Aleppo.", source=f"S{i}"))
    store.save_stories([Story("s1", "Aleppo 2024", ["d0", "d1"], "2024-11-27", "2024-12-01"),
                        Story("s2", "Other", ["d2"])])
    assert [s.story_id for s in store.stories()] == ["s1", "s2"]
    assert store.story("s1") == Story("s1", "Aleppo 2024", ["d0", "d1"], "2024-11-27", "2024-12-01")
    assert store.story_of("d2") == "s2" and store.story_of("nope") is None
    assert {d.id: d.story_id for d in store.documents()} == {"d0": "s1", "d1": "s1", "d2": "s2"}
    # Upsert one story taking over a document; the other story keeps the rest.
    store.save_stories([Story("s3", "New", ["d1"])], replace=False)
    assert store.story_of("d1") == "s3" and store.story("s1").documents == ["d0"]  # type: ignore[union-attr]
    store.save_stories([Story("s1", "Aleppo, updated", ["d0"])], replace=False)
    assert [(s.story_id, s.title) for s in store.stories()] == [
        ("s1", "Aleppo, updated"), ("s2", "Other"), ("s3", "New")]
    before = store.revision()
    assert before > 0
    store.save_stories([Story("only", "All", ["d0", "d1", "d2"])])
    assert store.revision() > before
    assert [s.story_id for s in store.stories()] == ["only"]


def test_schema_version_and_reopen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path}/sub/x.db"
    with open_store(url) as s:
        s.add_extraction(sample_extraction())
        assert s.schema_version() == 1  # type: ignore[attr-defined]
    with open_store(url) as s:
        assert s.count_documents() == 1
        s._run("UPDATE meta SET value = '99' WHERE key = 'schema_version'")  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError, match="newer"):
        open_store(url)
    assert path_from_url("sqlite:///rel.db") == "rel.db"
    assert path_from_url("sqlite:////abs/x.db") == "/abs/x.db"
    assert path_from_url("sqlite://") == ":memory:"
    with pytest.raises(ValueError):
        open_store("mysql://x")


def test_sqlite_uses_wal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = SQLiteStore(str(tmp_path / "w.db"))
    assert s._rows("PRAGMA journal_mode")[0][0] == "wal"
    s.close()


def test_failed_write_rolls_back(store: SQLStore) -> None:
    ext = sample_extraction()
    ext.timexes.append(ext.timexes[0])
    ext.timexes[-1] = Timex(0, 1, "x", "DATE", None, None)  # type: ignore[arg-type]  # NOT NULL value
    with pytest.raises(Exception):
        store.add_extraction(ext)
    assert store.count_documents() == 0
    assert store.add_extraction(sample_extraction())


def test_fused_event_codec_is_lossless() -> None:
    from dateline.model import Claim, EventSource, FusedEvent
    from dateline.store import serialize as ser

    ext = sample_extraction()
    ev = ext.events[0]
    fe = FusedEvent("ev-1", ev, [EventSource("doc-1", ev.evidence, None, "2024-11-30", 0)],
                    [Claim("control", {"actor": "Rebels", "place": None}, "doc-1", None, None),
                     Claim("fatalities", 12, "doc-1", "a monitor", Span(1, 3, "12"), "hedged")],
                    True, None)
    text = ser.dumps_compact(ser.fused_to_dict(fe))
    assert ser.fused_from_dict(ser.loads(text)) == fe
    assert len(text) < len(ser.dumps(ser.fused_to_dict(fe)))


def test_concurrent_writer_storing_same_text(store: SQLStore, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A writer whose duplicate check raced another's insert gets False, not an error."""
    store.add_extraction(sample_extraction())
    real = store.has_document
    calls: list[str] = []

    def first_check_is_stale(content_hash: str) -> bool:
        calls.append(content_hash)
        return False if len(calls) == 1 else real(content_hash)

    monkeypatch.setattr(store, "has_document", first_check_is_stale)
    again = sample_extraction()
    assert store.add_extraction(again) is False
    assert again.doc.id == "doc-1" and store.count_documents() == 1


def test_nul_characters_are_stored(store: SQLStore) -> None:
    ext = sample_extraction(text=TEXT.replace("Friday,", "Friday\x00"))
    assert store.add_extraction(ext)
    back = store.get_extraction("doc-1")
    assert back is not None and len(back.doc.text) == len(ext.doc.text)
    assert store.has_document(ext.doc.content_hash)  # still found by the hash of the given text


def test_extraction_codec_and_migration(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dateline.store import serialize as ser
    from dateline.store import sql

    ext = sample_extraction(published=None)
    assert ser.extraction_from_dict(ser.loads(ser.dumps(ser.extraction_to_dict(ext)))) == ext
    url = f"sqlite:///{tmp_path}/m.db"
    open_store(url).close()
    # A later schema version migrates an existing store in place.
    monkeypatch.setattr(sql, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(sql, "MIGRATIONS", {1: ["ALTER TABLE documents ADD COLUMN language TEXT"]})
    with open_store(url) as s:
        assert s.schema_version() == 2  # type: ignore[attr-defined]
        assert s._rows("SELECT language FROM documents") == []  # type: ignore[attr-defined]
