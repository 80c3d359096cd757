"""Geoparsing evaluation on LGL-style XML (``dateline eval geo PATH [--mode spans|e2e]``).

The file has ``<article>`` elements with ``<text>`` and ``<toponyms>``; each
``<toponym>`` has ``<start>``, ``<end>``, ``<phrase>`` and, when the
annotators could ground it, a ``<gaztag>`` with ``<lat>``/``<lon>``.

- ``mode="spans"``: the gold spans are given to ``Geoparser.resolve_spans``
  (what ``dateline geocode`` does); scores: accuracy@161km, median error and the
  AUC of the log error curve (Gritta et al. 2019: errors as ln(1 + km) scaled by
  ln(20039), the half circumference; lower is better), over gold toponyms with
  coordinates.  A span left unresolved counts as the maximal error.
- ``mode="e2e"``: ``Geoparser.find`` on the text (what ``dateline extract``
  does); toponym precision/recall/F1 with exact spans (``strict``) and with
  overlapping spans (``overlap``), the same without demonyms on both sides, and the
  geocoding scores over the gold toponyms matched (overlap).
- ``mode="acled"`` (PATH an ACLED CSV with ``notes``, ``latitude``,
  ``longitude``, ``geo_precision``): the event location an ACLED coder would
  pick, ``find`` + ``location_for_span`` over each note: share within 25 km of
  the gold point, and geo-precision agreement where the location is right.
"""
from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from statistics import median
from typing import Any, Optional

from dateline.extract.places import get_geoparser
from dateline.extract.places.demonyms import is_demonym
from dateline.extract.places.gazetteer import haversine_km
from dateline.model import Place
from dateline.nlp import get_nlp

MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: Optional[float]
    lon: Optional[float]


@dataclass
class GoldArticle:
    doc_id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def read_lgl(path: str, limit: Optional[int] = None) -> list[GoldArticle]:
    root = ET.parse(path).getroot()
    out: list[GoldArticle] = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = GoldArticle(art.get("docid") or str(len(out)), text)
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            g = t.find("gaztag")
            lat = lon = None
            if g is not None and g.findtext("lat") and g.findtext("lon"):
                lat, lon = float(g.findtext("lat") or 0), float(g.findtext("lon") or 0)
            gold.toponyms.append(GoldToponym(start, end, t.findtext("phrase") or text[start:end], lat, lon))
        out.append(gold)
        if limit is not None and len(out) >= limit:
            break
    return out


def error_km(place: Optional[Place], gold: GoldToponym) -> float:
    if place is None or place.lat is None or place.lon is None or gold.lat is None or gold.lon is None:
        return MAX_ERROR_KM
    return haversine_km(place.lat, place.lon, gold.lat, gold.lon)


def geo_scores(errors: list[float]) -> dict[str, Any]:
    """accuracy@161km, median/mean error and AUC of the log error curve (lower AUC is better)."""
    if not errors:
        return {"n": 0}
    scaled = sorted(math.log(1.0 + e) / math.log(1.0 + MAX_ERROR_KM) for e in errors)
    # Area under the sorted, scaled error curve on a unit x-axis (trapezoids).
    if len(scaled) == 1:
        auc = scaled[0]
    else:
        auc = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:])) / (len(scaled) - 1)
    return {"n": len(errors),
            "accuracy_161km": round(sum(e <= ACCURACY_KM for e in errors) / len(errors), 4),
            "median_error_km": round(median(errors), 1),
            "mean_error_km": round(sum(errors) / len(errors), 1),
            "auc": round(auc, 4)}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def run(path: str, limit: Optional[int] = None, mode: Optional[str] = None) -> dict[str, Any]:
    mode = mode or ("acled" if path.endswith(".csv") else "spans")
    if mode not in ("spans", "e2e", "acled"):
        raise ValueError(f"geo eval mode must be spans, e2e or acled, not {mode!r}")
    if mode == "acled":
        return _run_acled(path, limit)
    articles = read_lgl(path, limit)
    geo = get_geoparser()
    nlp = get_nlp()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    started = time.perf_counter()
    report = _run_spans(articles, docs, geo) if mode == "spans" else _run_e2e(articles, docs, geo)
    report.update({"set": "lgl", "mode": mode, "articles": len(articles),
                   "geoparser_seconds": round(time.perf_counter() - started, 2)})
    return report


