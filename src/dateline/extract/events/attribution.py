"""Who reports an event: "according to the White Helmets", "SANA reported", "the Observatory said"."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

from dateline.nlp import lemma

_ACCORDING = re.compile(
    r"\b(?i:according to|citing|cited by|reported by|said by|as reported by)\s+(?i:the\s+)?"
    r"((?:[A-Z][\w'.-]*|al-|of|for|and)(?:\s+(?:[A-Z][\w'.-]*|of|for|al-|and|the))*)")
_SPEECH = {"say", "said", "says", "report", "reported", "reports", "tell", "told", "announce",
           "announced", "claim", "claimed", "confirm", "confirmed", "state", "stated", "add", "added"}
_GENERIC = {"he", "she", "they", "it", "officials", "official", "sources", "source", "witnesses",
            "residents", "people", "we", "i", "who", "that", "which"}


_ASIDE_DEPS = {"appos", "relcl", "acl", "punct"}
_SAID_DEPS = {"ccomp", "parataxis", "dobj", "xcomp"}


def _join(words: list) -> str:  # type: ignore[type-arg]
    """Tokens back into text, keeping "Ban Ki-moon" and "Al-Mayadin" whole."""
    out = ""
    for t in words:
        if t.lower_ in ("the", "a", "an"):
            continue
        out += t.text + (t.whitespace_ if t.text != "-" else "")
    return out.strip()


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
        name = _trim(m.group(1).rstrip(".,;:"))
        if name and name.lower() not in _GENERIC:
            return name
    for tok in sent:
        if tok.lower_ in _SPEECH or (tok.pos_ == "VERB" and lemma(tok) in _SPEECH):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            if tok.dep_ != "parataxis" and not any(c.dep_ in _SAID_DEPS for c in tok.children):
                continue  # "added to the pressure" says nothing: a report has what was said
            head = subj[0]
            if head.lower_ in _GENERIC or head.pos_ == "PRON":
                continue
            if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in head.children):
                continue  # "No group claimed the attack": nobody reports anything
            # The source's own name, without what the sentence says about it
            # ("Turkey, a major sponsor of the insurgency, said" -> "Turkey").
            aside = {t.i for c in head.children if c.dep_ in _ASIDE_DEPS for t in c.subtree}
            cut = next((t.i for t in head.subtree if t.i > head.i and t.text == ","), head.right_edge.i + 1)
            words = [t for t in sent.doc[head.left_edge.i:min(cut, head.right_edge.i + 1)]
                     if t.i not in aside and not (t.is_punct and t.text not in ("-", "'"))]
            text = _join(words)
            if text and any(ch.isupper() for ch in text) and len(text) <= 80:
                return text
    return None
