"""ACLED notes: code each ``notes`` text with the real pipeline and score its first event.

``dateline eval acled ../shared/eval/events/acled-2023-dev.csv``

Each note is extracted with no publication date (the system estimates it from
the text, as for any undated document). Field by field against the gold row:
event_type, sub_event_type, date, time_precision, actor1, actor2 (exact ACLED
names, case-insensitive; an empty gold actor2 is matched by none), location
within 25 km, fatalities (no figure counts as 0, ACLED's coding), geo_precision.
``losses`` says which component lost the points of the location, actor and
date fields (the stage found nothing right vs. the event picked the wrong one).

``--mode misses`` adds ``misses``: every note whose first event got the
sub-event type wrong, with the gold and predicted sub-types, for error analysis.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from dateline.eval.common import (
    acled_date, extract_texts, first_event, haversine_km, norm_name, read_acled_notes,
)

FIELDS = ("event_type", "sub_event_type", "date", "time_precision", "actor1", "actor2",
          "location_25km", "fatalities", "geo_precision")


def _int(v: str) -> Optional[int]:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def run(path: str, limit: Optional[int] = None, mode: Optional[str] = None) -> dict[str, Any]:
    rows = read_acled_notes(path, limit)
    hits: Counter[str] = Counter()
    losses: Counter[str] = Counter()
    confusion: Counter[str] = Counter()
    no_event = 0
    misses: list[dict[str, str]] = []
    items = [(r["event_id_cnty"], r["notes"]) for r in rows]
    for row, ext in zip(rows, extract_texts(items)):
        ev = first_event(ext)
        if ev is None:
            no_event += 1
            continue
        gold_sub = row["sub_event_type"].strip()
        hits["event_type"] += ev.event_type == row["event_type"].strip()
        hits["sub_event_type"] += ev.sub_event_type == gold_sub
        if ev.sub_event_type != gold_sub:
            confusion[f"{gold_sub} -> {ev.sub_event_type}"] += 1
            misses.append({"id": row["event_id_cnty"], "gold": gold_sub, "predicted": ev.sub_event_type,
                           "evidence": ev.evidence.text[:160]})
        gold_date = acled_date(row["event_date"])
        hits["date"] += ev.date == gold_date
        if ev.date != gold_date:
            values = {t.value for t in ext.timexes}
            losses["date: no timex with the gold date (time)" if gold_date not in values
                   else "date: timex found, not linked (events/time linking)"] += 1
        hits["time_precision"] += ev.time_precision == _int(row["time_precision"])
        gold_a1, gold_a2 = norm_name(row["actor1"]), norm_name(row["actor2"])
        hits["actor1"] += norm_name(ev.actor1) == gold_a1
        if norm_name(ev.actor1) != gold_a1:
            names = {norm_name(a.name) for a in ext.actors}
            losses["actor1: not among recognised actors (actors)" if gold_a1 not in names
                   else "actor1: recognised, wrong role (roles)"] += 1
        hits["actor2"] += norm_name(ev.actor2) == gold_a2
        glat, glon = float(row["latitude"]), float(row["longitude"])
        loc = ev.location
        if loc is not None and loc.lat is not None and loc.lon is not None \
                and haversine_km(loc.lat, loc.lon, glat, glon) <= 25:
            hits["location_25km"] += 1
        else:
            near = any(p.lat is not None and p.lon is not None
                       and haversine_km(p.lat, p.lon, glat, glon) <= 25 for p in ext.places)
            losses["location: no place within 25 km found (places)" if not near
                   else "location: a right place found, another chosen (location_for_span)"] += 1
        gold_fat = _int(row["fatalities"]) or 0
        hits["fatalities"] += (ev.fatalities or 0) == gold_fat
        if (ev.fatalities or 0) != gold_fat:
            losses["fatalities: " + ("missed" if not ev.fatalities else
                                     "wrong figure" if gold_fat else "figure where gold is 0")] += 1
        hits["geo_precision"] += ev.geo_precision == _int(row["geo_precision"])
    n = len(rows)
    out: dict[str, Any] = {
        "set": "acled", "path": path, "items": n, "no_event": no_event,
        "accuracy": {k: round(hits[k] / n, 4) if n else 0.0 for k in FIELDS},
        "losses": dict(losses.most_common()),
        "top_confusions": dict(confusion.most_common(15)),
    }
    if mode == "misses":
        out["misses"] = misses
    return out
