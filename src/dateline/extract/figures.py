"""Casualty and displacement figures with their attribution.

Public API: ``find_figures(text, sdoc) -> list[Figure]``.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Figure


def find_figures(text: str, sdoc: Doc) -> list[Figure]:
    # Placeholder until the figure reader lands (issue 5).
    return []
