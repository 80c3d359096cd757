"""PLOVER who-did-what-to-whom: score actor1 / actor2 mentions against gold source / target text.

``dateline eval plover ../shared/eval/events/plover-gsr-dev.jsonl [--mode M]``

Modes:
- ``pipeline`` (default): the real pipeline (``extract_documents``) on each
  sentence; the first event's ``actor1_mention`` / ``actor2_mention``.
- ``roles``: ``find_actors`` + ``assign_roles`` over the whole sentence, so the
  actor stage is measured apart from event detection.
- ``figures``: PATH is an ACLED notes CSV; ``find_figures`` + ``fatalities_for``
  over the whole note against the gold ``fatalities`` (no figure counts as 0,
  as ACLED codes it), so the figure reader is measured apart from linking.
- ``acled``: PATH is an ACLED notes CSV (``acled-2023-dev.csv``); the exact
  ACLED names of actor1 / actor2 from ``find_actors`` + ``assign_roles`` on
  the note's first sentence, and from the pipeline's first event (a helper to
  tune name normalisation).

Matching a predicted mention to the gold actor texts of its role (any of them):
``exact`` (same words, case and a leading "the" ignored), ``head`` (the gold
text's last word is in the mention, or the mention's last word is in the gold
text) and ``overlap`` (a content word in common). A role with no gold actor is
right when nothing is predicted for it, or, for actor2, when the prediction is
another of the gold sources (compound sources: "Jordan and Britain agreed").
A pair is right when both roles are.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, Iterator, Optional

from dateline.eval.common import read_acled_notes
from dateline.model import Document, Extraction, Span

STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "'s", "s", "its", "their", "his", "her"})
LEVELS = ("exact", "head", "overlap")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'\-\.]+", text.lower().replace("’", "'")) if w.strip(".")]


def _norm(text: str) -> str:
    ws = [w.strip(".") for w in _words(text)]
    while ws and ws[0] in ("the", "a", "an"):
        ws = ws[1:]
    return " ".join(ws)


def _content(text: str) -> set[str]:
    return {w.strip(".").removesuffix("'s") for w in _words(text)} - STOP


def match_level(pred: str, gold: str) -> dict[str, bool]:
    """Which of exact / head / overlap hold between a predicted and a gold actor text."""
    exact = _norm(pred) == _norm(gold) and bool(_norm(gold))
    pw, gw = _content(pred), _content(gold)
    g_words = [w.strip(".").removesuffix("'s") for w in _words(gold) if w not in STOP]
    p_words = [w.strip(".").removesuffix("'s") for w in _words(pred) if w not in STOP]
    head = exact or bool(g_words and g_words[-1] in pw) or bool(p_words and p_words[-1] in gw)
    overlap = head or bool(pw & gw)
    return {"exact": exact, "head": head, "overlap": overlap}


def _role_hits(pred: Optional[str], gold: list[str], others: list[str]) -> dict[str, bool]:
    if not gold:
        if pred is None:
            return {k: True for k in LEVELS}
        if others:  # actor2 of a compound source
            best = {k: False for k in LEVELS}
            for g in others:
                for k, v in match_level(pred, g).items():
                    best[k] = best[k] or v
            return best
        return {k: False for k in LEVELS}
    if pred is None:
        return {k: False for k in LEVELS}
    best = {k: False for k in LEVELS}
    for g in gold:
        for k, v in match_level(pred, g).items():
            best[k] = best[k] or v
    return best


def _read_plover(path: str, limit: Optional[int]) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return rows[:limit] if limit else rows


def _gold(row: dict[str, Any], key: str) -> list[str]:
    return [a["actorText"].strip() for a in row.get(key) or [] if a.get("actorText", "").strip()]


def _predict_pipeline(rows: list[dict[str, Any]]) -> Iterator[tuple[Optional[str], Optional[str], bool]]:
    from dateline.pipeline import extract_documents

    docs = (Document(id=r["id"], text=r["text"], published=r.get("date")) for r in rows)
    for ext in extract_documents(docs):
        ev = ext.events[0] if ext.events else None
        if ev is None:
            yield None, None, False
            continue
        yield _span_text(ev.actor1_mention), _span_text(ev.actor2_mention), True


def _span_text(span: Optional[Span]) -> Optional[str]:
    return span.text if span is not None and span.text else None


def _parse_with_places(text: str, published: Optional[str]) -> tuple[Any, Extraction]:
    """The pipeline's own stages up to actors, keeping the spaCy parse."""
    from dateline.extract.actors import find_actors
    from dateline.extract.places import get_geoparser
    from dateline.nlp import get_nlp

    sdoc = get_nlp()(text)
    ext = Extraction(doc=Document(id="x", text=text, published=published))
    try:
        ext.places = get_geoparser().find(text, sdoc)
    except Exception:  # the places stage is another area's; roles can do without it
        ext.places = []
    year = int(published[:4]) if published and published[:4].isdigit() else None
    ext.actors = find_actors(text, sdoc, ext.places, year, date=published)
    return sdoc, ext


