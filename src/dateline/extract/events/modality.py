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
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.nlp import lemma

_MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "can", "'ll", "wo", "ca"}
# Heads that make their complement an intention, demand or fear, not a fact.
_IRREALIS_HEADS = {
    "threaten", "vow", "plan", "pledge", "promise", "intend", "aim", "seek", "want", "hope",
    "call", "urge", "demand", "warn", "fear", "expect", "prepare", "try", "attempt", "threat",
    "propose", "ask", "appeal", "order", "decide", "agree", "refuse", "need", "likely", "able",
    "risk", "prevent", "avoid", "deny", "reject", "condemn", "denounce", "blame", "criticise",
    "criticize", "welcome", "investigate", "accuse", "aims", "wants", "plans", "vows", "threatens",
    "urges", "calls", "warns", "would", "if", "unless", "whether", "ready", "willing", "prepared",
    "unclear", "rumour", "rumor", "speculation",
}
# (Not "repel" or "counter": a repelled attack is still a clash that happened.)
# Verbs that hand weapons over rather than use them: "send them anti-aircraft
# missiles" is supply, not a missile attack.
_SUPPLY_VERBS = {"send", "supply", "deliver", "provide", "give", "receive", "acquire", "buy", "sell",
                 "ship", "transfer", "funnel", "equip", "possess", "own", "stockpile", "store",
                 "manufacture", "produce", "import", "export", "arm", "obtain", "need", "lack"}
# Words the parser makes verbs that only list: "weapons, including missiles".
_LISTING = {"including", "include", "includes", "included", "such"}
# A subject "no group" / "nobody" negates its verb: "No group claimed the attack".
_NEGATIVE_DETS = {"no", "neither"}
_NEGATIVE_SUBJECTS = {"nobody", "none", "noone", "nothing"}
# A direct quotation this long is a speaker's words: a witness's "the first
# explosion came" colours a reported event, it is not one.
QUOTE_MIN_WORDS = 4
_QUOTE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"\n]*\"")
_HEDGES = {"claim", "allege", "purport", "reportedly", "allegedly", "purportedly", "apparently"}
_HYPOTHETICAL_ADJ = {"possible", "potential", "planned", "expected", "imminent", "future", "looming",
                     "anticipated", "feared", "threatened", "proposed", "alleged"}
# Background markers: the sentence tells history, not the news of the day.
_BACKGROUND = re.compile(
    r"\b(?:(?<!time )since (?:0{4}|the start|the beginning|the outbreak|then)|in 0{4}\b(?! and 0{4})|"
    r"years? ago|decades? ago|last year|earlier this year|in the past|for years|"
    r"history|historic(?:al)?ly|earlier years|once again|previous(?:ly)?|back in|at the time|"
    r"began in|started in|(?:has|have) been (?:held|controlled)|preceded|"
    r"(?:over|in|during|for) the (?:last|past|previous) (?:few |several |two |three |\w+ )?(?:days|weeks|months|years)|"
    r"in recent (?:days|weeks|months|years)|"
    r"since (?:january|february|march|april|may|june|july|august|september|october|november|december))\b")
_DIGITS = re.compile(r"\d")
_MONTH_YEAR = re.compile(
    r"\bin (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december) 0{4}\b")


@dataclass
class Modality:
    realis: bool  # the trigger reports something that happened or is happening
    background: bool  # the sentence reads as history or context
    reason: str = ""
    hedged: bool = False  # "claimed to have taken", "reportedly entered"


def _forms(t: Token) -> frozenset[str]:
    """The word and its likely base forms (the lemmatizer runs on demand only)."""
    return _word_forms(t.lower_, lemma(t))


@lru_cache(maxsize=20000)
def _word_forms(w: str, lemma: str) -> frozenset[str]:
    out = {w, lemma}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e"), ("ened", "en")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.add(w[: len(w) - len(suffix)] + repl)
    return frozenset(out)


