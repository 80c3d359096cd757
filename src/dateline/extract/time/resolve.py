"""Shared pieces of the resolvers: the match context, the result, and calendar helpers.

A resolver gets a regular-expression match and a ``Ctx`` (text, document
creation time, spaCy Doc, the story's last dates) and returns a ``Hit``.
Resolution is against the document creation time (``Ctx.dct``) or, for "two
days later" and "the following day", against the last day-precise date
mentioned (``Ctx.anchor``). Without a creation time, parts that cannot be
known are written X.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from spacy.tokens import Doc

from dateline.extract.time.calendar import (add_months, add_years, fmt_day, fmt_month, iso_week,
                                            quarter_of, safe_date, week_monday)
from dateline.extract.time.lexicon import MODIFIERS, MONTHS, UNITS, number_value
from dateline.extract.time.tense import FUTURE, PAST, clause_tense


@dataclass
class Hit:
    type: str
    value: str
    mod: Optional[str] = None
    start: Optional[int] = None  # span adjustments (None: the match's own)
    end: Optional[int] = None
    anchor: Optional[date] = None  # a day this expression makes the new reference
    anchored: bool = False  # resolved against the previous date, not the DCT
    range_end: Optional[date] = None  # for a span of days given in one expression
    range_start: Optional[date] = None


@dataclass
class Ctx:
    text: str
    dct: Optional[date]
    sdoc: Optional[Doc]
    anchor: Optional[date] = None
    # Last quarter named ("third quarter" -> "1989-Q3"): financial news compares
    # "a year ago" at the granularity of the period being reported.
    last_quarter: Optional[str] = None
    # Last date mentioned with month (or year) precision, for "the following month", "that year".
    anchor_month: Optional[date] = None
    anchor_year: Optional[int] = None
    financial: bool = False

    def tense(self, start: int, end: int) -> str:
        return clause_tense(self.text, start, end, self.sdoc)

    @property
    def ref(self) -> Optional[date]:
        """Reference for anchored expressions: last mentioned day, else the DCT."""
        return self.anchor or self.dct


Resolver = Callable[[re.Match[str], Ctx], Optional[Hit]]


# --- helpers ----------------------------------------------------------------
def _month_num(tok: str) -> Optional[int]:
    return MONTHS.get(tok.lower().rstrip("."))


def _looks_like_month(tok: str, text: str) -> bool:
    """Month names must be capitalised ("may" and "march" are also verbs)."""
    return tok[:1].isupper()


def _year_or_x(ctx: Ctx) -> str:
    return f"{ctx.dct.year:04d}" if ctx.dct else "XXXX"


def _edge_mod(edge: Optional[str]) -> Optional[str]:
    if not edge:
        return None
    e = re.sub(r"\s+", " ", edge.lower())
    return MODIFIERS.get(e) or MODIFIERS.get(e.replace("the ", ""))


def _pre_mod(mod: Optional[str]) -> Optional[str]:
    if not mod:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", mod.lower()))


# Beyond this many days from the DCT, the nearest reading of a bare month gives
# way to the clause's tense (a past-tense "in March" said in November).
TENSE_OVERRIDE_DAYS = 90


def _year_for_month(ctx: Ctx, month: int, day: Optional[int], m: re.Match[str]) -> Optional[int]:
    """Year of a month (and day) given without one: the nearest such date to the DCT,
    unless that is far off against the clause's tense."""
    if not ctx.dct:
        return None
    dct = ctx.dct
    options: list[tuple[int, int, int]] = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        cand = safe_date(y, month, day or 15)
        if cand is not None:
            delta = (cand - dct).days
            options.append((abs(delta), delta, y))
    if not options:
        return dct.year
    options.sort()
    gap, delta, year = options[0]
    prep = ctx.text[max(0, m.start() - 8):m.start()].lower() + m.group(0)[:m.start("mon") - m.start()].lower()
    deadline = re.search(r"\b(?:by|until|till)\s+(?:early\s+|late\s+|mid-?)?$", prep)
    if delta < -31 and deadline:
        return year + 1  # "by August": a deadline ahead
    if delta > 0 and deadline:
        return year  # and the nearest such month is already ahead: keep it, whatever the tense
    if delta > 0 and re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", prep):
        return year - 1  # "since January" is in the past
    if delta < 0 and re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", prep):
        return year  # "since Jan. 13" lies behind, whatever the verb
    if gap > 31:
        tense = ctx.tense(m.start(), m.end())
        # Future modals are reliable cues; past ones (any "-ed" word) less so.
        if tense == PAST and delta > 0 and gap > TENSE_OVERRIDE_DAYS:
            return year - 1
        if tense == FUTURE and delta < 0:
            return year + 1
    return year