def _predict_roles(rows: list[dict[str, Any]]) -> Iterator[tuple[Optional[str], Optional[str], bool]]:
    from dateline.extract.actors import assign_roles

    for r in rows:
        text = r["text"]
        sdoc, ext = _parse_with_places(text, r.get("date"))
        pair = assign_roles(sdoc, 0, len(text), ext.actors)
        a1 = pair.actor1.text if pair.actor1 is not None and pair.actor1.end > pair.actor1.start else None
        a2 = pair.actor2.text if pair.actor2 is not None and pair.actor2.end > pair.actor2.start else None
        yield a1, a2, True


def run(path: str, limit: Optional[int] = None, mode: Optional[str] = None) -> dict[str, Any]:
    mode = mode or "pipeline"
    if mode == "acled":
        return run_acled(path, limit)
    if mode == "figures":
        return run_figures(path, limit)
    rows = _read_plover(path, limit)
    preds = _predict_pipeline(rows) if mode == "pipeline" else _predict_roles(rows)
    hits: Counter[str] = Counter()
    by_event: dict[str, Counter[str]] = {}
    no_event = 0
    misses: list[dict[str, Any]] = []
    for row, (a1, a2, has_event) in zip(rows, preds):
        src, tgt = _gold(row, "source"), _gold(row, "target")
        no_event += not has_event
        h1 = _role_hits(a1, src, [])
        h2 = _role_hits(a2, tgt, src if not tgt else [])
        ev = by_event.setdefault(row.get("event", "?"), Counter())
        ev["n"] += 1
        for k in LEVELS:
            hits[f"actor1_{k}"] += h1[k]
            hits[f"actor2_{k}"] += h2[k]
            hits[f"pair_{k}"] += h1[k] and h2[k]
            ev[f"pair_{k}"] += h1[k] and h2[k]
        if has_event:
            hits["with_event"] += 1
            hits["pair_head_given_event"] += h1["head"] and h2["head"]
        if tgt:
            hits["with_target"] += 1
            hits["actor2_head_given_target"] += h2["head"]
        if not (h1["head"] and h2["head"]) and len(misses) < 25:
            misses.append({"id": row["id"], "source": src, "target": tgt, "actor1": a1, "actor2": a2})
    n = len(rows)
    out: dict[str, Any] = {
        "set": "plover", "mode": mode, "path": path, "items": n, "no_event": no_event,
        "accuracy": {f"{r}_{k}": round(hits[f"{r}_{k}"] / n, 4) if n else 0.0
                     for r in ("actor1", "actor2", "pair") for k in LEVELS},
        "actor2_head_when_gold_target": round(hits["actor2_head_given_target"] / hits["with_target"], 4)
        if hits["with_target"] else None,
        "pair_head_when_event_found": round(hits["pair_head_given_event"] / hits["with_event"], 4)
        if hits["with_event"] else None,
        "pair_head_by_event": {e: round(c["pair_head"] / c["n"], 3) for e, c in sorted(by_event.items())},
        "examples_missed": misses,
    }
    return out


