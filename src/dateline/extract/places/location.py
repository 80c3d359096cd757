"""Pick where an event happened from the places found in its document.

ACLED coders code the most specific place the report ties the event to:
"in Wa (Tominian, Segou)" is Wa (the parenthesis only names its district and
region), "near Aleppo University" or "the western countryside of Aleppo" is
Aleppo at precision 2, and a report naming only a province is coded at the
province's capital or centre at precision 3.  Without a place in the clause,
the clause inherits the nearest specific place before it in the same
paragraph, and failing that the place the document is about.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from dateline.extract.places.hotspots import hotspot_location
from dateline.model import Place, Span

# How specific a feature is: lower is more specific (a point a coder can use).
FEATURE_RANK: dict[str, int] = {
    "facility": 0, "district": 0, "neighbourhood": 0, "village": 1, "city": 1,
    "town": 1, "place": 1, "admin3": 2, "admin2": 3, "region": 4, "admin1": 4,
    "country": 5, "continent": 6,
}
POINT_RANK = 1  # ranks up to this one are a point, not an area
NOT_LOCATIONS = {"demonym", "organisation"}

# Words right before a place that move the event off it ("near X", "outskirts of X").
_NEAR_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\brural|\bclose to|\baround|\boutside(?: of)?|\boutskirts of|\bvicinity of|"
    r"\bsurroundings of|\bapproaches to|\bperiphery of|\bcountryside of|\bedge of|\bkm\b|"
    r"\bkilometres?|\bkilometers?|\bmiles?|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"(?: of| part of)?|\bpart of|\bparts of|\bareas? of|\bregion of|\bsuburbs? of)\s+(?:the\s+)?$",
    re.IGNORECASE)
# Words right after a place that do the same ("X countryside", "X outskirts", "X area").
_NEAR_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:countryside|outskirts|suburbs?|area|areas|environs|vicinity|region|"
    r"surroundings|front|frontlines?|front lines?|periphery|plains?|desert)\b",
    re.IGNORECASE)


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|on|into|of)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# A place with its divisions after it in brackets ("Wa (Tominian, Segou)").
_HIERARCHY_AFTER = re.compile(r"(?:\s+(?:city|town|village|camp|settlement|municipality))?\s*\([A-Z]")
# "coded to X", "(location coded as X, ...)", "coded to the county headquarter as X".
_CODED_TO = re.compile(r"\bcoded\s+(?:to|as)\s+(?:the\s+[\w ]{1,30}?\s+as\s+)?$", re.IGNORECASE)


@dataclass
class EventLocation:
    """Where an event happened, how precisely, and the text that says so."""

    place: Place
    geo_precision: int  # ACLED: 1 the place itself, 2 near / part of it, 3 region only
    evidence: Span


def rank(place: Place) -> int:
    return FEATURE_RANK.get(place.feature or "place", 1)


def usable(place: Place) -> bool:
    """A resolved place mention that can locate an event (not a demonym or organisation)."""
    return place.lat is not None and place.lon is not None and place.feature not in NOT_LOCATIONS


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end


def _in_parenthesis_after_place(text: str, place: Place, places: list[Place]) -> bool:
    """True for "Segou" in "Wa (Tominian, Segou)": admin context of the place before it
    (never ACLED's "City - Quarter", which is the coded place: "Hall (Seoul City - Mapo)")."""
    if " - " in place.text:
        return False
    open_at = text.rfind("(", max(0, place.start - 80), place.start)
    if open_at < 0 or ")" in text[open_at:place.start]:
        return False
    head_end = len(text[:open_at].rstrip())
    return any(p.end == head_end for p in places if p is not place)


def precision_of(text: str, place: Place) -> int:
    """ACLED geo-precision of an event coded at this mention."""
    r = rank(place)
    if r >= FEATURE_RANK["admin1"]:
        return 3
    precision = max(1, place.geo_precision)
    if r == FEATURE_RANK["admin2"] or r == FEATURE_RANK["admin3"]:
        precision = max(precision, 2)
    before = text[max(0, place.start - 40):place.start]
    after = text[place.end:place.end + 30]
    if _NEAR_BEFORE.search(before) or _NEAR_AFTER.match(after):
        precision = max(precision, 2)
    return min(precision, 3)


# Between a place and the division written after it: "Arboye, Arsi", "Al Kifl district, Babil".
_COMMA_HIERARCHY = re.compile(r"(?:\s+(?:city|town|village|district|woreda|county|municipality|"
                              r"governorate|province|region|area))?,\s*$")


def _after_comma_of_place(text: str, place: Place, mentions: list[Place]) -> bool:
    """True for "Arsi" in "coded to Arboye, Arsi, Oromia": the division of the
    mention before it (known or not), not a second location."""
    return any(m is not place and m.end <= place.start and place.start - m.end <= 12
               and _COMMA_HIERARCHY.match(text[m.end:place.start]) for m in mentions)


def _best_in(text: str, places: list[Place], mentions: Optional[list[Place]] = None) -> Optional[Place]:
    """The most specific usable place, ignoring admin context in parentheses and
    divisions written after a comma (when ``mentions``, every mention, is given)."""
    pool = [p for p in places if usable(p)]
    main = [p for p in pool if not _in_parenthesis_after_place(text, p, pool)
            and not (mentions and _after_comma_of_place(text, p, mentions))]
    pool = main or pool
    if not pool:
        return None
    # Most specific first; among equals one the text puts the event in ("in X",
    # "near X"), then the earliest.
    return min(pool, key=lambda p: (_effective_rank(text, p),
                                    not _LOCATIVE.search(text, max(0, p.start - 25), p.start), p.start))


def _reference_point(text: str, place: Place) -> bool:
    """"Idleb countryside", "Deir ez Zor desert": the text places the event in the
    area around this place, so a place named without such words is the better location."""
    return bool(_AREA_AFTER.match(text[place.end:place.end + 30]))


# Only words that make the place a wide area; "near X" or "X area" still name a
# spot ACLED codes at ("near Kreminna, Luhansk" is coded to Kreminna).
_AREA_AFTER = re.compile(r"^\s*(?:'s\s+)?(?:\w+ern\s+)?(?:countryside|outskirts|suburbs|environs|surroundings|"
                         r"periphery|desert|badia)\b", re.IGNORECASE)


def _effective_rank(text: str, place: Place) -> int:
    """A town used as a reference point ("shelled Ftireh town in Idleb countryside")
    stands for an area the size of a district: the named village beats it."""
    r = rank(place)
    return max(r, FEATURE_RANK["admin2"]) if r <= FEATURE_RANK["admin2"] and _reference_point(text, place) else r


def focus_place(places: list[Place]) -> Optional[Place]:
    """The place a document is about: its most mentioned specific place, else area."""
    pool = [p for p in places if usable(p)]
    if not pool:
        return None
    counts = Counter((p.name or p.text, p.lat, p.lon) for p in pool)

    def key(p: Place) -> tuple[int, int, int]:
        return (min(rank(p), 4), -counts[(p.name or p.text, p.lat, p.lon)], p.start)

    return min(pool, key=key)


def location_for_span(text: str, places: list[Place], start: int, end: int) -> Optional[EventLocation]:
    """Where the event described at ``text[start:end]`` happened, with its precision and evidence."""
    loc = _location_for_span(text, places, start, end)
    if loc is not None and start <= loc.place.start and loc.place.end <= end:
        # "Bohoiavlenka, Donetsk": the village is unknown and the province stands in
        # for it; the province's event hotspot is nearer than its capital.
        spot = hotspot_location(text, loc.place, [p for p in places if start <= p.start and p.end <= end])
        if spot is not None:
            return EventLocation(place=spot, geo_precision=2, evidence=loc.evidence)
    return loc


def _location_for_span(text: str, places: list[Place], start: int, end: int) -> Optional[EventLocation]:
    ordered = sorted(places, key=lambda p: p.start)
    inside = [p for p in ordered if p.start >= start and p.end <= end]
    coded = [p for p in inside if usable(p) and _CODED_TO.search(text, max(0, p.start - 60), p.start)]
    if coded:
        # ACLED's own note of where the event was coded ("Al Hamra area coded to
        # Nawa", "(location coded to Karari, Khartoum)") overrides the other places.
        # Coders say so mostly when the event was near the coded place (precision 2 in
        # two thirds of the training rows that say it).
        return _located(text, coded[0], max(2, precision_of(text, coded[0])))
    usable_inside = [p for p in inside if usable(p)]
    heads = [p for p in usable_inside if rank(p) <= POINT_RANK
             and (_HIERARCHY_AFTER.match(text, p.end) or " - " in p.text)  # or "City - Quarter"
             and not _in_parenthesis_after_place(text, p, usable_inside)]
    # ACLED writes the coded place with its divisions: "Casablanca (Casablanca,
    # Casablanca-Settat)", "Gazipur city (Gazipur Sadar, Dhaka)"; other towns in
    # the note (a mosque's, a crossing's) are detail.
    # "City - Quarter" is always ACLED's coded place: "Hyehwa Station (Seoul City - Jongno)".
    quarters = [p for p in heads if " - " in p.text]
    consistent = [p for p in inside if not _outvoted(p, usable_inside)]
    chosen = _best_in(text, quarters) or _best_in(text, heads) or _best_in(text, consistent, inside)
    if chosen is not None and rank(chosen) <= FEATURE_RANK["admin2"]:
        return _located(text, chosen, precision_of(text, chosen))
    # The clause names at most a region: a specific place earlier in the paragraph
    # that lies in that region is the better reading (ACLED codes the town).
    p_start, _ = _paragraph_bounds(text, start)
    before = [p for p in ordered if p_start <= p.start and p.end <= start and usable(p)
              and rank(p) <= FEATURE_RANK["admin2"]]
    if chosen is not None:
        same_area = [p for p in before if _within(p, chosen)]
        if same_area:
            near = same_area[-1]
            return _located(text, near, max(2, precision_of(text, near)))
        return _located(text, chosen, precision_of(text, chosen))
    if before:
        near = _preceding_location(text, before, [p for p in ordered if p_start <= p.start and p.end <= start])
        return _located(text, near, precision_of(text, near))
    focus = focus_place(ordered)
    if focus is None:
        return None
    return _located(text, focus, max(2, precision_of(text, focus)))


def _preceding_location(text: str, before: list[Place], mentions: list[Place]) -> Place:
    """The place an earlier sentence of the paragraph gave the events: ACLED's coded place
    with its divisions ("in Sokolo (Niono, Segou). One civilian was killed"), else the
    nearest place that is not the division of another ("Salto (Sao Paulo)")."""
    heads = [p for p in before if rank(p) <= POINT_RANK and (_HIERARCHY_AFTER.match(text, p.end) or " - " in p.text)
             and not _in_parenthesis_after_place(text, p, before)]
    if heads:
        return heads[-1]
    main = [p for p in before if not _in_parenthesis_after_place(text, p, before)
            and not _after_comma_of_place(text, p, mentions)]
    return (main or before)[-1]


def _outvoted(place: Place, pool: list[Place]) -> bool:
    """A town resolved into a first-level division no other place of the clause is in,
    while two or more of them agree on another division of the same country
    ("Culiacan Rosales, Sinaloa ... La Primavera dam" read as Jalisco's dam): a
    misreading of a local name, not the event's place."""
    if rank(place) > FEATURE_RANK["admin3"] or not place.admin1 or not place.country_code:
        return False
    # Distinct names vote once: "Mexico ... the state of Mexico" is one voice.
    votes = Counter(a1 for _name, a1 in {(p.name or p.text, p.admin1) for p in pool
                                         if p is not place and p.admin1 and (p.name or p.text) != place.name
                                         and p.country_code == place.country_code})
    return votes[place.admin1] == 0 and any(n >= 2 for n in votes.values())


def _within(place: Place, area: Place) -> bool:
    if area.feature == "country":
        return place.country_code is not None and place.country_code == area.country_code
    if area.feature in ("admin1", "region"):
        return (place.country_code == area.country_code and place.admin1 is not None
                and place.admin1 == area.admin1)
    return False


def _located(text: str, place: Place, precision: int) -> EventLocation:
    return EventLocation(place=place, geo_precision=precision,
                         evidence=Span(place.start, place.end, text[place.start:place.end]))
