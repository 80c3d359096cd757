"""Tense of the clause around a temporal expression: past, future or present.

A weekday or a bare month is resolved backwards in a past-tense clause and
forwards in a future one. With a spaCy ``Doc`` the governing verb's tag
decides; without one, cue words of the same sentence do (fast, and good
enough for news, where the past is the default).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Doc

PAST, PRESENT, FUTURE = "past", "present", "future"

_FUTURE_CUES = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|gonna|plans? to|planned|planning to|scheduled|"
    r"expects? to|expected\s+(?:to|in|by)|set to|aims? to|intends? to|would|upcoming|is to|are to|due\s+(?:to|in|by)|"
    r"effective|to be held|to begin|to start|to hold|to meet|to vote|to visit|"
    # News present of a scheduled event: "leaders meet Monday", "talks resume Tuesday".
    r"meets?|resumes?|reconvenes?|convenes?)\b", re.I)
# Past cues: common irregular past forms, and any "-ed" word except the few
# that are not past forms ("need", "succeed", "hundred", "indeed").
_PAST_WORDS = (
    "was were had did said told reported announced killed died began took made came "
    "went fell rose left saw held met ago brought bought sold gave got won lost paid kept led sent "
    "spent built found became wrote spoke chose grew knew threw flew fought caught sought stood felt "
    "meant struck thought ran drove broke").split()
_NOT_PAST_PREFIXES = ("expected", "scheduled", "planned", "proposed")
_NOT_PAST_ED = ("need", "succeed", "proceed", "exceed", "speed", "feed", "heed", "bleed", "breed", "indeed",
                "hundred")
_PAST_CUES = re.compile(
    r"\b(?:" + "|".join(_PAST_WORDS) + "|(?!" + "|".join(_NOT_PAST_PREFIXES) + ")"
    r"(?!(?:" + "|".join(_NOT_PAST_ED) + r")\b)\w{3,}ed)\b", re.I)
_PAST_WORD_SET = frozenset(_PAST_WORDS)
_NOT_PAST_ED_SET = frozenset(_NOT_PAST_ED)
_WORD = re.compile(r"\w+")


def _past_cues(chunk: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PAST_CUES.finditer(chunk)``, found a word at a time.

    Each match of that pattern is one whole word (it starts and ends at a word
    boundary and holds only word characters), so testing every word gives the
    same spans, about three times faster than the pattern's long alternation.
    An ASCII word is tested with ``lower()``; any other word by the pattern
    itself (``re.I`` folds a few non-ASCII letters, such as the Kelvin sign)."""
    for m in _WORD.finditer(chunk):
        word = m.group()
        if not word.isascii():
            if _PAST_CUES.fullmatch(word):
                yield m
            continue
        low = word.lower()
        if low in _PAST_WORD_SET or (len(low) >= 5 and low.endswith("ed") and low not in _NOT_PAST_ED_SET
                                     and not low.startswith(_NOT_PAST_PREFIXES)):
            yield m


# A plan word right before the date: "effective Feb. 1", "due on Monday", "scheduled for May".
_ADJACENT_FUTURE = re.compile(r"\b(?:effective|due(?:\s+(?:on|by|in))?|scheduled\s+for|slated\s+for|set\s+for)\s+(?:on\s+)?$",
                              re.I)
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+|not\s+been\s+)?$", re.I)
# A modal or "to" just before an "-ed"-looking cue makes it a bare verb ("will succeed").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|'ll|won't|to)\s+(?:\w+ly\s+|not\s+)?$", re.I)
# A sentence ends at . ! ? ; followed by space, but not after an initial or a
# title ("Daniel P. Davison", "Mr. Smith", "Jan. 8"). The lookahead first lets
# most positions fail on one character test before the many lookbehinds run.
_SENT_BOUND = re.compile(r"(?=[.!?;]\s)(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bCol)"
                         r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bOct)"
                         r"(?<!\bNov)(?<!\bDec)(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bU\.S)[.!?;]\s|\n")


def _sentence_window(text: str, start: int, end: int, radius: int = 140) -> tuple[str, str]:
    """The text of the same sentence before and after the expression (bounded)."""
    lo = max(0, start - radius)
    left = text[lo:start]
    cut = None
    for m in _SENT_BOUND.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    right = text[end:end + radius]
    m = _SENT_BOUND.search(right)
    if m:
        right = right[:m.start()]
    return left, right


def clause_tense(text: str, start: int, end: int, sdoc: Optional[Doc] = None) -> str:
    """The tense of the clause that contains text[start:end]."""
    left, right = _sentence_window(text, start, end)
    if _ADJACENT_FUTURE.search(left[-24:]):
        return FUTURE  # "effective Feb. 1", "due by March": the date itself is the plan's, whatever the verb
    if sdoc is not None:
        t = _tense_from_doc(sdoc, start, end)
        if t == PRESENT and _cue_tense(left, right) == FUTURE:
            return FUTURE  # "leaders meet Monday": a present the cue words read as a scheduled event
        if t is not None:
            return t
    return _cue_tense(left, right)


def _cue_tense(left: str, right: str) -> str:
    """The nearer cue wins: score future and past cues by distance."""
    best: tuple[int, str] | None = None
    for chunk, is_left in ((left, True), (right, False)):
        for cues, label in ((_FUTURE_CUES.finditer, FUTURE), (_past_cues, PAST)):
            for m in cues(chunk):
                if label == PAST and _MODAL_BEFORE.search(chunk[max(0, m.start() - 20):m.start()]):
                    continue
                cue = label
                if label == FUTURE and _PLUPERFECT_BEFORE.search(chunk[max(0, m.start() - 16):m.start()]):
                    cue = PAST  # "had been due to expire Friday": a plan that was, so the past day
                dist = len(chunk) - m.end() if is_left else m.start()
                if not is_left:
                    dist += 15  # the governing verb usually comes first ("said Monday")
                if best is None or dist < best[0]:
                    best = (dist, cue)
    return best[1] if best else PAST


def _tense_from_doc(sdoc: Doc, start: int, end: int) -> Optional[str]:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    # Climb to the verb that governs the expression.
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    for a in aux:
        low = a.lower_
        if low in ("will", "shall", "'ll", "wo") or (low == "going"):
            return FUTURE
        if low in ("would",):
            return FUTURE
    if tok.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in aux):
        return PAST
    # An infinitive ("to acquire ... Friday", "due to expire Friday") or a participle
    # ("rising ... in March") takes its time from the clause around it: the cue words decide.
    if tok.tag_ in ("VBZ", "VBP"):
        return PRESENT
    return None
