"""Estimate when an undated text was published (first version: explicit dates only)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dateline.model import PublishedEstimate


def estimate(text: str, sdoc: Optional[Doc] = None) -> Optional[PublishedEstimate]:
    return None
