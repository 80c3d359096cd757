"""``assign_roles``: actor1 and actor2 of one event, from the parse."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extract.actors import lexicon
from dateline.extract.actors.roles.candidates import _core_roles, _core_roles_detail, noun_agent
from dateline.extract.actors.roles.clauses import (
    RolePair, _bare_strike, _carries_noun, _only_reports, _passive, _plural, _region, _violent_clause,
    choose_trigger, doc_text,
)
from dateline.extract.actors.roles.crowds import _crowd_roles, crowd_label
from dateline.extract.actors.roles.inferred import (
    _civilian_property_owner, _harmed_subject, _unidentified_attacker, _victims, _with_described_noun,
    place_target,
)
from dateline.extract.actors.roles.words import (
    ANNOUNCING_VERBS, CIRCUMSTANCE_PREPS, REPORTING_VERBS, SUBORDINATE_DEPS, TERRITORY_STEMS, TIME_MARKS,
    is_violent,
)
from dateline.model import ActorMention


def assign_roles(sdoc: Doc, start: int, end: int, actors: list[ActorMention],
                 trigger_token_index: Optional[int] = None) -> RolePair:
    """Choose actor1 and actor2 among ``actors`` for the event in ``text[start:end]``."""
    inside = [m for m in actors if m.start >= start and m.end <= end and m.start >= 0 and m.end > m.start]
    given = sdoc[trigger_token_index] if trigger_token_index is not None else None
    # The span's main verb (past reporting verbs); the given trigger may give way to it.
    main_verb = choose_trigger(sdoc, start, end)
    trigger = given if given is not None else main_verb
    violent_noun = False
    if given is not None and given.pos_ not in ("VERB", "AUX"):
        # A noun trigger ("airstrikes", "missiles", "talks") inside the main clause:
        # the clause's verb carries the actors ("warplanes carried out airstrikes").
        main = main_verb
        if main is not None and main.i != trigger.i and main.is_ancestor(trigger) and main.pos_ in ("VERB", "AUX") \
                and not _only_reports(main) and _carries_noun(main, trigger) and not noun_agent(trigger, inside):
            violent_noun = is_violent(trigger)
            trigger = main
    if trigger is None:
        return RolePair(inside[0] if inside else None, inside[1] if len(inside) > 1 else None)
    if given is not None:
        trigger = _main_event_verb(sdoc, trigger, main_verb, inside, violent_noun)
    region = _region(trigger)
    violent = is_violent(trigger) or violent_noun  # "jets carried out airstrikes": the noun is the act
    found = _core_roles_detail(sdoc, trigger, region, inside, violent)
    a1, a2, a2_dist = found.a1, found.a2, found.a2_dist
    if a1 is None and given is not None:
        # The given trigger may sit in a subordinate clause ("offered concessions that
        # could lead to an agreement"): the sentence's own main verb names the actors.
        main = main_verb
        if main is not None and main.i != trigger.i and not _only_reports(main):
            m1, m2 = _core_roles(sdoc, main, _region(main), inside, is_violent(main))
            if m1 is not None and (a2 is None or m1.name != a2.name):
                a1 = m1
                if a2 is None:
                    a2, a2_dist = (m2, None) if m2 is not None and m2.name != m1.name else (None, None)
    if a1 is not None and a1.kind == "civilians" and _harmed_subject(sdoc, a1):
        # "Eleven civilians were killed when a drone struck": the killed are the
        # target, whichever clause the trigger was found in, never the attackers.
        a1, a2 = None, a2 if a2 is not None else a1
    span_text = doc_text(sdoc)[start:end]
    span_low = span_text.lower()
    crowd = crowd_label(trigger, span_text)
    if crowd is None and a1 is not None and a1.kind == "civilians" and is_violent(trigger) \
            and _plural(sdoc, a1):
        crowd = "Rioters"  # ACLED: a crowd of civilians that attacks is a mob of rioters
    if crowd is not None:
        return _crowd_roles(sdoc, trigger, crowd, a1, a2, start, end)
    if a1 is not None and not violent and (a2 is None or a2_dist is None or a2_dist > 1):
        # a place the act is aimed at ("sent personnel to Bosnia") beats a target
        # found only further down the parse
        place = place_target(sdoc, trigger, region, start, end, a1, where=a2 is None)
        if place is not None and (a2 is None or a2_dist is None or place[0] < a2_dist):
            a2 = place[1]
    if a2 is None and violent:
        a2 = _victims(sdoc, inside, a1, start, end) or _civilian_property_owner(sdoc, trigger, region)
    air_strike = any(w in span_low for w in lexicon.AIR_STRIKE_WORDS) or _bare_strike(
        given if given is not None else trigger)
    if a1 is None and violent and (a2 is not None or _passive(trigger) or air_strike):
        a1 = _unidentified_attacker(sdoc, a2, span_text, air_strike)
    return RolePair(_with_described_noun(sdoc, a1, a2, start), _with_described_noun(sdoc, a2, a1, start))


def _main_event_verb(sdoc: Doc, trigger: Token, main: Optional[Token], inside: list[ActorMention],
                     violent_noun: bool = False) -> Token:
    """The verb whose actors the sentence is about. A trigger chosen inside a
    relative clause ("a helicopter that was captured by ..."), a clause of
    circumstance ("... when Idi Amin expelled them") or the source of the report
    ("..., diplomatic sources said") describes a side fact: the sentence's main
    (non-reporting) verb names the event's actors, if it has an actor of its own.
    ``main`` is ``choose_trigger`` of the event's span."""
    announced = main is not None and main.pos_ in ("NOUN", "PROPN") and main.dep_ == "dobj" \
        and main.head.text.lower() in ANNOUNCING_VERBS
    if main is not None and announced:
        main = main.head  # "Italy announced a suspension ...": the announcement is the act
    if main is None or main.i == trigger.i or main.pos_ not in ("VERB", "AUX") or (
            _only_reports(main) and not announced):
        return trigger
    side = False
    subordinate = False  # the trigger describes a noun or a circumstance on its way up
    relative = False  # the trigger describes a noun ("a boat that was seized by ..."): a side fact
    tok = trigger
    while tok.i != main.i and tok.head.i != tok.i:  # spaCy makes a new Token per access: compare indices
        relative = relative or tok.dep_ == "relcl"
        if tok.dep_ in SUBORDINATE_DEPS or (tok.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.text.lower() in TIME_MARKS for c in tok.children)):
            side = subordinate = True
        elif tok.dep_ == "prep" and tok.text.lower() in CIRCUMSTANCE_PREPS:
            side = True  # "reimposed blockades following the shooting deaths of ...": the cause, not the act
        tok = tok.head
    if tok.i != main.i:
        # the trigger hangs outside the main clause: only a reporting clause's noun
        # counts, or a clause that describes a noun ("In a letter handed over to ...")
        side = subordinate or trigger.pos_ in ("NOUN", "PROPN", "ADJ") and (
            trigger.head.text.lower() in REPORTING_VERBS or trigger.head.head.text.lower() in REPORTING_VERBS)
    elif main.text.lower() in REPORTING_VERBS:
        side = True  # "X said Y must ensure ... to allow ...": the directive is the event
    if not side:
        return trigger
    if not relative and (violent_noun or _violent_clause(trigger) or trigger.text.lower().startswith(TERRITORY_STEMS)):
        # An act of war or a change of ground in the side clause ("... began when
        # the army seized the district", "amid reports that rebels reached the
        # centre") is the event itself when that clause names who did it.
        t1, _ = _core_roles(sdoc, trigger, _region(trigger), inside, True, by_position=False)
        if t1 is not None:
            return trigger
    m1, _ = _core_roles(sdoc, main, _region(main), inside, is_violent(main))
    return main if m1 is not None else trigger
