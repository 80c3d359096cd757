"""Text utilities shared by stories and timelines.

Stored documents are plain text with character offsets that the extraction
stages refer to, so sentences are returned as spans of the stored text rather
than as re-tokenised strings. Nothing here needs spaCy: the cross-document
layer runs over thousands of stored texts and must stay fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional, Sequence

from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cpl adm gov sen rep rev st mt ft jr sr
inc corp co ltd no vs etc al jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.g i.e a.m p.m
""".split())

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets),
# then whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?]+['\"\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def iso_day(value: Optional[str]) -> Optional[str]:
    """The YYYY-MM-DD a date or datetime string starts with, when it is a real day."""
    m = _ISO_DAY.match(value or "")
    if not m:
        return None
    try:
        date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return m.group(1)


_WORD = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a stored document: its span and its text."""

    start: int
    end: int
    text: str


def _ends_in_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    i = dot
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    word = text[i:dot].lower().strip("(\"'\u201c")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith") and dotted acronyms ("U.S.").
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str, min_chars: int = 2) -> list[Sentence]:
    """Sentences of ``text`` as spans; line breaks always end a sentence."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        chunk = line.group()
        pos = 0
        for m in _BOUNDARY.finditer(chunk):
            # A lone "." that closes an abbreviation does not end the sentence.
            if m.group().startswith(".") and len(m.group().rstrip("'\"\u201d\u2019)]")) == 1 \
                    and _ends_in_abbreviation(chunk, m.start()):
                continue
            _add_sentence(out, text, base + pos, base + m.end(), min_chars)
            pos = m.end()
        _add_sentence(out, text, base + pos, base + len(chunk), min_chars)
    return out


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, min_chars: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= min_chars:
        out.append(Sentence(start, end, text[start:end]))


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; "'s" kept with its word)."""
    return _WORD.findall(text.lower())


def content_words(text: str) -> list[str]:
    """Word tokens without English stop words or one-character tokens."""
    return [w for w in words(text) if len(w) > 1 and w not in ENGLISH_STOP_WORDS]


def query_terms(query: Optional[str]) -> list[str]:
    """The content words of a ``--query``; the whole lower-cased words when all are stop words."""
    if not query:
        return []
    terms = content_words(query)
    return terms or words(query)


def matches_query(text_words: Iterable[str], terms: Sequence[str]) -> bool:
    """True when any query term is a word of the text or a prefix of one ("egypt" ~ "egyptian")."""
    if not terms:
        return True
    for w in text_words:
        for t in terms:
            if w.startswith(t) if len(t) >= 4 else w == t:
                return True
    return False


def fit_tfidf(texts: Sequence[str], min_df: int = 1, max_df: float = 0.9,
              ngram_range: tuple[int, int] = (1, 1)) -> tuple[TfidfVectorizer, sparse.csr_matrix]:
    """A TF-IDF model over ``texts`` and their L2-normalised vectors."""
    if len(texts) < 2:
        max_df = 1.0
    vec = TfidfVectorizer(tokenizer=content_words, lowercase=False, token_pattern=None,
                          min_df=min_df, max_df=max_df, sublinear_tf=True, ngram_range=ngram_range)
    try:
        matrix = vec.fit_transform(texts)
    except ValueError:  # empty vocabulary (no content words at all)
        vec = TfidfVectorizer(tokenizer=words, lowercase=False, token_pattern=None)
        matrix = vec.fit_transform([t or "empty" for t in texts])
    return vec, sparse.csr_matrix(matrix)


def detokenise(text: str) -> str:
    """Undo Penn-Treebank tokenisation ("-LRB-", "`` x ''", "Egypt 's", "do n't")."""
    for tok, rep in (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"),
                     ("-LCB-", "{"), ("-RCB-", "}"), ("``", '"'), ("''", '"'), ("\\/", "/")):
        text = text.replace(tok, rep)
    lines = []
    for line in text.split("\n"):
        # Straight double quotes alternate: an opening one joins the next token,
        # a closing one the previous token.
        out: list[str] = []
        opening = True
        glue_next = False
        for tok in line.split(" "):
            if tok == '"':
                if opening or not out:
                    out.append('"')
                    glue_next = True
                else:
                    out[-1] += '"'
                opening = not opening
                continue
            if glue_next and out:
                out[-1] += tok
            else:
                out.append(tok)
            glue_next = False
        lines.append(" ".join(out))
    text = "\n".join(lines)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)", r"\1", text, flags=re.I)
    text = re.sub(r"([(\[{]) ", r"\1", text)
    text = re.sub(r" ([)\]},.;:!?%])", r"\1", text)
    text = re.sub(r"\$ (?=\d)", "$", text)
    return text
