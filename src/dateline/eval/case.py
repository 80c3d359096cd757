"""CASE 2021 task 2 snippets: the first event's sub-type, support-weighted F1 over 30 classes.

``dateline eval case ../shared/eval/events/case2021-task2-dev.tsv [--mode MODE]``

Modes:
- ``model`` (default): the shipped classifier through the real pipeline. The
  shipped model is trained on ACLED notes *and the CASE dev snippets*, so on
  the dev file this figure is not a fair one (use it on held-out data).
- ``cv``: 5-fold cross-validation: for each fold a model is trained on the
  ACLED notes plus the other four folds' snippets and scores only its own
  fold, through the real pipeline. This is the fair dev figure of the shipped
  recipe. Needs ``../shared/eval/events/train``.
- ``acled-only``: a model trained on the ACLED notes alone, through the pipeline.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any, Optional

from dateline.eval.common import extract_texts, first_event, macro_f1, per_class_f1, weighted_f1
from dateline.extract.events.taxonomy import CASE_CODES
from dateline.extract.events.typemodel import get_type_model, set_type_model

FOLDS = 5
SEED = 13
NO_EVENT = "(no event)"


def _read(path: str) -> list[tuple[str, str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return [(r["id"], r["EventSnippet"], CASE_CODES[r["SubType"].strip()])
                for r in csv.DictReader(f, delimiter="\t")]


def _predict(items: list[tuple[str, str, str]]) -> list[str]:
    out = []
    for ext in extract_texts([(i, t) for i, t, _ in items]):
        ev = first_event(ext)
        out.append(ev.sub_event_type if ev else NO_EVENT)
    return out


def _train_dir() -> Path:
    from dateline.paths import shared_dir

    shared = shared_dir()
    if shared is None:
        raise FileNotFoundError("../shared/eval/events/train is needed to train fold models")
    return shared / "eval" / "events" / "train"


def _cross_validated(items: list[tuple[str, str, str]]) -> tuple[list[str], list[float]]:
    """Out-of-fold predictions and each fold's own weighted F1 (their spread is the figure's noise)."""
    from dateline.extract.events.training import fit_notes_model, fit_with_news, load_acled

    # The features and the notes-only SVM do not depend on the snippets: fitted once.
    notes_model = fit_notes_model(load_acled(_train_dir(), seed=SEED), seed=SEED)
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    pred: list[str] = [NO_EVENT] * len(items)
    fold_f1: list[float] = []
    shipped = get_type_model()
    try:
        for k in range(FOLDS):
            held = sorted(order[k::FOLDS])
            held_set = set(held)
            train_idx = [i for i in range(len(items)) if i not in held_set]
            set_type_model(fit_with_news(notes_model, [items[i][1] for i in train_idx],
                                         [items[i][2] for i in train_idx]))
            for i, p in zip(held, _predict([items[i] for i in held])):
                pred[i] = p
            fold_f1.append(round(weighted_f1(per_class_f1([items[i][2] for i in held],
                                                          [pred[i] for i in held])), 4))
    finally:
        set_type_model(shipped)
    return pred, fold_f1


def _acled_only(items: list[tuple[str, str, str]]) -> list[str]:
    from dateline.extract.events.training import fit, load_acled

    shipped = get_type_model()
    try:
        set_type_model(fit(load_acled(_train_dir(), seed=SEED), seed=SEED))
        return _predict(items)
    finally:
        set_type_model(shipped)


def run(path: str, limit: Optional[int] = None, mode: Optional[str] = None) -> dict[str, Any]:
    items = _read(path)
    if limit:
        items = items[:limit]
    mode = mode or "model"
    fold_f1: list[float] = []
    if mode == "cv":
        pred, fold_f1 = _cross_validated(items)
    elif mode == "acled-only":
        pred = _acled_only(items)
    elif mode == "model":
        pred = _predict(items)
    else:
        raise ValueError(f"unknown mode {mode!r}: model, cv or acled-only")
    gold = [g for _, _, g in items]
    scores = per_class_f1(gold, pred)
    return {
        "set": "case", "path": path, "mode": mode, "items": len(items),
        "weighted_f1": round(weighted_f1(scores), 4),
        "macro_f1": round(macro_f1(scores), 4),
        "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / len(items), 4) if items else 0.0,
        "no_event": pred.count(NO_EVENT),
        **({"fold_weighted_f1": fold_f1} if fold_f1 else {}),
        "per_class": {c: vars(s) for c, s in scores.items()},
        "note": ("the shipped model was trained on the CASE dev snippets: use mode cv for a fair dev figure"
                 if mode == "model" else ""),
    }
