"""The temporal tagger: run the rules, choose non-overlapping matches, resolve in reading order."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Doc

from dateline.extract.time.calendar import narrow_by_mod, parse_dct, value_range
from dateline.extract.time.patterns import INNER_TRIGGERS, TRIGGERS
from dateline.extract.time.rules import RULES, Ctx, Hit, _shift, _unit_key
from dateline.model import Timex

# Rules whose value depends on the previous date (re-resolved in reading order).
_ORDER_DEPENDENT = {"ago", "anchored", "rel_unit", "weekend", "fin_period", "weekday", "story_day_part", "counted_day",
                    "overnight", "until_then"}
_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
_HEDGE_BEFORE = re.compile(r"(?:\b(?:around|about|approximately|circa|roughly|some)|\bc\.)\s+$", re.I)
_PAST_WINDOW = re.compile(r"^(?:the\s+)?(?:past|last|previous)\b", re.I)
_PAST_WINDOW_BEFORE = re.compile(r"\b(?:over|in|during|within|for)\s+$", re.I)
_DURATION_PARTS = re.compile(r"^P(?:T)?(\d+)([DWMY]|WE|H)$")


_BEFORE, _AFTER = 60, 36  # window around a trigger keyword, in characters


def _windows(lowered: str, trigger: re.Pattern[str], inner: bool) -> list[tuple[int, int]]:
    """Merged character windows around every trigger keyword that starts a word."""
    out: list[tuple[int, int]] = []
    n = len(lowered)
    for m in trigger.finditer(lowered):
        s = m.start()
        if not inner and s > 0 and lowered[s - 1].isalnum():
            continue
        lo, hi = max(0, s - _BEFORE), min(n, m.end() + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _candidates(text: str, ctx: Ctx) -> list[tuple[int, int, int, str, Hit]]:
    """Every rule match that its resolver accepts: (start, end, priority, rule, hit)."""
    out: list[tuple[int, int, int, str, Hit]] = []
    seen: set[tuple[str, int, int]] = set()
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets aligned
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    windows: dict[str, list[tuple[int, int]]] = {}
    for name, pattern, prio, resolver, trigger in RULES:
        if trigger is None:
            spans = [(0, len(text))]
        else:
            if trigger not in windows:
                windows[trigger] = _windows(lowered, TRIGGERS[trigger], trigger in INNER_TRIGGERS)
            spans = windows[trigger]
        for lo, hi in spans:
            for m in pattern.finditer(text, lo, hi):
                if m.end() == m.start() or (name, m.start(), m.end()) in seen:
                    continue
                seen.add((name, m.start(), m.end()))
                hit = resolver(m, ctx)
                if hit is None:
                    continue
                s = hit.start if hit.start is not None else m.start()
                e = hit.end if hit.end is not None else m.end()
                # Trim trailing punctuation swallowed by abbreviations ("Jan." keeps its dot).
                while e > s and text[e - 1] in " ,;:":
                    e -= 1
                out.append((s, e, prio, name, hit))
    return out


def _select(cands: list[tuple[int, int, int, str, Hit]]) -> list[tuple[int, int, int, str, Hit]]:
    """Longest match first, then rule priority; no two chosen spans overlap."""
    chosen: list[tuple[int, int, int, str, Hit]] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), -c[2], c[0])):
        s, e = c[0], c[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        chosen.append(c)
        taken.append((s, e))
    chosen.sort(key=lambda c: c[0])
    return chosen


def _rematch(name: str, text: str, start: int, end: int, ctx: Ctx) -> Optional[Hit]:
    """Resolve one chosen match again, now that the anchor of its context is known."""
    for rname, pattern, _, resolver, _trigger in RULES:
        if rname != name:
            continue
        # The hit may have narrowed its span; search from a little before it.
        for m in pattern.finditer(text, max(0, start - 30), min(len(text), end + 30)):
            hit = resolver(m, ctx)
            if hit is None:
                continue
            s = hit.start if hit.start is not None else m.start()
            if s == start:
                return hit
    return None


def _past_window(timex: Timex, text: str, dct: Optional[date]) -> Optional[tuple[date, date]]:
    """"(over) the past three days" as a calendar range ending at the DCT."""
    if dct is None:
        return None
    before = text[max(0, timex.start - 12):timex.start]
    if not (_PAST_WINDOW.match(timex.text) or (_PAST_WINDOW_BEFORE.search(before)
                                                and re.search(r"\bpast\b|\blast\b", before + timex.text, re.I))):
        return None
    m = _DURATION_PARTS.match(timex.value)
    if not m:
        return None
    n, letter = int(m.group(1)), m.group(2)
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year", "WE": "weekend", "H": "hour"}[letter]
    if unit == "hour":
        return dct - timedelta(days=max(1, n // 24)), dct
    lo, _ = _shift(dct, n, _unit_key(unit), -1)
    return lo, dct


def tag(text: str, dct_str: Optional[str], sdoc: Optional[Doc] = None) -> list[Timex]:
    dct = parse_dct(dct_str)
    ctx = Ctx(text=text, dct=dct, sdoc=sdoc,
              financial=bool(re.search(r"\bquarter\b", text, re.I) and re.search(r"\ba share\b|\bper share\b|\bnet income\b|\bprofit\b|\bearnings\b", text, re.I)))
    chosen = _select(_candidates(text, ctx))
    out: list[Timex] = []
    for s, e, _prio, name, hit in chosen:
        if name in _ORDER_DEPENDENT and (ctx.anchor is not None or ctx.last_quarter is not None
                                         or ctx.anchor_month is not None):
            again = _rematch(name, text, s, e, ctx)
            if again is not None:
                hit = again
        mod = hit.mod
        if mod is None and hit.type == "DATE" and _HEDGE_BEFORE.search(text[max(0, s - 16):s]):
            mod = "APPROX"
        t = Timex(start=s, end=e, text=text[s:e], type=hit.type, value=hit.value, mod=mod)
        rng = value_range(t.value) if t.type in ("DATE", "TIME") else None
        if rng is not None:
            lo, hi = narrow_by_mod(rng[0], rng[1], t.mod)
            if hit.range_end is not None:
                hi = hit.range_end
            if hit.range_start is not None:
                lo = hit.range_start
            t.range_start, t.range_end = lo.isoformat(), hi.isoformat()
        elif t.type == "DURATION":
            win = _past_window(t, text, dct)
            if win is not None:
                t.range_start, t.range_end = win[0].isoformat(), win[1].isoformat()
        if hit.anchor is not None:
            ctx.anchor = hit.anchor
        if _QUARTER_VALUE.match(t.value) and name == "quarter" and dct is not None:
            # A quarter not yet over at the DCT is a plan or a fiscal label, not the period reported.
            if (int(t.value[:4]), int(t.value[-1])) < (dct.year, (dct.month - 1) // 3 + 1):
                ctx.last_quarter = t.value
        if t.type == "DATE" and re.match(r"^\d{4}-\d{2}(?:-\d{2})?$", t.value):
            ctx.anchor_month = date(int(t.value[:4]), int(t.value[5:7]), 15)
        if t.type == "DATE" and re.match(r"^\d{4}(?:$|-)", t.value):
            ctx.anchor_year = int(t.value[:4])
        out.append(t)
    return _merge_period_of_year(_merge_clock_with_day(out, text), text)


_JOIN = re.compile(r"^\s*(?:,|on|at|of|,\s*on)?\s*$", re.I)


def _merge_clock_with_day(timexes: list[Timex], text: str) -> list[Timex]:
    """"3 p.m. Monday" / "Monday at 3 p.m.": one TIME on that day."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if b is not None and _JOIN.match(text[a.end:b.start]) and b.start - a.end <= 5:
            clock, day = (a, b) if (a.type == "TIME" and "T" in a.value and b.type == "DATE") else (
                (b, a) if (b.type == "TIME" and "T" in b.value and a.type == "DATE") else (None, None))
            if clock is not None and day is not None and re.match(r"^(\d{4}|XXXX)-..-..$", day.value):
                hhmm = clock.value.split("T", 1)[1]
                merged = Timex(a.start, b.end, text[a.start:b.end], "TIME", f"{day.value}T{hhmm}",
                               mod=day.mod, range_start=day.range_start, range_end=day.range_end)
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_SEASON_OR_HALF = re.compile(r"^\d{4}-(SP|SU|FA|WI|H1|H2)$")
_YEAR_AGO = re.compile(r"^(?:a\s+year\s+(?:ago|earlier)|last\s+year)$", re.I)


