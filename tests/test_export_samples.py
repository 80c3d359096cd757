"""Hand-made documents, extractions and fused events shared by the SERVE tests.

No tests here: the export, web and demo tests import these builders so they
do not depend on the extraction stages being finished.
"""
from __future__ import annotations

from typing import Iterator, Optional

from dateline.model import (Claim, Document, Event, EventSource, Extraction, FusedEvent, Location,
                            Place, Span, Story)
from dateline.store import Store

TEXT_A = ("Ridgefield, 3 March 2025. Government troops shelled the village of Qarat on Monday, "
          "killing 4 civilians, the Observatory said. The army denied the report.")
TEXT_B = "Rebels seized the town of Tal Hamra after heavy clashes with the army on Sunday."


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def sample_extractions() -> list[Extraction]:
    """Two documents with one event each (the second without coordinates)."""
    doc_a = Document(id="doc-a", text=TEXT_A, title="Shelling in Qarat", published="2025-03-04",
                     source="Example Wire")
    doc_b = Document(id="doc-b", text=TEXT_B, title="Tal Hamra falls", published="2025-03-03")
    qarat = Location("Qarat", 34.1501, 36.9443, "SY", "Rif Dimashq")
    ev_a = Event("Explosions/Remote violence", "Shelling/artillery/missile attack",
                 evidence=_span(TEXT_A, "Government troops shelled the village of Qarat on Monday, killing 4 civilians"),
                 date="2025-03-03", time_precision=1, actor1="Military Forces of Syria",
                 actor2="Civilians (Syria)", actor1_mention=_span(TEXT_A, "Government troops"),
                 location=qarat, geo_precision=1, fatalities=4,
                 date_evidence=_span(TEXT_A, "on Monday"), location_evidence=_span(TEXT_A, "Qarat"))
    ev_b = Event("Battles", "Non-state actor overtakes territory",
                 evidence=_span(TEXT_B, TEXT_B.rstrip(".")), date="2025-03-02", time_precision=1,
                 actor1="Rebels", actor2="Military Forces of Syria",
                 location=Location("Tal Hamra", None, None, "SY", None), geo_precision=2)
    ext_a = Extraction(doc=doc_a, events=[ev_a],
                       places=[Place(qarat_start := TEXT_A.index("Qarat"), qarat_start + 5, "Qarat",
                                     "Qarat", None, 34.1501, 36.9443, "SY", "Rif Dimashq", "village")])
    ext_b = Extraction(doc=doc_b, events=[ev_b])
    return [ext_a, ext_b]


def sample_fused_events() -> list[FusedEvent]:
    ext_a, ext_b = sample_extractions()
    ev_a, ev_b = ext_a.events[0], ext_b.events[0]
    fe_a = FusedEvent("1", ev_a, sources=[
        EventSource("doc-a", ev_a.evidence, "Example Wire", "2025-03-04", 0),
        EventSource("doc-c", Span(0, 30, "Shelling killed four in Qarat"), "Other Post", "2025-03-04", 0)],
        claims=[Claim("fatalities", 4, "doc-a", "Example Wire", ev_a.evidence),
                Claim("denial", True, "doc-a", "army", _span(TEXT_A, "The army denied the report"), "denied")],
        contested=True, story_id="s1")
    fe_b = FusedEvent("2", ev_b, sources=[EventSource("doc-b", ev_b.evidence, None, "2025-03-03", 0)],
                      story_id="s1")
    return [fe_a, fe_b]


def sample_story() -> Story:
    return Story("s1", "Fighting around Qarat", ["doc-a", "doc-b"], "2025-03-02", "2025-03-04")


class MemoryStore(Store):
    """A store held in memory with hand-made fused events (independent of fusion)."""

    def __init__(self) -> None:
        self.exts = sample_extractions()
        self.events = sample_fused_events()

    def has_document(self, content_hash: str) -> bool:
        return any(e.doc.content_hash == content_hash for e in self.exts)

    def add_extraction(self, ext: Extraction) -> bool:
        self.exts.append(ext)
        return True

    def extractions(self) -> Iterator[Extraction]:
        return iter(self.exts)

    def get_extraction(self, doc_id: str) -> Optional[Extraction]:
        return next((e for e in self.exts if e.doc.id == doc_id), None)

    def fused_events(self) -> list[FusedEvent]:
        return list(self.events)

    def stories(self) -> list[Story]:
        return [sample_story()]

    def close(self) -> None:
        pass  # reused across requests
