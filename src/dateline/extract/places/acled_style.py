"""Place names written the way ACLED notes write them.

ACLED's coders name the coded place in a few fixed shapes that the small
spaCy model often tags as persons or organisations, or not at all:

- a quarter of a city, city first: "Sanaa - Faj Attan (Bani Matar)",
  "Al Hudaydah - Shari al Mina", "(Seoul City - Jongno)";
- the place an event was coded to: "Jabal Ash Sharq district (coded to Al Jumah)";
- a settlement called so: "in As-Sweida city", "in Aktobe city of Aqtobe region".

Each function returns ``(start, end, label)`` spans like the other recognisers;
the resolver then treats them as any other mention.
"""
from __future__ import annotations

import re

from dateline.extract.places import patterns as pat
from dateline.extract.places.gazetteer import Gazetteer

_SETTLEMENTS = ("city", "town", "place", "village")

# "Sanaa - Faj Attan", "Seoul City - Jung", "Washington DC - Northwest".
# Followed by its brackets or the end of the clause: "ATLANTA - A former pastor" is a dateline.
_CITY_QUARTER = re.compile(r"(?<![\w-])(" + pat.NAMES + r")\s+-\s+(" + pat.NAMES + r")(?=\s*[(),.;])")
_TOWN_WORDS = re.compile(r"\s+(?:City|DC|D\.C\.)$")
# "coded to Al Jumah", "(location coded as Karari, Khartoum)".
_CODED_TO = re.compile(r"\bcoded\s+(?:to|as)\s+(?:the\s+[\w ]{1,30}?\s+as\s+)?(" + pat.NAMES + r")")
# "As-Sweida city", "Aktobe city", "Gazipur city": lowercase "city" after a name.
_NAME_CITY = re.compile(r"(?<![\w-])(" + pat.NAMES + r")\s+city\b")


# Words that start a sentence or a noun phrase, not a name: "The city", "Any city".
_NOT_NAMES = frozenset("the a an any this that these those every each no one our your their his her its "
                       "which what some another other".split())


def _name_like(name: str) -> bool:
    return name.split()[0].lower() not in _NOT_NAMES and not name.isupper()


def city_of_quarter(gaz: Gazetteer, name: str) -> tuple[int, ...]:
    """Entries of the city in ACLED's "City - Quarter" (the quarter is rarely in
    any gazetteer; the city is, and lies within a few kilometres of it)."""
    city = name.split(" - ", 1)[0].strip()
    cands = gaz.lookup(city) or gaz.lookup(_TOWN_WORDS.sub("", city))
    towns = tuple(i for i in cands if gaz.feature[i] in _SETTLEMENTS)
    return towns or cands


def acled_spans(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """Spans of place names in ACLED's fixed shapes (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    for m in _CITY_QUARTER.finditer(text):
        # Only when the first part is a known town: "Israel - Hamas" is no quarter.
        if _name_like(m.group(1)) and _name_like(m.group(2)) \
                and not any(gaz.feature[i] in ("country", "region") for i in gaz.lookup(m.group(1))) \
                and any(gaz.feature[i] in _SETTLEMENTS for i in city_of_quarter(gaz, m.group(0))):
            out.append((m.start(1), m.end(2), "PAT"))
    for m in _CODED_TO.finditer(text):
        out.append((m.start(1), m.end(1), "PAT"))
    for m in _NAME_CITY.finditer(text):
        if _name_like(m.group(1)) and (gaz.lookup(m.group(1)) or gaz.lookup_fuzzy(m.group(1))):
            out.append((m.start(1), m.end(1), "PAT"))
    return out


def acronym(gaz: Gazetteer, name: str) -> bool:
    """An organisation's acronym ("SADD", "KCTU") rather than a place, unless the
    gazetteer knows it as a country or first-level division ("UAE", "DRC")."""
    return (name.isupper() and len(name) <= 6 and "." not in name
            and not any(gaz.feature[i] in ("country", "admin1") for i in gaz.lookup(name)))
