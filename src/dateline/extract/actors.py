"""Actor recognition and normalisation to ACLED-style names.

Public API: ``find_actors(text, sdoc, places) -> list[ActorMention]``.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import ActorMention, Place


def find_actors(text: str, sdoc: Doc, places: list[Place]) -> list[ActorMention]:
    # Placeholder until the actor dictionary lands (issue 5).
    return []
