"""The interface every store backend implements.

``Store`` is what the CLI, the web page/API, exports, stories and timelines
code against. Backends: ``SQLiteStore`` (embedded default) and
``PostgresStore``; both share their SQL in ``dateline.store.sql``.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from dateline.model import Claim, Event, Extraction, FusedEvent, Story


@dataclass
class DocumentInfo:
    """Lightweight metadata of one stored document (no text, no mentions)."""

    id: str
    content_hash: str
    title: Optional[str]
    published: Optional[str]
    published_estimate: Optional[str]  # estimated value (YYYY, YYYY-MM or YYYY-MM-DD)
    estimate_low: Optional[str]
    estimate_high: Optional[str]
    source: Optional[str]
    url: Optional[str]
    origin: Optional[str]
    n_events: int = 0
    story_id: Optional[str] = None

    @property
    def reference_date(self) -> Optional[str]:
        """Given publication date, else the estimate when it is a full date."""
        if self.published:
            return self.published[:10]
        if self.published_estimate and len(self.published_estimate) == 10:
            return self.published_estimate
        return None


@dataclass
class Sentence:
    """One stored sentence of a document's (boilerplate-free) text."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass
class SearchHit:
    """A sentence matching a full-text query, best first."""

    doc_id: str
    index: int  # sentence index within the document
    start: int
    end: int
    text: str
    score: float  # higher is better; only comparable within one result list


@dataclass
class EventReport:
    """One document's report of one event, as fusion reads and writes it."""

    doc_id: str
    index: int  # the event's index in that document's extraction
    event: Event
    source: Optional[str]  # outlet of the document
    published: Optional[str]  # the document's date: given, else estimated (YYYY-MM-DD or YYYY-MM)
    doc_seq: int = 0  # order the document was stored in
    claims: Optional[list[Claim]] = None  # this report's claims, once fusion computed them
    fused_id: Optional[str] = None


class Store(ABC):
    """Documents with their extractions, fused events and stories."""

    @abstractmethod
    def has_document(self, content_hash: str) -> bool:
        """True when a document with this text is already stored."""

    @abstractmethod
    def add_extraction(self, ext: Extraction) -> bool:
        """Store one document and what was extracted from it; False if already stored.

        The document's id may be changed (a ``~`` and a hash prefix appended)
        when another document with different text already holds that id.
        """

    @abstractmethod
    def extractions(self) -> Iterator[Extraction]:
        """Every stored extraction, in the order stored."""

    @abstractmethod
    def fused_events(self) -> list[FusedEvent]:
        """Events fused across documents, each with its sources."""

    @abstractmethod
    def stories(self) -> list[Story]:
        """Documents grouped by episode."""

    @abstractmethod
    def close(self) -> None: ...

    # Read methods beyond the CLI's needs (web page, API, stories, timelines).

    def get_extraction(self, doc_id: str) -> Optional[Extraction]:
        """One stored extraction by document id, or None."""
        raise NotImplementedError

    def documents(self) -> list[DocumentInfo]:
        """Metadata of every stored document, in the order stored."""
        raise NotImplementedError

    def sentences(self, doc_id: Optional[str] = None) -> list[Sentence]:
        """Stored sentences of one document (or of all), in text order."""
        raise NotImplementedError

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Sentences matching every word of ``query`` (stemmed full-text search)."""
        raise NotImplementedError

    def search_documents(self, query: str, limit: int = 50) -> list[str]:
        """Ids of documents whose title or text match every word of ``query``."""
        raise NotImplementedError

    def fused_event(self, event_id: str) -> Optional[FusedEvent]:
        """One fused event by id, or None."""
        raise NotImplementedError

    def fused_events_of_document(self, doc_id: str) -> list[FusedEvent]:
        """The fused events one document reports."""
        raise NotImplementedError

    def save_stories(self, stories: Iterable[Story], replace: bool = True) -> None:
        """Store stories and their document membership.

        ``replace=True`` drops every stored story first (a full regrouping);
        ``replace=False`` upserts just these stories by id.
        """
        raise NotImplementedError

    def story(self, story_id: str) -> Optional[Story]:
        raise NotImplementedError

    def story_of(self, doc_id: str) -> Optional[str]:
        """The story id a document belongs to, or None."""
        raise NotImplementedError

    def revision(self) -> int:
        """A number that grows with every write: reload cached reads when it changes."""
        raise NotImplementedError

    def count_documents(self) -> int:
        raise NotImplementedError

    def count_fused_events(self) -> int:
        raise NotImplementedError

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
