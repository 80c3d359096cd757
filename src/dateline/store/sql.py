"""The store over any DB-API connection; backends add the connection and a dialect.

All reads and writes go through ``_rows``/``_run``/``_run_many`` with ``?``
placeholders; ``SQLiteStore`` and ``PostgresStore`` only open the
connection, supply the ``Dialect`` and their transaction handling. Fusion's
own reads and writes (candidate blocking, fused rows) live in
``dateline.store.fusedrows``, mixed in here.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Optional, Sequence

from dateline.model import (ActorMention, Document, Extraction, Figure, FusedEvent, Place, Story,
                            Timex)
from dateline.store import serialize as ser
from dateline.store.base import DocumentInfo, SearchHit, Sentence, Store
from dateline.store.dialect import Dialect
from dateline.store.fusedrows import FusedRows
from dateline.store.schema import DOCUMENT_TABLES, SCHEMA_VERSION
from dateline.store.sentences import split_sentences

# Migrations from version N to N+1, as SQL statements (none yet: version 1 is the first).
MIGRATIONS: dict[int, list[str]] = {}

_DOC_COLUMNS = ("seq, id, content_hash, title, published, published_estimate, estimate_low, "
                "estimate_high, estimate_basis, source, url, origin, text, boilerplate, "
                "given_mentions, derived_text, doc_errors, ext_errors")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLStore(FusedRows, Store):
    """Shared implementation of ``Store`` for SQL backends."""

    def __init__(self, conn: Any, dialect: Dialect) -> None:
        super().__init__(conn, dialect)
        self._init_schema()

    # -- schema --------------------------------------------------------------------------------

    def _init_schema(self) -> None:
        # Fast path for every open after the first: one read, no DDL, no write lock.
        try:
            meta = dict(self._rows("SELECT key, value FROM meta WHERE key IN ('schema_version', 'revision')"))
            if meta.get("schema_version") == str(SCHEMA_VERSION) and "revision" in meta:
                return
        except self.db_errors:
            pass  # no meta table yet: a new store
        with self.transaction():
            if self.dialect.writer_lock_sql:  # two processes creating one store: one at a time
                self._run(self.dialect.writer_lock_sql)
            for stmt in self.dialect.ddl():
                self._run(stmt)
            self._run("INSERT INTO meta (key, value) VALUES ('revision', '0') ON CONFLICT DO NOTHING")
            rows = self._rows("SELECT value FROM meta WHERE key = 'schema_version'")
            if not rows:
                self._run("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                return
            version = int(rows[0][0])
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"store schema version {version} is newer than this dateline "
                                   f"({SCHEMA_VERSION}); upgrade dateline")
            while version < SCHEMA_VERSION:
                for stmt in MIGRATIONS[version]:
                    self._run(stmt)
                version += 1
            self._run("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))

    def revision(self) -> int:
        """A number that grows with every write (documents, fused events, stories)."""
        rows = self._rows("SELECT value FROM meta WHERE key = 'revision'")
        return int(rows[0][0]) if rows else 0

    def schema_version(self) -> int:
        return int(self._rows("SELECT value FROM meta WHERE key = 'schema_version'")[0][0])

    # -- writing documents -----------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        return bool(self._rows("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)))

    def _free_id(self, doc_id: str, chash: str) -> str:
        """``doc_id`` unless another text holds it; then ``doc_id~<hash prefix>``."""
        if not self._rows("SELECT 1 FROM documents WHERE id = ?", (doc_id,)):
            return doc_id
        for n in (8, 12, 16, 64):
            cand = f"{doc_id}~{chash[:n]}"
            if not self._rows("SELECT 1 FROM documents WHERE id = ?", (cand,)):
                return cand
        raise ValueError(f"cannot find a free id for {doc_id!r}")

    def add_extraction(self, ext: Extraction) -> bool:
        doc = ext.doc
        chash = doc.content_hash
        wanted = doc.id
        for attempt in range(3):
            try:
                with self.transaction():
                    if self.has_document(chash):
                        return False
                    doc.id = self._free_id(wanted, chash)
                    self._insert_document(ext, chash)
                    self._bump_revision()
                return True
            except self.integrity_errors:
                # Another process stored this text, or took the id, between our check and insert.
                if self._tx_depth or attempt == 2:
                    raise
                if self.has_document(chash):
                    doc.id = wanted
                    return False
        raise AssertionError("unreachable")

    def lock_for_fusion(self) -> None:
        """Serialise fusion runs of concurrent writers for the rest of the transaction."""
        if self.dialect.writer_lock_sql:
            self._run(self.dialect.writer_lock_sql)

    def _insert_document(self, ext: Extraction, chash: str) -> None:
        doc, est = ext.doc, ext.published_estimate
        self._run(
            "INSERT INTO documents (id, content_hash, title, published, published_estimate, "
            "estimate_low, estimate_high, estimate_basis, source, url, origin, text, boilerplate, "
            "given_mentions, derived_text, doc_errors, ext_errors, added_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, chash, doc.title, doc.published, est.value if est else None,
             est.low if est else None, est.high if est else None, est.basis if est else None,
             doc.source, doc.url, doc.origin, doc.text,
             ser.dumps([list(b) for b in doc.boilerplate]), ser.dumps([list(m) for m in doc.mentions]),
             int(doc.derived_text), ser.dumps(doc.errors), ser.dumps(ext.errors), _now()))
        d = doc.id
        self._run_many(
            "INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((d, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.range_start, t.range_end)
             for i, t in enumerate(ext.timexes)))
        self._run_many(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((d, i, p.start, p.end, p.text, p.name, p.geonameid, p.lat, p.lon, p.country_code,
              p.admin1, p.feature, p.geo_precision, p.score) for i, p in enumerate(ext.places)))
        self._run_many(
            "INSERT INTO actors VALUES (?,?,?,?,?,?,?,?)",
            ((d, i, a.start, a.end, a.text, a.name, a.kind, a.country) for i, a in enumerate(ext.actors)))
        self._run_many(
            "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((d, i, f.start, f.end, f.text, f.kind, f.value, f.attribution, int(f.hedged), int(f.denied))
             for i, f in enumerate(ext.figures)))
        sents = split_sentences(doc.clean_text)
        self._run_many("INSERT INTO sentences (doc_id, idx, start_char, end_char, text) VALUES (?,?,?,?,?)",
                       ((d, i, s, e, t) for i, (s, e, t) in enumerate(sents)))
        if self.dialect.writes_fts:
            self._run_many("INSERT INTO sentences_fts (text, doc_id, idx) VALUES (?,?,?)",
                           ((t, d, i) for i, (_, _, t) in enumerate(sents)))
            self._run("INSERT INTO documents_fts (title, text, doc_id) VALUES (?,?,?)",
                      (doc.title or "", doc.clean_text, d))
        self._run_many(
            "INSERT INTO events (doc_id, idx, event_type, sub_event_type, date_start, date_end, actor1, "
            "actor2, location_name, lat, lon, country_code, fatalities, data) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((d, i, e.event_type, e.sub_event_type, e.date, e.date_end, e.actor1, e.actor2,
              e.location.name if e.location else None, e.location.lat if e.location else None,
              e.location.lon if e.location else None, e.location.country_code if e.location else None,
              e.fatalities, ser.dumps_compact(ser.event_to_dict(e))) for i, e in enumerate(ext.events)))

    # -- reading documents -------------------------------------------------------------------

    def count_documents(self) -> int:
        return int(self._rows("SELECT COUNT(*) FROM documents")[0][0])

    def document_seqs(self, doc_ids: Sequence[str]) -> dict[str, int]:
        """Storage order of these documents (fusion orders reports by it)."""
        out: dict[str, int] = {}
        ids = list(dict.fromkeys(doc_ids))
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            out.update((d, int(q)) for d, q in self._rows(
                f"SELECT id, seq FROM documents WHERE id IN {self._in(len(chunk))}", chunk))
        return out

    def documents(self) -> list[DocumentInfo]:
        n_events = dict(self._rows("SELECT doc_id, COUNT(*) FROM events GROUP BY doc_id"))
        story_of = self._story_map()
        rows = self._rows("SELECT id, content_hash, title, published, published_estimate, estimate_low, "
                          "estimate_high, source, url, origin FROM documents ORDER BY seq")
        return [DocumentInfo(*r, n_events=int(n_events.get(r[0], 0)), story_id=story_of.get(r[0]))
                for r in rows]

    def _rebuild(self, row: tuple) -> Extraction:
        (_seq, doc_id, _hash, title, published, est_value, est_low, est_high, est_basis, source,
         url, origin, text, boilerplate, mentions, derived, doc_errors, ext_errors) = row
        doc = Document(id=doc_id, text=text, title=title, published=published, url=url, source=source,
                       origin=origin, errors=list(ser.loads(doc_errors) or []),
                       mentions=[(int(a), int(b)) for a, b in ser.loads(mentions) or []],
                       boilerplate=[(int(a), int(b)) for a, b in ser.loads(boilerplate) or []],
                       derived_text=bool(derived))
        ext = Extraction(doc=doc, errors=list(ser.loads(ext_errors) or []))
        if est_value is not None:
            ext.published_estimate = ser.estimate_from_dict(
                {"value": est_value, "low": est_low, "high": est_high, "basis": est_basis or ""})
        q = "SELECT * FROM {} WHERE doc_id = ? ORDER BY idx"
        ext.timexes = [Timex(s, e, t, ty, v, m, rs, re_) for _, _, s, e, t, ty, v, m, rs, re_
                       in self._rows(q.format("timexes"), (doc_id,))]
        ext.places = [Place(s, e, t, n, g, la, lo, cc, a1, f, int(gp), float(sc))
                      for _, _, s, e, t, n, g, la, lo, cc, a1, f, gp, sc
                      in self._rows(q.format("places"), (doc_id,))]
        ext.actors = [ActorMention(s, e, t, n, k, c) for _, _, s, e, t, n, k, c
                      in self._rows(q.format("actors"), (doc_id,))]
        ext.figures = [Figure(s, e, t, k, int(v), at, bool(h), bool(dn))
                       for _, _, s, e, t, k, v, at, h, dn in self._rows(q.format("figures"), (doc_id,))]
        ext.events = [ser.event_from_dict(ser.loads(data)) for (data,) in
                      self._rows("SELECT data FROM events WHERE doc_id = ? ORDER BY idx", (doc_id,))]
        return ext

    def get_extraction(self, doc_id: str) -> Optional[Extraction]:
        rows = self._rows(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
        return self._rebuild(rows[0]) if rows else None

    def extractions(self) -> Iterator[Extraction]:
        ids = [r[0] for r in self._rows("SELECT id FROM documents ORDER BY seq")]
        for doc_id in ids:
            ext = self.get_extraction(doc_id)
            if ext is not None:
                yield ext

    def sentences(self, doc_id: Optional[str] = None) -> list[Sentence]:
        if doc_id is None:
            rows = self._rows("SELECT s.doc_id, s.idx, s.start_char, s.end_char, s.text FROM sentences s "
                              "JOIN documents d ON d.id = s.doc_id ORDER BY d.seq, s.idx")
        else:
            rows = self._rows("SELECT doc_id, idx, start_char, end_char, text FROM sentences "
                              "WHERE doc_id = ? ORDER BY idx", (doc_id,))
        return [Sentence(*r) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        sql, kind = self.dialect.sentence_search_sql()
        param = self.dialect.search_param(query, kind)
        if not param:
            return []
        return [SearchHit(d, int(i), int(s), int(e), t, float(sc))
                for d, i, s, e, t, sc in self._rows(sql, (param, limit))]

    def search_documents(self, query: str, limit: int = 50) -> list[str]:
        sql, kind = self.dialect.document_search_sql()
        param = self.dialect.search_param(query, kind)
        if not param:
            return []
        return [r[0] for r in self._rows(sql, (param, limit))]

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and its mentions; its fused events are rebuilt by the next fusion."""
        with self.transaction():
            if not self._rows("SELECT 1 FROM documents WHERE id = ?", (doc_id,)):
                return False
            touched = [r[0] for r in self._rows(
                "SELECT DISTINCT fused_id FROM events WHERE doc_id = ? AND fused_id IS NOT NULL", (doc_id,))]
            for table in DOCUMENT_TABLES:
                self._run(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            if self.dialect.writes_fts:
                self._run("DELETE FROM sentences_fts WHERE doc_id = ?", (doc_id,))
                self._run("DELETE FROM documents_fts WHERE doc_id = ?", (doc_id,))
            self._run("DELETE FROM story_documents WHERE doc_id = ?", (doc_id,))
            self._run("DELETE FROM documents WHERE id = ?", (doc_id,))
            self._bump_revision()
            # Fused events that lose a source are dissolved; their other reports refuse.
            self.dissolve_fused(touched)
        return True

    # -- fused events ------------------------------------------------------------------------

    def count_fused_events(self) -> int:
        return int(self._rows("SELECT COUNT(*) FROM fused_events")[0][0])

    def _ensure_fused(self) -> None:
        """Fuse any stored events that no fusion run has seen yet (e.g. stored directly)."""
        if self._rows("SELECT 1 FROM events WHERE fused_id IS NULL LIMIT 1"):
            from dateline.fuse.events import fuse_pending

            fuse_pending(self)

    def fused_events(self) -> list[FusedEvent]:
        self._ensure_fused()
        story_of = self._story_map()
        out = []
        for (data,) in self._rows("SELECT data FROM fused_events ORDER BY "
                                  "CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, first_seq"):
            fe = ser.fused_from_dict(ser.loads(data))
            fe.story_id = self._story_for(fe, story_of)
            out.append(fe)
        return out

    def fused_event(self, event_id: str) -> Optional[FusedEvent]:
        self._ensure_fused()
        rows = self._rows("SELECT data FROM fused_events WHERE event_id = ?", (event_id,))
        if not rows:
            return None
        fe = ser.fused_from_dict(ser.loads(rows[0][0]))
        fe.story_id = self._story_for(fe, self._story_map())
        return fe

    def fused_events_of_document(self, doc_id: str) -> list[FusedEvent]:
        """The fused events a document reports, in the order of its events."""
        self._ensure_fused()
        ids = [r[0] for r in self._rows("SELECT fused_id FROM events WHERE doc_id = ? AND fused_id IS NOT NULL "
                                        "ORDER BY idx", (doc_id,))]
        out = [self.fused_event(i) for i in dict.fromkeys(ids)]
        return [fe for fe in out if fe is not None]

    @staticmethod
    def _story_for(fe: FusedEvent, story_of: dict[str, str]) -> Optional[str]:
        """The story most of the event's documents belong to (first source breaks ties)."""
        votes: dict[str, int] = {}
        for s in fe.sources:
            sid = story_of.get(s.doc_id)
            if sid:
                votes[sid] = votes.get(sid, 0) + 1
        return max(votes, key=lambda k: votes[k]) if votes else None

    # -- stories -----------------------------------------------------------------------------

    def _story_map(self) -> dict[str, str]:
        return {d: s for s, d in self._rows("SELECT story_id, doc_id FROM story_documents")}

    def save_stories(self, stories: Iterable[Story], replace: bool = True) -> None:
        stories = list(stories)
        with self.transaction():
            if replace:
                self._run("DELETE FROM story_documents")
                self._run("DELETE FROM stories")
            # An updated story keeps its place in the list; new ones go at the end.
            kept = {} if replace else dict(self._rows("SELECT story_id, position FROM stories"))
            for s in stories:
                if s.story_id in kept:
                    self._run("DELETE FROM story_documents WHERE story_id = ?", (s.story_id,))
                    self._run("DELETE FROM stories WHERE story_id = ?", (s.story_id,))
            nxt = max(kept.values(), default=-1) + 1
            rows = []
            for s in stories:
                if s.story_id in kept:
                    rows.append((s.story_id, kept[s.story_id], s.title, s.start, s.end))
                else:
                    rows.append((s.story_id, nxt, s.title, s.start, s.end))
                    nxt += 1
            self._run_many("INSERT INTO stories (story_id, position, title, date_start, date_end) "
                           "VALUES (?,?,?,?,?)", rows)
            # A document belongs to one story: a later story claiming it takes it over.
            members = [(s.story_id, d, j) for s in stories for j, d in enumerate(dict.fromkeys(s.documents))]
            for _, d, _ in members:
                self._run("DELETE FROM story_documents WHERE doc_id = ?", (d,))
            self._run_many("INSERT INTO story_documents (story_id, doc_id, position) VALUES (?,?,?) "
                           "ON CONFLICT DO NOTHING", members)
            self._bump_revision()

    def stories(self) -> list[Story]:
        docs: dict[str, list[str]] = {}
        for sid, d in self._rows("SELECT story_id, doc_id FROM story_documents ORDER BY story_id, position"):
            docs.setdefault(sid, []).append(d)
        return [Story(sid, title, docs.get(sid, []), start, end) for sid, title, start, end in
                self._rows("SELECT story_id, title, date_start, date_end FROM stories ORDER BY position")]

    def story(self, story_id: str) -> Optional[Story]:
        for s in self.stories():
            if s.story_id == story_id:
                return s
        return None

    def story_of(self, doc_id: str) -> Optional[str]:
        rows = self._rows("SELECT story_id FROM story_documents WHERE doc_id = ?", (doc_id,))
        return rows[0][0] if rows else None

    def close(self) -> None:
        with self._lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None
