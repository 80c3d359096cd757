"""Timeline summarisation on Timeline17-style topics: Date-F1 and alignment-based ROUGE.

``dateline eval tls ../shared/eval/tls`` (every ``t17-*`` topic) or
``dateline eval tls ../shared/eval/tls/t17-egypt`` (one topic). For each topic
the articles (``articles.csv``: date, Penn-Treebank-tokenised text) are
detokenised and stored in a temporary store as ``dateline ingest`` would, and
for every gold timeline (``timelines/*.txt``) ``build_timeline`` is run with
``query`` = the topic's name (the folder name without ``t17-``), ``max_dates``
= the gold's number of dates and ``sentences_per_date`` = the gold's mean
number of sentences per date (rounded, at least 1).

Modes:
- ``fast`` (default): documents go through the time stage only (time
  expressions resolved against the publication date), which is all the
  timeline uses; the spaCy-based stages are skipped.
- ``full``: the whole extraction pipeline, as ``dateline ingest`` runs it.

Scores (averaged over all gold timelines; per topic in ``topics``):
- Date-F1: F1 of the set of predicted dates against the gold dates.
- Alignment-based ROUGE-1/2 F, our implementation of Martschat & Markert's
  (2017) "align, date-content costs, many-to-one" variant:
  tokens are lower-cased runs of letters and digits (no stemming, stop words
  kept); each predicted date ``t`` is aligned to the gold date ``r`` that
  maximises ``w(t, r) * (1 + R1F(t, r)) / 2``, where ``w = 1 / (1 + |t - r| in
  days)`` and ``R1F`` is the ROUGE-1 F of the two dates' summaries (so the
  closest date wins unless a slightly further one says much the same).
  Precision = sum over ``t`` of ``w * overlap_N(t, r)`` / all predicted
  n-grams; recall = sum over gold dates ``r`` of the n-gram counts of ``r``
  matched by the weighted n-grams of the dates aligned to it (clipped to
  ``r``'s own counts) / all gold n-grams; F = harmonic mean. ``overlap_N`` is
  the clipped n-gram overlap of plain ROUGE-N.
"""
from __future__ import annotations

import csv
import logging
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from dateline.fuse.text import detokenise
from dateline.model import Document, Extraction, TimelineEntry

log = logging.getLogger(__name__)
csv.field_size_limit(1 << 30)

_DATE_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*$")
_DASHES = re.compile(r"^\s*-{5,}\s*$")
_TOKEN = re.compile(r"[a-z0-9]+")
MODES = ("fast", "full")


# ---------------------------------------------------------------- data

@dataclass
class GoldTimeline:
    name: str
    entries: list[TimelineEntry]

    @property
    def sentences_per_date(self) -> int:
        n = sum(len(e.sentences) for e in self.entries)
        return max(1, round(n / max(1, len(self.entries))))


def read_gold(path: Path) -> GoldTimeline:
    """A gold timeline: a date line, its sentences, a line of dashes; repeated."""
    by_date: dict[str, list[str]] = {}
    current: Optional[str] = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _DATE_LINE.match(line)
        if m and current is None:
            current = m.group(1)
            by_date.setdefault(current, [])
        elif _DASHES.match(line):
            current = None
        elif current is not None and line.strip():
            by_date[current].append(line.strip())
    entries = [TimelineEntry(d, s) for d, s in sorted(by_date.items())]
    return GoldTimeline(path.stem, entries)


def topic_query(topic_dir: Path) -> str:
    """The topic's name: the folder name without its ``t17-`` prefix."""
    return re.sub(r"^t\d+-", "", topic_dir.name)


