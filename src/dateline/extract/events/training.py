"""Training the event sub-type classifier (used by ``scripts/train_event_types.py``
and by the cross-validated CASE evaluation).

Training data: ACLED notes (``../shared/eval/events/train/acled-extra.csv``),
the pre-2019 rows whose old event type names a modern sub-type one to one, and
optionally CASE 2021 snippets. Large classes are capped so that peaceful
protests do not drown the rare territorial sub-types.
"""
from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from dateline.extract.events.taxonomy import CASE_CODES, OLD_SCHEMA_SUB_TYPES
from dateline.extract.events.typemodel import CHAR_PARAMS, WORD_PARAMS, EventTypeModel, normalise

csv.field_size_limit(10_000_000)


@dataclass
class TrainingSet:
    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)

    def add(self, text: str, label: str, weight: float = 1.0) -> None:
        self.texts.append(text)
        self.labels.append(label)
        self.weights.append(weight)

    def extend(self, other: "TrainingSet") -> None:
        self.texts += other.texts
        self.labels += other.labels
        self.weights += other.weights


def _strip_label_prefix(note: str) -> str:
    """Drop ACLED's leading "Property destruction:"-style label, which news text never has."""
    head, sep, rest = note.partition(":")
    if sep and len(head) < 40 and not any(ch.isdigit() for ch in head):
        return rest.strip()
    return note


# Chosen by 5-fold cross-validation on the CASE dev snippets (see docs/evaluation-events.md).
CAP_PER_CLASS = 5000
CASE_WEIGHT = 20.0


def load_acled(train_dir: Path, cap_per_class: int = CAP_PER_CLASS, seed: int = 13) -> TrainingSet:
    rng = random.Random(seed)
    by_label: dict[str, list[str]] = defaultdict(list)
    with open(train_dir / "acled-extra.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["notes"].strip() and row["sub_event_type"].strip():
                by_label[row["sub_event_type"].strip()].append(row["notes"])
    old = train_dir / "acled-old-schema.csv"
    if old.exists():
        with open(old, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                sub = OLD_SCHEMA_SUB_TYPES.get(row["event_type"].strip())
                if sub and row["notes"].strip():
                    by_label[sub].append(row["notes"])
    out = TrainingSet()
    for label in sorted(by_label):
        notes = by_label[label]
        rng.shuffle(notes)
        for note in notes[:cap_per_class]:
            # Half the notes lose their label prefix so the model learns the event words too.
            out.add(_strip_label_prefix(note) if rng.random() < 0.5 else note, label)
    return out


def load_case(path: Path) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            texts.append(row["EventSnippet"])
            labels.append(CASE_CODES[row["SubType"].strip()])
    return texts, labels


def fit(data: TrainingSet, seed: int = 13, word_features: int = 60000, char_features: int = 80000,
        c: float = 0.3) -> EventTypeModel:
    norm = [normalise(t) for t in data.texts]
    word_vec = TfidfVectorizer(min_df=2, max_features=word_features, **WORD_PARAMS)
    char_vec = TfidfVectorizer(min_df=3, max_features=char_features, **CHAR_PARAMS)
    x = sparse.hstack([word_vec.fit_transform(norm), char_vec.fit_transform(norm)], format="csr")
    # No class re-weighting: balanced weights gained CASE 0.007 F1 in cross-validation
    # but cost 0.03 accuracy on ACLED notes (capping the big classes is enough).
    clf = LinearSVC(C=c, random_state=seed, max_iter=3000)
    clf.fit(x, data.labels, sample_weight=np.asarray(data.weights))
    coef = clf.coef_.T.astype(np.float32)
    labels = list(clf.classes_)
    # Margins of a linear SVM are roughly in [-1.5, 1.5]; scale them so the
    # softmax gives usable confidences (picked on the training margins).
    return EventTypeModel(word_vec, char_vec, coef, clf.intercept_.astype(np.float32), labels, temperature=4.0)


def case_training_set(texts: Sequence[str], labels: Sequence[str], weight: float) -> TrainingSet:
    out = TrainingSet()
    for t, l in zip(texts, labels):
        out.add(t, l, weight)
    return out


def train(train_dir: Path, case_path: Optional[Path] = None, case_weight: float = CASE_WEIGHT,
          seed: int = 13, cap_per_class: int = CAP_PER_CLASS) -> EventTypeModel:
    data = load_acled(train_dir, cap_per_class=cap_per_class, seed=seed)
    if case_path is not None:
        texts, labels = load_case(case_path)
        data.extend(case_training_set(texts, labels, case_weight))
    return fit(data, seed=seed)
