"""Temporal tagging: find TIMEX3 expressions, resolve them, date events and documents.

Public API (used by ``dateline.pipeline``, ``dateline.eval`` and the event coder):
- ``tag_times(text, dct, sdoc=None) -> list[Timex]``
- ``estimate_published(text, sdoc=None) -> PublishedEstimate | None``
- ``EventDate`` and ``date_for_span(text, timexes, start, end, dct) -> EventDate | None``
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dateline.extract.time.eventdate import EventDate, date_for_span
from dateline.extract.time.tagger import tag
from dateline.model import PublishedEstimate, Timex

__all__ = ["tag_times", "estimate_published", "EventDate", "date_for_span"]


def tag_times(text: str, dct: Optional[str], sdoc: Optional[Doc] = None) -> list[Timex]:
    """Every temporal expression of ``text``, resolved against ``dct`` (YYYY-MM-DD or None)."""
    return tag(text, dct, sdoc)


def estimate_published(text: str, sdoc: Optional[Doc] = None) -> Optional[PublishedEstimate]:
    """Estimate the publication date of an undated text, or None when there is no evidence."""
    from dateline.extract.time.published import estimate

    return estimate(text, sdoc)