def read_articles(topic_dir: Path, workdir: Path) -> list[Document]:
    """The topic's articles, detokenised, read through the ordinary CSV reader."""
    from dateline.ingest import read_paths

    clean = workdir / f"{topic_dir.name}.csv"
    with open(topic_dir / "articles.csv", encoding="utf-8", newline="") as src, \
            open(clean, "w", encoding="utf-8", newline="") as dst:
        writer = csv.writer(dst)
        writer.writerow(["id", "date", "text"])
        for i, row in enumerate(csv.DictReader(src)):
            writer.writerow([f"{topic_dir.name}-{i:05d}", row.get("date", ""), detokenise(row.get("text", ""))])
    return [d for d in read_paths([str(clean)]) if not d.errors]


def _extract_fast(docs: Iterable[Document]) -> Iterator[Extraction]:
    from dateline.extract.time import tag_times

    for doc in docs:
        ext = Extraction(doc=doc)
        try:
            ext.timexes = tag_times(doc.clean_text, ext.reference_date, None)
        except Exception as exc:  # as in the pipeline: one document's failure is recorded, not fatal
            log.warning("time stage failed on %s: %s: %s", doc.id, type(exc).__name__, exc)
            ext.errors.append(f"time: {type(exc).__name__}: {exc}")
        yield ext


def _extract(docs: list[Document], mode: str) -> Iterator[Extraction]:
    if mode == "full":
        from dateline.pipeline import extract_documents

        return extract_documents(docs)
    return _extract_fast(docs)


# ---------------------------------------------------------------- metrics

def _tokens(sentences: Iterable[str]) -> list[str]:
    return _TOKEN.findall(" ".join(sentences).lower())


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _overlap(a: Counter, b: Counter) -> int:
    return sum(min(v, b[g]) for g, v in a.items() if g in b)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def date_f1(pred: list[TimelineEntry], gold: list[TimelineEntry]) -> dict[str, float]:
    p_dates, g_dates = {e.date for e in pred}, {e.date for e in gold}
    hit = len(p_dates & g_dates)
    p = hit / len(p_dates) if p_dates else 0.0
    r = hit / len(g_dates) if g_dates else 0.0
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def align_dates(pred: list[TimelineEntry], gold: list[TimelineEntry]) -> list[tuple[int, int, float]]:
    """Many-to-one alignment: (predicted index, gold index, date weight) per predicted date."""
    g_uni = [_ngrams(_tokens(g.sentences), 1) for g in gold]
    g_len = [sum(c.values()) for c in g_uni]
    out = []
    for i, p in enumerate(pred):
        p_uni = _ngrams(_tokens(p.sentences), 1)
        p_len = sum(p_uni.values())
        best, best_score, best_w = -1, -1.0, 0.0
        for j, g in enumerate(gold):
            w = 1.0 / (1 + _days_apart(p.date, g.date))
            ov = _overlap(p_uni, g_uni[j])
            sim = 2 * ov / (p_len + g_len[j]) if p_len + g_len[j] else 0.0
            score = w * (1 + sim) / 2
            if score > best_score:
                best, best_score, best_w = j, score, w
        if best >= 0:
            out.append((i, best, best_w))
    return out


def alignment_rouge(pred: list[TimelineEntry], gold: list[TimelineEntry], n: int) -> dict[str, float]:
    """Alignment-based ROUGE-N (date-content costs, many-to-one); see the module docstring."""
    p_grams = [_ngrams(_tokens(e.sentences), n) for e in pred]
    g_grams = [_ngrams(_tokens(e.sentences), n) for e in gold]
    p_total = sum(sum(c.values()) for c in p_grams)
    g_total = sum(sum(c.values()) for c in g_grams)
    if not p_total or not g_total:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    matched_p = 0.0
    received: dict[int, Counter] = {}
    for i, j, w in align_dates(pred, gold):
        matched_p += w * _overlap(p_grams[i], g_grams[j])
        acc = received.setdefault(j, Counter())
        for g, v in p_grams[i].items():
            if g in g_grams[j]:
                acc[g] += w * min(v, g_grams[j][g])
    matched_r = sum(min(v, g_grams[j][g]) for j, acc in received.items() for g, v in acc.items())
    p, r = matched_p / p_total, matched_r / g_total
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def score_timeline(pred: list[TimelineEntry], gold: list[TimelineEntry]) -> dict[str, float]:
    return {"date_f1": date_f1(pred, gold)["f1"],
            "ar1_f": alignment_rouge(pred, gold, 1)["f1"],
            "ar2_f": alignment_rouge(pred, gold, 2)["f1"]}