def run_acled(path: str, limit: Optional[int] = None) -> dict[str, Any]:
    """actor1 / actor2 ACLED names on ACLED notes: the role stage alone, and the pipeline."""
    from dateline.extract.actors import assign_roles
    from dateline.pipeline import extract_parsed

    rows = read_acled_notes(path, limit)
    hits: Counter[str] = Counter()
    missed_names: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for r in rows:
        text = r["notes"]
        year = r.get("year") or None
        sdoc, ext = _parse_with_places(text, f"{year}-06-30" if year else None)
        sent = next(iter(sdoc.sents))
        pair = assign_roles(sdoc, sent.start_char, sent.end_char, ext.actors)
        g1, g2 = _n(r["actor1"]), _n(r["actor2"])
        p1 = _n(pair.actor1.name) if pair.actor1 else ""
        p2 = _n(pair.actor2.name) if pair.actor2 else ""
        hits["roles_actor1"] += p1 == g1
        hits["roles_actor2"] += p2 == g2
        found = {_n(a.name) for a in ext.actors}
        hits["actor1_among_found"] += g1 in found
        if g1 not in found:
            missed_names[r["actor1"]] += 1
        elif p1 != g1:
            wrong[f"{r['actor1']} <- {pair.actor1.name if pair.actor1 else None}"] += 1
        full = extract_parsed(Document(id=r["event_id_cnty"], text=text), sdoc)
        ev = full.events[0] if full.events else None
        hits["pipeline_actor1"] += ev is not None and _n(ev.actor1) == g1
        hits["pipeline_actor2"] += ev is not None and _n(ev.actor2) == g2
    n = len(rows)
    return {
        "set": "plover", "mode": "acled", "path": path, "items": n,
        "accuracy": {k: round(v / n, 4) for k, v in sorted(hits.items())} if n else {},
        "actor1_not_found": dict(missed_names.most_common(25)),
        "actor1_found_wrong_role": dict(wrong.most_common(15)),
    }


def _n(name: Optional[str]) -> str:
    return " ".join((name or "").lower().split())


def run_figures(path: str, limit: Optional[int] = None) -> dict[str, Any]:
    """Fatalities of each ACLED note from the figure reader alone (whole note)."""
    from dateline.extract.figures import fatalities_for, find_figures
    from dateline.nlp import get_nlp

    rows = read_acled_notes(path, limit)
    hits = Counter()
    errors: Counter[str] = Counter()
    examples: list[dict[str, Any]] = []
    for r, sdoc in zip(rows, get_nlp().pipe(r["notes"] for r in rows)):
        text = r["notes"]
        figures = find_figures(text, sdoc)
        got = fatalities_for(figures, 0, len(text))
        gold = int(float(r["fatalities"] or 0))
        ok = (got or 0) == gold
        hits["fatalities"] += ok
        hits["gold_nonzero"] += gold > 0
        hits["nonzero_right"] += ok and gold > 0
        if not ok:
            kind = "missed" if got is None or got == 0 and gold else "figure where gold is 0" if gold == 0 else "wrong figure"
            errors[kind] += 1
            if len(examples) < 20:
                examples.append({"id": r["event_id_cnty"], "gold": gold, "got": got,
                                 "figures": [f.to_json() for f in figures if f.kind == "killed"]})
    n = len(rows)
    return {
        "set": "plover", "mode": "figures", "path": path, "items": n,
        "accuracy": {"fatalities": round(hits["fatalities"] / n, 4) if n else 0.0,
                     "fatalities_when_gold_nonzero": round(hits["nonzero_right"] / hits["gold_nonzero"], 4)
                     if hits["gold_nonzero"] else None},
        "errors": dict(errors.most_common()), "examples_wrong": examples,
    }
