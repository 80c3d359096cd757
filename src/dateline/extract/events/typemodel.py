"""The event sub-type classifier: TF-IDF word and character n-grams, linear models.

Two readings are mixed:
- the main model: one linear SVM over the n-grams, trained on ACLED's notes
  and the CASE news snippets together (ACLED's style dominates it: 42k notes
  against a few hundred snippets);
- a news head (``NewsHead``): a small logistic regression trained on the news
  snippets alone, whose inputs are a static sentence embedding (wordllama) and
  the margins of a notes-only SVM over the same n-grams. It carries what the
  notes cannot teach: the news wording of the classes ACLED has no rows for
  (disasters, crime, diplomacy, claims) and paraphrases the n-grams miss.
The probabilities are ``(1 - w) * main + w * head`` where the head is sure
(its top class at least ``min_confidence``), the main model's alone elsewhere:
trained on a few hundred snippets with no "no event" examples, the head is
right 83% of the time when sure and 43% when not (cross-validated on CASE),
and an unsure head would only tip near-ties of the main model.

Trained by ``scripts/train_event_types.py`` (see ``training.py``) and shipped
as one compressed ``.npz`` in ``dateline/data/models/``: the two vocabularies,
their idf weights and the coefficient matrices (float16). Loading rebuilds
scikit-learn vectorizers with the fixed vocabulary, so nothing is pickled.
"""
from __future__ import annotations

import json
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from dateline.paths import PACKAGE_DATA

MODEL_PATH = PACKAGE_DATA / "models" / "event_types.npz"

_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")

WORD_PARAMS = {"analyzer": "word", "ngram_range": (1, 2), "token_pattern": r"(?u)\b\w[\w'-]*\b",
               "sublinear_tf": True, "lowercase": False, "dtype": np.float32}
CHAR_PARAMS = {"analyzer": "char_wb", "ngram_range": (3, 5), "sublinear_tf": True,
               "lowercase": False, "dtype": np.float32}


def normalise(text: str) -> str:
    """What both training and prediction see: lower case, digits as 0, single spaces.

    Digits carry dates and counts, not the kind of event; folding them keeps the
    model from learning ACLED's date formulas instead of the event words.
    """
    return _SPACES.sub(" ", _DIGITS.sub("0", text.lower())).strip()


@dataclass
class TypePrediction:
    sub_event_type: str
    score: float  # softmax-normalised margin in [0, 1]
    runner_up: str
    runner_up_score: float


@dataclass
class NewsHead:
    """The news-trained reading: logistic regression on [embedding, notes-only SVM margins]."""

    notes_coef: np.ndarray       # (n_features, n_notes_labels): the notes-only SVM
    notes_intercept: np.ndarray  # (n_notes_labels,)
    notes_labels: list[str]
    coef: np.ndarray             # (EMBEDDING_DIM + n_notes_labels, n_labels), columns in the model's label order
    intercept: np.ndarray        # (n_labels,)
    weight: float                # its share of the mixed probabilities
    min_confidence: float = 0.0  # the head speaks only where its top probability reaches this

    def __post_init__(self) -> None:
        self.notes_coef = np.asarray(self.notes_coef, dtype=np.float32)
        self.notes_intercept = np.asarray(self.notes_intercept, dtype=np.float32)
        self.coef = np.asarray(self.coef, dtype=np.float32)
        self.intercept = np.asarray(self.intercept, dtype=np.float32)

    def probabilities(self, embeddings: np.ndarray, notes_margins: np.ndarray) -> np.ndarray:
        dim = embeddings.shape[1]
        logits = embeddings @ self.coef[:dim] + notes_margins @ self.coef[dim:] + self.intercept
        return _softmax(logits)


