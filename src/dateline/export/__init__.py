"""Writers for fused events: ``write_events(events, fmt, out)``.

Formats: ``jsonl`` (the full record, one event a line), ``csv`` (flat, one row
per event), ``acled`` (ACLED's export columns) and ``geojson`` (a
FeatureCollection; events without coordinates are listed under ``unlocated``).
``dateline.export.timeline`` writes timelines.
"""
from __future__ import annotations

from typing import Callable, TextIO

from dateline.export.acled import ACLED_COLUMNS, acled_row, write_acled
from dateline.export.flat import CSV_COLUMNS, write_csv, write_jsonl
from dateline.export.geojson import to_feature_collection, write_geojson
from dateline.model import FusedEvent

WRITERS: dict[str, Callable[[list[FusedEvent], TextIO], None]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "acled": write_acled,
    "geojson": write_geojson,
}
FORMATS = tuple(WRITERS)


def write_events(events: list[FusedEvent], fmt: str, out: TextIO) -> None:
    """Write fused events to ``out`` in format ``fmt`` (one of ``FORMATS``)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown event format {fmt!r}: use one of {', '.join(FORMATS)}") from None
    writer(list(events), out)


__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "FORMATS", "acled_row", "to_feature_collection",
           "write_events"]
