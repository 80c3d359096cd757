"""The interface every store backend implements."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Iterator

from dateline.model import Extraction, FusedEvent, Story


class Store(ABC):
    """Documents with their extractions, fused events and stories."""

    @abstractmethod
    def has_document(self, content_hash: str) -> bool:
        """True when a document with this text is already stored."""

    @abstractmethod
    def add_extraction(self, ext: Extraction) -> bool:
        """Store one document and what was extracted from it; False if already stored."""

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

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
