"""Score the temporal tagger on TimeML (.tml) files, e.g. TimeBank.

Conventions (``../shared/eval/README.md``): a system expression matches a gold
one when their spans overlap (relaxed) or coincide (strict); value accuracy is
over relaxed matches; value-F1 counts a match only when the TIMEX3 values are
identical. ``mode="errors"`` adds the mismatches (missed, spurious, wrong
value) for tuning; ``mode="spacy"`` also passes the spaCy parse to the tagger;
``mode`` containing ``half1`` or ``half2`` scores only the first or second half
of the files in name order (a tuning/check split).
"""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from typing import Any, Optional

from dateline.extract.time import tag_times
from dateline.model import Timex

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: Optional[str]
    gold: list[GoldTimex]


def _dct(raw: str) -> Optional[str]:
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        v = _ATTR.findall(m.group(1))
        for k, val in v:
            if k == "value" and re.match(r"\d{4}-\d{2}-\d{2}", val):
                return val[:10]
    m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})', raw) or re.search(
        r'value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"', raw)
    return m.group(1) if m else None


def parse_tml(path: str) -> TimeMLDoc:
    """The TEXT of a .tml file with its tags stripped, and the gold TIMEX3 offsets in it."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    dct = _dct(raw)
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = m.group(1) if m else raw
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: Optional[tuple[int, dict[str, str]]] = None
    gold: list[GoldTimex] = []
    for tm in _TAG.finditer(body):
        piece = html.unescape(body[pos:tm.start()])
        out.append(piece)
        length += len(piece)
        pos = tm.end()
        closing, name = tm.group(1) == "/", tm.group(2)
        if name != "TIMEX3":
            continue
        if not closing and not tm.group(4):
            open_timex = (length, dict(_ATTR.findall(tm.group(3))))
        elif closing and open_timex is not None:
            s, attrs = open_timex
            gold.append(GoldTimex(s, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    piece = html.unescape(body[pos:])
    out.append(piece)
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return TimeMLDoc(os.path.basename(path), text, dct, gold)


def _match(gold: list[GoldTimex], system: list[Timex]) -> list[tuple[int, int]]:
    """One-to-one overlap matching, largest overlap first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        out.append((i, j))
    return out


def _f1(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _files(path: str) -> list[str]:
    if os.path.isdir(path):
        return sorted(os.path.join(dp, f) for dp, _, fs in os.walk(path) for f in fs if f.endswith(".tml"))
    return [path]


def run(path: str, limit: Optional[int] = None, mode: Optional[str] = None) -> dict[str, Any]:
    files = _files(path)
    if mode and "half" in mode:
        # A sanity split for tuning: "half1" is the files whose names sort in the
        # first half, "half2" the rest (tune on one, check the other improves too).
        mid = (len(files) + 1) // 2
        files = files[:mid] if "half1" in mode else files[mid:]
    if limit:
        files = files[:limit]
    nlp = None
    if mode and "spacy" in mode:
        from dateline.nlp import get_nlp

        nlp = get_nlp()
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    errors: list[dict[str, Any]] = []
    for fp in files:
        doc = parse_tml(fp)
        sdoc = nlp(doc.text) if nlp is not None else None
        system = tag_times(doc.text, doc.dct, sdoc)
        n_gold += len(doc.gold)
        n_sys += len(system)
        pairs = _match(doc.gold, system)
        matched_g = {i for i, _ in pairs}
        matched_s = {j for _, j in pairs}
        for i, j in pairs:
            g, s = doc.gold[i], system[j]
            relaxed += 1
            strict += int(g.start == s.start and g.end == s.end)
            value_ok += int(g.value == s.value)
            type_ok += int(g.type == s.type)
            if mode and "errors" in mode and g.value != s.value:
                errors.append({"doc": doc.name, "dct": doc.dct, "kind": "value", "gold": g.text, "gold_value": g.value,
                               "system": s.text, "system_value": s.value,
                               "context": doc.text[max(0, g.start - 60):g.end + 60].replace("\n", " ")})
        if mode and "errors" in mode:
            for i, g in enumerate(doc.gold):
                if i not in matched_g:
                    errors.append({"doc": doc.name, "kind": "missed", "gold": g.text, "gold_value": g.value,
                                   "context": doc.text[max(0, g.start - 60):g.end + 60].replace("\n", " ")})
            for j, s in enumerate(system):
                if j not in matched_s:
                    errors.append({"doc": doc.name, "kind": "spurious", "system": s.text, "system_value": s.value,
                                   "context": doc.text[max(0, s.start - 60):s.end + 60].replace("\n", " ")})
    report: dict[str, Any] = {
        "set": "timeml", "path": path, "documents": len(files), "gold": n_gold, "system": n_sys,
        "strict_span": _f1(strict, n_sys, n_gold),
        "relaxed_span": _f1(relaxed, n_sys, n_gold),
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
        "value": _f1(value_ok, n_sys, n_gold),
    }
    if errors:
        report["errors"] = errors
    return report
