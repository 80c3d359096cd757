"""The store's side of event fusion: blocking lookups and fused-event rows.

Fusion (``dateline.fuse.events``) never scans all events: it asks for the
fused events indexed under a few (cell, day) keys of ``fused_blocks`` (an
indexed range scan per key), loads just those, and writes back only the
fused events it touched.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Optional, Sequence

from dateline.model import FusedEvent
from dateline.store import serialize as ser
from dateline.store.base import EventReport
from dateline.store.conn import SQLBase

_CHUNK = 400  # ids per IN (...) list, well under every driver's parameter limit

_REPORT_SQL = ("SELECT e.doc_id, e.idx, e.data, e.claims, e.fused_id, d.source, d.published, "
               "d.published_estimate, d.seq FROM events e JOIN documents d ON d.id = e.doc_id ")


@dataclass
class FusedRecord:
    """A fused event as fusion writes it: the event, its blocking keys and its reports."""

    fused: FusedEvent
    profile: dict[str, Any]  # compact summary used to score candidates without loading reports
    blocks: list[tuple[str, int]]  # (cell, day) keys it is indexed under
    reports: list[EventReport]
    first_seq: int


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _report(row: tuple) -> EventReport:
    doc_id, idx, data, claims, fused_id, source, published, estimate, seq = row
    ref = published[:10] if published else (estimate if estimate and len(estimate) in (7, 10) else None)
    return EventReport(doc_id, int(idx), ser.event_from_dict(ser.loads(data)), source, ref, int(seq),
                       [ser.claim_from_dict(c) for c in ser.loads(claims)] if claims else None,
                       fused_id)


class FusedRows(SQLBase):
    """Fusion's queries, part of ``SQLStore``."""

    def fusion_candidates(self, cells: Sequence[str], day_lo: int, day_hi: int) -> list[str]:
        """Ids of fused events indexed under any of ``cells`` on a day in [day_lo, day_hi]."""
        if not cells:
            return []
        rows = self._rows(
            f"SELECT DISTINCT event_id FROM fused_blocks WHERE cell IN {self._in(len(cells))} "
            "AND day BETWEEN ? AND ?", (*cells, day_lo, day_hi))
        return [r[0] for r in rows]

    def candidate_profiles(self, cells: Sequence[str], day_lo: int,
                           day_hi: int) -> dict[str, tuple[dict[str, Any], int]]:
        """(profile, first_seq) of fused events indexed under ``cells`` on days in [day_lo, day_hi].

        One indexed query: what fusion reads for each new report.
        """
        if not cells:
            return {}
        rows = self._rows(
            "SELECT f.event_id, f.profile, f.first_seq FROM fused_events f WHERE f.event_id IN "
            f"(SELECT b.event_id FROM fused_blocks b WHERE b.cell IN {self._in(len(cells))} "
            "AND b.day BETWEEN ? AND ?)", (*cells, day_lo, day_hi))
        return {eid: (ser.loads(profile), int(seq)) for eid, profile, seq in rows}

    def load_fused(self, ids: Sequence[str]) -> dict[str, tuple[FusedEvent, dict[str, Any], int]]:
        """(fused event, profile, first_seq) by id."""
        out: dict[str, tuple[FusedEvent, dict[str, Any], int]] = {}
        ids = list(dict.fromkeys(ids))
        for chunk in _chunks(ids):
            for eid, data, profile, seq in self._rows(
                    f"SELECT event_id, data, profile, first_seq FROM fused_events "
                    f"WHERE event_id IN {self._in(len(chunk))}", chunk):
                out[eid] = (ser.fused_from_dict(ser.loads(data)), ser.loads(profile), int(seq))
        return out

    def reports_of_fused(self, ids: Sequence[str]) -> dict[str, list[EventReport]]:
        out: dict[str, list[EventReport]] = {i: [] for i in ids}
        for chunk in _chunks(list(ids)):
            for row in self._rows(
                    _REPORT_SQL + f"WHERE e.fused_id IN {self._in(len(chunk))} "
                    "ORDER BY d.seq, e.idx", chunk):
                rep = _report(row)
                out.setdefault(rep.fused_id or "", []).append(rep)
        return out

    def unfused_keys(self, doc_ids: Sequence[str]) -> set[tuple[str, int]]:
        """(document id, event index) of these documents' events that are not fused yet."""
        out: set[tuple[str, int]] = set()
        for chunk in _chunks(list(dict.fromkeys(doc_ids))):
            out.update((d, int(i)) for d, i in self._rows(
                f"SELECT doc_id, idx FROM events WHERE fused_id IS NULL AND doc_id IN {self._in(len(chunk))}",
                chunk))
        return out

    def unfused_reports(self, doc_ids: Optional[Sequence[str]] = None) -> list[EventReport]:
        """Event reports no fusion has placed yet (of these documents, or of all), in stored order."""
        if doc_ids is None:
            return [_report(r) for r in self._rows(
                _REPORT_SQL + "WHERE e.fused_id IS NULL ORDER BY d.seq, e.idx")]
        out: list[EventReport] = []
        for chunk in _chunks(list(dict.fromkeys(doc_ids))):
            out.extend(_report(r) for r in self._rows(
                _REPORT_SQL + f"WHERE e.fused_id IS NULL AND e.doc_id IN {self._in(len(chunk))}",
                chunk))
        out.sort(key=lambda r: (r.doc_seq, r.index))
        return out

    def save_fused(self, records: Sequence[FusedRecord]) -> None:
        """Write (insert or replace) fused events, their blocking keys and report membership."""
        if not records:
            return
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        ids = [r.fused.event_id for r in records]
        with self.transaction():
            for chunk in _chunks(ids):
                marks = self._in(len(chunk))
                self._run(f"DELETE FROM fused_blocks WHERE event_id IN {marks}", chunk)
                self._run(f"DELETE FROM fused_events WHERE event_id IN {marks}", chunk)
            rows = []
            for r in records:
                e, loc = r.fused.event, r.fused.event.location
                rows.append((r.fused.event_id, r.first_seq, e.event_type, e.sub_event_type, e.date,
                             e.date_end, loc.name if loc else None, loc.lat if loc else None,
                             loc.lon if loc else None, loc.country_code if loc else None,
                             e.actor1, e.actor2, e.fatalities, r.fused.source_count,
                             int(r.fused.contested), ser.dumps_compact(ser.fused_to_dict(r.fused)),
                             ser.dumps(r.profile), now))
            self._run_many(
                "INSERT INTO fused_events (event_id, first_seq, event_type, sub_event_type, date_start, "
                "date_end, location_name, lat, lon, country_code, actor1, actor2, fatalities, "
                "source_count, contested, data, profile, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            self._run_many(
                "INSERT INTO fused_blocks (cell, day, event_id) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                ((cell, day, r.fused.event_id) for r in records for cell, day in dict.fromkeys(r.blocks)))
            self._run_many(
                "UPDATE events SET fused_id = ?, claims = ? WHERE doc_id = ? AND idx = ?",
                ((r.fused.event_id,
                  ser.dumps_compact([ser.claim_to_dict(c) for c in rep.claims or []]),
                  rep.doc_id, rep.index) for r in records for rep in r.reports))
            self._bump_revision()

    def dissolve_fused(self, ids: Sequence[str]) -> None:
        """Drop fused events; their remaining reports become unfused and are fused again later."""
        with self.transaction():
            for chunk in _chunks(list(ids)):
                marks = self._in(len(chunk))
                self._run(f"DELETE FROM fused_blocks WHERE event_id IN {marks}", chunk)
                self._run(f"DELETE FROM fused_events WHERE event_id IN {marks}", chunk)
                self._run(f"UPDATE events SET fused_id = NULL WHERE fused_id IN {marks}", chunk)
            self._bump_revision()

    def clear_fusion(self) -> None:
        """Forget every fused event (to re-fuse the whole store with new rules)."""
        with self.transaction():
            self._run("DELETE FROM fused_blocks")
            self._run("DELETE FROM fused_events")
            self._run("UPDATE events SET fused_id = NULL, claims = NULL")
            self._bump_revision()
