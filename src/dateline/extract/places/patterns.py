"""Textual cues around a place name: suffixes, hierarchy, nearness and facilities.

Used both for mentions recognition finds and for spans a caller gives; every
function reads the raw text around ``[start, end)`` and returns plain values.
"""
from __future__ import annotations

import re
from typing import Optional

# A place name as ACLED notes and news write it: capitalised words, Arabic
# articles and connectors ("al-Bab", "Deir ez Zor", "Tal Abu Zayn").
_NAME = r"(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
NAMES = _NAME + r"(?:\s+(?:(?:al|el|an|ad|ar|as|ash|at|az|ez|es|ech|ul|um|umm|de|la|bin|bint|ibn|abu)\s+)?" \
    + _NAME + r"){0,3}"

# Patterns used with .match(text, pos) carry no "^": it would anchor at 0, not pos.
# AP-style and postal abbreviations of US states -> GeoNames admin1 code.
US_STATE_ABBREV: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "Penn.": "PA",
    "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT",
    "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}
US_POSTAL = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
             "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
             "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
             "VA", "WA", "WV", "WI", "WY", "DC"}

# Suffix word -> the feature it makes of the name before it.
SUFFIX_FEATURE: dict[str, str] = {
    "county": "admin2", "parish": "admin2", "borough": "admin2", "township": "admin3",
    "district": "admin2", "districts": "admin2", "subdistrict": "admin3", "sub-district": "admin3",
    "province": "admin1", "governorate": "admin1", "state": "admin1", "oblast": "admin1",
    "region": "admin1", "prefecture": "admin1", "municipality": "admin2",
    "city": "city", "town": "city", "village": "village", "neighbourhood": "district",
    "neighborhood": "district", "quarter": "district",
}
_SUFFIX_RE = re.compile(r"\s+(" + "|".join(sorted(SUFFIX_FEATURE, key=len, reverse=True)) + r")\b",
                        re.IGNORECASE)
_BEFORE_KIND = re.compile(
    r"\b(?:the\s+)?(?:(?:small|northern|southern|eastern|western|central|rebel-held|besieged|"
    r"government-held|strategic|key|nearby|border|coastal|ancient|kurdish|christian|"
    r"predominantly \w+)\s+)*"
    r"(town|city|village|district|neighbourhood|neighborhood|suburb|province|governorate|"
    r"region|area|hamlet|camp|municipality|county)\s+of\s+$", re.IGNORECASE)
KIND_FEATURE = {"town": "city", "city": "city", "village": "village", "hamlet": "village",
                "district": "district", "neighbourhood": "district", "neighborhood": "district",
                "suburb": "district", "province": "admin1", "governorate": "admin1", "region": "admin1",
                "area": "", "camp": "", "municipality": "admin2", "county": "admin2"}
_NEAR_AFTER = re.compile(r"\s*(?:'s\s+)?(?:\w+ern\s+)?(countryside|outskirts|suburbs|environs|"
                         r"vicinity|periphery|surroundings)\b", re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"(?:\bnear|\bnearby|\brural|\boutside|\boutskirts of|\bvicinity of|\baround|"
                          r"\bcountryside of|\bkm (?:\w+ )?(?:of|from)|\bkilomet(?:re|er)s? (?:\w+ )?"
                          r"(?:of|from)|\bmiles? (?:\w+ )?(?:of|from)|\b(?:north|south|east|west)"
                          r"(?:-?(?:east|west))? of)\s+(?:the\s+)?$", re.IGNORECASE)
FACILITY_AFTER = re.compile(r"(\s+(?:International\s+|Military\s+|military\s+|international\s+)?"
                            r"(?:[Aa]irport|[Aa]irbase|[Aa]ir [Bb]ase|[Uu]niversity|[Hh]ospital|"
                            r"[Pp]rison|[Dd]am|[Rr]efinery|[Ss]tadium|[Pp]ort|[Cc]itadel|[Ss]quare))\b")
FACILITY_OF_BEFORE = re.compile(r"(?:University|Port|Citadel|Governor|Bank|Mayor|College|Museum|"
                                r"Archdiocese|Diocese|Church|Republic|Bishop|Emir) of\s+(?:the\s+)?$")


