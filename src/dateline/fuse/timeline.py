"""Timeline summarisation over stored documents.

A date-wise approach in the spirit of the timeline-summarisation literature
(Tran et al. 2013; Martschat & Markert 2018; Ghalandari & Ifrim 2020): first
rank the days, then summarise each chosen day with a few sentences.

1. Every sentence is dated: by the day-precision time expressions inside it
   (resolved by the time stage against the document's publication date), else
   by the publication date of its document ("lead" sentences only, since the
   lead of a news report summarises the day's news).
2. A day's importance grows with how many reports *mention* it, especially
   reports published days later and in their body rather than their lead
   (looking back at a day marks it as a key moment), and with how many
   reports were *published* on it.
3. Each chosen day's candidate sentences are scored by their similarity to
   the day's own centroid (TF-IDF), the share of documents that support it and
   the query; sentences too similar to ones already chosen are skipped.

``--query`` keeps documents that mention the query's words (a query that hits
almost nothing is treated as a hint, not a filter) and favours sentences that
mention them.
"""
from __future__ import annotations

import bisect
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

import numpy as np
from scipy import sparse

from dateline.fuse.text import (
    Sentence, fit_tfidf, iso_day, matches_query, query_terms, split_sentences, words,
)
from dateline.model import Extraction, TimelineEntry

log = logging.getLogger(__name__)

DEFAULT_MAX_DATES = 10
DEFAULT_SENTENCES_PER_DATE = 1


@dataclass
class TimelineSettings:
    """Tunable weights of date ranking and sentence selection."""

    lead_sentences: int = 5  # undated sentences of a report dated by its publication day
    mention_weight: float = 1.0  # a report of that day mentioning the day
    retro_mention_weight: float = 1.0  # ... a report published 1 to far_days - 1 days away
    pub_weight: float = 1.0  # a report published that day
    min_words: int = 6
    max_words: int = 50
    redundancy: float = 0.5  # cosine above which a sentence repeats a chosen one
    query_boost: float = 0.3
    # Candidate days may lie this far before the first report (news follows events) or after the last.
    margin_days: int = 2
    per_document: bool = True  # count a day once per document that mentions it
    # A report looking back (or ahead) this many days or more marks a key day.
    far_days: int = 4
    far_mention_weight: float = 4.0
    # A day mentioned only in a report's lead is that day's news; mentioned in the body, it is
    # background a reporter chose to recall, which marks key days better (dev Date-F1 +0.01).
    lead_mention_factor: float = 0.5
    # Share of a report's publication credit that goes to the day its lead tells about.
    lead_tells_day: float = 0.5



@dataclass
class DatedSentence:
    """A sentence with the day it tells about and how that day was found."""

    doc_id: str
    day: str  # YYYY-MM-DD
    text: str
    mentioned: bool  # True: a time expression in the sentence; False: publication day
    published: Optional[str]
    row: int = -1  # row of the sentence in the TF-IDF matrix
    position: int = 0  # index of the sentence in its document


@dataclass
class _Corpus:
    sentences: list[DatedSentence] = field(default_factory=list)
    published: dict[str, str] = field(default_factory=dict)  # doc id -> YYYY-MM-DD


def dated_sentences(ext: Extraction, lead_sentences: int = 5) -> list[DatedSentence]:
    """The sentences of one document, each dated by its time expressions or its publication day."""
    text = ext.doc.clean_text
    sents: list[Sentence] = split_sentences(text)
    starts = [s.start for s in sents]
    mentioned: dict[int, set[str]] = defaultdict(set)
    for t in ext.timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        day = iso_day(t.value)
        if not day:
            continue
        i = bisect.bisect_right(starts, t.start) - 1
        if 0 <= i < len(sents) and t.start < sents[i].end:
            mentioned[i].add(day)
    # The event coder dates events from context (e.g. an estimated publication
    # date); a day-precise event date also dates its evidence sentence.
    for e in ext.events:
        day = iso_day(e.date) if e.time_precision == 1 and not e.date_end else None
        if not day:
            continue
        i = bisect.bisect_right(starts, e.evidence.start) - 1
        if 0 <= i < len(sents) and e.evidence.start < sents[i].end and i not in mentioned:
            mentioned[i].add(day)
    pub = iso_day(ext.reference_date)
    out: list[DatedSentence] = []
    for i, s in enumerate(sents):
        if i in mentioned:
            out.extend(DatedSentence(ext.doc.id, d, s.text, True, pub, position=i) for d in sorted(mentioned[i]))
        elif pub and i < lead_sentences:
            out.append(DatedSentence(ext.doc.id, pub, s.text, False, pub))
    return out


