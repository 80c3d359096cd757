"""The JSON HTTP API, as plain functions of a ``Catalog`` and the query string.

The server maps paths to these; the static report calls the same functions
to embed their answers, so the page draws the same data either way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from dateline.model import FusedEvent
from dateline.web.catalog import Catalog
from dateline.web.evidence import boilerplate_marks, document_marks, field_evidence

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_LIMIT = 5000


class ApiError(Exception):
    """A request the API refuses, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


Params = dict[str, list[str]]


def _one(params: Params, name: str) -> Optional[str]:
    values = params.get(name)
    if not values:
        return None
    value = values[-1].strip()
    return value or None


def _int(params: Params, name: str, default: Optional[int], low: int = 0,
         high: int = MAX_LIMIT) -> Optional[int]:
    raw = _one(params, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"'{name}' must be an integer, got {raw!r}") from None
    if not low <= value <= high:
        raise ApiError(400, f"'{name}' must be between {low} and {high}, got {value}")
    return value


def _date(params: Params, name: str) -> Optional[str]:
    raw = _one(params, name)
    if raw is not None and not DATE_RE.match(raw):
        raise ApiError(400, f"'{name}' must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {raw!r}")
    return raw


@dataclass
class EventQuery:
    """Filters of ``/api/events``."""

    type: Optional[str] = None  # event type or sub-event type, case-insensitive
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    bbox: Optional[tuple[float, float, float, float]] = None  # min lon, min lat, max lon, max lat
    q: Optional[str] = None
    story: Optional[str] = None
    document: Optional[str] = None
    limit: int = 1000
    offset: int = 0

    @classmethod
    def from_params(cls, params: Params) -> "EventQuery":
        bbox = None
        raw_bbox = _one(params, "bbox")
        if raw_bbox is not None:
            try:
                parts = [float(x) for x in raw_bbox.split(",")]
            except ValueError:
                parts = []
            if len(parts) != 4 or parts[0] > parts[2] or parts[1] > parts[3]:
                raise ApiError(400, "'bbox' must be min_lon,min_lat,max_lon,max_lat")
            bbox = (parts[0], parts[1], parts[2], parts[3])
        return cls(type=_one(params, "type"), date_from=_date(params, "from"), date_to=_date(params, "to"),
                   bbox=bbox, q=_one(params, "q"), story=_one(params, "story"),
                   document=_one(params, "document"),
                   limit=_int(params, "limit", 1000, 1) or 1000, offset=_int(params, "offset", 0, 0, 10**9) or 0)

    def matches(self, fe: FusedEvent) -> bool:
        ev = fe.event
        if self.type and self.type.lower() not in (ev.event_type.lower(), ev.sub_event_type.lower()):
            return False
        if self.date_from and (not ev.date or (ev.date_end or ev.date) < self.date_from):
            return False
        # "to" is inclusive of a partial date: 2024-11 keeps every day of November.
        if self.date_to and (not ev.date or ev.date[:len(self.date_to)] > self.date_to):
            return False
        if self.bbox:
            loc = ev.location
            if loc is None or loc.lat is None or loc.lon is None:
                return False
            if not (self.bbox[0] <= loc.lon <= self.bbox[2] and self.bbox[1] <= loc.lat <= self.bbox[3]):
                return False
        if self.story and fe.story_id != self.story:
            return False
        if self.document and self.document not in {s.doc_id for s in fe.sources}:
            return False
        if self.q:
            hay = " ".join(filter(None, [ev.evidence.text, ev.actor1, ev.actor2, ev.event_type,
                                         ev.sub_event_type, ev.location.name if ev.location else None,
                                         *(s.evidence.text for s in fe.sources),
                                         *(s.source or "" for s in fe.sources)])).lower()
            if not all(word in hay for word in self.q.lower().split()):
                return False
        return True


def list_events(cat: Catalog, params: Params) -> dict[str, Any]:
    query = EventQuery.from_params(params)
    matched = [fe for fe in cat.snapshot().events if query.matches(fe)]
    page = matched[query.offset:query.offset + query.limit]
    return {"total": len(matched), "offset": query.offset, "limit": query.limit,
            "events": [fe.to_json() for fe in page]}


