"""Find the sentences that report events and give each an ACLED sub-type.

Two readings of a document work together:
- sentence level: a sentence with a real (not threatened, planned, denied)
  trigger is a candidate; the classifier types it, the triggers vote;
- document level, for short texts (an ACLED note, a news snippet, a brief):
  the classifier reads the whole text, the way it was trained, and that
  reading is the document's main event.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from dateline.extract.events.modality import trigger_modality
from dateline.extract.events.taxonomy import ALL_SUB_TYPES
from dateline.extract.events.triggers import WEAK_ALONE, Trigger, find_triggers
from dateline.extract.events.typemodel import EventTypeModel, get_type_model

# A text this short is one report (ACLED note, news snippet): type it whole.
SHORT_TEXT_CHARS = 1500
SHORT_TEXT_SENTENCES = 8
# How much a trigger's vote adds to the classifier's probability.
TRIGGER_WEIGHT = 0.35
# Below this combined score a sentence is not coded as an event.
MIN_SENTENCE_SCORE = 0.45


@dataclass
class Candidate:
    """One sentence (or the whole short text) read as an event."""

    sentence: SpacySpan
    sentence_index: int
    sub_event_type: str
    score: float
    triggers: list[Trigger] = field(default_factory=list)
    trigger: Optional[Trigger] = None  # the trigger that best matches the sub-type
    background: bool = False
    whole_text: bool = False


def is_short(text: str, sentences: Sequence[SpacySpan]) -> bool:
    return len(text.strip()) <= SHORT_TEXT_CHARS and len(sentences) <= SHORT_TEXT_SENTENCES


def _scores(model: Optional[EventTypeModel], texts: list[str]) -> tuple[list[str], np.ndarray]:
    if model is None:
        labels = list(ALL_SUB_TYPES)
        return labels, np.zeros((len(texts), len(labels)), dtype=np.float32)
    return model.labels, model.probabilities(texts)


def _combine(labels: list[str], probs: np.ndarray, triggers: list[Trigger]) -> tuple[str, float]:
    """The sub-type of a sentence: classifier probability plus the triggers' votes.

    A decisive trigger (strength 1.0: "chlorine", "suicide bomber", "claimed
    responsibility") wins outright unless the classifier is sure of something else.
    """
    score = {lab: float(p) for lab, p in zip(labels, probs)}
    votes: dict[str, float] = {}
    for t in triggers:
        votes[t.sub_event_type] = max(votes.get(t.sub_event_type, 0.0), t.strength)
    for sub, strength in votes.items():
        score[sub] = score.get(sub, 0.0) + TRIGGER_WEIGHT * strength
        if strength >= 1.0:
            score[sub] += 0.3
    best = max(score, key=score.get)  # type: ignore[arg-type]
    return best, min(1.0, score[best])


def _best_trigger(triggers: list[Trigger], sub: str) -> Optional[Trigger]:
    same = [t for t in triggers if t.sub_event_type == sub]
    pool = same or triggers
    return max(pool, key=lambda t: t.strength) if pool else None


def sentence_candidates(sdoc: Doc, text: str) -> list[Candidate]:
    """Every sentence with a real event trigger, typed."""
    sents = [s for s in sdoc.sents if s.text.strip()]
    found: list[tuple[int, SpacySpan, list[Trigger], bool]] = []
    for i, sent in enumerate(sents):
        real: list[Trigger] = []
        background = False
        for trig in find_triggers(sent):
            mod = trigger_modality(sent, sdoc[trig.token_index])
            if mod.realis:
                real.append(trig)
                background = background or mod.background
        if real:
            found.append((i, sent, real, background))
    if not found:
        return []
    labels, probs = _scores(get_type_model(), [s.text for _, s, _, _ in found])
    out: list[Candidate] = []
    for (i, sent, trigs, background), row in zip(found, probs):
        sub, score = _combine(labels, row, trigs)
        strong = [t for t in trigs if t.sub_event_type not in WEAK_ALONE]
        if score < MIN_SENTENCE_SCORE or (not strong and score < 0.6):
            continue
        out.append(Candidate(sent, i, sub, score, trigs, _best_trigger(trigs, sub), background))
    return out


def whole_text_candidate(sdoc: Doc, text: str, sentence_cands: list[Candidate]) -> Optional[Candidate]:
    """The main event of a short text, typed on the whole text."""
    sents = [s for s in sdoc.sents if s.text.strip()]
    if not sents:
        return None
    labels, probs = _scores(get_type_model(), [text.strip()])
    all_triggers = [t for s in sents for t in find_triggers(s)]
    decisive = [t for t in all_triggers if t.strength >= 1.0]
    sub, score = _combine(labels, probs[0], decisive)
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
        trigs = find_triggers(sent)
    return Candidate(sent, idx, sub, score, trigs, _best_trigger(trigs, sub), False, whole_text=True)
