"""Tie an event to its date, place, actors and figures, through the other stages' APIs.

Each stage owns its own reading (``dateline.extract.time.date_for_span``,
``dateline.extract.places.location_for_span``, ``dateline.extract.actors.assign_roles``,
``dateline.extract.figures.fatalities_for``); this module calls them and copies
their answers into the ``Event``. A failure in one of them fails the events
stage of that document, which the pipeline records in ``Extraction.errors``.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc
from spacy.tokens import Token

from dateline.extract.actors import RolePair, assign_roles
from dateline.extract.actors.roles.words import REPORTING_VERBS
from dateline.extract.figures import fatalities_for
from dateline.extract.places import location_for_span
from dateline.extract.places.gazetteer import haversine_km
from dateline.extract.time import date_for_span
from dateline.model import ActorMention, Event, Extraction, Location, Span

# A disrupted attack is coded from the interceptor's side: actor1 shot the
# projectile down, actor2 launched it.
INTERCEPTION = "Disrupted weapons use"
# Word forms, not lemmas: the shipped spaCy pipeline has no lemmatizer.
_LAUNCH_VERBS = {"launch", "launched", "launches", "launching", "fire", "fired", "fires", "firing",
                 "send", "sent", "lobbed", "dropped"}
_PROJECTILES = {"rocket", "rockets", "missile", "missiles", "drone", "drones", "projectile",
                "projectiles", "shell", "shells", "mortar", "mortars", "uav", "uavs", "aircraft"}


def _dct_for_dating(ext: Extraction) -> Optional[str]:
    """The report's date; without a full one, its estimated year or month (``YYYY``/``YYYY-MM``).

    ``date_for_span`` uses a coarse estimate only as a last resort, giving the
    period at precision 3 (still a YYYY-MM-DD first day in ``date``).
    """
    if ext.reference_date:
        return ext.reference_date
    est = ext.published_estimate
    return est.value if est is not None and est.value else None


def link_date(event: Event, ext: Extraction, text: str, start: int, end: int) -> None:
    found = date_for_span(text, ext.timexes, start, end, _dct_for_dating(ext))
    if found is not None and found.date:
        event.date = found.date
        event.date_end = found.date_end
        event.time_precision = int(found.precision or 1)
        event.date_evidence = found.evidence
    elif ext.reference_date:
        # No date in the text: a report is about its own day (or the day
        # before); ACLED then codes the report date, less precisely.
        event.date = ext.reference_date
        event.time_precision = 2


def link_location(event: Event, ext: Extraction, text: str, start: int, end: int) -> None:
    found = location_for_span(text, ext.places, start, end)
    if found is not None and found.place is not None:
        event.location = Location.from_place(found.place)
        event.geo_precision = int(found.geo_precision)
        event.location_evidence = found.evidence


_THE_CITY = re.compile(r"\bthe city(?:'s)?\b|\bcity cent(?:er|re)\b", re.I)
# How far a city may lie from a facility the sentence named for it to be that facility's city.
FACILITY_CITY_KM = 30.0


def city_for_facility(event: Event, ext: Extraction, text: str, clause: tuple[int, int]) -> None:
    """The event's own clause says "the city" while the place found is a facility named
    in another clause ("closed Aleppo airport ... amid reports that rebel forces have
    reached the city center"): the city is the one the report names near that facility."""
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None or not _THE_CITY.search(text, *clause):
        return
    facility = next((p for p in ext.places if event.location_evidence is not None
                     and p.start == event.location_evidence.start and p.feature == "facility"), None)
    if facility is None or clause[0] <= facility.start < clause[1]:
        return
    cities = [p for p in ext.places if p.feature == "city" and p.lat is not None and p.lon is not None
              and haversine_km(loc.lat, loc.lon, p.lat, p.lon) <= FACILITY_CITY_KM]
    if cities:
        city = min(cities, key=lambda p: abs(p.start - facility.start))
        event.location, event.geo_precision = Location.from_place(city), 1
        event.location_evidence = Span(city.start, city.end, city.text)


def _mention_span(mention: Optional[ActorMention]) -> Optional[Span]:
    if mention is None or mention.end <= mention.start:
        return None  # inferred actor: no span in the text
    return mention.span()


def link_actors(event: Event, ext: Extraction, sdoc: Doc, start: int, end: int,
                trigger_index: Optional[int]) -> RolePair:
    roles = assign_roles(sdoc, start, end, ext.actors, trigger_index)
    if roles.actor1 is not None and roles.actor1.kind == "civilians" and event.event_type in _ARMED_TYPES \
            and _reports(sdoc, roles.actor1):
        # "Residents said they sheltered as mortar rounds landed": witnesses who tell of
        # shelling or strikes are no attackers (a crowd that riots is another type).
        roles = RolePair(None, roles.actor2)
    if roles.actor2 is not None and roles.actor2.kind == "civilians" and _reports(sdoc, roles.actor2):
        roles = RolePair(roles.actor1, None)  # "..., residents said": the source, never the target
    if roles.actor1 is not None:
        event.actor1, event.actor1_mention = roles.actor1.name, _mention_span(roles.actor1)
    if roles.actor2 is not None:
        event.actor2, event.actor2_mention = roles.actor2.name, _mention_span(roles.actor2)
    return roles


_ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _reports(sdoc: Doc, mention: ActorMention) -> bool:
    """Is the mention the subject of a reporting verb ("residents said")?"""
    tokens = _tokens_of(sdoc, mention)
    if any(t.dep_ == "nsubj" and t.head.lower_ in REPORTING_VERBS for t in tokens):
        return True
    if not tokens:
        return False
    # "..., residents and a monitoring group said.": the parse may hang them elsewhere
    j = tokens[-1].i + 1
    while j < len(sdoc) and j - tokens[-1].i <= 6 and sdoc[j].pos_ in ("CCONJ", "DET", "NOUN", "PROPN", "ADJ"):
        j += 1
    return j < len(sdoc) and sdoc[j].lower_ in REPORTING_VERBS and sdoc[j].tag_.startswith("VB")


def actor2_from_other_triggers(event: Event, ext: Extraction, sdoc: Doc, start: int, end: int,
                               roles: RolePair, trigger_indices: list[int]) -> None:
    """With no target at the chosen trigger, the sentence's other event words may name
    it for the same actor: "the army broke through rebel lines, reaching two towns"
    (typed by "reaching", whose clause names no loser)."""
    if event.actor2 is not None or roles.actor1 is None:
        return
    for index in trigger_indices:
        other = assign_roles(sdoc, start, end, ext.actors, index)
        if other.actor1 is roles.actor1 and other.actor2 is not None and other.actor2.name != roles.actor1.name:
            event.actor2, event.actor2_mention = other.actor2.name, _mention_span(other.actor2)
            return


def _tokens_of(sdoc: Doc, mention: ActorMention) -> list[Token]:
    span = sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    return list(span) if span is not None else []


def is_launcher(sdoc: Doc, mention: Optional[ActorMention]) -> bool:
    """Whether the actor is named as who launched a projectile.

    "a drone launched by the Houthis", "rockets fired from Gaza by Hamas",
    "a Houthi missile", "Hamas's rockets": the actor hangs from a launch verb
    or from the projectile noun itself.
    """
    if mention is None or mention.end <= mention.start:
        return False
    for tok in _tokens_of(sdoc, mention):
        node: Token = tok
        for _ in range(4):  # a few steps up: "by" -> "the Houthis" -> "launched"
            if node.head.i == node.i:
                break
            parent = node.head
            if parent.lower_ in _LAUNCH_VERBS and node.dep_ in ("agent", "pobj", "prep", "nsubj"):
                return True
            if parent.lower_ in _LAUNCH_VERBS and parent.dep_ in ("acl", "relcl"):
                return True
            if parent.lower_ in _PROJECTILES and node.dep_ in ("compound", "amod", "poss", "nmod"):
                return True
            if parent.pos_ in ("VERB", "AUX") and parent.lower_ not in _LAUNCH_VERBS:
                break
            node = parent
    return False


def orient_interception(event: Event, roles: Optional[RolePair], sdoc: Doc) -> None:
    """For a disrupted weapons use, make actor1 the interceptor and actor2 the launcher.

    The actors stage reads roles from the parse without the sub-type: in
    "a missile fired by the Houthis was intercepted" the Houthis come out as
    the one who acted. Only the sub-type says the launch was the target.
    """
    if event.sub_event_type != INTERCEPTION or roles is None:
        return
    a1, a2 = roles.actor1, roles.actor2
    if a1 is None or not is_launcher(sdoc, a1) or (a2 is not None and is_launcher(sdoc, a2)):
        return
    event.actor1, event.actor1_mention = (a2.name, _mention_span(a2)) if a2 is not None else (None, None)
    event.actor2, event.actor2_mention = a1.name, _mention_span(a1)


def link_figures(event: Event, ext: Extraction, start: int, end: int) -> None:
    event.figures = [f for f in ext.figures if f.start >= start and f.end <= end]
    event.fatalities = fatalities_for(ext.figures, start, end)
    attributions = [f.attribution for f in event.figures if f.attribution]
    if attributions and not event.source_attribution:
        event.source_attribution = attributions[0]