def get_event(cat: Catalog, event_id: str) -> dict[str, Any]:
    fe = cat.snapshot().by_id.get(event_id)
    if fe is None:
        raise ApiError(404, f"no event {event_id!r}")
    out = fe.to_json()
    out["fields"] = [f.to_json() for f in field_evidence(fe.event)]
    reports = []
    for src in fe.sources:
        ext = cat.extraction(src.doc_id)
        own = None
        if ext is not None and 0 <= src.event_index < len(ext.events):
            own = ext.events[src.event_index]
        report: dict[str, Any] = {"doc_id": src.doc_id, "source": src.source, "published": src.published,
                                  "title": ext.doc.title if ext else None,
                                  "evidence": src.evidence.to_json(), "available": ext is not None}
        if own is not None:
            report["event"] = own.to_json()
            report["fields"] = [f.to_json() for f in field_evidence(own)]
        reports.append(report)
    out["reports"] = reports
    return out


def _doc_summary(doc: Any, event_counts: dict[str, int]) -> dict[str, Any]:
    """A ``DocumentInfo`` (or a ``Document``) as one row of ``/api/documents``."""
    return {"id": doc.id, "title": doc.title, "published": doc.published,
            "published_estimate": getattr(doc, "published_estimate", None),
            "source": doc.source, "url": doc.url, "origin": doc.origin,
            "story_id": getattr(doc, "story_id", None),
            "events": event_counts.get(doc.id, getattr(doc, "n_events", 0))}


def list_documents(cat: Catalog, params: Params) -> dict[str, Any]:
    limit = _int(params, "limit", 1000, 1) or 1000
    offset = _int(params, "offset", 0, 0, 10**9) or 0
    counts: dict[str, int] = {}
    for fe in cat.snapshot().events:
        for doc_id in {s.doc_id for s in fe.sources}:
            counts[doc_id] = counts.get(doc_id, 0) + 1
    docs = cat.documents()
    return {"total": len(docs), "offset": offset, "limit": limit,
            "documents": [_doc_summary(d, counts) for d in docs[offset:offset + limit]]}


def get_document(cat: Catalog, doc_id: str) -> dict[str, Any]:
    ext = cat.extraction(doc_id)
    if ext is None:
        raise ApiError(404, f"no document {doc_id!r}")
    doc = ext.doc
    return {"id": doc.id, "title": doc.title, "published": doc.published, "source": doc.source,
            "url": doc.url, "origin": doc.origin, "text": doc.text,
            "published_estimate": ext.published_estimate.to_json() if ext.published_estimate else None,
            "mentions": document_marks(ext), "boilerplate": boilerplate_marks(ext),
            "events": [ev.to_json() for ev in ext.events],
            "errors": list(doc.errors) + list(ext.errors)}


def list_stories(cat: Catalog, params: Params) -> dict[str, Any]:
    snap = cat.snapshot()
    counts: dict[str, int] = {}
    for fe in snap.events:
        if fe.story_id:
            counts[fe.story_id] = counts.get(fe.story_id, 0) + 1
    stories = []
    for s in snap.stories:
        row = s.to_json()
        row["events"] = counts.get(s.story_id, 0)
        stories.append(row)
    return {"total": len(stories), "stories": stories}


def timeline(cat: Catalog, params: Params) -> dict[str, Any]:
    story = _one(params, "story")
    query = _one(params, "query")
    max_dates = _int(params, "max_dates", None, 1, 1000)
    per_date = _int(params, "sentences_per_date", None, 1, 100)
    try:
        from dateline.fuse.timeline import build_timeline
    except ImportError as exc:
        raise ApiError(503, f"timelines are not available: {exc}") from None
    if story and story not in {s.story_id for s in cat.snapshot().stories}:
        raise ApiError(404, f"no story {story!r}")
    with cat.store() as st:
        entries = build_timeline(st, story_id=story, query=query, max_dates=max_dates,
                                 sentences_per_date=per_date)
    return {"story": story, "query": query,
            "entries": [dict(e.to_json(), doc_ids=list(e.doc_ids)) for e in entries]}


def search(cat: Catalog, params: Params) -> dict[str, Any]:
    q = _one(params, "q")
    if not q:
        raise ApiError(400, "'q' is required, e.g. /api/search?q=shelling")
    limit = _int(params, "limit", 50, 1, 1000) or 50
    sentences = cat.search(q, limit)
    events = [fe.to_json() for fe in cat.snapshot().events if EventQuery(q=q).matches(fe)][:limit]
    return {"q": q, "sentences": sentences, "events": events}
