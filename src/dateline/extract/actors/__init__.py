"""Actor recognition, normalisation to ACLED-style names, and event roles.

Public API:
- ``find_actors(text, sdoc, places, year=None, dictionary=None, date=None) -> list[ActorMention]``
- ``assign_roles(sdoc, start, end, actors, trigger_token_index=None) -> RolePair``
- ``get_dictionary(extra_files=())`` / ``reset_dictionary()``: the actor
  dictionary (extend it with CSV files via ``DATELINE_ACTORS``).
"""
from __future__ import annotations

from dateline.extract.actors.dictionary import ActorDictionary, ActorEntry, get_dictionary, reset_dictionary
from dateline.extract.actors.finder import dominant_country, find_actors
from dateline.extract.actors.roles import RolePair, assign_roles, choose_trigger

__all__ = ["ActorDictionary", "ActorEntry", "RolePair", "assign_roles", "choose_trigger",
           "dominant_country", "find_actors", "get_dictionary", "reset_dictionary"]
