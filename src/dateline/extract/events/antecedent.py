"""Who acted, when the sentence does not say but the story already has.

Two rules over one report's events, both about an operation (an offensive, an
assault) told across several sentences:

- ``inherit_actor1``: "It began with hundreds of Grad missiles fired on regime
  positions": the subject is the offensive of the sentences before, so the
  missiles are fired by whoever launched it, not by an unidentified group.
- ``credit_leader``: "The Islamist militant group Hayat Tahrir al-Sham led the
  offensive": ACLED codes the leading group as actor1 of the offensive's
  battles and captures the report attributes to "rebels" or "insurgents".
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.extract.events.detect import _refers_back as refers_back
from dateline.extract.events.triggers import doc_text
from dateline.model import ActorMention, Event, Span

OPERATION_NOUNS = frozenset({"offensive", "offensives", "operation", "assault", "assaults", "attack",
                             "attacks", "campaign", "advance", "push", "incursion", "onslaught"})
# The forms of "lead", "spearhead", "head" (the lemmatizer is not run over every token).
LEAD_VERBS = frozenset({"led", "leads", "leading", "lead", "spearheaded", "spearheads", "spearheading",
                        "headed", "heads", "heading"})
_LEAD_WORD = re.compile(r"\b(?:" + "|".join(sorted(LEAD_VERBS)) + r")\b", re.I)
# Events an operation's leader takes over from the generic rebels of its country.
_LED_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
# How many sentences back an "it" may reach for its operation.
ANTECEDENT_REACH = 4


def _unnamed(actor: Optional[str]) -> bool:
    return actor is None or actor.startswith("Unidentified")


def _subject_refers_back(sent: SpacySpan) -> bool:
    """Is the main clause's subject "it" / "this" or "the offensive" (a story told before)?"""
    root = sent.root
    for tok in root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        low = tok.lower_
        if low in ("it", "this") and tok.tag_ in ("PRP", "DT"):
            return True
        if low in OPERATION_NOUNS and refers_back(tok):
            return True
    return False


def _names_operation(event: Event) -> bool:
    return any(w.strip('.,"\'').lower() in OPERATION_NOUNS for w in event.evidence.text.split())


def inherit_actor1(events: Sequence[tuple[Event, int, SpacySpan]]) -> None:
    """``events``: (event, sentence index, sentence) in any order; fills actor1 in place."""
    ordered = sorted(events, key=lambda e: e[1])
    for k, (event, index, sent) in enumerate(ordered):
        if not _unnamed(event.actor1) or not _subject_refers_back(sent):
            continue
        before = [e for e, i, _ in ordered[:k] if 0 < index - i <= ANTECEDENT_REACH
                  and not _unnamed(e.actor1) and _names_operation(e) and e.actor1 != event.actor2]
        if before:
            source = before[-1]
            event.actor1, event.actor1_mention = source.actor1, source.actor1_mention


def _leader(sdoc: Doc, actors: Sequence[ActorMention]) -> Optional[ActorMention]:
    """The named group the report says led the operation ("HTS led the offensive")."""
    text = doc_text(sdoc)
    # (a word search first: walking every token of every report costs more than the rest)
    for match in _LEAD_WORD.finditer(text):
        span = sdoc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in OPERATION_NOUNS for c in tok.children):
            continue
        subject: Optional[Token] = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        named = [a for a in actors if lo <= a.start and a.end <= hi and a.kind in ("rebel", "militia")
                 and not a.name.startswith(("Opposition Rebels", "Unidentified", "Islamist Militia"))]
        if len(named) == 1:
            return named[0]
    return None


def credit_leader(events: Sequence[Event], sdoc: Doc, actors: Sequence[ActorMention]) -> None:
    """The operation's leader becomes actor1 (with its own mention as the evidence) of
    the battles and strikes the report gives to its country's rebels in general."""
    leader = _leader(sdoc, actors)
    if leader is None or leader.country is None:
        return
    generic = {a.name for a in actors if a.country == leader.country and a.name.startswith("Opposition Rebels (")}
    for event in events:
        if event.actor1 in generic and event.event_type in _LED_TYPES:
            event.actor1 = leader.name
            event.actor1_mention = Span(leader.start, leader.end, leader.text)
