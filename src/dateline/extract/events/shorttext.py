"""The main event of a short text (an ACLED note, a news snippet), read whole.

A short text (``detect.is_short``) is typed the way the classifier was trained:
on all its words at once; its sentence candidates only decide where the
evidence is and overrule the reading where its words say otherwise (a change
of territory no word speaks of, an event only denied or threatened, an unsure
reading against what the lead says someone did).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extract.events.detect import (
    _TERRITORY_PAIR, MODEL_OVERRULES, Candidate, _best_trigger, _combine, _prob_of, _scores, sentences,
    triggers_of,
)
from dateline.extract.events.modality import trigger_modality
from dateline.extract.events.protests import refine_protest
from dateline.extract.events.taxonomy import VIOLENT_TYPES, event_type_of
from dateline.extract.events.triggers import SHORT_TEXT_VOTES, Trigger
from dateline.extract.events.typemodel import get_type_model

__all__ = ["whole_text_candidate"]

# A short text with no trigger word is an event only if the classifier is this sure.
WHOLE_TEXT_MIN_PROB = 0.1
# ... and, when all its triggers are threats, plans or denials, this sure.
WHOLE_TEXT_IRREALIS_PROB = 0.9
# Below this probability the classifier's reading of a whole short text is a guess.
UNSURE_WHOLE_TEXT = 0.3


def _has_doer(tok: Token) -> bool:
    """A verb with a subject of its own ("troops clashed", "gunmen attacked")."""
    return tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "agent") for c in tok.children)


def _is_conflict_word(t: Trigger) -> bool:
    """A firm word of political violence or protest (not a generic "attack" or "killed")."""
    kind = event_type_of(t.sub_event_type)
    return t.strength >= 0.6 and (kind in VIOLENT_TYPES or kind in ("Protests", "Riots"))


_TALK_REASONS = ("modal", "negated", "conditional", "under", "quoted", "no ")


def _only_talked_of(sents: list[SpacySpan], sub: str) -> bool:
    """Every word of the text for this kind of event is denied, threatened,
    planned or quoted (not merely descriptive, like "a group of rioters")."""
    seen = False
    for sent in sents:
        for t in triggers_of(sent):
            if t.sub_event_type != sub:
                continue
            mod = trigger_modality(sent, sent.doc[t.token_index], weak=t.strength < 0.8)
            if mod.realis or not mod.reason.startswith(_TALK_REASONS):
                return False
            seen = True
    return seen


def whole_text_candidate(sdoc: Doc, text: str, sentence_cands: list[Candidate],
                         always: bool = False) -> Optional[Candidate]:
    """The main event of a short text, typed on the whole text.

    ``always``: the classifier's best reading even when the text only threatens
    or denies (the caller marks it as a fallback of low salience).
    """
    sents = sentences(sdoc)
    if not sents:
        return None
    # (Read once per parse: the fallback reading of a short text asks again.)
    cached = sdoc.user_data.get("dateline_whole_text_scores")
    if cached is None:
        cached = sdoc.user_data["dateline_whole_text_scores"] = _scores(get_type_model(), [text.strip()])
    labels, probs = cached
    all_triggers = [t for s in sents for t in triggers_of(s)]
    if not all_triggers and not get_type_model().knows_words_of(text):
        return None  # not a word the model knows: no reading to trust
    top = int(np.argmax(probs[0])) if len(labels) else 0
    if not sentence_cands and len(labels):
        # Only threats, plans or denials of violence ("vowed to retake"): no
        # event unless the classifier is sure. A statement can itself be the
        # event when it is diplomacy, a deal or a claim. With no trigger at
        # all, a classifier that is not wholly unsure makes the event.
        top_type = event_type_of(labels[top])
        conflict = top_type in VIOLENT_TYPES or top_type == "Protests"
        need = WHOLE_TEXT_IRREALIS_PROB if (all_triggers and conflict) else WHOLE_TEXT_MIN_PROB
        if float(probs[0][top]) < need and not always:
            return None
    decisive = [t for t in all_triggers if t.strength >= 1.0 or t.sub_event_type in SHORT_TEXT_VOTES]
    if not any(_is_conflict_word(t) for t in all_triggers):
        # Crime or an accident with no word of armed conflict: the notes-trained
        # classifier never saw these kinds, so their words decide.
        decisive = [replace(t, strength=1.0) if t.sub_event_type in SHORT_TEXT_VOTES else t
                    for t in decisive]
    # A claim of responsibility is the news when the text opens with it; later
    # ("... IS later claimed the attack") it only attributes the event before it.
    decisive += [replace(t, strength=1.0) for t in triggers_of(sents[0])
                 if t.sub_event_type == "Claim of responsibility"]
    sub, score = _combine(labels, probs[0], decisive, restrict=False, said=text)
    if (sub in _TERRITORY_PAIR and sentence_cands and _prob_of(labels, probs[0], sub) < MODEL_OVERRULES
            and not any(t.sub_event_type in _TERRITORY_PAIR for t in all_triggers)):
        # No word of the text speaks of ground taken: the notes-trained classifier
        # may not turn "troops and fighters clashed" into a change of territory
        # on a guess; when it is sure (a snippet phrased "recaptured" in words
        # the triggers lack) its reading stands.
        sub, score = sentence_cands[0].sub_event_type, sentence_cands[0].score
    if sentence_cands and not any(c.sub_event_type == sub for c in sentence_cands) and _only_talked_of(sents, sub):
        # The text names this kind of event only to deny, threaten or plan it
        # ("denied that its aircraft had carried out any strike"): its real
        # event is what its sentences report.
        sub, score = sentence_cands[0].sub_event_type, sentence_cands[0].score
    lead = sentence_cands[0] if sentence_cands else None
    if lead is not None and lead.sentence_index <= 2 and lead.sub_event_type != sub \
            and _prob_of(labels, probs[0], sub) < UNSURE_WHOLE_TEXT and lead.trigger is not None \
            and lead.trigger.strength >= 0.5 and _is_conflict_word(lead.trigger) \
            and event_type_of(lead.sub_event_type) in VIOLENT_TYPES and _has_doer(sdoc[lead.trigger.token_index]):
        # An unsure reading of the whole text ("clashed", "strike", "mortar rounds"
        # all in one report) gives way to what the lead says someone did, in words
        # of its own ("Government troops and rebels clashed for several hours"; not
        # "Fighting went on in the north").
        sub, score = lead.sub_event_type, lead.score
    # Within the protest family the words say which member: protesters killed
    # (excessive force), dispersed with tear gas (intervention), ...
    sub = refine_protest(sents, text, sub)
    if get_type_model() is None and not decisive:
        if not sentence_cands:
            return None
        sub, score = sentence_cands[0].sub_event_type, sentence_cands[0].score
    # Evidence: the first sentence whose own reading agrees, else the first event
    # sentence, else the first sentence.
    agree = [c for c in sentence_cands if c.sub_event_type == sub]
    chosen = agree[0] if agree else (sentence_cands[0] if sentence_cands else None)
    if chosen is not None:
        sent, idx, trigs = chosen.sentence, chosen.sentence_index, chosen.triggers
    else:
        sent, idx = sents[0], 0
        trigs = triggers_of(sent)
    return Candidate(sent, idx, sub, score, trigs, _best_trigger(trigs, sub), False, whole_text=True)