class EventTypeModel:
    """A fitted TF-IDF + linear classifier over sub-event types, optionally mixed with a news head."""

    def __init__(self, word_vec: TfidfVectorizer, char_vec: TfidfVectorizer,
                 coef: np.ndarray, intercept: np.ndarray, labels: Sequence[str],
                 temperature: float = 1.0, news_head: Optional[NewsHead] = None) -> None:
        self.news_head = news_head
        self.word_vec = word_vec
        self.char_vec = char_vec
        self.coef = coef.astype(np.float32)  # (n_features, n_classes)
        self.intercept = intercept.astype(np.float32)
        self.labels = list(labels)
        self.temperature = temperature
        self._word_vocab: dict[str, int] = word_vec.vocabulary_ if hasattr(word_vec, "vocabulary_") \
            else dict(word_vec.vocabulary)
        self._char_vocab: dict[str, int] = char_vec.vocabulary_ if hasattr(char_vec, "vocabulary_") \
            else dict(char_vec.vocabulary)
        self._word_idf = np.asarray(word_vec.idf_, dtype=np.float32)
        self._char_idf = np.asarray(char_vec.idf_, dtype=np.float32)
        self._n_word = len(self._word_vocab)
        self._char_cache: dict[str, list[int]] = {}

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """scikit-learn's own transform (used to check ``decision``'s fast path)."""
        norm = [normalise(t) for t in texts]
        return sparse.hstack([self.word_vec.transform(norm), self.char_vec.transform(norm)], format="csr")

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """Linear scores of the main model, one row a text.

        Computed directly from the n-gram counts: scikit-learn's ``transform``
        costs about ten times more per call on short texts, which matters when
        every sentence of every document is scored.
        """
        return self._margins(texts)[0]

    def _margins(self, texts: Sequence[str]) -> tuple[np.ndarray, Optional[np.ndarray]]:
        """Main-model scores and, with a news head, the notes-only SVM's scores (same features)."""
        head = self.news_head
        out = np.empty((len(texts), len(self.labels)), dtype=np.float32)
        notes = np.empty((len(texts), len(head.notes_labels)), dtype=np.float32) if head else None
        for row, text in enumerate(texts):
            idx, weights = self._tfidf(text)
            out[row] = self.intercept + weights @ self.coef[idx]
            if head is not None and notes is not None:
                notes[row] = head.notes_intercept + weights @ head.notes_coef[idx]
        return out, notes

    def _tfidf(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature ids (char ids offset after the word ids) and their L2-normalised tf-idf weights."""
        norm = normalise(text)
        word_vocab = self._word_vocab
        word_counts = Counter(i for g in _word_ngrams(norm) if (i := word_vocab.get(g)) is not None)
        char_ids: list[int] = []
        for word in norm.split():
            char_ids.extend(self._char_ids(word))
        char_counts = Counter(char_ids)
        ids: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for counts, idf, offset in ((word_counts, self._word_idf, 0),
                                    (char_counts, self._char_idf, self._n_word)):
            if not counts:
                continue
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
            weights = (1.0 + np.log(tf)) * idf[idx]
            weights /= np.sqrt(float(weights @ weights))
            ids.append(idx + offset)
            vals.append(weights)
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(ids), np.concatenate(vals)

    def knows_words_of(self, text: str) -> bool:
        """Does the text share a single word n-gram with the training text? A text
        in another language or script (or mis-decoded bytes) does not, and the
        model's reading of it would be its class biases, not evidence."""
        vocab = self._word_vocab
        return any(g in vocab for g in _word_ngrams(normalise(text)))

    def _char_ids(self, word: str) -> list[int]:
        """Vocabulary ids of a word's character n-grams, cached: words recur across documents."""
        ids = self._char_cache.get(word)
        if ids is None:
            vocab = self._char_vocab
            ids = [i for g in _char_wb_ngrams(word) if (i := vocab.get(g)) is not None]
            if len(self._char_cache) < 300_000:
                self._char_cache[word] = ids
        return ids

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        margins, notes = self._margins(texts)
        probs = _softmax(margins * self.temperature)
        if self.news_head is None or notes is None or not len(texts):
            return probs
        head_probs = self.news_head.probabilities(embed(texts), notes)
        sure = head_probs.max(axis=1) >= self.news_head.min_confidence
        if not sure.any():
            return probs
        w = self.news_head.weight
        probs[sure] = (1.0 - w) * probs[sure] + w * head_probs[sure]
        return probs

    def predict(self, texts: Sequence[str]) -> list[TypePrediction]:
        probs = self.probabilities(texts)
        out: list[TypePrediction] = []
        for row in probs:
            order = np.argsort(-row)
            a, b = int(order[0]), int(order[1])
            out.append(TypePrediction(self.labels[a], float(row[a]), self.labels[b], float(row[b])))
        return out

    # -- persistence -------------------------------------------------------
    def save(self, path: Path) -> None:
        meta: dict = {"labels": self.labels, "temperature": self.temperature,
                      "word_vocab": _vocab_list(self.word_vec), "char_vocab": _vocab_list(self.char_vec)}
        arrays: dict[str, np.ndarray] = {
            "word_idf": self.word_vec.idf_.astype(np.float32), "char_idf": self.char_vec.idf_.astype(np.float32),
            "coef": self.coef.astype(np.float16), "intercept": self.intercept.astype(np.float32)}
        head = self.news_head
        if head is not None:
            meta["news_head"] = {"notes_labels": head.notes_labels, "weight": head.weight,
                                 "min_confidence": head.min_confidence, "embedding": EMBEDDING_NAME}
            arrays.update(notes_coef=head.notes_coef.astype(np.float16),
                          notes_intercept=head.notes_intercept, head_coef=head.coef,
                          head_intercept=head.intercept)
        np.savez_compressed(path, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
                            **arrays)

    @classmethod
    def load(cls, path: Path) -> "EventTypeModel":
        with np.load(path) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            word_vec = _fixed_vectorizer(WORD_PARAMS, meta["word_vocab"], z["word_idf"])
            char_vec = _fixed_vectorizer(CHAR_PARAMS, meta["char_vocab"], z["char_idf"])
            head = None
            if "news_head" in meta:
                h = meta["news_head"]
                head = NewsHead(z["notes_coef"], z["notes_intercept"], h["notes_labels"],
                                z["head_coef"], z["head_intercept"], h["weight"], h.get("min_confidence", 0.0))
            return cls(word_vec, char_vec, z["coef"], z["intercept"], meta["labels"], meta["temperature"],
                       news_head=head)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


# The static sentence embedding of the news head: wordllama's bundled
# "l2_supercat" token vectors (256 dimensions), read from the installed
# package, never downloaded.
EMBEDDING_NAME = "wordllama l2_supercat 256"
EMBEDDING_DIM = 256
_embedder_lock = threading.Lock()
_embedder = None


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length mean-pooled wordllama vectors; a text with no tokens gets zeros.

    The same vectors as ``WordLlama.embed(texts, norm=True)``, computed here on
    the tokenizer's ids directly: its padded batch arrays cost more than the
    pooling itself for the one or few sentences each call gets.
    """
    global _embedder
    if _embedder is None:
        with _embedder_lock:
            if _embedder is None:
                import wordllama
                from wordllama import WordLlama

                _embedder = WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__),
                                           disable_download=True, dim=EMBEDDING_DIM)
    table = _embedder.embedding
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    encoded = _embedder.tokenizer.encode_batch(list(texts), is_pretokenized=False, add_special_tokens=False)
    for row, enc in enumerate(encoded):
        ids = [i for i, m in zip(enc.ids, enc.attention_mask) if m]
        if not ids:
            continue
        vector = table[np.clip(np.asarray(ids, dtype=np.int64), 0, table.shape[0] - 1)].mean(axis=0)
        length = float(np.sqrt(vector @ vector))
        if length > 0.0:
            out[row] = vector / length
    return out


_TOKEN = re.compile(WORD_PARAMS["token_pattern"])
_MULTI_SPACE = re.compile(r"\s\s+")


def _word_ngrams(text: str) -> list[str]:
    """scikit-learn's word analyzer for ``WORD_PARAMS``: unigrams and bigrams."""
    tokens = _TOKEN.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def _char_wb_ngrams(text: str) -> list[str]:
    """scikit-learn's ``char_wb`` analyzer for ``CHAR_PARAMS`` (n-grams inside padded words)."""
    lo, hi = CHAR_PARAMS["ngram_range"]
    out: list[str] = []
    for word in _MULTI_SPACE.sub(" ", text).split():
        w = f" {word} "
        size = len(w)
        for n in range(lo, hi + 1):
            if n > size:
                break
            out.extend(w[i:i + n] for i in range(0, size - n + 1))
    return out


def _vocab_list(vec: TfidfVectorizer) -> list[str]:
    vocab = vec.vocabulary_
    out = [""] * len(vocab)
    for term, i in vocab.items():
        out[i] = term
    return out


def _fixed_vectorizer(params: dict, vocab: list[str], idf: np.ndarray) -> TfidfVectorizer:
    vec = TfidfVectorizer(vocabulary={t: i for i, t in enumerate(vocab)}, **params)
    vec.idf_ = idf
    return vec


_lock = threading.Lock()
_model: Optional[EventTypeModel] = None


def get_type_model() -> Optional[EventTypeModel]:
    """The shipped model, loaded once; None if it has not been trained yet."""
    global _model
    if _model is None and MODEL_PATH.exists():
        with _lock:
            if _model is None:
                _model = EventTypeModel.load(MODEL_PATH)
    return _model


def set_type_model(model: Optional[EventTypeModel]) -> None:
    """Replace the process-wide model (cross-validation in ``dateline.eval.case``)."""
    global _model
    _model = model
