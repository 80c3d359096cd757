"""Typed data objects passed between pipeline stages.

Every stage takes and returns these dataclasses, never loose dicts; the JSON
of the command-line contract (``../shared/spec/interface.md``) is produced
only at the edge, by the ``to_json`` methods here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional


def content_hash(text: str) -> str:
    """Stable hash of a document's text, used for idempotent ingest."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Span:
    """A character span of the document text (end exclusive)."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, d: Optional[dict[str, Any]]) -> Optional["Span"]:
        if not d:
            return None
        return cls(int(d["start"]), int(d["end"]), d.get("text", ""))


@dataclass
class Document:
    """One input document as read by ``dateline.ingest``."""

    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date or datetime as given
    url: Optional[str] = None
    source: Optional[str] = None  # outlet name, e.g. "Reuters"
    origin: Optional[str] = None  # file path (and line/row) it came from
    errors: list[str] = field(default_factory=list)
    # Extra per-document input, e.g. the given mention spans of `geocode`.
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # Boilerplate character ranges (share buttons, credits, "Also on ..."):
    # kept in ``text`` so offsets stay those of the input, blanked in ``clean_text``.
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    # True when ``text`` was derived from the input (HTML), not given verbatim.
    derived_text: bool = False

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def clean_text(self) -> str:
        """``text`` with boilerplate replaced by spaces (same length, same offsets)."""
        if not self.boilerplate:
            return self.text
        chars = list(self.text)
        for start, end in self.boilerplate:
            for i in range(start, min(end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass
class PublishedEstimate:
    """Publication date estimated from the text when none was given."""

    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    low: str  # YYYY-MM-DD
    high: str  # YYYY-MM-DD
    basis: str  # human-readable reason

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "low": self.low, "high": self.high, "basis": self.basis}


@dataclass
class Timex:
    """A TIMEX3 temporal expression with its normalised value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value, e.g. 2016-11-26, 2016-W47, P3D, PRESENT_REF, XXXX-XX-XX
    mod: Optional[str] = None  # TIMEX3 mod: START, MID, END, APPROX, ...
    # Calendar range the value covers (inclusive ISO dates), when it is a date.
    range_start: Optional[str] = None
    range_end: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass
class Place:
    """A place mention, resolved to a point when possible."""

    start: int
    end: int
    text: str
    name: Optional[str] = None
    geonameid: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country_code: Optional[str] = None
    admin1: Optional[str] = None
    feature: Optional[str] = None  # country, admin1, admin2, city, district, village, facility, ...
    geo_precision: int = 1  # ACLED: 1 the place itself, 2 near/part of it, 3 region only
    score: float = 0.0  # resolver confidence in [0, 1]

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "name": self.name,
                "geonameid": self.geonameid, "lat": self.lat, "lon": self.lon,
                "country_code": self.country_code, "admin1": self.admin1,
                "feature": self.feature}


@dataclass
class Location:
    """Where an event happened (the contract's event ``location``)."""

    name: str
    lat: Optional[float]
    lon: Optional[float]
    country_code: Optional[str]
    admin1: Optional[str]
    geonameid: Optional[int] = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "lat": self.lat, "lon": self.lon,
                "country_code": self.country_code, "admin1": self.admin1}

    @classmethod
    def from_place(cls, p: Place) -> "Location":
        return cls(p.name or p.text, p.lat, p.lon, p.country_code, p.admin1, p.geonameid)

    @classmethod
    def from_json(cls, d: Optional[dict[str, Any]]) -> Optional["Location"]:
        if not d:
            return None
        return cls(d.get("name") or "", d.get("lat"), d.get("lon"),
                   d.get("country_code"), d.get("admin1"), d.get("geonameid"))


@dataclass
class ActorMention:
    """An actor mention with its normalised ACLED-style name."""

    start: int
    end: int
    text: str
    name: str  # normalised, e.g. "Military Forces of Syria", "Hayat Tahrir al-Sham"
    kind: str = "other"  # state, rebel, militia, civilians, protesters, rioters, external, other
    country: Optional[str] = None  # ISO alpha-2 the actor belongs to, when known

    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass
class Figure:
    """A reported number of people killed, injured, displaced, ..."""

    start: int
    end: int
    text: str
    kind: str  # killed, injured, displaced, detained, missing
    value: int  # conservative reading (ACLED: "dozens" = 12, "hundreds" = 100)
    attribution: Optional[str] = None  # who reported it, e.g. "White Helmets"
    hedged: bool = False  # "reportedly", "at least", "up to" ...
    denied: bool = False  # within a denial ("state TV denied ...")

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "value": self.value, "attribution": self.attribution,
                "hedged": self.hedged, "denied": self.denied}


