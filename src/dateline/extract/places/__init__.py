"""Geoparsing: recognise place mentions and resolve them to points.

Public API:
- ``get_geoparser() -> Geoparser`` (process-wide, loaded once)
- ``Geoparser.find(text, sdoc) -> list[Place]``
- ``Geoparser.resolve_spans(text, spans, sdoc=None) -> list[Place]`` (one per span, in order)
- ``location_for_span(text, places, start, end) -> EventLocation | None``: where an
  event described at ``text[start:end]`` happened, the way an ACLED coder picks it
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dateline.extract.places.location import EventLocation, location_for_span
from dateline.model import Place

__all__ = ["EventLocation", "Geoparser", "get_geoparser", "location_for_span"]


class Geoparser:
    def find(self, text: str, sdoc: Doc) -> list[Place]:
        # Placeholder until the geoparser lands (issue 4).
        return []

    def resolve_spans(self, text: str, spans: list[tuple[int, int]], sdoc: Optional[Doc] = None) -> list[Place]:
        return [Place(s, e, text[s:e]) for s, e in spans]


_geoparser: Optional[Geoparser] = None


def get_geoparser() -> Geoparser:
    global _geoparser
    if _geoparser is None:
        _geoparser = Geoparser()
    return _geoparser
