"""Fused events as a GeoJSON FeatureCollection of Points.

Events without coordinates cannot be Features; rather than drop them silently
they are listed in a top-level ``"unlocated"`` member (a foreign member, which
RFC 7946 allows) with their id, type, date and place name, and counted in
``"unlocated_count"``.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

from dateline.model import FusedEvent


def feature_properties(fe: FusedEvent) -> dict[str, Any]:
    ev = fe.event
    loc = ev.location
    return {
        "event_id": fe.event_id, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "date": ev.date, "date_end": ev.date_end, "time_precision": ev.time_precision,
        "actor1": ev.actor1, "actor2": ev.actor2,
        "location": loc.name if loc else None, "country_code": loc.country_code if loc else None,
        "admin1": loc.admin1 if loc else None, "geo_precision": ev.geo_precision,
        "fatalities": ev.fatalities, "contested": fe.contested, "story_id": fe.story_id,
        "source_count": fe.source_count, "documents": sorted({s.doc_id for s in fe.sources}),
        "evidence": ev.evidence.text,
    }


def to_feature_collection(events: list[FusedEvent]) -> dict[str, Any]:
    features: list[dict[str, Any]] = []
    unlocated: list[dict[str, Any]] = []
    for fe in events:
        loc = fe.event.location
        if loc is None or loc.lat is None or loc.lon is None:
            unlocated.append({"event_id": fe.event_id, "event_type": fe.event.event_type,
                              "date": fe.event.date, "location": loc.name if loc else None})
            continue
        features.append({
            "type": "Feature",
            "id": fe.event_id,
            "geometry": {"type": "Point", "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
            "properties": feature_properties(fe),
        })
    return {"type": "FeatureCollection", "features": features,
            "unlocated_count": len(unlocated), "unlocated": unlocated}


def write_geojson(events: list[FusedEvent], out: TextIO) -> None:
    json.dump(to_feature_collection(events), out, ensure_ascii=False)
    out.write("\n")
