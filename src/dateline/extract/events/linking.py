"""Tie an event to its date, place, actors and figures, through the other stages' APIs.

Each stage owns its own reading (``dateline.extract.time.date_for_span``,
``dateline.extract.places.location_for_span``, ``dateline.extract.actors.assign_roles``,
``dateline.extract.figures.fatalities_for``); this module only calls them and
copies their answers into the ``Event``. A stage whose API is missing (an older
checkout) or fails leaves its fields empty rather than losing the event.
"""
from __future__ import annotations

import importlib
import logging
from typing import Any, Callable, Optional

from spacy.tokens import Doc

from dateline.model import ActorMention, Event, Extraction, Location, Span

log = logging.getLogger(__name__)

_missing: set[str] = set()


def _api(module: str, name: str) -> Optional[Callable[..., Any]]:
    """The named function of another stage, or None when that stage does not provide it."""
    try:
        fn = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        if f"{module}.{name}" not in _missing:
            log.warning("%s.%s not available: event field left empty", module, name)
            _missing.add(f"{module}.{name}")
        return None
    return fn if callable(fn) else None


def _call(module: str, name: str, *args: Any) -> Any:
    fn = _api(module, name)
    if fn is None:
        return None
    try:
        return fn(*args)
    except Exception:  # another stage's bug must not lose the event
        log.exception("%s.%s failed", module, name)
        return None


def link_date(event: Event, ext: Extraction, text: str, start: int, end: int) -> None:
    dct = ext.reference_date
    found = _call("dateline.extract.time", "date_for_span", text, ext.timexes, start, end, dct)
    if found is not None and getattr(found, "date", None):
        event.date = found.date
        event.date_end = getattr(found, "date_end", None)
        event.time_precision = int(getattr(found, "precision", 1) or 1)
        event.date_evidence = getattr(found, "evidence", None)
    elif dct:
        # No date in or around the sentence: a report is about its own day (or
        # the day before); ACLED then codes the report date, less precisely.
        event.date = dct
        event.time_precision = 2


def link_location(event: Event, ext: Extraction, text: str, start: int, end: int) -> None:
    found = _call("dateline.extract.places", "location_for_span", text, ext.places, start, end)
    if found is not None and getattr(found, "place", None) is not None:
        event.location = Location.from_place(found.place)
        event.geo_precision = int(found.geo_precision)
        event.location_evidence = found.evidence


def _mention_span(mention: Optional[ActorMention]) -> Optional[Span]:
    if mention is None or mention.end <= mention.start:
        return None  # inferred actor: no span in the text
    return mention.span()


def link_actors(event: Event, ext: Extraction, sdoc: Doc, start: int, end: int,
                trigger_index: Optional[int]) -> Optional[Any]:
    roles = _call("dateline.extract.actors", "assign_roles", sdoc, start, end, ext.actors, trigger_index)
    if roles is None:
        return None
    a1: Optional[ActorMention] = getattr(roles, "actor1", None)
    a2: Optional[ActorMention] = getattr(roles, "actor2", None)
    if a1 is not None:
        event.actor1, event.actor1_mention = a1.name, _mention_span(a1)
    if a2 is not None:
        event.actor2, event.actor2_mention = a2.name, _mention_span(a2)
    return roles


def link_figures(event: Event, ext: Extraction, start: int, end: int) -> None:
    event.figures = [f for f in ext.figures if f.start >= start and f.end <= end]
    event.fatalities = _call("dateline.extract.figures", "fatalities_for", ext.figures, start, end)
    attributions = [f.attribution for f in event.figures if f.attribution]
    if attributions and not event.source_attribution:
        event.source_attribution = attributions[0]
