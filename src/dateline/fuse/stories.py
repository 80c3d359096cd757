"""Group documents into stories: the episodes they report.

A story is a run of reports about the same thing at about the same time. The
same city fought over in 2016 and again in 2024 gives two stories, because
the link between a document and a story is *time-aware*:

    link = topical similarity x closeness in time

- topical similarity mixes the documents' text (WordLlama static embeddings,
  or hashed word vectors when the embeddings cannot be loaded) with the
  places and actors they share;
- closeness in time is 1 while the document's date lies within a week of the
  story's date range and decays over the following weeks, so reports months
  or years apart never join, however alike their words are.

A document's date is its given publication date, else the time stage's
estimate, narrowed by the absolute dates the text mentions; an undated
document links on topic alone, at half weight.

Grouping is single-pass (like topic detection and tracking): documents are
taken in date order and each joins the best-linked story or starts a new
one, so ``update_stories`` can add new documents to stored stories without
regrouping the rest.
"""
from __future__ import annotations

import hashlib
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional, Sequence

import numpy as np

from dateline.fuse.text import content_words, iso_day, split_sentences
from dateline.model import Extraction, Story

log = logging.getLogger(__name__)

LINK_THRESHOLD = 0.42  # a document joins a story when its link reaches this
SAME_PERIOD_DAYS = 7  # date gaps up to this cost nothing
DECAY_DAYS = 40.0  # beyond that, closeness halves about every 28 days
UNDATED_CLOSENESS = 0.5
TEXT_WEIGHT = 0.6  # topical similarity = 0.6 text + 0.4 shared places and actors
MAX_MEMBERS_READ = 50  # an update re-reads at most this many members of a stored story


@dataclass
class DocProfile:
    """What story grouping needs to know about one document."""

    doc_id: str
    title: str
    vector: np.ndarray  # L2-normalised text embedding
    entities: Counter  # places and actors mentioned
    low: Optional[int]  # date range as proleptic ordinals (None: undated)
    high: Optional[int]

    @property
    def precise(self) -> bool:
        """Dated to within a week (a given date, a dateline, a day it mentions)."""
        return self.low is not None and self.high is not None and self.high - self.low <= SAME_PERIOD_DAYS

    @property
    def mid(self) -> Optional[float]:
        return None if self.low is None or self.high is None else (self.low + self.high) / 2


@dataclass
class _Group:
    story_id: str
    members: list[DocProfile] = field(default_factory=list)
    vector_sum: Optional[np.ndarray] = None
    entities: Counter = field(default_factory=Counter)
    changed: bool = False
    # Stored members not re-read when a large story is updated (kept in its document list).
    unread: list[str] = field(default_factory=list)
    # Date range of the precisely dated members, and of the others (their intervals'
    # common part while they have one, else their union).
    precise: Optional[tuple[int, int]] = None
    vague: Optional[tuple[int, int]] = None
    vague_overlap: bool = True

    def add(self, p: DocProfile) -> None:
        self.members.append(p)
        self.vector_sum = p.vector.copy() if self.vector_sum is None else self.vector_sum + p.vector
        self.entities.update(p.entities)
        if p.low is not None and p.high is not None:
            self.add_range(p.low, p.high, p.precise)
        self.changed = True

    def add_range(self, low: int, high: int, precise: bool) -> None:
        if precise:
            self.precise = (low, high) if self.precise is None else \
                (min(self.precise[0], low), max(self.precise[1], high))
        elif self.vague is None:
            self.vague = (low, high)
        elif self.vague_overlap and max(self.vague[0], low) <= min(self.vague[1], high):
            self.vague = (max(self.vague[0], low), min(self.vague[1], high))
        else:  # no common part: fall back to the union
            self.vague_overlap = False
            self.vague = (min(self.vague[0], low), max(self.vague[1], high))

    @property
    def low(self) -> Optional[int]:
        # Uncertain dates never stretch a story that precise dates already place.
        r = self.precise or self.vague
        return r[0] if r else None

    @property
    def high(self) -> Optional[int]:
        r = self.precise or self.vague
        return r[1] if r else None

    def centroid(self) -> np.ndarray:
        assert self.vector_sum is not None
        n = np.linalg.norm(self.vector_sum)
        return self.vector_sum / n if n > 0 else self.vector_sum


# ---------------------------------------------------------------- text vectors

class _Embedder:
    """WordLlama static embeddings, loaded once; hashed word counts if unavailable."""

    _model = None
    _failed = False

    @classmethod
    def embed(cls, texts: Sequence[str]) -> np.ndarray:
        model = cls._load()
        if model is not None:
            return np.asarray(model.embed(list(texts), norm=True), dtype=np.float32)
        return np.vstack([_hashed_vector(t) for t in texts]) if texts else np.zeros((0, 512))

    @classmethod
    def _load(cls):  # type: ignore[no-untyped-def]
        if cls._model is None and not cls._failed:
            try:
                import os

                import wordllama
                from wordllama import WordLlama

                cls._model = WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__),
                                            disable_download=True)
            except Exception as exc:  # no weights shipped: fall back, never download
                log.warning("WordLlama unavailable (%s); using hashed word vectors", exc)
                cls._failed = True
        return cls._model


