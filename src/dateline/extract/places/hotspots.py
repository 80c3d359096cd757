"""Where each province's events cluster, for villages no source knows.

"Russian forces shelled Bohoiavlenka, Donetsk" or "shelled Milaja town in Idleb
countryside": the village is in no gazetteer here, so the province is all the note
gives.  Its capital or representative point may be 50-100 km from the fighting;
the point where most of the province's ACLED training events lie within 25 km
(``data/gazetteer_hotspots.tsv``, built by ``scripts/build_gazetteer_hotspots.py``)
is the better guess when it covers clearly more of them than the biggest town
(at least 20 training events, and 10 points more of them within 25 km).
"""
from __future__ import annotations

import csv
import re
import threading
from dataclasses import dataclass, replace
from typing import Optional

from dateline.extract.places.names import fold
from dateline.model import Place
from dateline.paths import PACKAGE_DATA

HOTSPOTS_FILE = PACKAGE_DATA / "gazetteer_hotspots.tsv"
MARGIN = 0.10  # share of the division's events the hotspot must cover beyond its biggest town
MIN_EVENTS = 20  # fewer training events are too few to trust that margin

# What may stand between an unknown place and the province written after it:
# "Bohoiavlenka, Donetsk", "Milaja town in Idleb", "Ain Ali area in Mahkan badia in
# Deir ez Zor", "Letele (Dilouki, Ngaoundaye, Ouham-Pende".
_TIED = re.compile(r"(?:\s+(?:town|village|area|city|camp|hamlet|settlement|district|neighbourhood|region))?"
                   r"(?:\s*,\s*|\s*\(|\s+(?:in|of)\s+(?:the\s+)?)(?:[^.;()]{0,40}?\s+(?:in|of)\s+(?:the\s+)?)?$")


@dataclass(frozen=True)
class Hotspot:
    lat: float
    lon: float
    events: int  # training events in the division
    share: float  # share of them within 25 km of the point
    capital_share: float  # share within 25 km of the division's biggest town

    @property
    def better_than_capital(self) -> bool:
        """Whether the point covers clearly more of the events than the biggest town
        (Sanliurfa's events are in Sanliurfa city; Idlib's along the front)."""
        return self.events >= MIN_EVENTS and self.share >= self.capital_share + MARGIN


_lock = threading.Lock()
_table: Optional[dict[tuple[str, str], Hotspot]] = None


def hotspots() -> dict[tuple[str, str], Hotspot]:
    """(country code, folded GeoNames admin1 name) -> hotspot; loaded once."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[tuple[str, str], Hotspot] = {}
                if HOTSPOTS_FILE.exists():
                    with HOTSPOTS_FILE.open(encoding="utf-8", newline="") as fh:
                        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                            table[(row["cc"], fold(row["admin1_name"]))] = Hotspot(
                                float(row["lat"]), float(row["lon"]), int(row["events"]),
                                float(row["share_25km"]), float(row["capital_share_25km"]))
                _table = table
    return _table


def stands_for_province(place: Place) -> bool:
    """A first-level division, or the city that shares its name (Aleppo, Donetsk)."""
    if place.feature in ("admin1", "region"):
        return True
    return (place.feature in ("city", "town") and place.admin1 is not None
            and fold(place.name or place.text) == fold(place.admin1))


def unknown_place_before(text: str, area: Place, places: list[Place]) -> Optional[Place]:
    """An unresolved place mention the note ties to ``area`` ("X, Area", "X town in Area")."""
    for p in places:
        if (p.lat is None and p.end <= area.start and area.start - p.end <= 70
                and p.feature not in ("demonym", "organisation", "facility") and p.text[:1].isupper()
                and _TIED.match(text[p.end:area.start])):
            return p
    return None


def hotspot_location(text: str, area: Place, places: list[Place]) -> Optional[Place]:
    """The province's event hotspot named after the unknown village in it, when the
    note ties such a village to ``area`` and the province has a hotspot."""
    if not stands_for_province(area) or area.country_code is None or area.admin1 is None:
        return None
    spot = hotspots().get((area.country_code, fold(area.admin1)))
    if spot is None or not spot.better_than_capital:
        return None
    village = unknown_place_before(text, area, places)
    if village is None:
        return None
    return replace(area, name=village.text, lat=spot.lat, lon=spot.lon, geonameid=None,
                   feature="admin1", geo_precision=2)