# ---------------------------------------------------------------- runs

def topic_dirs(path: str) -> list[Path]:
    root = Path(path)
    if (root / "articles.csv").is_file():
        return [root]
    found = sorted(p for p in root.iterdir() if p.is_dir() and (p / "articles.csv").is_file())
    if not found:
        raise FileNotFoundError(f"no topic folders (with articles.csv) in {path}")
    return found


def run_topic(topic_dir: Path, mode: str = "fast") -> dict:
    """Ingest one topic into a temporary store, build and score a timeline per gold timeline."""
    from dateline.fuse.timeline import build_timeline
    from dateline.store import open_store

    golds = [read_gold(p) for p in sorted((topic_dir / "timelines").glob("*.txt"))]
    query = topic_query(topic_dir)
    with tempfile.TemporaryDirectory(prefix="dateline-tls-") as tmp:
        t0 = time.perf_counter()
        docs = read_articles(topic_dir, Path(tmp))
        store = open_store(f"sqlite:///{tmp}/tls.db")
        try:
            failed = 0
            for ext in _extract(docs, mode):
                failed += bool(ext.errors)
                store.add_extraction(ext)
            t_ingest = time.perf_counter() - t0
            results = []
            t1 = time.perf_counter()
            for gold in golds:
                pred = build_timeline(store, query=query, max_dates=len(gold.entries),
                                      sentences_per_date=gold.sentences_per_date)
                scores = score_timeline(pred, gold.entries)
                scores.update({"timeline": gold.name, "gold_dates": len(gold.entries),
                               "predicted_dates": len(pred), "sentences_per_date": gold.sentences_per_date})
                results.append(scores)
            t_timeline = time.perf_counter() - t1
        finally:
            store.close()
    return {"topic": topic_dir.name, "query": query, "articles": len(docs), "stage_errors": failed,
            "timelines": results,
            "ingest_seconds": round(t_ingest, 1), "timeline_seconds": round(t_timeline, 1)}


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def run(path: str, limit: Optional[int] = None, mode: Optional[str] = None) -> dict:
    """Score every topic under ``path`` (or the one topic ``path`` is); ``limit``: first N topics."""
    mode = mode or "fast"
    if mode not in MODES:
        raise ValueError(f"tls mode must be one of {MODES}, not {mode!r}")
    topics = topic_dirs(path)[:limit] if limit else topic_dirs(path)
    per_topic = []
    for t in topics:
        log.info("tls: %s (%s mode)", t.name, mode)
        per_topic.append(run_topic(t, mode))
    rows = [r for t in per_topic for r in t["timelines"]]
    summary = {
        "set": "tls", "mode": mode, "topics": len(per_topic), "timelines": len(rows),
        "date_f1": _mean([r["date_f1"] for r in rows]),
        "ar1_f": _mean([r["ar1_f"] for r in rows]),
        "ar2_f": _mean([r["ar2_f"] for r in rows]),
        "ingest_seconds": round(sum(t["ingest_seconds"] for t in per_topic), 1),
        "timeline_seconds": round(sum(t["timeline_seconds"] for t in per_topic), 1),
        "stage_errors": sum(t["stage_errors"] for t in per_topic),
        "per_topic": {t["topic"]: {"query": t["query"], "articles": t["articles"],
                                   "ingest_seconds": t["ingest_seconds"],
                                   "timelines": {r["timeline"]: {k: (round(v, 4) if isinstance(v, float) else v)
                                                                 for k, v in r.items() if k != "timeline"}
                                                 for r in t["timelines"]}}
                      for t in per_topic},
    }
    return summary
