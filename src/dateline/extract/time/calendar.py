"""Calendar arithmetic on TIMEX3 values: parse, shift, and turn values into date ranges."""
from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta
from typing import Optional

from dateline.extract.time.lexicon import SEASON_MONTHS


def parse_dct(dct: Optional[str]) -> Optional[date]:
    """The date part of an ISO date or datetime; None when absent or malformed."""
    if not dct:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", dct.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    idx = d.year * 12 + (d.month - 1) + n
    y, m = divmod(idx, 12)
    last = _cal.monthrange(y, m + 1)[1]
    return date(y, m + 1, min(d.day, last))


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def month_end(y: int, m: int) -> date:
    return date(y, m, _cal.monthrange(y, m)[1])


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


_VALUE_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_VALUE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_VALUE_YEAR = re.compile(r"^(\d{4})$")
_VALUE_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_VALUE_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_VALUE_HALF = re.compile(r"^(\d{4})-H([12])$")
_VALUE_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_VALUE_DECADE = re.compile(r"^(\d{3})$")
_VALUE_CENTURY = re.compile(r"^(\d{2})$")


def value_range(value: str) -> Optional[tuple[date, date]]:
    """The inclusive calendar range a resolved DATE/TIME value covers, else None."""
    try:
        m = _VALUE_DAY.match(value)
        if m:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d
        m = _VALUE_MONTH.match(value)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return date(y, mo, 1), month_end(y, mo)
        m = _VALUE_YEAR.match(value)
        if m:
            y = int(m.group(1))
            return date(y, 1, 1), date(y, 12, 31)
        m = _VALUE_WEEK.match(value)
        if m:
            mon = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            if m.group(3):
                return mon + timedelta(days=5), mon + timedelta(days=6)
            return mon, mon + timedelta(days=6)
        m = _VALUE_QUARTER.match(value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
        m = _VALUE_HALF.match(value)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        m = _VALUE_SEASON.match(value)
        if m:
            y = int(m.group(1))
            first, last = SEASON_MONTHS[m.group(2)]
            if first > last:  # winter runs into the next year
                return date(y, first, 1), month_end(y + 1, last)
            return date(y, first, 1), month_end(y, last)
        m = _VALUE_DECADE.match(value)
        if m:
            y = int(m.group(1)) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        m = _VALUE_CENTURY.match(value)
        if m:
            y = int(m.group(1)) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def narrow_by_mod(lo: date, hi: date, mod: Optional[str]) -> tuple[date, date]:
    """Early/mid/late take the first, middle or last third of a range."""
    if mod not in ("START", "MID", "END") or hi <= lo:
        return lo, hi
    span = (hi - lo).days + 1
    third = max(1, span // 3)
    if mod == "START":
        return lo, lo + timedelta(days=third - 1)
    if mod == "END":
        return hi - timedelta(days=third - 1), hi
    return lo + timedelta(days=third), hi - timedelta(days=third)
