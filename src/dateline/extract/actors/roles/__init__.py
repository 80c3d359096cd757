"""Who acted (actor1) and against whom (actor2), from the dependency parse.

Modules: ``words`` (word lists), ``clauses`` (the trigger and its region),
``candidates`` (which mention fills which role), ``inferred`` (actors with no
mention: victims, unidentified attackers, places aimed at), ``crowds``
(protesters and rioters) and ``assign`` (``assign_roles``).

The trigger's *region* is the trigger, the verbs it hangs from whose actor
is the trigger's ("agreed to hand over", "launched an attack"), and the
clauses below it ("shelled ..., killing three children"; "demanded that the
US cancel ..."). Each actor mention's head is walked up the parse until it
enters the region; the edge it enters by gives its role:

- actor1: subject, ``by``-agent, possessor or nationality modifier of a noun
  trigger ("Russia's strikes", "Russian airstrikes"), the first side of
  "between X and Y";
- actor2: object, passive subject, object of ``against`` / ``on`` / ``to`` /
  ``with`` / ``for``, the subject of a complement clause ("demanded that the
  US cancel"), the second side of "between X and Y".

The nearest candidate of each role wins. Sources of reported speech
("..., the White Helmets said", "according to SANA") are never actors, but
a speaker who is the subject of the event clause through a pronoun ("Iraq
said it would allow") or who issues a directive ("Russia said Sudan must
return ...") is actor1.

Inferred actors: ``assign_roles`` only chooses among the mentions it is
given; a mention whose ``start == end == -1`` (no words in the text) marks an
inferred actor and is ignored here. Victims counted without a noun ("killed
five") are left to the caller.
"""
from __future__ import annotations

from dateline.extract.actors.roles.assign import assign_roles
from dateline.extract.actors.roles.candidates import _is_place_of_violence
from dateline.extract.actors.roles.clauses import RolePair, _only_reports, choose_trigger, region_kind
from dateline.extract.actors.roles.crowds import crowd_label
from dateline.extract.actors.roles.inferred import _with_described_noun, place_target
from dateline.extract.actors.roles.words import REPORTING_VERBS, is_violent

__all__ = ["REPORTING_VERBS", "RolePair", "assign_roles", "choose_trigger", "crowd_label", "is_violent",
           "place_target", "region_kind", "_is_place_of_violence", "_only_reports", "_with_described_noun"]
