"""What the web interface reads from the store, with a short-lived snapshot.

Fusing events and grouping stories read the whole store, so one snapshot of
them is shared by all requests for ``ttl`` seconds instead of being rebuilt
per request; documents and their extractions are read on demand. A store
connection is opened per call so the threaded server never shares one
connection between threads.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterator, Optional

from dateline.model import Extraction, FusedEvent, Story
from dateline.store import Store, open_store


@dataclass
class Snapshot:
    events: list[FusedEvent]
    stories: list[Story]
    taken: float
    by_id: dict[str, FusedEvent] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {fe.event_id: fe for fe in self.events}


class Catalog:
    """Read access to one store URL for the API handlers."""

    def __init__(self, db_url: str, ttl: float = 5.0,
                 opener: Optional[Callable[[], Store]] = None) -> None:
        self.db_url = db_url
        # ``opener`` replaces open_store(db_url), e.g. for a store held in memory.
        self._open = opener or (lambda: open_store(db_url))
        self.ttl = ttl
        self._lock = threading.Lock()
        self._snapshot: Optional[Snapshot] = None

    @contextmanager
    def store(self) -> Iterator[Store]:
        st = self._open()
        try:
            yield st
        finally:
            st.close()

    def snapshot(self) -> Snapshot:
        with self._lock:
            snap = self._snapshot
            if snap is None or time.monotonic() - snap.taken > self.ttl:
                with self.store() as st:
                    snap = Snapshot(list(st.fused_events()), list(st.stories()), time.monotonic())
                self._snapshot = snap
            return snap

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None

    def documents(self) -> list[Any]:
        """Stored documents' metadata (``DocumentInfo``; ``Document`` from a store without it)."""
        with self.store() as st:
            try:
                return list(st.documents())
            except NotImplementedError:
                return [ext.doc for ext in st.extractions()]

    def extraction(self, doc_id: str) -> Optional[Extraction]:
        with self.store() as st:
            try:
                return st.get_extraction(doc_id)
            except NotImplementedError:
                return next((ext for ext in st.extractions() if ext.doc.id == doc_id), None)

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Sentences matching every word of ``text``, best first: the store's full-text search."""
        with self.store() as st:
            try:
                return [asdict(hit) for hit in st.search(text, limit)]
            except NotImplementedError:
                return _scan_search(st.extractions(), text, limit)


def _scan_search(exts: Iterator[Extraction], text: str, limit: int) -> list[dict[str, Any]]:
    """A plain substring search, for a store without full-text search."""
    words = [w for w in text.lower().split() if w]
    hits: list[dict[str, Any]] = []
    for ext in exts:
        body = ext.doc.clean_text
        low = body.lower()
        if words and all(w in low for w in words):
            first = low.find(words[0])
            start, end = max(0, first - 80), min(len(body), first + 120)
            hits.append({"doc_id": ext.doc.id, "index": 0, "start": start, "end": end,
                         "text": body[start:end], "score": float(sum(low.count(w) for w in words))})
    hits.sort(key=lambda h: -h["score"])
    return hits[:limit]