def _resolve_weekday(ctx: Ctx, wd: int, rel: Optional[str], m: re.Match[str]) -> Optional[date]:
    if not ctx.dct:
        return None
    base = ctx.dct
    rel = re.sub(r"\s+", " ", (rel or "").lower())
    if rel in ("previous", "the following", "following") and ctx.anchor is not None:
        # "the previous Friday": the one before the day the story is at.
        base = ctx.anchor
        diff = wd - base.weekday()
        if rel == "previous":
            return base + timedelta(days=diff if diff < 0 else diff - 7)
        return base + timedelta(days=diff if diff > 0 else diff + 7)
    diff = wd - base.weekday()
    if rel in ("next", "the coming", "coming", "the following", "following"):
        return base + timedelta(days=diff if diff > 0 else diff + 7)
    if rel in ("last", "this past", "past", "previous"):
        return base + timedelta(days=diff if diff < 0 else diff - 7)
    if rel == "this":
        return week_monday(base) + timedelta(days=wd)
    if diff == 0:
        return base
    tense = ctx.tense(m.start(), m.end())
    if tense == FUTURE:
        return base + timedelta(days=diff if diff > 0 else diff + 7)
    return base + timedelta(days=diff if diff < 0 else diff - 7)


def _number(tok: Optional[str]) -> Optional[float]:
    if tok is None:
        return None
    t = re.sub(r"\s+", " ", tok.lower())
    if t.endswith("1/2"):
        v = number_value(t[:-3].strip(" -"))
        return None if v is None else v + 0.5
    t = t.replace(" and a half", "-and-a-half").replace("-and-a-half", "")
    v = number_value(t)
    if v is not None and ("half" in tok.lower() and "a half" not in t):
        v += 0.5
    return v


def _unit_key(unit: str) -> str:
    u = unit.lower()
    if u.startswith("centur"):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    return u


def duration_value(num: Optional[float], unit: str) -> str:
    """TIMEX3 duration: P3D, PT24H, PXY, P1.5Y -> P18M."""
    letter, is_time, _ = UNITS[_unit_key(unit)]
    if unit.lower().startswith("weekend"):
        letter = "WE"
    prefix = "PT" if is_time else "P"
    if num is None:
        return f"{prefix}X{letter}"
    if letter == "H" and num == int(num) and num >= 24 and num % 24 == 0:
        return f"P{int(num // 24)}D"
    if num != int(num):
        if letter == "Y":
            whole, months = int(num), int(round((num - int(num)) * 12))
            return f"P{whole}Y{months}M" if whole else f"P{months}M"
        if letter == "M" and is_time:
            whole, secs = int(num), int(round((num - int(num)) * 60))
            return f"PT{whole}M{secs}S" if whole else f"PT{secs}S"
        if letter == "D":
            return f"PT{int(num * 24)}H"
        if letter == "H":
            return f"PT{int(num * 60)}M"
        if letter == "M" and not is_time:
            return f"P{int(num * 30)}D"
        if letter == "W":
            return f"P{int(num * 7)}D"
        return f"{prefix}{num:g}{letter}"
    return f"{prefix}{int(num)}{letter}"


def _shift(d: date, num: float, unit: str, sign: int) -> tuple[date, str]:
    """d moved by num units; returns (date, granularity) for formatting.

    "the past 2,000 years" leaves the calendar ``date`` can hold: such a shift
    stops at its first or last day instead of failing the whole document.
    """
    try:
        return _shift_unclamped(d, num, unit, sign)
    except (OverflowError, ValueError):
        return (date.min if num * sign < 0 else date.max), "year"


def _shift_unclamped(d: date, num: float, unit: str, sign: int) -> tuple[date, str]:
    u = _unit_key(unit)
    n = int(round(num)) * sign
    if u in ("day", "night"):
        return d + timedelta(days=n), "day"
    if u in ("week", "weekend", "fortnight"):
        return d + timedelta(weeks=n * (2 if u == "fortnight" else 1)), "week"
    if u == "month":
        return add_months(d, n), "month"
    if u == "quarter":
        return add_months(d, 3 * n), "quarter"
    if u == "year":
        return add_years(d, n), "year"
    if u == "decade":
        return add_years(d, 10 * n), "decade"
    if u == "century":
        return add_years(d, 100 * n), "century"
    if u in ("hour", "minute", "second"):
        return d, "day"
    return add_years(d, 1000 * n), "year"


def format_at(d: date, gran: str) -> str:
    if gran == "day":
        return fmt_day(d)
    if gran == "week":
        return iso_week(d)
    if gran == "month":
        return fmt_month(d)
    if gran == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def x_format(gran: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "decade": "XXX", "century": "XX"}.get(gran, "XXXX")