def _hashed_vector(text: str, dim: int = 512) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    for w, n in Counter(content_words(text)).items():
        h = int(hashlib.md5(w.encode()).hexdigest()[:8], 16)
        v[h % dim] += 1.0 + math.log(n)
    norm = np.linalg.norm(v)
    return v / norm if norm > 0 else v


# ---------------------------------------------------------------- dates

def _ordinal(value: Optional[str]) -> Optional[int]:
    day = iso_day(value)
    return date.fromisoformat(day).toordinal() if day else None


def _mentioned_days(ext: Extraction) -> list[int]:
    days = [_ordinal(t.value) for t in ext.timexes if t.type in ("DATE", "TIME")]
    days += [_ordinal(e.date) for e in ext.events]
    return sorted(d for d in days if d is not None)


def document_dates(ext: Extraction) -> tuple[Optional[int], Optional[int]]:
    """A document's date range (ordinals): given, else estimated and narrowed by its own dates."""
    given = _ordinal(ext.doc.published)
    if given is not None:
        return given, given
    est = ext.published_estimate
    low = _ordinal(est.low) if est else None
    high = _ordinal(est.high) if est else None
    if est is not None and low is not None and high is not None and low == high:
        return low, high
    days = _mentioned_days(ext)
    if low is not None and high is not None:
        days = [d for d in days if low <= d <= high]
    if days:
        # A report is written on or soon after the latest day it tells about.
        return days[-1], days[-1]
    return low, high


def _day_str(ordinal: Optional[int]) -> Optional[str]:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None


# ---------------------------------------------------------------- profiles

# Wire-copy openings that say where and who, not what: "BEIRUT (Reuters) -",
# "MEXICO CITY | Mon Apr 27, 2009 3:10 am BST", "By the CNN Wire Staff".
_BYLINE = re.compile(
    r"^(?:"
    r"by [^.\n]{0,60}?(?:staff|correspondent|reporter)s?\b"  # By the CNN Wire Staff
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? [a-z]{3,9}\.? \d{1,2},? \d{4},?(?: \d{1,2}[:.]\d{2} ?(?:am|pm)?)?"
    r"(?: [a-z]{2,4}\b)?"  # Mon Apr 27, 2009 3:10 am BST
    r"|(?-i:[A-Z][A-Z.,'-]+(?: [A-Z][A-Z.,'-]+){0,3})\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014|:]+(?=\s)"  # BEIRUT (Reuters) -
    r"|\([^)]{1,40}\)\s*[-\u2013\u2014:]+"  # (Reuters) -
    r")[\s*\\]*",
    re.I)


def _headline(ext: Extraction) -> str:
    """The document's title, else a headline-like first line, else its first real sentence."""
    if ext.doc.title and ext.doc.title.strip():
        return ext.doc.title.strip()
    text = ext.doc.clean_text.strip()
    first_line = text.split("\n", 1)[0].strip()
    if first_line and 3 <= len(first_line.split()) <= 16 and not first_line.endswith(".") \
            and not _BYLINE.match(first_line):
        return first_line
    for sent in split_sentences(text)[:6]:
        cleaned = sent.text
        for _ in range(3):  # "MEXICO CITY | Mon ... BST MEXICO CITY (Reuters) -": strip repeatedly
            stripped = _BYLINE.sub("", cleaned, count=1).strip()
            if stripped == cleaned:
                break
            cleaned = stripped
        tokens = cleaned.split()
        if len(tokens) >= 5:
            return " ".join(tokens[:14]) + (" ..." if len(tokens) > 14 else "")
    tokens = text.split()
    return " ".join(tokens[:14]) + (" ..." if len(tokens) > 14 else "")


def profile(ext: Extraction, vector: np.ndarray) -> DocProfile:
    ents: Counter = Counter()
    for p in ext.places:
        key = f"g:{p.geonameid}" if p.geonameid else f"p:{(p.name or p.text).lower()}"
        ents[key] += 1
    for a in ext.actors:
        ents[f"a:{a.name.lower()}"] += 1
    low, high = document_dates(ext)
    return DocProfile(ext.doc.id, _headline(ext) or ext.doc.id, vector, ents, low, high)


def profiles(exts: Sequence[Extraction]) -> list[DocProfile]:
    # The lead carries what a report is about; long tails only slow the embedding down.
    texts = [((e.doc.title or "") + "\n" + e.doc.clean_text)[:6000] for e in exts]
    vectors = _Embedder.embed(texts)
    return [profile(e, v) for e, v in zip(exts, vectors)]


# ---------------------------------------------------------------- linking

def time_closeness(p: DocProfile, low: Optional[int], high: Optional[int]) -> float:
    """1 within a week of the range, decaying with the gap; 0.5 when either side is undated."""
    if p.low is None or p.high is None or low is None or high is None:
        return UNDATED_CLOSENESS
    gap = max(0, low - p.high, p.low - high)
    if gap <= SAME_PERIOD_DAYS:
        return 1.0
    return math.exp(-(gap - SAME_PERIOD_DAYS) / DECAY_DAYS)


