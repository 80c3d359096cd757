"""Fused events as rows in ACLED's export format (column names and order).

What the event knows is copied; what ACLED derives from it (disorder type,
actor category codes, interaction, ISO number, country, region) is derived
here; what Dateline never learns (admin2/admin3, source scale) is left empty.
"""
from __future__ import annotations

import csv
import re
import time
from functools import lru_cache
from typing import Optional, TextIO

from dateline.export.countries import CountryInfo, alpha2_for_name, country_info
from dateline.model import FusedEvent
from dateline.paths import PACKAGE_DATA

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

# ACLED's disorder type of each event type (excessive force against protesters is both).
DISORDER_BY_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
BOTH_DISORDERS = "Political violence; Demonstrations"

# ACLED's numeric actor categories ("inter" codes).
STATE, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)

_STATE_RE = re.compile(r"^(Military|Police|Naval|Air|Security|Prison|Border) Forces of (?P<country>[^(]+)")
_REBEL_RE = re.compile(
    r"\b(rebels?|insurgents?|islamic state|isis|isil|hayat tahrir|hts|taliban|al[- ]shabaa?b|boko haram|"
    r"jnim|iswap|liberation (army|front)|free syrian army|opposition (forces|fighters|groups?)|"
    r"mujahideen|jihadists?|al[- ]qaeda|national army|resistance|operation room|dissidents?|"
    r"rapid support forces)\b", re.I)
_IDENTITY_RE = re.compile(r"\b(communal|ethnic|clan|tribal|identity|vigilantes?)\b", re.I)


def inter_code(actor: Optional[str], event_country: Optional[CountryInfo]) -> int:
    """ACLED's category code for a normalised actor name (0 when there is no actor)."""
    if not actor:
        return 0
    name = actor.strip()
    low = name.lower()
    if low.startswith("civilians"):
        return CIVILIANS
    if low.startswith("protesters"):
        return PROTESTERS
    if low.startswith("rioters"):
        return RIOTERS
    state = _STATE_RE.match(name)
    if state or low.startswith("government of"):
        # State forces acting outside their own country are "external" in ACLED.
        owner = (state.group("country") if state else name[len("government of"):]).strip().lower()
        if event_country and owner and owner not in (event_country.name.lower(), event_country.alpha3.lower()):
            foreign = country_info(alpha2_for_name(owner))
            if foreign is not None and foreign.alpha2 != event_country.alpha2:
                return EXTERNAL
        return STATE
    if low.startswith(("unidentified military forces", "private security", "united nations", "nato")):
        return EXTERNAL
    known = _kind_of_known_actor(name)
    if known is not None:
        if known == POLITICAL_MILITIA and _IDENTITY_RE.search(name):
            return IDENTITY_MILITIA
        return known
    if _REBEL_RE.search(name):
        return REBEL
    if _IDENTITY_RE.search(name):
        return IDENTITY_MILITIA
    return POLITICAL_MILITIA  # ACLED's default for a named non-state armed actor


# Kinds of the actor table (ACLED names learned from ACLED rows) as inter codes;
# "other" is left to the name rules below.
_KIND_CODES = {"state": STATE, "rebel": REBEL, "militia": POLITICAL_MILITIA, "rioters": RIOTERS,
               "protesters": PROTESTERS, "civilians": CIVILIANS, "external": EXTERNAL}


@lru_cache(maxsize=1)
def _actor_kinds() -> dict[str, int]:
    """ACLED actor name (and the name without its period) -> inter code, from the shipped table."""
    path = PACKAGE_DATA / "actors_names.tsv"
    kinds: dict[str, int] = {}
    if not path.exists():
        return kinds
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2 or cols[1] not in _KIND_CODES:
                continue
            kinds.setdefault(cols[0].lower(), _KIND_CODES[cols[1]])
            kinds.setdefault(_PERIOD_RE.sub("", cols[0]).strip().lower(), _KIND_CODES[cols[1]])
    return kinds


_PERIOD_RE = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?)\)")


def _kind_of_known_actor(name: str) -> Optional[int]:
    kinds = _actor_kinds()
    low = name.lower()
    return kinds.get(low) or kinds.get(_PERIOD_RE.sub("", low).strip())


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: lower code first; a lone actor is N0."""
    if not inter1:
        return inter2 * 10
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _event_id_cnty(fe: FusedEvent, country: Optional[CountryInfo]) -> str:
    prefix = country.alpha3 if country and country.alpha3 else "XXX"
    ident = re.sub(r"[^0-9A-Za-z]+", "", fe.event_id)
    return prefix + ident if ident.isdigit() else f"{prefix}-{ident or 'event'}"


def _notes(fe: FusedEvent) -> str:
    """The evidence: the merged event's sentence, then each other source's own wording."""
    seen: list[str] = []
    main = " ".join(fe.event.evidence.text.split())
    if main:
        seen.append(main)
    for src in fe.sources:
        text = " ".join(src.evidence.text.split())
        if text and text not in seen:
            seen.append(text)
    return " | ".join(seen)


def _tags(fe: FusedEvent) -> str:
    tags: list[str] = []
    if fe.contested:
        tags.append("contested")
    for claim in fe.claims:
        who = claim.source or claim.doc_id
        tags.append(f"{claim.field}={claim.value} ({who}, {claim.stance})")
    if fe.story_id:
        tags.append(f"story={fe.story_id}")
    return "; ".join(tags)


def acled_row(fe: FusedEvent, timestamp: Optional[int] = None) -> dict[str, object]:
    """One fused event as an ACLED row (column name to value)."""
    ev = fe.event
    loc = ev.location
    country = country_info(loc.country_code) if loc else None
    inter1 = inter_code(ev.actor1, country)
    inter2 = inter_code(ev.actor2, country)
    disorder = DISORDER_BY_TYPE.get(ev.event_type, "")
    if ev.sub_event_type == "Excessive force against protesters":
        disorder = BOTH_DISORDERS
    elif ev.sub_event_type == "Violent demonstration":  # a riot that is a demonstration
        disorder = "Demonstrations"
    civilian_targeting = ("Civilian targeting" if inter2 == CIVILIANS and disorder.startswith("Political violence")
                          else "")
    sources = []
    for s in fe.sources:
        name = s.source or s.doc_id
        if name not in sources:
            sources.append(name)
    return {
        "event_id_cnty": _event_id_cnty(fe, country),
        "event_date": ev.date or "",
        "year": ev.date[:4] if ev.date else "",
        "time_precision": ev.time_precision,
        "disorder_type": disorder,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1 or "",
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": ev.actor2 or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "civilian_targeting": civilian_targeting,
        "iso": country.numeric if country else "",
        "region": country.region if country else "",
        "country": country.name if country else (loc.country_code or "" if loc else ""),
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": f"{loc.lat:.4f}" if loc and loc.lat is not None else "",
        "longitude": f"{loc.lon:.4f}" if loc and loc.lon is not None else "",
        "geo_precision": ev.geo_precision,
        "source": "; ".join(sources),
        "source_scale": "",
        "notes": _notes(fe),
        "fatalities": ev.fatalities if ev.fatalities is not None else 0,
        "tags": _tags(fe),
        "timestamp": int(time.time()) if timestamp is None else timestamp,
    }


def write_acled(events: list[FusedEvent], out: TextIO, timestamp: Optional[int] = None) -> None:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    stamp = int(time.time()) if timestamp is None else timestamp
    for fe in events:
        writer.writerow(acled_row(fe, stamp))
