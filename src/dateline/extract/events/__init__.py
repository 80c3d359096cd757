"""Event detection, ACLED typing and linking of date, place, actors, figures.

Public API: ``code_events(ext, sdoc) -> list[Event]`` where ``ext`` is the
``Extraction`` so far (timexes, places, actors, figures filled in), most
salient event first.

Modules: ``taxonomy`` (ACLED's types), ``typemodel`` / ``training`` (the
sub-type classifier), ``triggers`` and ``modality`` (which sentences report a
real event), ``detect`` (candidates), ``linking`` (the other stages' answers),
``attribution`` (who reports it), ``ranking`` (territory, dates, merging, salience).
"""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.extract.events.attribution import source_of
from dateline.extract.events.detect import (
    Candidate, is_short, sentence_candidates, sentences, whole_text_candidate)
from dateline.extract.events.linking import (
    link_actors, link_date, link_figures, link_location, orient_interception)
from dateline.extract.events.ranking import (
    adjust_territory, is_off_date, merge_duplicates, salience_of)
from dateline.extract.events.taxonomy import event_type_of
from dateline.model import Event, Extraction, Span

__all__ = ["code_events", "FALLBACK_SALIENCE"]

# Salience of a short text's fallback event (no real trigger, unsure classifier):
# it is only given when nothing else was found, and marks the event as a guess.
FALLBACK_SALIENCE = 0.01


def _event_from(cand: Candidate, ext: Extraction, sdoc: Doc, text: str) -> Event:
    sent = cand.sentence
    start, end = sent.start_char, sent.end_char
    # Trim the sentence's trailing whitespace so the evidence is the sentence itself.
    while end > start and text[end - 1].isspace():
        end -= 1
    event = Event(event_type=event_type_of(cand.sub_event_type), sub_event_type=cand.sub_event_type,
                  evidence=Span(start, end, text[start:end]), type_score=round(cand.score, 4))
    link_date(event, ext, text, start, end)
    link_location(event, ext, text, start, end)
    trigger_index = cand.trigger.token_index if cand.trigger else None
    roles = link_actors(event, ext, sdoc, start, end, trigger_index)
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
        event = _event_from(cand, ext, sdoc, text)
        if is_off_date(event, ext.reference_date, cand.background):
            continue  # history or another period: not this report's event
        events.append((event, cand))
    for event, cand in events:
        event.salience = round(salience_of(event, cand, len(sents)), 4)
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
    return merge_duplicates([e for e, _ in ordered])
