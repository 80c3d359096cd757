"""Event detection, ACLED typing and linking of date, place, actors, figures.

Public API: ``code_events(ext, sdoc) -> list[Event]`` where ``ext`` is the
``Extraction`` so far (timexes, places, actors, figures filled in), most
salient event first.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Event, Extraction


def code_events(ext: Extraction, sdoc: Doc) -> list[Event]:
    # Placeholder until the event coder lands (issue 5).
    return []