def _entity_similarity(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def topical_similarity(p: DocProfile, g: _Group) -> float:
    cos = float(p.vector @ g.centroid())
    # Static embeddings of any two news texts are alike; rescale so that unrelated
    # reports (cosine ~0.3) count for nothing and close ones (~0.8) fully. No upper
    # clip: among several fitting stories the closest text should still win.
    text = max(0.0, (cos - 0.3) / 0.5)
    if not p.entities or not g.entities:
        return text
    return TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * _entity_similarity(p.entities, g.entities)


def link(p: DocProfile, g: _Group) -> float:
    return topical_similarity(p, g) * time_closeness(p, g.low, g.high)


def _story_id(first_doc: str) -> str:
    return "story-" + hashlib.sha1(first_doc.encode("utf-8")).hexdigest()[:10]


def _date_order(p: DocProfile) -> tuple[int, float, str]:
    return (0 if p.mid is not None else 1, p.mid or 0.0, p.doc_id)


def _assign_order(p: DocProfile) -> tuple[int, float, float, str]:
    # Precisely dated documents first, so that stories form around them; then the
    # vaguely dated, narrowest first, which join the story they fit best instead of
    # bridging two episodes that their wide date range both overlaps; undated last.
    if p.low is None or p.high is None:
        return (2, 0.0, 0.0, p.doc_id)
    return (0 if p.precise else 1, float(p.high - p.low) if not p.precise else 0.0, p.mid or 0.0, p.doc_id)


def _assign(groups: list[_Group], new: Iterable[DocProfile]) -> None:
    """Single pass: each new document joins its best-linked group or starts one."""
    taken = {g.story_id for g in groups}
    for p in sorted(new, key=_assign_order):
        best, best_link = None, LINK_THRESHOLD
        for g in groups:
            score = link(p, g)
            if score > best_link or (best is None and score == best_link):
                best, best_link = g, score
        if best is None:
            sid = _story_id(p.doc_id)
            while sid in taken:
                sid = _story_id(sid)
            taken.add(sid)
            best = _Group(sid)
            groups.append(best)
        best.add(p)


def _to_story(g: _Group) -> Story:
    central = max(g.members, key=lambda m: float(m.vector @ g.centroid()))
    ordered = sorted(g.members, key=_date_order)
    unread = set(g.unread)
    docs = g.unread + [m.doc_id for m in ordered if m.doc_id not in unread]
    return Story(g.story_id, central.title, docs, _day_str(g.low), _day_str(g.high))


def group_stories(extractions: list[Extraction]) -> list[Story]:
    """Group documents into stories (earliest story first)."""
    groups: list[_Group] = []
    _assign(groups, profiles(extractions))
    stories = [_to_story(g) for g in groups]
    stories.sort(key=lambda s: (s.start or "9999", s.story_id))
    return stories


def update_stories(store, new_doc_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Add newly stored documents to the store's stories (or start new ones) and save them."""
    existing: list[Story] = list(store.stories())
    placed = {d for s in existing for d in s.documents}
    new_exts = [e for e in (store.get_extraction(i) for i in dict.fromkeys(new_doc_ids) if i not in placed)
                if e is not None]
    if not new_exts:
        return
    new_profiles = profiles(new_exts)
    lows = [p.low for p in new_profiles if p.low is not None]
    highs = [p.high for p in new_profiles if p.high is not None]
    undated_new = len(lows) < len(new_profiles)
    # Only stories near the new documents in time can take them: beyond this gap
    # the link stays under the threshold whatever the topic. The others are not loaded.
    reach = SAME_PERIOD_DAYS + int(math.ceil(DECAY_DAYS * math.log(1 / LINK_THRESHOLD)))
    groups: list[_Group] = []
    for s in existing:
        lo, hi = _ordinal(s.start), _ordinal(s.end)
        near = (undated_new or lo is None or hi is None or not lows
                or (lo - reach <= max(highs) and hi + reach >= min(lows)))
        if not near:
            continue
        # A long story is represented by its latest members (documents are stored in date order).
        recent = s.documents[-MAX_MEMBERS_READ:]
        exts = [e for e in (store.get_extraction(d) for d in recent) if e is not None]
        if not exts:
            continue
        g = _Group(s.story_id, unread=s.documents[:-MAX_MEMBERS_READ] if len(s.documents) > MAX_MEMBERS_READ else [])
        for p in profiles(exts):
            g.add(p)
        if g.unread and lo is not None and hi is not None:  # keep the full stored range
            g.add_range(lo, hi, precise=True)
        g.changed = False
        groups.append(g)
    _assign(groups, new_profiles)
    # Only the stories that took new documents (and the new ones) are written back.
    store.save_stories([_to_story(g) for g in groups if g.changed], replace=False)


__all__ = ["group_stories", "update_stories", "document_dates", "time_closeness", "DocProfile"]
