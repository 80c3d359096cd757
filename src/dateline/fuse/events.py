"""Event fusion: reports of the same real-world event become one ``FusedEvent``.

ACLED codes one event per actors, day and location. Reports of one event
differ in precision ("Friday night" vs "Saturday"), naming ("eastern Aleppo"
vs "Aleppo"), type ("shelling" vs "clashes") and figures, so a report joins
a fused event when

* their date ranges overlap (one day of slack for night-time events and
  "yesterday" read against different publication dates),
* their places are within ``NEAR_KM`` (``FAR_KM`` when either is imprecise),
  or, with no coordinates on either side, share a country,
* their types are the same or commonly confused (see ``COMPATIBLE_TYPES``;
  arrests, protests, agreements and the like never mix with other types),
* and the actors overlap, or the date, place and sub-type all agree closely
  (outlets name the same perpetrator differently: "Russian jets", "regime
  aircraft").

A report is compared with the fused event's *core*, never with the union of
everything that joined it: the date window most reported at the best time
precision, the most reported places at the best geo precision, the majority
type and sub-type and the actors of the reports of that type. Comparing with
the union let each joined report widen the event, so a strike on day 8 could
pull in a month-wide report, then an arrest 45 km away on day 13, then a
protest (transitive drift); a chain of reports a day apart grew one event
over weeks. The profile keeps vote tallies so the core is recomputed as
reports join, without loading them.

Fusion is incremental. Every fused event is indexed in the store under
(cell, day) blocking keys: the 0.5-degree grid cells of its places (or its
country when it has no point) and each day of its date range. A new report
looks up only the keys around its own place and dates, scores those few
candidates from their stored profiles, and joins the best or starts a new
fused event. Work is proportional to the new reports, whatever the store's size.

Fused event ids are ``ev-`` and a hash of the first report's (document, index),
so they stay the same as reports join.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Optional, Sequence

from dateline.fuse import claims as claimlib
from dateline.model import Event, EventSource, Extraction, FusedEvent, Location
from dateline.store.base import EventReport
from dateline.store.fusedrows import FusedRecord

NEAR_KM = 25.0  # both places precise (ACLED geo precision 1)
FAR_KM = 50.0  # either place "near"/"part of" or region-level
CELL_DEG = 0.5
DAY_SLACK = 1
MAX_SPAN_DAYS = 35  # wider ranges (quarter, year) are indexed and looked up by their first day only
UNDATED_LOOKBACK = 3  # an undated report is taken to be about its last few days before publication
MAX_POINTS = 8
MATCH_THRESHOLD = 2.2

# Types reporters confuse for one event: shelling during a battle, a strike that kills civilians.
COMPATIBLE_TYPES = {
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
    frozenset({"Strategic developments", "Battles"}),
}
# Sub-types that are not violence at a place, so never the same event as a report of another
# type (an arrest campaign is not the air strike of the same week, whatever the pair of types).
UNMIXED_SUBTYPES = {"Arrests", "Agreement", "Change to group/activity", "Headquarters or base established",
                    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                    "Other"}
VAGUE_SPAN_DAYS = 7  # a report dated only to a wider window barely supports a date match
MAX_SPOTS = 16
UNDATED_TP = 9  # time precision of a window guessed from the publication date


def types_compatible(type_a: str, sub_a: str, type_b: str, sub_b: str) -> bool:
    """Whether two reports' types may describe one event."""
    if type_a == type_b:
        return True
    if sub_a in UNMIXED_SUBTYPES or sub_b in UNMIXED_SUBTYPES:
        return False
    return frozenset({type_a, type_b}) in COMPATIBLE_TYPES


