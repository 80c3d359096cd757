"""Event detection, ACLED typing and linking of date, place, actors, figures.

Public API: ``code_events(ext, sdoc) -> list[Event]`` where ``ext`` is the
``Extraction`` so far (timexes, places, actors, figures filled in), most
salient event first.

Modules: ``taxonomy`` (ACLED's types), ``typemodel`` / ``training`` (the
sub-type classifier), ``triggers`` and ``modality`` (which sentences report a
real event), ``detect`` (candidates), ``linking`` (the other stages' answers),
``shorttext`` (a short text read whole), ``attribution`` (who reports it), ``antecedent`` (actors told in earlier
sentences), ``ranking`` (territory, dates, merging, salience).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dateline.extract.events.antecedent import credit_leader, inherit_actor1
from dateline.extract.events.attribution import source_of
from dateline.extract.events.detect import (
    Candidate, is_headline, is_short, political_statement, sentence_candidates, sentences, triggers_of)
from dateline.extract.events.linking import (
    actor2_from_other_triggers, city_for_facility, link_actors, link_date, link_figures, link_location, orient_interception)
from dateline.extract.events.shorttext import whole_text_candidate
from dateline.extract.events.ranking import (
    TERRITORY, adjust_territory, is_off_date, merge_duplicates, salience_of)
from dateline.extract.events.taxonomy import VIOLENT_TYPES, event_type_of
from dateline.model import Event, Extraction, Span

__all__ = ["code_events", "FALLBACK_SALIENCE"]

# Salience of a short text's fallback event (no real trigger, unsure classifier):
# it is only given when nothing else was found, and marks the event as a guess.
FALLBACK_SALIENCE = 0.01


def _dated_event(cand: Candidate, ext: Extraction, text: str) -> Event:
    """The candidate as an event with its evidence and date (enough to tell history)."""
    sent = cand.sentence
    start, end = sent.start_char, sent.end_char
    # Trim the sentence's trailing whitespace so the evidence is the sentence itself.
    while end > start and text[end - 1].isspace():
        end -= 1
    event = Event(event_type=event_type_of(cand.sub_event_type), sub_event_type=cand.sub_event_type,
                  evidence=Span(start, end, text[start:end]), type_score=round(cand.score, 4))
    link_date(event, ext, text, start, end)
    return event


def _event_from(cand: Candidate, ext: Extraction, sdoc: Doc, text: str) -> Event:
    return _link_rest(_dated_event(cand, ext, text), cand, ext, sdoc, text)


def _link_rest(event: Event, cand: Candidate, ext: Extraction, sdoc: Doc, text: str) -> Event:
    """Place, actors, figures and source of a dated event."""
    sent = cand.sentence
    start, end = event.evidence.start, event.evidence.end
    clause = None if cand.whole_text or cand.trigger is None else _clause_of(sdoc, cand.trigger.token_index)
    if clause is not None:
        clause = (max(clause[0], start), min(clause[1], end))  # the parse may run across a line break
    if clause is not None and any(clause[0] <= p.start and p.end <= clause[1] for p in ext.places):
        # The place in the event's own clause: "Moscow confirmed a trainer was
        # killed in Syria" happened in Syria. (A short report is placed whole:
        # ACLED's notes name the coded place their own way.)
        link_location(event, ext, text, *clause)
    elif event.event_type in VIOLENT_TYPES or cand.trigger is None or cand.whole_text:
        link_location(event, ext, text, start, end)
        if clause is not None:
            city_for_facility(event, ext, text, clause)
    else:
        # A talk or a deal is placed, and its parties found, in its own clause, never
        # in a clause of other people's deeds ("... suspended the peace talks, as
        # government forces severed a route into Aleppo, Syria's biggest city").
        own = _main_clause_end(sdoc, cand.trigger.token_index)
        end = min(end, own) if own is not None else end
        link_location(event, ext, text, start, end)
    trigger_index = cand.trigger.token_index if cand.trigger else None
    roles = link_actors(event, ext, sdoc, start, end, trigger_index)
    if event.event_type in VIOLENT_TYPES and not cand.whole_text:
        actor2_from_other_triggers(event, ext, sdoc, start, end, roles,
                                   [t.token_index for t in cand.triggers if t.token_index != trigger_index])
    if cand.whole_text:
        # A short report gives its toll anywhere ("... Three people were killed."):
        # the figures of the whole text are this event's.
        link_figures(event, ext, 0, len(text))
    else:
        link_figures(event, ext, start, end)
    event.source_attribution = source_of(sent) or event.source_attribution or ext.doc.source
    adjust_territory(event, roles, [a for a in ext.actors if a.start >= start and a.end <= end],
                     cand.trigger.start if cand.trigger else end)
    orient_interception(event, roles, sdoc)
    return event


def _clause_of(sdoc: Doc, token_index: int) -> Optional[tuple[int, int]]:
    """Character bounds of the clause of the verb that governs the trigger."""
    tok = sdoc[token_index]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.dep_ == "ROOT":
        return None  # the main clause is the sentence
    first, last = tok.left_edge, tok.right_edge
    return first.idx, last.idx + len(last.text)


def _main_clause_end(sdoc: Doc, token_index: int) -> Optional[int]:
    """Where the first clause with a subject of its own begins after the trigger, unless
    the trigger is inside it (character offset; None when there is none)."""
    trigger = sdoc[token_index]
    sent = trigger.sent
    ancestors = {t.i for t in trigger.ancestors} | {trigger.i}
    for tok in sent:
        if tok.i <= trigger.i or tok.i in ancestors:
            continue
        if tok.dep_ in ("advcl", "conj", "ccomp", "relcl") and tok.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return tok.left_edge.idx if tok.left_edge.i > trigger.i else tok.idx
    return None


# A sentence that only gives a toll ("At least eight people were killed, five of
# them fighters") with nobody named as the killer counts the dead of the event
# told just before it, not a new attack.
_TOLL_WORDS = {"killed", "died", "dead", "wounded", "injured"}
TOLL_REACH_SENTENCES = 2


def _is_toll_only(cand: Candidate, event: Event) -> bool:
    ev = event.evidence
    own_date = event.date_evidence is not None and ev.start <= event.date_evidence.start < ev.end
    own_place = event.location_evidence is not None and ev.start <= event.location_evidence.start < ev.end
    return (not cand.whole_text and event.fatalities is not None and event.actor1_mention is None
            and not own_date and not own_place  # "a trainer was killed in Syria this week" is news
            and bool(cand.triggers) and all(t.text.lower() in _TOLL_WORDS for t in cand.triggers))


def _fold_tolls(events: list[tuple[Event, Candidate]]) -> list[tuple[Event, Candidate]]:
    kept: list[tuple[Event, Candidate]] = []
    for event, cand in sorted(events, key=lambda ec: ec[1].sentence_index):
        before = [ec for ec in kept if 0 < cand.sentence_index - ec[1].sentence_index <= TOLL_REACH_SENTENCES
                  and ec[0].event_type in VIOLENT_TYPES]
        if _is_toll_only(cand, event) and before:
            target = before[-1][0]
            if target.fatalities is None:  # (a short report's main event already counts the whole text's dead)
                target.fatalities = event.fatalities
                target.figures += [f for f in event.figures if f not in target.figures]
                target.source_attribution = target.source_attribution or event.source_attribution
            continue
        kept.append((event, cand))
    return kept


def _characterisation(event: Event, cand: Candidate, sdoc: Doc) -> bool:
    """A government's words about a campaign, not a report of an event: "Turkey said
    there was no point to talks while Russia carried out attacks in Syria". Inside
    what a state or its officials said, with no day, no place finer than a country
    and no toll of its own. (A witness's account is a report: residents who say
    they sheltered as mortar rounds landed.)"""
    if cand.whole_text or cand.trigger is None or not political_statement(sdoc[cand.trigger.token_index]):
        return False
    ev, de = event.evidence, event.date_evidence
    dated_here = de is not None and ev.start <= de.start < ev.end
    placed_finely = event.location is not None and (event.geo_precision or 3) < 3 and \
        event.location_evidence is not None and ev.start <= event.location_evidence.start < ev.end
    return not dated_here and not placed_finely and event.fatalities is None


def _headline_types(sents: list, short: bool) -> frozenset[str]:
    if short or len(sents) <= 3 or not is_headline(sents[0]):
        return frozenset()
    subs = {t.sub_event_type for t in triggers_of(sents[0])}
    if subs & TERRITORY:
        subs |= TERRITORY
    return frozenset(subs)


def code_events(ext: Extraction, sdoc: Doc) -> list[Event]:
    text = ext.doc.clean_text
    sdoc.user_data.setdefault("dateline_text", text)  # the parse's own text (spaCy keeps it verbatim)
    sents = sentences(sdoc)
    if not sents:
        return []
    short = is_short(text, sents)
    cands = sentence_candidates(sdoc, text, use_model=not short)
    events: list[tuple[Event, Candidate]] = []
    if short:
        main = whole_text_candidate(sdoc, text, cands)
        if main is not None:
            events.append((_event_from(main, ext, sdoc, text), main))
            # Other sentences of a short report only add events of another kind.
            cands = [c for c in cands if c.sentence_index != main.sentence_index
                     and c.sub_event_type != main.sub_event_type]
    for cand in cands:
        event = _dated_event(cand, ext, text)
        if is_off_date(event, ext.reference_date, cand.background):
            continue  # history or another period: not this report's event (no need to link the rest)
        events.append((_link_rest(event, cand, ext, sdoc, text), cand))
    events = [(e, c) for e, c in _fold_tolls(events) if not _characterisation(e, c, sdoc)]
    # A report's later sentences may name the operation, not its authors ("It began with ...").
    inherit_actor1([(e, c.sentence_index, c.sentence) for e, c in events])
    credit_leader([e for e, _ in events], sdoc, ext.actors)
    headline = _headline_types(sents, short)
    for event, cand in events:
        event.salience = round(salience_of(event, cand, len(sents), headline), 4)
    if short and not events:
        # A short report (a note, a snippet) is about one event even when its
        # words are a threat or a denial ("vowed revenge for the attack"): the
        # classifier's best reading, at a salience a consumer can filter out.
        fallback = whole_text_candidate(sdoc, text, cands, always=True)
        if fallback is not None:
            event = _event_from(fallback, ext, sdoc, text)
            event.salience = FALLBACK_SALIENCE
            events.append((event, fallback))
    ordered = sorted(events, key=lambda ec: (-ec[0].salience, ec[1].sentence_index))
    merged = merge_duplicates([e for e, _ in ordered])
    _attach_displacement(merged, ext)
    return merged


def _attach_displacement(events: list[Event], ext: Extraction) -> None:
    """People who fled are counted apart from the fighting ("at least 1,500 people have
    fled, state media said"): the report's main violent event is what they fled, so
    its figures carry the counts no event's own sentence took."""
    if not events or events[0].event_type not in VIOLENT_TYPES:
        return
    taken = {id(f) for e in events for f in e.figures}
    events[0].figures += [f for f in ext.figures if f.kind == "displaced" and id(f) not in taken]
