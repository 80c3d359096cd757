"""Temporal tagging: find TIMEX3 expressions and resolve them.

Public API (used by ``dateline.pipeline`` and ``dateline.eval``):
- ``tag_times(text, dct, sdoc=None) -> list[Timex]``
- ``estimate_published(text, sdoc=None) -> PublishedEstimate | None``
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dateline.model import PublishedEstimate, Timex


def tag_times(text: str, dct: Optional[str], sdoc: Optional[Doc] = None) -> list[Timex]:
    """Every temporal expression of ``text``, resolved against ``dct`` (YYYY-MM-DD or None)."""
    # Placeholder until the temporal tagger lands (issue 3).
    return []


def estimate_published(text: str, sdoc: Optional[Doc] = None) -> Optional[PublishedEstimate]:
    """Estimate the publication date of an undated text, or None when there is no evidence."""
    return None