def suffix_after(text: str, end: int) -> Optional[tuple[int, str]]:
    """("Idlib") " province" -> (end of the suffix, "admin1")."""
    m = _SUFFIX_RE.match(text, end, min(len(text), end + 24))
    if not m:
        return None
    return m.end(), SUFFIX_FEATURE[m.group(1).lower()]


def kind_before(text: str, start: int) -> Optional[str]:
    """"the town of " before the name -> "city"; "" when a kind without a feature."""
    m = _BEFORE_KIND.search(text, max(0, start - 80), start)
    return KIND_FEATURE[m.group(1).lower()] if m else None


def near_cue(text: str, start: int, end: int) -> bool:
    """"near X", "north of X", "X countryside": the place is a reference point."""
    return bool(_NEAR_BEFORE.search(text, max(0, start - 40), start)
                or _NEAR_AFTER.match(text, end, min(len(text), end + 30)))


def facility_after(text: str, end: int) -> Optional[int]:
    """End of "airport", "University" ... right after the name, if present."""
    m = FACILITY_AFTER.match(text, end, min(len(text), end + 40))
    return m.end() if m else None


def inside_of_name(text: str, start: int) -> bool:
    """"University of X", "Governor of X": X names an institution or office, not a place mention."""
    return bool(FACILITY_OF_BEFORE.search(text, max(0, start - 40), start))


_KIND_WORD = r"(?:\s+(?:city|town|village|district|subdistrict|camp|area|governorate|province|county|region))?"
_COMMA_NEXT = re.compile(_KIND_WORD + r",\s*((?:[A-Z][\w'’\-]*\.?)(?:\s+[A-Z][\w'’\-]*\.?){0,2})")
_PAREN_NEXT = re.compile(_KIND_WORD + r"\s*\(([A-Z][^()\n]{1,80})\)")


def comma_context(text: str, end: int) -> list[tuple[int, int, str]]:
    """"Alexandria, La." -> candidate spans for a state or country written after
    the name: one to three capitalised words, longest first."""
    m = _COMMA_NEXT.match(text, end, min(len(text), end + 40))
    if not m:
        return []
    out: list[tuple[int, int, str]] = []
    words = list(re.finditer(r"\S+", m.group(1)))
    for k in range(len(words), 0, -1):
        part = m.group(1)[:words[k - 1].end()]
        out.append((m.start(1), m.start(1) + len(part), part))
    return out


def paren_context(text: str, end: int) -> list[tuple[int, int, str]]:
    """"Wa (Tominian, Segou)" -> the spans of "Tominian" and "Segou"."""
    m = _PAREN_NEXT.match(text, end, min(len(text), end + 90))
    if not m:
        return []
    out: list[tuple[int, int, str]] = []
    pos = m.start(1)
    for part in m.group(1).split(","):
        raw = part.strip()
        s = text.index(raw, pos) if raw else pos
        pos = s + len(raw)
        if raw and raw[0].isupper() and len(raw.split()) <= 4:
            out.append((s, s + len(raw), raw))
    return out


# "Milaja town in Idleb countryside", "Hosh Arab town in rural Damascus": the
# province (named by its city) the place lies in.
_COUNTRYSIDE = re.compile(r"(?:\s+(?:town|village|city|area|camp))?\s+in\s+(?:the\s+)?(?:(?:\w+ern|rural)\s+)?"
                          r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})(?:'s)?\s+(?:\w+ern\s+)?countryside\b")


def countryside_of(text: str, end: int) -> Optional[str]:
    """"X town in Idleb countryside" -> "Idleb" (for the name ending at ``end``)."""
    m = _COUNTRYSIDE.match(text, end, min(len(text), end + 80))
    return m.group(1) if m else None


def paren_whole(text: str, end: int) -> Optional[str]:
    """The whole text of the brackets right after a name, or None."""
    m = _PAREN_NEXT.match(text, end, min(len(text), end + 90))
    return m.group(1).strip() if m else None


def state_code(word: str) -> Optional[str]:
    w = word.strip()
    if w in US_STATE_ABBREV:
        return US_STATE_ABBREV[w]
    if w.rstrip(".") in US_POSTAL and w.isupper():
        return w.rstrip(".")
    return None
