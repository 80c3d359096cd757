"""Geoparsing: recognise place mentions and resolve them to points.

Public API:
- ``get_geoparser() -> Geoparser`` (process-wide, loaded once)
- ``Geoparser.find(text, sdoc) -> list[Place]``
- ``Geoparser.resolve_spans(text, spans, sdoc=None) -> list[Place]`` (one per span, in order)
- ``location_for_span(text, places, start, end) -> EventLocation | None``: where an
  event described at ``text[start:end]`` happened, the way an ACLED coder picks it
"""
from __future__ import annotations

import threading
from typing import Optional

from dateline.extract.places.geoparser import Geoparser
from dateline.extract.places.location import EventLocation, location_for_span

__all__ = ["EventLocation", "Geoparser", "get_geoparser", "location_for_span"]

_lock = threading.Lock()
_geoparser: Optional[Geoparser] = None


def get_geoparser() -> Geoparser:
    """The process-wide geoparser (its gazetteer is loaded once, on first use)."""
    global _geoparser
    if _geoparser is None:
        with _lock:
            if _geoparser is None:
                _geoparser = Geoparser()
    return _geoparser