def _run_spans(articles: list[GoldArticle], docs: list, geo) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    errors: list[float] = []
    unresolved = 0
    for art, sdoc in zip(articles, docs):
        spans = [(t.start, t.end) for t in art.toponyms]
        places = geo.resolve_spans(art.text, spans, sdoc)
        for t, p in zip(art.toponyms, places):
            if t.lat is None:
                continue
            unresolved += p.lat is None
            errors.append(error_km(p, t))
    out = geo_scores(errors)
    out["unresolved"] = unresolved
    return out


def _overlap_matches(places: list[Place], gold: list[GoldToponym]) -> list[tuple[int, GoldToponym]]:
    """Gold toponyms each matched to a distinct found place whose span overlaps it."""
    used: set[int] = set()
    out: list[tuple[int, GoldToponym]] = []
    for t in gold:
        match = next((k for k, p in enumerate(places)
                      if k not in used and p.start < t.end and t.start < p.end), None)
        if match is not None:
            used.add(match)
            out.append((match, t))
    return out


def _run_e2e(articles: list[GoldArticle], docs: list, geo) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    n_pred = n_gold = tp_strict = tp_overlap = 0
    n_pred_nodem = n_gold_nodem = tp_overlap_nodem = 0
    errors: list[float] = []
    for art, sdoc in zip(articles, docs):
        places = geo.find(art.text, sdoc)
        n_pred += len(places)
        n_gold += len(art.toponyms)
        exact = {(p.start, p.end): p for p in places}
        for t in art.toponyms:
            tp_strict += (t.start, t.end) in exact
        matches = _overlap_matches(places, art.toponyms)
        tp_overlap += len(matches)
        for k, t in matches:
            if t.lat is not None:
                errors.append(error_km(places[k], t))
        # The same without demonyms on either side: places only.
        places_only = [p for p in places if p.feature != "demonym"]
        gold_only = [t for t in art.toponyms if not is_demonym(t.phrase)]
        n_pred_nodem += len(places_only)
        n_gold_nodem += len(gold_only)
        tp_overlap_nodem += len(_overlap_matches(places_only, gold_only))
    return {"strict": _prf(tp_strict, n_pred, n_gold), "overlap": _prf(tp_overlap, n_pred, n_gold),
            "overlap_without_demonyms": _prf(tp_overlap_nodem, n_pred_nodem, n_gold_nodem),
            "predicted": n_pred, "gold": n_gold, "geocoding_of_matched": geo_scores(errors)}


def _run_acled(path: str, limit: Optional[int]) -> dict[str, Any]:
    import csv

    from dateline.extract.places import location_for_span

    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("notes") and r.get("latitude")]
    rows = rows[:limit] if limit is not None else rows
    geo = get_geoparser()
    nlp = get_nlp()
    started = time.perf_counter()
    within = located = precision_ok = 0
    errors: list[float] = []
    for row, sdoc in zip(rows, nlp.pipe((r["notes"] for r in rows), batch_size=32)):
        text = row["notes"]
        loc = location_for_span(text, geo.find(text, sdoc), 0, len(text))
        gold = GoldToponym(0, 0, row.get("location", ""), float(row["latitude"]), float(row["longitude"]))
        err = error_km(loc.place if loc else None, gold)
        errors.append(err)
        located += loc is not None and loc.place.lat is not None
        if err <= 25.0:
            within += 1
            precision_ok += loc is not None and str(loc.geo_precision) == row.get("geo_precision", "")
    n = len(rows)
    return {"set": "acled-notes", "mode": "acled", "events": n,
            "located": round(located / n, 4) if n else 0.0,
            "within_25km": round(within / n, 4) if n else 0.0,
            "geo_precision_agreement_when_within_25km": round(precision_ok / within, 4) if within else 0.0,
            "errors": geo_scores(errors), "geoparser_seconds": round(time.perf_counter() - started, 2)}