def day_number(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


def iso_day(n: int) -> str:
    return date.fromordinal(n).isoformat()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def geo_cell(lat: float, lon: float) -> str:
    return f"g:{math.floor(lat / CELL_DEG)}:{math.floor(lon / CELL_DEG)}"


def cells_within(lat: float, lon: float, km: float) -> list[str]:
    """Every grid cell that a circle of ``km`` around the point touches."""
    dlat = km / 111.0
    dlon = km / (111.0 * max(0.05, math.cos(math.radians(min(89.0, abs(lat))))))
    y0, y1 = math.floor((lat - dlat) / CELL_DEG), math.floor((lat + dlat) / CELL_DEG)
    x0, x1 = math.floor((lon - dlon) / CELL_DEG), math.floor((lon + dlon) / CELL_DEG)
    return [f"g:{y}:{x}" for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]


def _has_point(loc: Optional[Location]) -> bool:
    return loc is not None and loc.lat is not None and loc.lon is not None


def report_window(rep: EventReport) -> Optional[tuple[int, int, bool]]:
    """(first day, last day, dated) the report's event may have happened on."""
    e = rep.event
    try:
        if e.date:
            lo = day_number(e.date)
            hi = day_number(e.date_end) if e.date_end else lo
            return lo, max(lo, hi), True
        if rep.published and len(rep.published) >= 10:
            hi = day_number(rep.published)
            return hi - UNDATED_LOOKBACK, hi, False
        if rep.published and len(rep.published) == 7:  # only the month of publication is known
            lo = day_number(rep.published + "-01")
            nxt = date.fromordinal(lo + 31).replace(day=1).toordinal()
            return lo - UNDATED_LOOKBACK, nxt - 1, False
    except ValueError:
        return None
    return None


def _actors(e: Event) -> list[str]:
    return [a.lower() for a in (e.actor1, e.actor2) if a]


def _precise(rep_precision: int) -> bool:
    return rep_precision <= 1


@dataclass
class Cluster:
    """A fused event while fusion works on it: profile for matching, reports for merging."""

    event_id: str
    first_seq: int  # order_key of its first report: fused events list in this order
    profile: dict[str, Any]
    new_reports: list[EventReport] = field(default_factory=list)
    stored: bool = False  # already in the store (its older reports are loaded at the end)


def empty_profile() -> dict[str, Any]:
    """Union fields (lo/hi/types/... as stored by earlier versions) plus vote tallies for the core.

    Tallies are lists, not dicts, so that first-seen order (ties) survives any JSON store.
    """
    return {"lo": None, "hi": None, "dated": False, "types": [], "subs": [], "actors": [],
            "points": [], "countries": [], "n": 0, "v": 2,
            "windows": [],  # [lo, hi, time precision (UNDATED_TP when guessed), votes]
            "kinds": [],  # [event type, sub-event type, weight]
            "type_actors": [],  # [event type, actor, votes]
            "spots": [],  # [lat, lon, geonameid, geo precision, votes]
            "core": None}


def _upgrade(p: dict[str, Any]) -> None:
    """Give a profile stored by an earlier version tallies seeded from its union fields."""
    if p.get("v") == 2:
        return
    n = max(1, int(p.get("n") or 1))
    p["windows"] = [[p["lo"], p["hi"], 1 if p["dated"] else UNDATED_TP, n]] if p["lo"] is not None else []
    t0 = p["types"][0] if p["types"] else None
    p["kinds"] = [[t0, p["subs"][0] if p["subs"] else None, float(n)]] if t0 else []
    p["type_actors"] = [[t0, a, 1] for a in p["actors"]] if t0 else []
    p["spots"] = [[*pt, 1] for pt in p["points"]]
    p["v"] = 2
    p["core"] = compute_core(p)


def _tally(rows: list[list[Any]], key: list[Any], weight: float, cap: Optional[int] = None) -> None:
    for row in rows:
        if row[:-1] == key:
            row[-1] += weight
            return
    if cap is None or len(rows) < cap:
        rows.append([*key, weight])


def _top(rows: Iterable[list[Any]]) -> Optional[list[Any]]:
    """The row with the most votes (last column), the first seen winning ties."""
    best: Optional[list[Any]] = None
    for row in rows:
        if best is None or row[-1] > best[-1]:
            best = row
    return best


def compute_core(p: dict[str, Any]) -> dict[str, Any]:
    """What a new report must agree with: the fused event's majority date, place, type and actors."""
    core: dict[str, Any] = {"lo": None, "hi": None, "dated": False, "types": [], "subs": [],
                            "actors": [], "points": [], "countries": list(p["countries"])}
    if p["windows"]:
        best_tp = min(w[2] for w in p["windows"])
        lo, hi, tp, _ = _top(w for w in p["windows"] if w[2] == best_tp)  # type: ignore[misc]
        core.update(lo=lo, hi=hi, dated=tp != UNDATED_TP)
    weights: dict[str, float] = {}
    for etype, _, w in p["kinds"]:
        weights[etype] = weights.get(etype, 0.0) + w
    if weights:
        etype = max(weights, key=lambda k: weights[k])  # dicts keep first-seen order: ties go first
        sub = _top([k[1], k[2]] for k in p["kinds"] if k[0] == etype)
        core["types"], core["subs"] = [etype], [sub[0]] if sub else []
        core["actors"] = [a for t, a, _ in p["type_actors"] if t == etype]
    if p["spots"]:
        best_gp = min(s[3] for s in p["spots"])
        spots = [s for s in p["spots"] if s[3] == best_gp]
        main = _top(spots)
        assert main is not None
        # Places nearly as reported as the main one and close to it stay core (a battle over two
        # districts); nothing farther, so that the core cannot walk away one neighbour at a time.
        core["points"] = [s[:4] for s in spots if s is main or (
            2 * s[4] >= main[4] and haversine_km(s[0], s[1], main[0], main[1]) <= NEAR_KM)]
    return core


def profile_core(p: dict[str, Any]) -> dict[str, Any]:
    if p.get("v") != 2:  # stored by an earlier version: its union is all there is
        return p
    return p["core"] if p.get("core") is not None else compute_core(p)


def add_to_profile(p: dict[str, Any], rep: EventReport) -> None:
    _upgrade(p)
    e = rep.event
    win = report_window(rep)
    if win:
        lo, hi, dated = win
        if dated and not p["dated"]:  # dated reports replace guesses from publication dates
            p["lo"], p["hi"], p["dated"] = lo, hi, True
        elif dated or not p["dated"]:
            p["lo"] = lo if p["lo"] is None else min(p["lo"], lo)
            p["hi"] = hi if p["hi"] is None else max(p["hi"], hi)
        _tally(p["windows"], [lo, hi, e.time_precision if dated else UNDATED_TP], 1, MAX_SPOTS)
    for key, val in (("types", e.event_type), ("subs", e.sub_event_type)):
        if val not in p[key]:
            p[key].append(val)
    _tally(p["kinds"], [e.event_type, e.sub_event_type], 1.0 + e.type_score)
    for a in _actors(e):
        if a not in p["actors"]:
            p["actors"].append(a)
        _tally(p["type_actors"], [e.event_type, a], 1, 4 * MAX_SPOTS)
    loc = e.location
    if _has_point(loc):
        pt = [round(loc.lat, 5), round(loc.lon, 5), loc.geonameid, e.geo_precision]  # type: ignore[union-attr]
        if pt not in p["points"] and len(p["points"]) < MAX_POINTS:
            p["points"].append(pt)
        _tally(p["spots"], pt, 1, MAX_SPOTS)
    if loc is not None and loc.country_code and loc.country_code not in p["countries"]:
        p["countries"].append(loc.country_code)
    p["n"] += 1
    p["core"] = compute_core(p)


def profile_blocks(p: dict[str, Any]) -> list[tuple[str, int]]:
    """The (cell, day) keys a fused event is indexed under: those of its core, the only part
    a report is matched against (a report's lookup widens by the slack and ``FAR_KM``)."""
    p = profile_core(p)
    if p["lo"] is None:
        return []
    lo, hi = p["lo"], p["hi"]
    days = range(lo, hi + 1) if hi - lo <= MAX_SPAN_DAYS else range(lo, lo + 1)
    if p["points"]:
        cells = list(dict.fromkeys(geo_cell(pt[0], pt[1]) for pt in p["points"]))
    else:
        cells = [f"c:{cc}" for cc in p["countries"]] or ["u"]
    return [(c, d) for c in cells for d in days]


def report_query(rep: EventReport) -> Optional[tuple[list[str], int, int]]:
    """(cells, first day, last day) to look up candidate fused events for a report."""
    win = report_window(rep)
    if win is None:
        return None
    lo, hi, _ = win
    if hi - lo > MAX_SPAN_DAYS:
        hi = lo
    loc = rep.event.location
    if _has_point(loc):
        cells = cells_within(loc.lat, loc.lon, FAR_KM)  # type: ignore[union-attr,arg-type]
    elif loc is not None and loc.country_code:
        cells = [f"c:{loc.country_code}"]
    else:
        cells = ["u"]
    return cells, lo - DAY_SLACK, hi + DAY_SLACK


def match_score(rep: EventReport, p: dict[str, Any]) -> Optional[float]:
    """How well a report fits a fused event's core; None when it cannot be the same event."""
    e = rep.event
    p = profile_core(p)
    win = report_window(rep)
    if win is None or p["lo"] is None:
        return None
    lo, hi, dated = win
    if lo > p["hi"] + DAY_SLACK or p["lo"] > hi + DAY_SLACK:
        return None
    overlap = lo <= p["hi"] and p["lo"] <= hi
    date_score = (1.0 if overlap else 0.5) if dated and p["dated"] else 0.4
    if max(hi - lo, p["hi"] - p["lo"]) >= VAGUE_SPAN_DAYS:  # "in March" overlaps every day of it
        date_score = min(date_score, 0.4)
    # Place.
    loc = e.location
    if _has_point(loc) and p["points"]:
        best = 0.0
        for lat, lon, gid, prec in p["points"]:
            limit = NEAR_KM if _precise(e.geo_precision) and _precise(prec) else FAR_KM
            if gid is not None and gid == loc.geonameid:  # type: ignore[union-attr]
                best = 1.0
                break
            d = haversine_km(loc.lat, loc.lon, lat, lon)  # type: ignore[union-attr,arg-type]
            if d <= limit:
                best = max(best, 1.0 - 0.9 * d / limit)
        if best == 0.0:
            return None
        place_score = best
    elif not _has_point(loc) and not p["points"]:
        cc = loc.country_code if loc else None
        if (cc or p["countries"]) and cc not in p["countries"]:
            return None
        place_score = 0.3
    else:
        return None
    # Type.
    if e.sub_event_type in p["subs"]:
        type_score = 1.0
    elif e.event_type in p["types"]:
        type_score = 0.7
    elif any(types_compatible(e.event_type, e.sub_event_type, t, s)
             for t in p["types"] for s in (p["subs"] or [""])):
        type_score = 0.4
    else:
        return None
    # Actors. Civilians are the victims of countless events: naming them says nothing about which.
    mine = {a for a in _actors(e) if not a.startswith("civilians")}
    theirs = {a for a in p["actors"] if not a.startswith("civilians")}
    if mine and theirs:
        actor_score = 1.0 if mine & theirs else 0.0
    else:
        actor_score = 0.5
    if actor_score == 0.0 and not (type_score == 1.0 and place_score >= 0.6 and date_score == 1.0):
        return None
    total = date_score + place_score + type_score + actor_score
    return total if total >= MATCH_THRESHOLD else None


def order_key(rep: EventReport) -> int:
    """Stored order of a report: its document's, then its rank within the document."""
    return rep.doc_seq * 100_000 + rep.index


def new_event_id(rep: EventReport) -> str:
    return "ev-" + hashlib.sha1(f"{rep.doc_id}#{rep.index}".encode()).hexdigest()[:16]


def _vote(values: Iterable[tuple[Any, float]]) -> Any:
    """The value with the most weight, the first seen winning ties (reports are in stored order)."""
    weights: dict[Any, float] = {}
    for v, w in values:
        if v is not None:
            weights[v] = weights.get(v, 0.0) + w
    return max(weights, key=lambda k: weights[k]) if weights else None


def merge_reports(event_id: str, reports: Sequence[EventReport]) -> FusedEvent:
    """The fused record of one event from all its reports (in stored order)."""
    reports = sorted(reports, key=lambda r: (r.doc_seq, r.index))
    events = [r.event for r in reports]
    etype = _vote((e.event_type, 1.0 + e.type_score) for e in events)
    sub = _vote((e.sub_event_type, 1.0 + e.type_score) for e in events if e.event_type == etype)
    # Reports that agree on what happened weigh more on who, when and where.
    weight = [2.0 if e.sub_event_type == sub else 1.0 if e.event_type == etype else 0.5 for e in events]
    # Date: the best time precision reported, the most reported value at that precision.
    dated = [(e, w) for e, w in zip(events, weight) if e.date]
    best_tp = min((e.time_precision for e, _ in dated), default=3)
    date_pair = _vote(((e.date, e.date_end), w) for e, w in dated if e.time_precision == best_tp)
    # Place: the most precise, the most reported at that precision.
    located = [(e, w) for e, w in zip(events, weight) if e.location is not None]
    best_gp = min((e.geo_precision for e, _ in located), default=3)
    loc_key = _vote(((e.location.geonameid, e.location.name), w) for e, w in located  # type: ignore[union-attr]
                    if e.geo_precision == best_gp)
    location = next((e.location for e, _ in located if e.geo_precision == best_gp
                     and (e.location.geonameid, e.location.name) == loc_key), None)  # type: ignore[union-attr]
    actor1 = _vote((e.actor1, w) for e, w in zip(events, weight))
    actor2 = _vote((e.actor2, w) for e, w in zip(events, weight) if e.actor2 != actor1)
    # Evidence and per-document spans come from one report: the first that agrees on the type.
    primary = next((e for e in events if e.event_type == etype and e.sub_event_type == sub), events[0])
    claims = claimlib.dedupe([c for r in reports for c in (r.claims or [])])
    fatalities = claimlib.conservative_figure(claims)
    if fatalities is None:
        fatalities = min((e.fatalities for e in events if e.fatalities is not None), default=None)
    merged = Event(
        event_type=etype, sub_event_type=sub, evidence=primary.evidence,
        date=date_pair[0] if date_pair else None, date_end=date_pair[1] if date_pair else None,
        time_precision=best_tp if dated else max(e.time_precision for e in events),
        actor1=actor1, actor2=actor2,
        actor1_mention=primary.actor1_mention if primary.actor1 == actor1 else None,
        actor2_mention=primary.actor2_mention if primary.actor2 == actor2 else None,
        location=location, geo_precision=best_gp if located else max(e.geo_precision for e in events),
        fatalities=fatalities, source_attribution=primary.source_attribution,
        figures=list(primary.figures), date_evidence=primary.date_evidence,
        location_evidence=primary.location_evidence,
        salience=max(e.salience for e in events), type_score=max(e.type_score for e in events))
    sources = [EventSource(r.doc_id, r.event.evidence, r.source, r.published, r.index) for r in reports]
    return FusedEvent(event_id, merged, sources, claims, bool(claimlib.contested_fields(claims)))


class Fuser:
    """One incremental fusion run over a store."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.clusters: dict[str, Cluster] = {}
        # Blocking keys of clusters touched in this run, which the store does not have yet.
        self.local_blocks: dict[tuple[str, int], set[str]] = {}
        self.stats = {"reports": 0, "candidates": 0, "joined": 0, "new": 0}

    def _candidates(self, cells: list[str], lo: int, hi: int) -> list[Cluster]:
        found: dict[str, Cluster] = {}
        for eid, (profile, seq) in self.store.candidate_profiles(cells, lo, hi).items():
            # A fused event already touched in this run has a newer profile in memory.
            found[eid] = self.clusters.get(eid) or Cluster(eid, seq, profile, stored=True)
        for c in cells:
            for d in range(lo, hi + 1):
                for eid in self.local_blocks.get((c, d), ()):
                    found[eid] = self.clusters[eid]
        self.stats["candidates"] += len(found)
        return list(found.values())

    def _index(self, cluster: Cluster) -> None:
        for key in profile_blocks(cluster.profile):
            self.local_blocks.setdefault(key, set()).add(cluster.event_id)

    def add(self, rep: EventReport) -> str:
        """Place one report: join the best matching fused event or start one. Returns its id."""
        query = report_query(rep)
        best: Optional[tuple[float, int, Cluster]] = None
        if query is not None:
            for cand in self._candidates(*query):
                score = match_score(rep, cand.profile)
                if score is not None and (best is None or (score, -cand.first_seq) > best[:2]):
                    best = (score, -cand.first_seq, cand)
        self.stats["reports"] += 1
        if best is None:
            self.stats["new"] += 1
            eid = new_event_id(rep)
            while eid in self.clusters:  # the same report fused twice in one run
                eid = new_event_id(EventReport(eid, rep.index, rep.event, None, None))
            cluster = Cluster(eid, order_key(rep), empty_profile())
            self.clusters[eid] = cluster
        else:
            self.stats["joined"] += 1
            cluster = best[2]
            self.clusters[cluster.event_id] = cluster
        add_to_profile(cluster.profile, rep)
        cluster.new_reports.append(rep)
        self._index(cluster)
        return cluster.event_id

    def flush(self) -> list[str]:
        """Merge and write every fused event this run touched; returns their ids."""
        touched = [c for c in self.clusters.values() if c.new_reports]
        old = self.store.reports_of_fused([c.event_id for c in touched if c.stored])
        records = []
        for c in touched:
            reports = old.get(c.event_id, []) + c.new_reports
            fused = merge_reports(c.event_id, reports)
            records.append(FusedRecord(fused, c.profile, profile_blocks(c.profile), c.new_reports,
                                       min(c.first_seq, *(order_key(r) for r in reports))))
        self.store.save_fused(records)
        ids = [c.event_id for c in touched]
        self.clusters.clear()  # written: later lookups read them back from the store
        self.local_blocks.clear()
        return ids


def _reference(x: Extraction) -> Optional[str]:
    """The date an undated event is read against: publication date, else its estimate (day or month)."""
    if x.reference_date:
        return x.reference_date
    est = x.published_estimate
    return est.value if est is not None and len(est.value) in (7, 10) else None


def reports_from_extractions(store: Any, exts: Sequence[Extraction]) -> list[EventReport]:
    """Event reports of freshly stored extractions, with their claims computed from the text.

    Events that are already fused (the same extraction passed twice) are left out.
    """
    ids = [x.doc.id for x in exts]
    seqs = store.document_seqs(ids)
    pending = store.unfused_keys(ids)
    out: list[EventReport] = []
    for x in exts:
        if x.doc.id not in seqs or not x.events:
            continue
        per_event = claimlib.document_claims(x.doc.id, x.doc.clean_text, x.doc.source, x.events)
        for i, e in enumerate(x.events):
            if (x.doc.id, i) not in pending:
                continue
            out.append(EventReport(x.doc.id, i, e, x.doc.source, _reference(x), seqs[x.doc.id],
                                   per_event[i]))
    return out


def fuse_reports(store: Any, reports: Sequence[EventReport], batch: int = 5000,
                 stats: Optional[dict[str, int]] = None) -> list[str]:
    """Fuse reports into the store's fused events; returns the ids of fused events touched.

    ``stats``, when given, receives counts: reports, candidates scored, joined, new.
    """
    fuser = Fuser(store)
    touched: list[str] = []
    with store.transaction():
        store.lock_for_fusion()  # concurrent ingests fuse one after the other
        for i, rep in enumerate(sorted(reports, key=lambda r: (r.doc_seq, r.index))):
            fuser.add(rep)
            if (i + 1) % batch == 0:  # bound memory on very large runs
                touched.extend(fuser.flush())
        touched.extend(fuser.flush())
    if stats is not None:
        for k, v in fuser.stats.items():
            stats[k] = stats.get(k, 0) + v
    return list(dict.fromkeys(touched))


def fuse_pending(store: Any) -> list[str]:
    """Fuse every stored report not yet fused (claims computed from the stored text)."""
    pending = store.unfused_reports()
    if not pending:
        return []
    by_doc: dict[str, list[EventReport]] = {}
    for rep in pending:
        by_doc.setdefault(rep.doc_id, []).append(rep)
    for doc_id, reps in by_doc.items():
        ext = store.get_extraction(doc_id)
        if ext is None:
            continue
        per_event = claimlib.document_claims(doc_id, ext.doc.clean_text, ext.doc.source, ext.events)
        for rep in reps:
            if rep.claims is None and rep.index < len(per_event):
                rep.claims = per_event[rep.index]
    return fuse_reports(store, pending)