def _merged_value(a: Timex, b: Timex, between: str) -> Optional[str]:
    """The value of a and b read as one expression, or None if they are two."""
    part = _SEASON_OR_HALF.match(a.value)
    if part and re.fullmatch(r"\s+of\s+", between):
        if re.fullmatch(r"\d{4}", b.value):
            return f"{b.value}-{part.group(1)}"  # "the winter of nineteen ninety-four"
        if re.fullmatch(r"\d{3}", b.value) and part.group(1) in ("H1", "H2"):
            return b.value  # "the last half of the '80s": TimeML has no half-decade
    if (re.fullmatch(r"(?:the|that|this)\s+(?:quarter|period)", a.text, re.I) and _YEAR_AGO.match(b.text)
            and between.strip() == ""):
        # "the quarter a year ago": that quarter of the year before.
        if re.fullmatch(r"\d{4}-Q[1-4]", a.value):
            return f"{int(a.value[:4]) - 1:04d}{a.value[4:]}"
        if re.fullmatch(r"\d{4}-Q[1-4]", b.value):
            return b.value
    return None


def _merge_period_of_year(timexes: list[Timex], text: str) -> list[Timex]:
    """Two neighbouring expressions that are one: "the winter of nineteen ninety-four"
    (the season rule only reads digit years), "the last half of the '80s", "the
    quarter a year ago", "the year-earlier nine months"."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        value = None
        start = a.start
        if b is not None and b.start - a.end <= 6:
            between = text[a.end:b.start]
            the = re.search(r"\bthe\s+$", text[max(0, a.start - 5):a.start], re.I)
            if re.fullmatch(r"year-(?:earlier|ago)", a.text, re.I) and the is not None:
                if b.type == "DURATION" and between.strip() == "":
                    # "the year-earlier nine months": TimeML keeps the length as the value.
                    value, start = b.value, a.start - len(the.group(0))
            else:
                value = _merged_value(a, b, between)
        if value is not None and b is not None:
            kind = "DURATION" if value.startswith("P") else "DATE"
            rng = value_range(value) if kind == "DATE" else None
            out.append(Timex(start, b.end, text[start:b.end], kind, value, mod=a.mod,
                             range_start=rng[0].isoformat() if rng else None,
                             range_end=rng[1].isoformat() if rng else None))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
