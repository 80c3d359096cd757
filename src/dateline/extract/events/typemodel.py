"""The event sub-type classifier: TF-IDF word and character n-grams, one linear model.

Trained by ``scripts/train_event_types.py`` (see ``training.py``) and shipped
as one compressed ``.npz`` in ``dateline/data/models/``: the two vocabularies,
their idf weights and the coefficient matrix (float16). Loading rebuilds
scikit-learn vectorizers with the fixed vocabulary, so nothing is pickled.
"""
from __future__ import annotations

import json
from collections import Counter
import re
import threading
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


class EventTypeModel:
    """A fitted TF-IDF + linear classifier over sub-event types."""

    def __init__(self, word_vec: TfidfVectorizer, char_vec: TfidfVectorizer,
                 coef: np.ndarray, intercept: np.ndarray, labels: Sequence[str],
                 temperature: float = 1.0) -> None:
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
        """Linear scores, one row a text.

        Computed directly from the n-gram counts: scikit-learn's ``transform``
        costs about ten times more per call on short texts, which matters when
        every sentence of every document is scored.
        """
        out = np.empty((len(texts), len(self.labels)), dtype=np.float32)
        for row, text in enumerate(texts):
            norm = normalise(text)
            score = self.intercept.copy()
            word_vocab = self._word_vocab
            word_counts = Counter(i for g in _word_ngrams(norm) if (i := word_vocab.get(g)) is not None)
            char_ids: list[int] = []
            for word in norm.split():
                char_ids.extend(self._char_ids(word))
            char_counts = Counter(char_ids)
            for counts, idf, offset in ((word_counts, self._word_idf, 0),
                                        (char_counts, self._char_idf, self._n_word)):
                if not counts:
                    continue
                idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
                weights = (1.0 + np.log(tf)) * idf[idx]
                weights /= np.sqrt(float(weights @ weights))
                score += weights @ self.coef[idx + offset]
            out[row] = score
        return out

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
        margins = self.decision(texts) * self.temperature
        margins -= margins.max(axis=1, keepdims=True)
        exp = np.exp(margins)
        return exp / exp.sum(axis=1, keepdims=True)

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
        meta = {"labels": self.labels, "temperature": self.temperature,
                "word_vocab": _vocab_list(self.word_vec), "char_vocab": _vocab_list(self.char_vec)}
        np.savez_compressed(
            path, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
            word_idf=self.word_vec.idf_.astype(np.float32), char_idf=self.char_vec.idf_.astype(np.float32),
            coef=self.coef.astype(np.float16), intercept=self.intercept.astype(np.float32))

    @classmethod
    def load(cls, path: Path) -> "EventTypeModel":
        with np.load(path) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            word_vec = _fixed_vectorizer(WORD_PARAMS, meta["word_vocab"], z["word_idf"])
            char_vec = _fixed_vectorizer(CHAR_PARAMS, meta["char_vocab"], z["char_idf"])
            return cls(word_vec, char_vec, z["coef"], z["intercept"], meta["labels"], meta["temperature"])


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