def _select_documents(exts: list[Extraction], terms: list[str]) -> tuple[list[Extraction], list[str]]:
    """The documents relevant to the query, and the query terms still in use."""
    if not terms:
        return exts, terms
    hits = [e for e in exts if matches_query(words((e.doc.title or "") + " " + e.doc.clean_text), terms)]
    if not hits or len(hits) < 0.02 * len(exts):
        # A query that (almost) never occurs, e.g. an abbreviation the reports never
        # use, says nothing about which reports are relevant: keep them all.
        log.info("query %r matches %d of %d documents: not used", terms, len(hits), len(exts))
        return exts, []
    return hits, terms


def _window(corpus: _Corpus, cfg: TimelineSettings) -> tuple[str, str]:
    """The days a timeline may show: from a little before the first report to the last one."""
    pubs = sorted(corpus.published.values())
    if not pubs:  # no publication days at all: every mentioned day
        days = sorted(s.day for s in corpus.sentences)
        return days[0], days[-1]
    lo = (date.fromisoformat(pubs[0]) - timedelta(days=cfg.margin_days)).isoformat()
    # Days after the last report are plans and forecasts, not news.
    return lo, pubs[-1]


def _rank_days(corpus: _Corpus, cfg: TimelineSettings) -> list[tuple[str, float]]:
    """Candidate days, most important first (see the module docstring)."""
    lo, hi = _window(corpus, cfg)

    def factor(s: DatedSentence) -> float:
        return cfg.lead_mention_factor if s.position < cfg.lead_sentences else 1.0

    score: dict[str, float] = defaultdict(float)
    seen: set[tuple] = set()
    undated_days: set[str] = set()  # days told by documents without a publication day
    # Per document, a day counts once, with its most telling mention.
    for s in sorted(corpus.sentences, key=lambda s: -factor(s)):
        if not s.mentioned:
            continue
        if s.published is None:
            undated_days.add(s.day)
        key: tuple = (s.doc_id, s.day) if cfg.per_document else (s.doc_id, s.day, s.text)
        if key in seen:
            continue
        seen.add(key)
        if not s.published or s.published == s.day:
            weight = cfg.mention_weight
        else:
            gap = abs((date.fromisoformat(s.published) - date.fromisoformat(s.day)).days)
            weight = cfg.far_mention_weight if gap >= cfg.far_days else cfg.retro_mention_weight
        score[s.day] += factor(s) * weight
    for day in corpus.published.values():
        score[day] += cfg.pub_weight
    # A report counts for the day it was published, and partly for the day its lead
    # tells about (its first dated lead sentence): "rebels took the town on Sunday".
    lead_day: dict[str, tuple[int, str]] = {}
    for s in corpus.sentences:
        if s.mentioned and s.position < cfg.lead_sentences and s.doc_id in corpus.published:
            if s.doc_id not in lead_day or s.position < lead_day[s.doc_id][0]:
                lead_day[s.doc_id] = (s.position, s.day)
    moved = cfg.pub_weight * cfg.lead_tells_day
    for doc_id, (_, day) in lead_day.items():
        score[day] += moved
        score[corpus.published[doc_id]] -= moved
    ranked = [(d, v) for d, v in score.items() if lo <= d <= hi or d in undated_days]
    ranked.sort(key=lambda dv: (-dv[1], dv[0]))
    return ranked