@dataclass
class Event:
    """One coded event in ACLED's taxonomy, every field backed by evidence."""

    event_type: str
    sub_event_type: str
    evidence: Span
    date: Optional[str] = None  # YYYY-MM-DD (range start when a range)
    date_end: Optional[str] = None  # YYYY-MM-DD, inclusive, for ranges
    time_precision: int = 3  # ACLED 1 day, 2 week/weekend, 3 month or worse
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    actor1_mention: Optional[Span] = None
    actor2_mention: Optional[Span] = None
    location: Optional[Location] = None
    geo_precision: int = 3
    fatalities: Optional[int] = None
    source_attribution: Optional[str] = None
    figures: list[Figure] = field(default_factory=list)
    date_evidence: Optional[Span] = None
    location_evidence: Optional[Span] = None
    salience: float = 0.0
    type_score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "date": self.date, "date_end": self.date_end, "time_precision": self.time_precision,
            "actor1": self.actor1, "actor2": self.actor2,
            "actor1_mention": self.actor1_mention.to_json() if self.actor1_mention else None,
            "actor2_mention": self.actor2_mention.to_json() if self.actor2_mention else None,
            "location": self.location.to_json() if self.location else None,
            "geo_precision": self.geo_precision, "fatalities": self.fatalities,
            "source_attribution": self.source_attribution,
            "evidence": self.evidence.to_json(),
            "date_evidence": self.date_evidence.to_json() if self.date_evidence else None,
            "location_evidence": self.location_evidence.to_json() if self.location_evidence else None,
            "figures": [f.to_json() for f in self.figures],
        }


@dataclass
class Extraction:
    """Everything `dateline extract` learns from one document."""

    doc: Document
    published_estimate: Optional[PublishedEstimate] = None
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def reference_date(self) -> Optional[str]:
        """The date relative expressions are resolved against: given, else estimated."""
        if self.doc.published:
            return self.doc.published[:10]
        if self.published_estimate and len(self.published_estimate.value) == 10:
            return self.published_estimate.value
        return None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.doc.id,
            "title": self.doc.title,
            "published": self.doc.published,
        }
        if self.doc.source:
            out["source"] = self.doc.source
        if self.doc.url:
            out["url"] = self.doc.url
        if self.doc.derived_text:
            out["text"] = self.doc.text
        if self.published_estimate is not None:
            out["published_estimate"] = self.published_estimate.to_json()
        out["timexes"] = [t.to_json() for t in self.timexes]
        out["places"] = [p.to_json() for p in self.places]
        out["events"] = [e.to_json() for e in self.events]
        # Beyond the contract: every actor mention and every figure of the report,
        # also those no event took (a toll or a count of the displaced on its own).
        out["actors"] = [{"start": a.start, "end": a.end, "text": a.text, "name": a.name, "kind": a.kind,
                          "country": a.country} for a in self.actors]
        out["figures"] = [f.to_json() for f in self.figures]
        out["errors"] = list(self.doc.errors) + list(self.errors)
        return out


@dataclass
class EventSource:
    """One document's report of a fused event."""

    doc_id: str
    evidence: Span
    source: Optional[str] = None  # outlet or attributed source
    published: Optional[str] = None
    event_index: int = 0  # index of the event in that document's extraction

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "source": self.source, "published": self.published,
                "evidence": self.evidence.to_json()}


@dataclass
class Claim:
    """One source's version of a disputed field (fatalities, control, a denial)."""

    field: str  # "fatalities", "injured", "displaced", "control", "denial", ...
    value: Any
    doc_id: str
    source: Optional[str] = None
    evidence: Optional[Span] = None
    stance: str = "asserted"  # asserted, hedged, denied

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "doc_id": self.doc_id,
                "source": self.source, "stance": self.stance,
                "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class FusedEvent:
    """Reports of one real-world event from any number of documents."""

    event_id: str
    event: Event  # the merged fields (fatalities by ACLED's conservative rule)
    sources: list[EventSource] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contested: bool = False
    story_id: Optional[str] = None

    @property
    def source_count(self) -> int:
        return len({s.doc_id for s in self.sources})

    def to_json(self) -> dict[str, Any]:
        out = {"event_id": self.event_id}
        out.update(self.event.to_json())
        out.update({"source_count": self.source_count,
                    "documents": sorted({s.doc_id for s in self.sources}),
                    "sources": [s.to_json() for s in self.sources],
                    "claims": [c.to_json() for c in self.claims],
                    "contested": self.contested, "story_id": self.story_id})
        return out


@dataclass
class Story:
    """Documents grouped by the episode they report."""

    story_id: str
    title: str
    documents: list[str]
    start: Optional[str] = None
    end: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        return {"story_id": self.story_id, "title": self.title, "documents": self.documents,
                "start": self.start, "end": self.end}


@dataclass
class TimelineEntry:
    date: str
    sentences: list[str]
    doc_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "sentences": self.sentences}
