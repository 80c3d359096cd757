"""Fused events as JSON lines (the full record) or a flat CSV (one row per event)."""
from __future__ import annotations

import csv
import json
from typing import TextIO

from dateline.model import FusedEvent

CSV_COLUMNS = [
    "event_id", "event_type", "sub_event_type", "date", "date_end", "time_precision",
    "actor1", "actor2", "location", "country_code", "admin1", "latitude", "longitude",
    "geo_precision", "fatalities", "contested", "story_id", "source_count", "documents",
    "sources", "evidence",
]


def write_jsonl(events: list[FusedEvent], out: TextIO) -> None:
    for fe in events:
        out.write(json.dumps(fe.to_json(), ensure_ascii=False) + "\n")


def csv_row(fe: FusedEvent) -> dict[str, object]:
    ev = fe.event
    loc = ev.location
    outlets: list[str] = []
    for s in fe.sources:
        if s.source and s.source not in outlets:
            outlets.append(s.source)
    return {
        "event_id": fe.event_id, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "date": ev.date or "", "date_end": ev.date_end or "", "time_precision": ev.time_precision,
        "actor1": ev.actor1 or "", "actor2": ev.actor2 or "",
        "location": loc.name if loc else "", "country_code": (loc.country_code or "") if loc else "",
        "admin1": (loc.admin1 or "") if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": ev.geo_precision,
        "fatalities": "" if ev.fatalities is None else ev.fatalities,
        "contested": "true" if fe.contested else "false", "story_id": fe.story_id or "",
        "source_count": fe.source_count,
        # ";" inside one cell: a document id never contains it in practice, and the
        # cell stays readable in a spreadsheet.
        "documents": ";".join(sorted({s.doc_id for s in fe.sources})),
        "sources": ";".join(outlets),
        "evidence": " ".join(ev.evidence.text.split()),
    }


def write_csv(events: list[FusedEvent], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for fe in events:
        writer.writerow(csv_row(fe))
