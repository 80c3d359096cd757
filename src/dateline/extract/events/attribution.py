"""Who reports an event: "according to the White Helmets", "SANA reported", "the Observatory said"."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

_ACCORDING = re.compile(
    r"\b(?i:according to|citing|cited by|reported by|said by|as reported by)\s+(?i:the\s+)?"
    r"((?:[A-Z][\w'.-]*|al-|of|for|and)(?:\s+(?:[A-Z][\w'.-]*|of|for|al-|and|the))*)")
_SPEECH = {"say", "said", "says", "report", "reported", "reports", "tell", "told", "announce",
           "announced", "claim", "claimed", "confirm", "confirmed", "state", "stated", "add", "added"}
_GENERIC = {"he", "she", "they", "it", "officials", "official", "sources", "source", "witnesses",
            "residents", "people", "we", "i", "who", "that", "which"}


def _trim(name: str) -> str:
    words = name.split()
    while words and words[-1] in ("of", "for", "and", "the", "al-"):
        words.pop()
    return " ".join(words)


def source_of(sent: SpacySpan) -> Optional[str]:
    """The named source a sentence attributes its report to, if any."""
    m = _ACCORDING.search(sent.doc.user_data.get("dateline_text", "")[sent.start_char:sent.end_char]
                          or sent.text)
    if m:
        name = _trim(m.group(1))
        if name and name.lower() not in _GENERIC:
            return name
    for tok in sent:
        if tok.lower_ in _SPEECH or (tok.lemma_ or "").lower() in _SPEECH:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            head = subj[0]
            if head.lower_ in _GENERIC or head.pos_ == "PRON":
                continue
            span = sent.doc[head.left_edge.i:head.right_edge.i + 1]
            words = [t for t in span if not (t.is_punct and t.text not in ("-", "'"))]
            text = " ".join(t.text for t in words if t.lower_ not in ("the", "a", "an"))
            if text and any(ch.isupper() for ch in text) and len(text) <= 80:
                return text
    return None