def _sentence_background(sent: SpacySpan, sent_text: str) -> bool:
    """Whether the sentence reads as history ("since 2016", "years ago"), once per sentence."""
    cache = sent.doc.user_data.setdefault("dateline_background_sents", {})
    key = (sent.start, sent.end)
    if key not in cache:
        lowered = _DIGITS.sub("0", sent_text.lower())
        cache[key] = bool(_BACKGROUND.search(lowered) or _MONTH_YEAR.search(lowered))
    return cache[key]


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the direct quotations of ``QUOTE_MIN_WORDS`` words or more, once per parse."""
    cached = doc.user_data.get("dateline_quote_spans")
    if cached is not None:
        return cached
    text = doc.user_data.get("dateline_text") or doc.text
    spans = [(m.start(), m.end()) for m in _QUOTE.finditer(text)
             if len(m.group(0).split()) >= QUOTE_MIN_WORDS]
    doc.user_data["dateline_quote_spans"] = spans
    return spans


def _in_quote(token: Token) -> bool:
    return any(a < token.idx < b for a, b in quote_spans(token.doc))


def _negated_subject(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in _NEGATIVE_SUBJECTS:
                return True
            if any(d.dep_ == "det" and d.lower_ in _NEGATIVE_DETS for d in child.children):
                return True
    return False


def trigger_modality(sent: SpacySpan, token: Token, weak: bool = False) -> Modality:
    """Modality of the event word ``token`` within ``sent`` (``weak``: an ambiguous trigger word)."""
    # The trigger's governing chain: up from a noun to the verb that governs it,
    # then up through complements ("vowed to retake", "denied that ... fought")
    # and through a noun's clause ("denied claims that rebels entered", "could
    # limit the regime's ability to bring in reinforcements").
    # Adverbial and relative clauses are their own events' business: the
    # "would" of "said Aleppo would be encircled as rebels pounded by air
    # strikes..." says nothing about the strikes.
    chain: list[Token] = [token]
    t = token
    while (t.pos_ not in ("VERB", "AUX") or t.lower_ in _LISTING) and t.head is not t and len(chain) < 8:
        t = t.head
        chain.append(t)
    first_verb = t if t.pos_ in ("VERB", "AUX") else None
    while t.head is not t and len(chain) < 12:
        if t.dep_ in ("xcomp", "ccomp", "conj", "pcomp", "aux") or (t.dep_ == "prep" and t.pos_ == "ADP"):
            t = t.head
            chain.append(t)
        elif t.head.pos_ in ("NOUN", "PROPN") and (t.dep_ == "acl" or (
                t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))):
            # "claims that rebels have entered" -> "claims" -> the verb above it.
            # (An infinitive the parser hangs on a noun as a relative clause is a
            # purpose: "promised the 'mother of all battles' to retake the district".)
            t = t.head
            chain.append(t)
            while t.pos_ not in ("VERB", "AUX") and t.head is not t and len(chain) < 12:
                t = t.head
                chain.append(t)
        else:
            break
    if _in_quote(token):
        return Modality(False, False, "quoted")
    # A weak event noun inside an "of" phrase is a description ("the path of the
    # army advance", "the risk of an offensive"), not a report.
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("pobj", "conj", "compound"):
        governor = token
        while governor.dep_ in ("conj", "compound") and governor.head is not governor:
            governor = governor.head
        if governor.dep_ == "pobj" and governor.head.lower_ == "of" and weak:
            return Modality(False, False, f"of {token.lower_}")
    # A weapon handed over is not a weapon used ("send them advanced missiles").
    if token.pos_ in ("NOUN", "PROPN") and first_verb is not None and _forms(first_verb) & _SUPPLY_VERBS:
        return Modality(False, False, f"supplied by {first_verb.lower_}")
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ in _HYPOTHETICAL_ADJ:
            return Modality(False, False, f"{child.lower_} {token.lower_}")
        if child.dep_ == "det" and child.lower_ in _NEGATIVE_DETS:
            return Modality(False, False, f"negated by {child.lower_}")
    # Up the chain to the root: a modal, a negation, a condition or an
    # intention anywhere above the trigger makes it talk, not an event.
    since_clause = False
    for c in chain:
        if c.pos_ in ("VERB", "AUX") or c is token:
            for child in c.children:
                low = child.lower_
                if child.dep_ in ("aux", "auxpass") and low in _MODALS:
                    return Modality(False, False, f"modal {low}")
                if child.dep_ == "neg":
                    return Modality(False, False, f"negated by {low}")
                if child.dep_ == "mark" and low in ("if", "unless", "whether"):
                    return Modality(False, False, f"conditional {low}")
                if child.dep_ == "mark" and low == "since":
                    since_clause = True  # "since fighting resumed": the period's start, history
            if c.head.lower_ == "since" and c.head.dep_ in ("mark", "prep") and c.dep_ in ("pcomp", "pobj"):
                since_clause = True
            if _negated_subject(c):
                return Modality(False, False, "negated subject")
        if c is not token and c.pos_ in ("NOUN", "PROPN") and any(
                d.dep_ == "det" and d.lower_ in _NEGATIVE_DETS for d in c.children):
            return Modality(False, False, f"no {c.lower_}")  # "there was no point to peace talks"
        if c is not token and _forms(c) & _IRREALIS_HEADS:
            return Modality(False, False, f"under {c.lower_}")
    # (A bare infinitive is not irrealis by itself: "gathered to protest",
    # "took to the streets to demand" report real protests; the intention heads
    # above catch "vowed to retake".)
    # A question is not a report.
    sent_text = sent.doc.user_data.get("dateline_text", "")[sent.start_char:sent.end_char] or sent.text
    if sent_text.rstrip().endswith("?"):
        return Modality(False, False, "question")
    # (The past perfect is not background by itself: news uses it for yesterday too.)
    background = since_clause or _sentence_background(sent, sent_text)
    hedged = any(_forms(c) & _HEDGES for c in chain[1:]) or any(
        ch.lower_ in _HEDGES for c in chain if c.pos_ in ("VERB", "AUX") for ch in c.children)
    return Modality(True, background, "background" if background else "", hedged)
