"""The evidence behind each field of an event, and the marked spans of a document.

Both the live page and the static report show an event's fields next to the
exact characters of the source text they were read from; this module is the
one place that decides which span backs which field.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from dateline.model import Event, Extraction, Span

FATALITY_KINDS = ("killed", "dead", "fatalities")


@dataclass
class FieldEvidence:
    """One field of one report of an event, with the span it was read from."""

    field: str
    value: Any
    span: Optional[Span]

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value,
                "span": self.span.to_json() if self.span else None}


def field_evidence(ev: Event) -> list[FieldEvidence]:
    """Each coded field of ``ev`` with its backing span (None when inferred)."""
    loc = ev.location
    where = None
    if loc is not None:
        where = loc.name + (f" ({loc.lat:.4f}, {loc.lon:.4f})" if loc.lat is not None and loc.lon is not None else "")
    killed = next((f for f in ev.figures if f.kind in FATALITY_KINDS), None)
    date = ev.date if not ev.date_end or ev.date_end == ev.date else f"{ev.date} to {ev.date_end}"
    rows = [
        FieldEvidence("event_type", f"{ev.event_type} / {ev.sub_event_type}", ev.evidence),
        FieldEvidence("date", date, ev.date_evidence),
        FieldEvidence("location", where, ev.location_evidence),
        FieldEvidence("actor1", ev.actor1, ev.actor1_mention),
        FieldEvidence("actor2", ev.actor2, ev.actor2_mention),
        FieldEvidence("fatalities", ev.fatalities,
                      Span(killed.start, killed.end, killed.text) if killed else None),
    ]
    if ev.source_attribution:
        rows.append(FieldEvidence("source_attribution", ev.source_attribution, None))
    return [r for r in rows if r.value is not None]


def document_marks(ext: Extraction) -> list[dict[str, Any]]:
    """Every span the stages found in a document, for highlighting, sorted by offset."""
    marks: list[dict[str, Any]] = []
    for t in ext.timexes:
        marks.append({"start": t.start, "end": t.end, "text": t.text, "kind": "time",
                      "label": f"{t.type} {t.value}"})
    for p in ext.places:
        coords = f" ({p.lat:.3f}, {p.lon:.3f})" if p.lat is not None and p.lon is not None else " (unresolved)"
        marks.append({"start": p.start, "end": p.end, "text": p.text, "kind": "place",
                      "label": f"{p.name or p.text}{coords}"})
    for a in ext.actors:
        marks.append({"start": a.start, "end": a.end, "text": a.text, "kind": "actor",
                      "label": f"{a.name} [{a.kind}]"})
    for f in ext.figures:
        flags = " hedged" if f.hedged else ""
        flags += " denied" if f.denied else ""
        marks.append({"start": f.start, "end": f.end, "text": f.text, "kind": "figure",
                      "label": f"{f.kind} = {f.value}{flags}"})
    for i, ev in enumerate(ext.events):
        marks.append({"start": ev.evidence.start, "end": ev.evidence.end, "text": ev.evidence.text,
                      "kind": "event", "label": f"event {i}: {ev.sub_event_type}", "event_index": i})
    marks.sort(key=lambda m: (m["start"], -m["end"]))
    return marks


def boilerplate_marks(ext: Extraction) -> list[dict[str, int]]:
    return [{"start": s, "end": e} for s, e in ext.doc.boilerplate]