def _pick_sentences(cands: list[DatedSentence], matrix: sparse.csr_matrix, k: int,
                    chosen_rows: list[int], terms: list[str], cfg: TimelineSettings) -> list[DatedSentence]:
    """The ``k`` sentences that best summarise one day's candidates."""
    # One candidate per distinct text (wire copies repeat sentences verbatim),
    # remembering how many documents carry it.
    by_text: dict[str, list[DatedSentence]] = defaultdict(list)
    for c in cands:
        by_text[c.text].append(c)
    uniq = [v[0] for v in by_text.values()]
    support = np.array([len({c.doc_id for c in by_text[u.text]}) for u in uniq], dtype=float)
    rows = [u.row for u in uniq]
    X = matrix[rows]
    cent = np.asarray(X.multiply(support[:, None]).sum(axis=0)).ravel()
    norm = np.linalg.norm(cent)
    if norm == 0:
        return []
    sims = np.asarray(X @ (cent / norm)).ravel()
    scores = sims + 0.05 * np.log1p(support)
    if terms:
        scores += cfg.query_boost * np.array([matches_query(words(u.text), terms) for u in uniq], dtype=float)
    n_words = np.array([len(u.text.split()) for u in uniq])
    ok = (n_words >= cfg.min_words) & (n_words <= cfg.max_words)
    if not ok.any():
        ok = n_words > 0
    scores = np.where(ok, scores, -np.inf)
    picked: list[DatedSentence] = []
    for i in np.argsort(-scores):
        if len(picked) >= k or not np.isfinite(scores[i]):
            break
        row = uniq[i].row
        if chosen_rows:
            sim = (matrix[chosen_rows] @ matrix[row].T).toarray().ravel()
            if sim.size and sim.max() > cfg.redundancy:
                continue
        picked.append(uniq[i])
        chosen_rows.append(row)
    return picked


def timeline_from_extractions(exts: Iterable[Extraction], query: Optional[str] = None,
                              max_dates: Optional[int] = None, sentences_per_date: Optional[int] = None,
                              settings: Optional[TimelineSettings] = None) -> list[TimelineEntry]:
    """The timeline of the given documents (see the module docstring)."""
    cfg = settings or TimelineSettings()
    max_dates = DEFAULT_MAX_DATES if max_dates is None else max_dates
    k = DEFAULT_SENTENCES_PER_DATE if sentences_per_date is None else sentences_per_date
    if max_dates <= 0 or k <= 0:
        return []
    terms = query_terms(query)
    docs, terms = _select_documents(list(exts), terms)
    corpus = _Corpus()
    for ext in docs:
        pub = iso_day(ext.reference_date)
        if pub:
            corpus.published[ext.doc.id] = pub
        corpus.sentences.extend(dated_sentences(ext, cfg.lead_sentences))
    if not corpus.sentences:
        return []
    texts: dict[str, int] = {}
    for s in corpus.sentences:
        s.row = texts.setdefault(s.text, len(texts))
    _, matrix = fit_tfidf(list(texts), min_df=1, max_df=0.5)
    by_day: dict[str, list[DatedSentence]] = defaultdict(list)
    for s in corpus.sentences:
        by_day[s.day].append(s)
    entries: list[TimelineEntry] = []
    chosen_rows: list[int] = []
    for day, _score in _rank_days(corpus, cfg):
        if len(entries) >= max_dates:
            break
        picked = _pick_sentences(by_day[day], matrix, k, chosen_rows, terms, cfg)
        if picked:
            entries.append(TimelineEntry(day, [" ".join(p.text.split()) for p in picked],
                                         sorted({p.doc_id for p in picked})))
    entries.sort(key=lambda e: e.date)
    return entries


def _story_extractions(store, story_id: str) -> list[Extraction]:  # type: ignore[no-untyped-def]
    try:
        story = store.story(story_id)
    except (AttributeError, NotImplementedError):
        story = next((s for s in store.stories() if s.story_id == story_id), None)
    if story is None:
        raise ValueError(f"no story {story_id!r} in the store")
    exts = []
    for doc_id in story.documents:
        ext = store.get_extraction(doc_id)
        if ext is not None:
            exts.append(ext)
    return exts


def build_timeline(store, story_id: Optional[str] = None, query: Optional[str] = None,  # type: ignore[no-untyped-def]
                   max_dates: Optional[int] = None, sentences_per_date: Optional[int] = None,
                   settings: Optional[TimelineSettings] = None) -> list[TimelineEntry]:
    """The timeline of a store's documents (or of one story's), sorted by date."""
    exts = _story_extractions(store, story_id) if story_id else list(store.extractions())
    return timeline_from_extractions(exts, query=query, max_dates=max_dates,
                                     sentences_per_date=sentences_per_date, settings=settings)


__all__ = ["build_timeline", "timeline_from_extractions", "dated_sentences", "TimelineSettings",
           "DatedSentence"]
