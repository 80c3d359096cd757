"""Helpers shared by the event evaluations (``acled``, ``case``)."""
from __future__ import annotations

import csv
import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Iterator, Optional, Sequence

from dateline.model import Document, Event, Extraction
from dateline.pipeline import extract_documents

csv.field_size_limit(10_000_000)


def read_acled_notes(path: str, limit: Optional[int] = None) -> list[dict[str, str]]:
    """The rows of an ACLED export that have a notes text, the first ``limit`` of them."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r.get("notes", "").strip()]
    return rows[:limit] if limit else rows


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def acled_date(value: str) -> Optional[str]:
    """ACLED's ``event_date`` as ISO: "1-Dec-23", "01 December 2023", "2023-12-01"."""
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def extract_texts(items: Sequence[tuple[str, str]], published: Optional[str] = None) -> Iterator[Extraction]:
    """Run the real pipeline over (id, text) pairs, in order."""
    docs: Iterable[Document] = (Document(id=i, text=t, published=published) for i, t in items)
    return extract_documents(docs)


def first_event(ext: Extraction) -> Optional[Event]:
    return ext.events[0] if ext.events else None


@dataclass
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int


def per_class_f1(gold: Sequence[str], pred: Sequence[str]) -> dict[str, ClassScores]:
    """Precision, recall, F1 and support of every gold class."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            fp[p] += 1
    out: dict[str, ClassScores] = {}
    for c in sorted(set(gold)):
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[c] = ClassScores(round(prec, 4), round(rec, 4), round(f1, 4), tp[c] + fn[c])
    return out


def weighted_f1(scores: dict[str, ClassScores]) -> float:
    total = sum(s.support for s in scores.values())
    return sum(s.f1 * s.support for s in scores.values()) / total if total else 0.0


def macro_f1(scores: dict[str, ClassScores]) -> float:
    return sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0


def norm_name(name: Optional[str]) -> str:
    return " ".join((name or "").lower().split())
