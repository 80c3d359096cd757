"""Is a one-word dictionary alias used as a name here, or as the ordinary word?

ACLED notes teach aliases such as "Peace" (Peace Companies), "Global" (Global
Coalition Against Daesh), "Elements" or "Tigray". In news text the same words
are mostly common nouns and adjectives ("Peace talks in Geneva ...", "Global
warming", "Tigray region"). A capital letter alone proves nothing at the start
of a sentence or in a headline, so an alias that is also an English word must
show that it names something:

- it is not a modifier of a noun that is no group or force ("Peace talks",
  "Peace process", "Global deal"; "Peace Brigades fighters" is a group);
- at the start of a sentence or in a Title Case line, the tagger or the entity
  recogniser must read it as a name (NNP, or inside an ORG/NORP entity), or it
  must modify a group or force noun;
- it is not one word of a longer name ("Charles Lister", "Global Fund");
- a word the places stage took for a place stays a place unless a force or
  group noun follows ("Tigray forces" is the TPLF; "in Tigray" is a region).

"English word" means listed in the model's lemmatizer index (WordNet's nouns,
verbs, adjectives and adverbs). WordNet also lists some names ("Hezbollah"),
so the word test only decides whether the context rules apply; names the
entity recogniser knows still match.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extract.actors import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from dateline.extract.actors.finder import Builder

# Entity labels that show a word is used as the name of a group or person (the recogniser
# also tags stray capitalised words as places and facilities: "a Peace plan" FAC).
NAME_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
# Nouns an alias may modify and still name the group ("Peace fighters").
GROUP_HEADS: frozenset[str] = frozenset(
    set(lexicon.GROUP_NOUNS) | lexicon.MILITARY_NOUNS | lexicon.REBEL_NOUNS | lexicon.ARMED_GROUP_NOUNS
    | lexicon.MILITIA_NOUNS | lexicon.UNIT_WORDS | {"spokesman", "spokeswoman", "spokesperson", "commander",
                                                    "commanders", "members", "member", "positions", "position",
                                                    "militiaman", "loyalists", "supporters", "chief", "head"})

_words_lock = threading.Lock()
_english_words: Optional[frozenset[str]] = None


def english_words() -> frozenset[str]:
    """The lemmatizer's word index (lower case), loaded once; empty without a lemmatizer."""
    global _english_words
    if _english_words is None:
        with _words_lock:
            if _english_words is None:
                from dateline.nlp import get_nlp

                words: set[str] = set()
                nlp = get_nlp()
                if "lemmatizer" in nlp.component_names:
                    lookups = nlp.get_pipe("lemmatizer").lookups
                    if lookups.has_table("lemma_index"):
                        for listed in lookups.get_table("lemma_index").values():
                            words.update(w.lower() for w in listed)
                _english_words = frozenset(words)
    return _english_words


def is_english_word(low: str) -> bool:
    """``low`` or its singular is an ordinary English word ("peace", "pirates", "universities")."""
    words = english_words()
    if low in words:
        return True
    if low.endswith("ies") and low[:-3] + "y" in words:
        return True
    if low.endswith("es") and low[:-2] in words:
        return True
    return low.endswith("s") and low[:-1] in words


def common_word_use(b: "Builder", i: int) -> bool:
    """Is the one-word alias at token ``i`` the ordinary word rather than the name?"""
    tok = b.toks[i]
    named = tok.ent_type_ in NAME_ENTITIES
    if b.is_place(tok.idx, tok.idx + len(tok.text)) and not _modifies_group(tok):
        return True  # "in Tigray": the region, not the TPLF
    if not is_english_word(b.lower[i]):
        return False
    if named and _inside_longer_name(b, tok):
        return True  # "Charles Lister", "Global Fund"
    if named:
        return False
    if _modifies(tok):
        # "Peace talks", "Peace deal", "Global warming"; "Peace fighters" is the group
        return not _modifies_group(tok)
    if (_sentence_initial(tok) or _title_case_line(b, tok)) and tok.tag_ not in ("NNP", "NNPS"):
        return True  # "Peace returned to the valley.", "Peace Talks Collapse"
    return False


def _modifies(tok: Token) -> bool:
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _modifies_group(tok: Token) -> bool:
    """"Peace fighters", "Tigray forces": the word names the group the noun is."""
    if not _modifies(tok):
        return False
    return tok.head.text.lower() in GROUP_HEADS


def _inside_longer_name(b: "Builder", tok: Token) -> bool:
    """A capitalised word right beside it in the same entity ("Charles Lister")."""
    for k in (tok.i - 1, tok.i + 1):
        if 0 <= k < len(b.toks):
            other = b.toks[k]
            if other.ent_type_ == tok.ent_type_ and other.ent_iob_ != "O" and other.is_alpha \
                    and other.text[:1].isupper() and (k < tok.i and tok.ent_iob_ == "I" or k > tok.i
                                                      and other.ent_iob_ == "I"):
                return True
    return False


def _sentence_initial(tok: Token) -> bool:
    sent = tok.sent if tok.doc.has_annotation("SENT_START") else None
    start = sent.start if sent is not None else 0
    k = start
    while k < tok.i and not tok.doc[k].is_alpha:
        k += 1  # opening quotes and brackets
    return k == tok.i


def _title_case_line(b: "Builder", tok: Token) -> bool:
    """Is the word in a headline-like line where most longer words are capitalised?"""
    text = b.text
    lo = text.rfind("\n", 0, tok.idx) + 1
    hi = text.find("\n", tok.idx)
    line = text[lo:hi if hi >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.75 * len(words)
