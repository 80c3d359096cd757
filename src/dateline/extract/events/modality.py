"""Is a trigger an event that happened, or talk about one?

News prose mixes what happened with threats ("vowed to retake"), plans ("will
launch"), denials ("did not attack"), questions and history ("since 2016",
"had captured the city in 2012"). Only the first kind is coded as an event;
history may still be coded when the article dates it, and the date check in
``dateline.extract.events`` drops it when it is long before the report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

_MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "can", "'ll", "wo", "ca"}
# Heads that make their complement an intention, demand or fear, not a fact.
_IRREALIS_HEADS = {
    "threaten", "vow", "plan", "pledge", "promise", "intend", "aim", "seek", "want", "hope",
    "call", "urge", "demand", "warn", "fear", "expect", "prepare", "try", "attempt", "threat",
    "propose", "ask", "appeal", "order", "decide", "agree", "refuse", "need", "likely", "able",
    "risk", "prevent", "avoid", "deny", "reject", "aims", "wants", "plans", "vows", "threatens",
    "urges", "calls", "warns", "would", "if", "unless", "whether", "ready",
}
_NEGATIONS = {"not", "n't", "never", "no", "without"}
# Background markers: the sentence tells history, not the news of the day.
_BACKGROUND = re.compile(
    r"\b(?:since (?:0{4}|the start|the beginning|the outbreak|then)|in 0{4}\b(?! and 0{4})|"
    r"years? ago|decades? ago|last year|earlier this year|in the past|for years|"
    r"history|historic(?:al)?ly|once again|previous(?:ly)?|back in|at the time|"
    r"first time since|began in|started in|(?:has|have) been (?:held|controlled)|"
    r"since (?:january|february|march|april|may|june|july|august|september|october|november|december))\b")
_MONTH_YEAR = re.compile(
    r"\bin (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december) 0{4}\b")


@dataclass
class Modality:
    realis: bool  # the trigger reports something that happened or is happening
    background: bool  # the sentence reads as history or context
    reason: str = ""


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.lower_).lower()


def trigger_modality(sent: SpacySpan, token: Token) -> Modality:
    """Modality of the event word ``token`` within ``sent``."""
    # The trigger's governing verb chain, from the trigger up to the sentence root.
    chain: list[Token] = [token]
    t = token
    while t.head is not t and len(chain) < 8:
        t = t.head
        chain.append(t)
    verb = next((c for c in chain if c.pos_ in ("VERB", "AUX")), token)
    for child in verb.children:
        low = child.lower_
        if child.dep_ in ("aux", "auxpass") and low in _MODALS:
            return Modality(False, False, f"modal {low}")
        if child.dep_ == "neg" or (low in _NEGATIONS and child.dep_ in ("neg", "det", "advmod")):
            return Modality(False, False, f"negated by {low}")
        if child.dep_ == "mark" and low in ("if", "unless", "whether"):
            return Modality(False, False, f"conditional {low}")
    # An infinitive or complement under "vowed", "threatened", "called for", ...
    for c in chain[1:]:
        if _lemma(c) in _IRREALIS_HEADS or c.lower_ in _IRREALIS_HEADS:
            # "agreed" only makes irrealis what follows it ("agreed to withdraw"),
            # not the agreement itself, which is the trigger's own head when coded.
            return Modality(False, False, f"under {c.lower_}")
        if c.dep_ == "ROOT":
            break
    if token.i > sent.start and token.doc[token.i - 1].lower_ == "to" and token.tag_ == "VB":
        return Modality(False, False, "infinitive")
    # A question is not a report.
    if sent.text.rstrip().endswith("?"):
        return Modality(False, False, "question")
    lowered = re.sub(r"\d", "0", sent.text.lower())
    past_perfect = any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)
    background = bool(_BACKGROUND.search(lowered) or _MONTH_YEAR.search(lowered)) or past_perfect
    return Modality(True, background, "background" if background else "")
