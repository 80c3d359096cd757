"""Resolvers: turn one regular-expression match into a TIMEX3 type and value.

Each rule is (name, pattern, priority, resolver). A resolver returns a ``Hit``
or None (not a temporal expression after all). Resolution is against the
document creation time (``Ctx.dct``) or, for "two days later" and "the
following day", against the last day-precise date mentioned (``Ctx.anchor``).
Without a creation time, parts that cannot be known are written X.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from spacy.tokens import Doc

from dateline.extract.time import patterns as P
from dateline.extract.time.calendar import (add_months, add_years, fmt_day, fmt_month, iso_week,
                                            quarter_of, safe_date, week_monday)
from dateline.extract.time.lexicon import (MODIFIERS, MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS,
                                           WEEKDAYS, number_value)
from dateline.extract.time.tense import FUTURE, PAST, PRESENT, clause_tense


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
    if delta < -31 and re.search(r"\b(?:by|until|till)\s+(?:early\s+|late\s+|mid-?)?$", prep):
        return year + 1  # "by August": a deadline ahead
    if delta > 0 and re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", prep):
        return year - 1  # "since January" is in the past
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
    """d moved by num units; returns (date, granularity) for formatting."""
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


# --- explicit dates ----------------------------------------------------------
def r_iso(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Hit("TIME", f"{fmt_day(d)}T{m['hh']}:{m['mm']}", anchor=d)
    return Hit("DATE", fmt_day(d), anchor=d)


def r_slash(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if m.start() > 0 and ctx.text[m.start() - 1] in "$£€":
        return None
    if y < 100:
        y += 1900 if y > 40 else 2000
    # US month/day order unless impossible.
    d = safe_date(y, a, b) or safe_date(y, b, a)
    if d is None:
        return None
    return Hit("DATE", fmt_day(d), anchor=d)


def _weekday_check(wd: Optional[str], d: Optional[date]) -> bool:
    return not wd or d is None or WEEKDAYS.get(wd.lower().rstrip(".")) == d.weekday()


def _day_month(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if not _looks_like_month(m["mon"], ctx.text):
        return None
    mon = _month_num(m["mon"])
    day = int(re.match(r"\d+", m["d"]).group(0))  # type: ignore[union-attr]
    if mon is None or not 1 <= day <= 31:
        return None
    if m["mon"].lower() == "may" and not m["y"] and m.re is P.MDY and not re.match(r"\d", m["d"]):
        return None
    y_tok = m["y"] or (m["y_"] if "y_" in m.re.groupindex else None)
    if y_tok:
        y: Optional[int] = int(y_tok)
    else:
        y = _year_for_month(ctx, mon, day, m)
        # A weekday named with the date picks among the neighbouring years.
        if y is not None and m["wd"]:
            for cand_y in (y, y - 1, y + 1):
                cd = safe_date(cand_y, mon, day)
                if cd and _weekday_check(m["wd"], cd):
                    y = cand_y
                    break
    if y is None:
        return Hit("DATE", f"XXXX-{mon:02d}-{day:02d}")
    d = safe_date(y, mon, day)
    if d is None:
        return None
    return Hit("DATE", fmt_day(d), anchor=d)


def r_day_range(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    """A span of days in one expression; the value is its first day, the range covers it all."""
    if m["m1"] or m["m4"]:
        return None  # both ends are full dates: two expressions, as TimeML tags them
    if m["m2"] is not None:
        d1_tok, d2_tok, m1_tok, m2_tok, y_tok = m["d1"], m["d2"], m["m1"] or m["m2"], m["m2"], m["y"]
    else:
        d1_tok, d2_tok, m1_tok, m2_tok, y_tok = m["d3"], m["d4"], m["m3"], m["m4"] or m["m3"], m["y2"]
    if not (_looks_like_month(m1_tok, ctx.text) and _looks_like_month(m2_tok, ctx.text)):
        return None
    mon1, mon2 = _month_num(m1_tok), _month_num(m2_tok)
    day1 = int(re.match(r"\d+", d1_tok).group(0))  # type: ignore[union-attr]
    day2 = int(re.match(r"\d+", d2_tok).group(0))  # type: ignore[union-attr]
    if mon1 is None or mon2 is None:
        return None
    if y_tok:
        y2: Optional[int] = int(y_tok)
    else:
        y2 = None
        if ctx.dct is not None:  # the nearest such span to the DCT
            cand = [(abs((safe_date(y, mon2, day2) or ctx.dct) - ctx.dct).days, y) for y in
                    (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
            y2 = min(cand)[1]
    if y2 is None:
        return Hit("DATE", f"XXXX-{mon1:02d}-{day1:02d}")
    y1 = y2 - 1 if mon1 > mon2 else y2
    start, end = safe_date(y1, mon1, day1), safe_date(y2, mon2, day2)
    if start is None or end is None or not (0 < (end - start).days <= 62):
        return None
    return Hit("DATE", fmt_day(start), range_end=end, anchor=end)


def r_month_year(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if not _looks_like_month(m["mon"], ctx.text):
        return None
    mon = _month_num(m["mon"])
    if mon is None:
        return None
    return Hit("DATE", f"{int(m['y']):04d}-{mon:02d}", mod=_edge_mod(m["edge"]))


def r_bare_month(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if not _looks_like_month(m["mon"], ctx.text):
        return None
    tok = m["mon"].lower().rstrip(".")
    if tok in ("may", "mar", "jan", "sun", "sat", "dec") and not m["rel"] and not m["edge"]:
        # "may" the verb, "Jan" the name: only after clear temporal prepositions.
        if (m["prep"] or "").lower() not in ("in", "since", "until", "till", "during", "through", "throughout"):
            return None
    mon = _month_num(m["mon"])
    if mon is None:
        return None
    start = m.start("mon") if m["prep"] else m.start()
    if not ctx.dct:
        return Hit("DATE", f"XXXX-{mon:02d}", mod=_edge_mod(m["edge"]), start=start)
    rel = (m["rel"] or "").lower()
    y = ctx.dct.year
    if rel in ("last", "this past", "past"):
        y = y - 1 if mon >= ctx.dct.month else y
    elif rel in ("next", "the coming", "coming"):
        y = y + 1 if mon <= ctx.dct.month else y
    elif rel != "this":
        y = _year_for_month(ctx, mon, None, m) or y
    return Hit("DATE", f"{y:04d}-{mon:02d}", mod=_edge_mod(m["edge"]), start=start)


def r_year(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    y = int(m["y"])
    if not m["fy"] and not m["edge"] and not (1900 <= y <= 2100):
        # Older four-digit numbers are years only after a temporal preposition.
        before = ctx.text[max(0, m.start() - 8):m.start()].lower()
        if not re.search(r"\b(?:in|since|of|until|by|from|to)\s+$", before):
            return None
    if m["ys"]:  # "1990's" as a decade
        return Hit("DATE", f"{y // 10:03d}", mod=_edge_mod(m["edge"]))
    return Hit("DATE", f"{y:04d}", mod=_edge_mod(m["edge"]))


def r_decade(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if m["c"]:
        value = f"{m['c']}{m['d']}"
    elif m["d2"]:
        value = f"19{m['d2']}"
    else:
        if not m.group(0).lower().startswith("the"):
            return None
        words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        value = f"19{words.index(m['w'].lower()) + 2}"
    return Hit("DATE", value, mod=_edge_mod(m["edge"]))


def r_century(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    o = m["ord"].lower()
    n = ORDINALS.get(o)
    if n is None:
        mm = re.match(r"(\d+)(?:st|nd|rd|th)$", o)
        if not mm:
            return None
        n = int(mm.group(1))
    return Hit("DATE", f"{n - 1:02d}", mod=_edge_mod(m["edge"]))


def r_month_rel_year(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if not _looks_like_month(m["mon"], ctx.text):
        return None
    mon = _month_num(m["mon"])
    if mon is None:
        return None
    if not ctx.dct:
        return Hit("DATE", f"XXXX-{mon:02d}", mod=_edge_mod(m["edge"]))
    y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return Hit("DATE", f"{y:04d}-{mon:02d}", mod=_edge_mod(m["edge"]))


_SPELLED_TAIL = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def r_spelled_year(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    """Broadcast transcripts: "nineteen ninety-six", "two thousand and one"."""
    c = re.sub(r"\s+", " ", m["c"].lower())
    rest = re.sub(r"[-\s]+", " ", (m["rest"] or "").lower()).strip()
    if c.startswith("two thousand"):
        base = 2000
        if not rest:
            before = ctx.text[max(0, m.start() - 10):m.start()].lower()
            if not re.search(r"(?:year|in|by|until|since)\s+$", before):
                return None
    else:
        base = 1900 if c == "nineteen" else 1800
        if not rest or rest in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
            return None  # "nineteen" alone is a number
    tail = 0
    if rest:
        parts = rest.split(" ")
        if parts[0] in _SPELLED_TAIL:
            tail = _SPELLED_TAIL[parts[0]]
        else:
            v = number_value("-".join(parts)) if len(parts) > 1 else number_value(parts[0])
            if v is None:
                return None
            tail = int(v)
    y = base + tail
    if m["mon"]:
        if not _looks_like_month(m["mon"], ctx.text):
            return None
        mon = _month_num(m["mon"])
        return Hit("DATE", f"{y:04d}-{mon:02d}")
    return Hit("DATE", f"{y:04d}")


def r_year_end(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    return Hit("DATE", _year_or_x(ctx), mod="END")


def _quarter_year_ago(ctx: Ctx) -> Optional[str]:
    if ctx.last_quarter and re.match(r"^\d{4}-Q[1-4]$", ctx.last_quarter):
        return f"{int(ctx.last_quarter[:4]) - 1:04d}{ctx.last_quarter[4:]}"
    if ctx.dct is not None:  # the last completed quarter, a year before
        prev = add_months(ctx.dct, -3)
        return f"{prev.year - 1:04d}-Q{quarter_of(prev)}"
    return None


_QUARTER_WORD = re.compile(r"quarter", re.I)
_MONEY = re.compile(r"\$|#|\bcents?\b|%|\bpercent\b", re.I)
_LONGER_PERIOD = re.compile(r"\b(?:nine|six)\s+months\b|\bfirst\s+half\b|\byear\s+ended\b|\bfiscal\s+year\b|"
                            r"\bfor\s+the\s+year\b|\bfull\s+year\b", re.I)


def _compares_quarters(ctx: Ctx, m: re.Match[str]) -> bool:
    """"$6.1 million a year ago" in a report of quarterly results: the same quarter a year before.

    The sentence compares money figures, a quarter is being discussed (in the
    sentence or just before it), and no longer period is named.
    """
    text = ctx.text
    lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    hi = text.find(". ", m.end())
    sentence = text[lo:hi if hi >= 0 else len(text)]
    if not _MONEY.search(sentence) or _LONGER_PERIOD.search(sentence):
        return False
    return bool(_QUARTER_WORD.search(sentence) or _QUARTER_WORD.search(text[max(0, lo - 300):lo]))


def r_fin_period(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    """"the year-earlier period", "the 1988 quarter", "the latest period"."""
    if m["adj"]:
        if not ctx.dct:
            return Hit("DATE", "XXXX")
        if _compares_quarters(ctx, m):
            v = _quarter_year_ago(ctx)
            if v is not None:
                return Hit("DATE", v)
        return Hit("DATE", f"{ctx.dct.year - 1:04d}")
    q = ctx.last_quarter if ctx.last_quarter and re.match(r"^\d{4}-Q[1-4]$", ctx.last_quarter) else None
    if q is None and not ctx.financial and (m["unit"] or "").lower() != "quarter":
        return None
    if q is None and ctx.dct is not None:
        prev = add_months(ctx.dct, -3)
        q = f"{prev.year:04d}-Q{quarter_of(prev)}"
    if q is None:
        return Hit("DATE", "XXXX-QX")
    if m["y"]:
        return Hit("DATE", f"{int(m['y']):04d}{q[4:]}")
    rel = (m["rel"] or "").lower()
    if rel in ("year-earlier", "year-ago", "prior-year", "year-before") or re.search(r"(?:ago|earlier|last year)$", m.group(0).lower()):
        return Hit("DATE", f"{int(q[:4]) - 1:04d}{q[4:]}")
    return Hit("DATE", q)


def r_full_year(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    return Hit("DATE", _year_or_x(ctx))


def r_pod_day(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    pod = PARTS_OF_DAY[m["pod"].lower()]
    day = m["day"].lower()
    if day in ("yesterday", "today", "tomorrow"):
        d = ctx.dct + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[day]) if ctx.dct else None
    else:
        if not m["day"][:1].isupper():
            return None
        d = _resolve_weekday(ctx, WEEKDAYS[day.rstrip(".")], None, m)
    if d is None:
        return Hit("TIME", f"XXXX-XX-XXT{pod}")
    return Hit("TIME", f"{fmt_day(d)}T{pod}", mod=_edge_mod(m["edge"]), anchor=d)


# --- days and weekdays -------------------------------------------------------
def r_day_word(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    w = m["w"].lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tonite": 0}[w]
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if w in ("tonight", "tonite"):
        pod = "NI"
    if not ctx.dct:
        return Hit("TIME" if pod else "DATE", f"XXXX-XX-XXT{pod}" if pod else "XXXX-XX-XX")
    d = ctx.dct + timedelta(days=offset)
    if pod:
        return Hit("TIME", f"{fmt_day(d)}T{pod}", anchor=d)
    if w == "today" and not m["pre"]:
        # "today" in the TimeML sense is often the generic present.
        pass
    return Hit("DATE", fmt_day(d), anchor=d)


def r_day_after(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    off = {"yesterday": -1, "tomorrow": 1}[m["w"].lower()] + (-1 if m["dir"].lower() == "before" else 1)
    if not ctx.dct:
        return Hit("DATE", "XXXX-XX-XX")
    d = ctx.dct + timedelta(days=off)
    return Hit("DATE", fmt_day(d), anchor=d)


def r_this_pod(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    pod = PARTS_OF_DAY[m["pod"].lower()]
    rel = m["rel"].lower()
    if not ctx.dct:
        return Hit("TIME", f"XXXX-XX-XXT{pod}")
    d = ctx.dct - timedelta(days=1) if rel == "last" else ctx.dct
    return Hit("TIME", f"{fmt_day(d)}T{pod}", anchor=d)


def r_weekday(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    wd_tok = m["wd"]
    if not wd_tok[:1].isupper():
        return None
    wd = WEEKDAYS[wd_tok.lower().rstrip(".")]
    if m["pl"]:  # "on Mondays": a set
        return Hit("SET", f"XXXX-WXX-{wd + 1}")
    d = _resolve_weekday(ctx, wd, m["rel"], m)
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    mod = _edge_mod(m["edge"] or m["edge0"])
    if d is None:
        return Hit("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), mod=mod)
    if pod:
        return Hit("TIME", f"{fmt_day(d)}T{pod}", mod=mod, anchor=d)
    return Hit("DATE", fmt_day(d), mod=mod, anchor=d)


def _past_or_current_week(ctx: Ctx, m: re.Match[str], rel: str, weekend: bool) -> Optional[date]:
    """Monday of the week meant by "midweek"/"the weekend" and a relative word."""
    if not ctx.dct:
        return None
    mon = week_monday(ctx.dct)
    if rel in ("last", "the past", "the previous", "past", "previous"):
        return mon - timedelta(days=7)
    if rel in ("next", "the coming", "the following", "coming"):
        return mon + timedelta(days=7)
    if rel == "this":
        return mon
    tense = ctx.tense(m.start(), m.end())
    if weekend:
        if tense == FUTURE:
            return mon if ctx.dct.weekday() <= 5 else mon + timedelta(days=7)
        # A past-tense weekend is the last one that has begun.
        return mon if ctx.dct.weekday() >= 5 else mon - timedelta(days=7)
    if tense == PAST and ctx.dct.weekday() <= 1:
        return mon - timedelta(days=7)
    if tense == FUTURE and ctx.dct.weekday() >= 3:
        return mon + timedelta(days=7)
    return mon


def r_midweek(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    mon = _past_or_current_week(ctx, m, (m["rel"] or "").lower(), weekend=False)
    if mon is None:
        return Hit("DATE", "XXXX-WXX", mod="MID")
    # Midweek: Tuesday to Thursday.
    return Hit("DATE", iso_week(mon), mod="MID", range_start=mon + timedelta(days=1),
               range_end=mon + timedelta(days=3))


def r_weekend(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if rel in ("that",):
        ref = ctx.ref
        if ref is None:
            return Hit("DATE", "XXXX-WXX-WE")
        return Hit("DATE", iso_week(ref) + "-WE", anchored=True)
    mon = _past_or_current_week(ctx, m, rel if rel not in ("over the", "the") else "", weekend=True)
    start = m.start() if rel not in ("over the",) else m.start() + 5
    if mon is None:
        return Hit("DATE", "XXXX-WXX-WE", start=start)
    return Hit("DATE", iso_week(mon) + "-WE", start=start)


# --- relative units ----------------------------------------------------------
_DET_PAST = ("last", "the past", "the last", "the previous", "the prior", "the preceding", "past", "previous",
             "this past", "the recent", "recent", "the latest", "the most recent")
_DET_NEXT = ("next", "the next", "the coming", "coming", "the following")
_DET_THIS = ("this", "the current", "current", "earlier this", "later this", "the same", "that",
             "later that", "earlier that", "the")


def _unit_value(ctx: Ctx, d: Optional[date], unit: str) -> str:
    u = _unit_key(unit)
    gran = {"day": "day", "night": "day", "week": "week", "weekend": "week", "month": "month",
            "quarter": "quarter", "year": "year", "decade": "decade", "century": "century"}.get(u, "year")
    if d is None:
        v = x_format(gran)
    else:
        v = format_at(d, gran)
    if u == "weekend":
        v += "-WE"
    return v


def r_rel_unit(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = _unit_key(m["unit"])
    num_tok = m["num"]
    after = ctx.text[m.end():m.end() + 12]
    if after.startswith("-") or re.match(r"'s?\s+end\b", after):
        return None  # "the year-earlier period", "the quarter-century", "year's end": other rules
    if unit in ("year", "quarter", "month", "week") and not num_tok and not m["pl"] and re.match(
            r"\s+(?:ended|ending|ends|to\s+date)\b", after):
        return Hit("DURATION", duration_value(1, unit))  # "the year ended March 31": a fiscal period

    if unit in ("second", "minute", "hour") and not num_tok:
        return None
    if num_tok or m["pl"]:
        # "the past three years", "the last few months": durations
        if det in ("the", "a", "its", "their", "his", "her", "that", "this") and not num_tok:
            return None
        num = _number(num_tok) if num_tok else None
        if num_tok and num is None and not re.match(P.VAGUE, num_tok, re.I):
            return None
        if det in ("a", "its", "their", "his", "her", "the", "that", "this"):
            return None  # let the plain duration rule take it
        if m["ago"]:
            return None  # "the past two years ago" is not English; leave to AGO
        return Hit("DURATION", duration_value(num, unit))
    if m["ago"]:
        return None
    if det in ("a", "its", "their", "his", "her"):
        if unit in ("year", "month", "week", "day", "decade", "century", "quarter") and det == "a":
            before = ctx.text[max(0, m.start() - 25):m.start()].lower()
            if re.search(r"\d|\bper\b|\bonce\b|\btwice\b|\btimes\b", before) and not re.search(
                    r"\b(?:for|in|within|over|about|than|after|of)\s*$", before):
                return None  # "$500 million a year", "four flights a week": rates
            if unit == "quarter" and re.match(r"\s+of\b", after):
                return None  # "a quarter of the market"
            return Hit("DURATION", duration_value(1, unit))
        return None
    if m["unit"][:1].isupper() and m["det"][:1].isupper() and m.start() > 0 and ctx.text[m.start() - 1] in "\"'“‘":
        return None  # a quoted title such as "This Week"
    if det == "the" and unit not in ("year", "month", "week", "quarter", "weekend", "decade", "day"):
        return None
    if det in ("the past", "the last", "past") and unit in ("day", "week", "month", "quarter"):
        return Hit("DURATION", duration_value(1, unit))
    if det in ("the past", "the last", "past") and unit == "century":
        return Hit("DURATION", duration_value(1, unit))
    anchored = det in ("the following", "the next", "the previous", "the prior", "the preceding", "that",
                       "later that", "earlier that", "the same")
    base = ctx.ref if anchored else ctx.dct
    if anchored and unit == "year" and ctx.anchor_year is not None and ctx.dct is not None:
        base = safe_date(ctx.anchor_year, 7, 1)
    elif anchored and unit == "month" and ctx.anchor_month is not None:
        base = ctx.anchor_month
    if base is None:
        return Hit("DATE", _unit_value(ctx, None, unit))
    if det == "the" and unit in ("day",):
        return None
    if det in _DET_PAST or det in ("the previous", "the prior", "the preceding"):
        d, _ = _shift(base, 1, unit if unit != "weekend" else "week", -1)
    elif det in _DET_NEXT:
        d, _ = _shift(base, 1, unit if unit != "weekend" else "week", 1)
    else:
        d = base
    mod = None
    if det.startswith("earlier"):
        mod = None
    if m["edge"]:
        mod = _edge_mod(m["edge"])
    hit = Hit("DATE", _unit_value(ctx, d, unit), mod=mod, anchored=anchored)
    if unit == "day":
        hit.anchor = d
    return hit


def r_ago(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    num = _number(m["num"])
    vague = num is None
    unit = m["unit"].lower()
    direction = (m["dir"] or m["dir2"]).lower()
    if direction in ("ago", "back"):
        base, sign = ctx.dct, -1
    elif direction in ("from now", "hence"):
        base, sign = ctx.dct, 1
    else:  # "two days later", "three years earlier": relative to the story's time
        base, sign = ctx.ref, (1 if direction in ("later", "after") else -1)
    mod = _pre_mod(m["mod"])
    u = _unit_key(unit)
    if u in ("hour", "minute", "second"):
        return Hit("DURATION" if base is None else "DATE", duration_value(num, u)) if vague else None
    if vague:
        if u == "year" and direction == "ago" and base is not None:
            return Hit("DATE", f"{base.year // 10:03d}X", mod=mod)  # "a few years ago" -> 199X
        if direction in ("later", "earlier", "before", "after"):
            return Hit("DURATION", duration_value(None, u), end=m.end("unit") + (1 if m["pl"] else 0))
        return Hit("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    gran = {"day": "day", "night": "day", "week": "week", "weekend": "week", "fortnight": "day",
            "month": "month", "quarter": "quarter", "year": "year", "decade": "year", "century": "century"}.get(u, "year")
    if base is None:
        return Hit("DATE", x_format(gran), mod=mod)
    if (u == "year" and num == 1 and sign < 0 and direction in ("ago", "earlier")
            and _compares_quarters(ctx, m)):
        v = _quarter_year_ago(ctx)
        if v is not None:
            return Hit("DATE", v, mod=mod)
    d, _ = _shift(base, num, u, sign)
    hit = Hit("DATE", format_at(d, gran), mod=mod, anchored=direction not in ("ago", "back", "from now", "hence"))
    if gran == "day":
        hit.anchor = d
    return hit


def r_bare_ago(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    return Hit("DATE", "PAST_REF" if m["dir"].lower() in ("ago", "earlier") else "FUTURE_REF")


def r_in_duration(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    num = _number(m["num"])
    if m["num"].lower() in ("a", "an") and m["prep"].lower() == "in":
        pass
    return Hit("DURATION", duration_value(num, m["unit"]), mod=_pre_mod(m["mod"]), start=m.start("num") if not m["mod"] else m.start("mod"))


def r_duration(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if not m["unit"]:
        return None
    num_tok = m["num"]
    num = _number(num_tok)
    if num is None and not re.fullmatch(P.VAGUE, num_tok, re.I):
        return None
    if num is not None and num_tok.lower() in ("a", "an") and not m["det"] and not m["mod"]:
        # "a year" alone is a duration; "a week" in "twice a week" is handled by SET.
        before = ctx.text[max(0, m.start() - 25):m.start()].lower()
        if re.search(r"(?:once|twice|times|per|\d|%|cents?)\s*$", before) or (
                re.search(r"\d", before) and not re.search(r"\b(?:for|in|within|over|about|than|after|of)\s*$", before)):
            return None  # "$500 million a year": a rate, not a duration
    u = _unit_key(m["unit"])
    tail = ctx.text[m.end():m.end() + 6]
    if u == "second" and num_tok.lower() in ("a", "an") and not m["mod"] and not re.search(
            r"\b(?:for|in|within|than|about|only|just|split)\s*$", ctx.text[max(0, m.start() - 12):m.start()], re.I):
        return None  # "a second group": the ordinal
    if m["suffix"] and m["suffix"].lower().endswith("old") or re.match(r"\s+old\b", tail):
        return None  # ages ("52 years old", "a 136-year-old bank") are not TIMEX3
    if u == "quarter" and (re.match(r"\s+of\b|-", tail) or "-quarter" in m.group(0).lower()):
        return None  # "three-quarters of its food"
    value = duration_value(num, u)
    end = None
    if m["num2"] and m["unit2"]:
        n2 = _number(m["num2"])
        u2 = _unit_key(m["unit2"])
        if n2 is not None and u == "year" and u2 == "month" and num is not None:
            value = f"P{int(num)}Y{int(n2)}M"
        else:  # "three years and two years": two expressions, end at the first
            end = m.end("unit") + (1 if m["pl"] else 0)
    elif "half" in m.group(0).lower() and num is not None and "and a half" in m.group(0).lower() and num == int(num):
        value = duration_value(num + 0.5, u)
    mod = _pre_mod(m["mod"])
    start = None
    if m["mod"] and m["det"] and m["mod"].lower() == "over":
        mod, start = None, m.start("det")  # "over the past three days": a window, not "more than"
    return Hit("DURATION", value, mod=mod, start=start, end=end)


def r_vague_plural(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    pre = re.sub(r"\s+", " ", m["pre"].lower())
    unit = m["unit"].lower().rstrip("s")
    if pre in ("recent", "in recent", "past"):
        return Hit("DATE", "PAST_REF", start=m.start() + (3 if pre == "in recent" else 0))
    if pre in ("coming", "in the coming", "the coming"):
        return Hit("DATE", "FUTURE_REF", start=m.start() + (3 if pre.startswith("in ") else 0))
    start = m.start("unit") if pre in ("for", "within") else m.start()
    if pre == "over the" and unit != "year":
        return None  # "over the days" is rare; "over the years" is the idiom
    if pre.startswith("in ") or pre.startswith("over "):
        start = m.start() + len(pre.split(" ")[0]) + 1
    return Hit("DURATION", duration_value(None, unit), start=start)


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def r_quarter(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    text0 = m.group(0).lower()
    ord_ = re.sub(r"\s+", " ", (m["ord"] or "").lower())
    qh = m["qh"].lower()
    if qh == "half" and ord_ not in ("first", "second", "1st", "2nd", "last", "latest", "past", "previous",
                                       "current", "coming", "final"):
        return None
    if not ord_ and not text0.startswith(("the", "this", "last", "next", "its", "their")):
        return None
    year: Optional[int] = int(m["y"] or m["y2"] or m["yp"]) if (m["y"] or m["y2"] or m["yp"]) else None
    yw = re.sub(r"\s+year's$", "", (m["yw"] or m["ypw"] or "").lower())
    if yw in ("year-ago", "year-earlier"):
        yw = "last"
    dct = ctx.dct
    if year is None and dct is not None:
        year = dct.year
        if yw in ("last", "the previous"):
            year -= 1
        elif yw == "next":
            year += 1
    if qh == "half":
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2}.get(ord_)
        if n is None and ord_ in ("last", "final") and re.search(r"\bof\b", text0):
            n = 2  # "the last half of 1989"
        if n is None and dct is not None:
            cur = 1 if dct.month <= 6 else 2
            n = cur - 1 if ord_ in ("last", "past", "previous") else cur
            if n == 0:
                n, year = 2, (year or dct.year) - 1
        if n is None:
            return Hit("DATE", f"{year:04d}-HX" if year else "XXXX-HX")
        return Hit("DATE", f"{year:04d}-H{n}" if year else f"XXXX-H{n}")
    n = _ORD_Q.get(ord_)
    if ord_ in ("year-earlier", "year-ago"):
        if dct is None:
            return Hit("DATE", "XXXX-QX")
        prev = add_months(dct, -3)
        return Hit("DATE", f"{prev.year - 1:04d}-Q{quarter_of(prev)}")
    if n is None:
        if dct is None:
            return Hit("DATE", "XXXX-QX")
        if ord_ in ("fourth",):
            n = 4
        elif ord_ in ("coming", "next") or text0.startswith("next"):
            d = add_months(dct, 3)
            return Hit("DATE", f"{d.year:04d}-Q{quarter_of(d)}")
        elif ord_ in ("current",) or text0.startswith("this"):
            return Hit("DATE", f"{dct.year:04d}-Q{quarter_of(dct)}")
        else:
            # "the quarter", "the latest quarter": the last one completed, in news of results.
            d = add_months(dct, -3)
            if yw in ("last", "the previous") and year is not None:
                return Hit("DATE", f"{year:04d}-Q{quarter_of(d)}")
            return Hit("DATE", f"{d.year:04d}-Q{quarter_of(d)}")
    if year is None:
        return Hit("DATE", f"XXXX-Q{n}")
    if not (m["y"] or m["y2"] or yw) and dct is not None and n > quarter_of(dct):
        # A later quarter than the current one in past-tense results talk is last year's.
        if ctx.tense(m.start(), m.end()) == PAST and n - quarter_of(dct) >= 2:
            year -= 1
    return Hit("DATE", f"{year:04d}-Q{n}")


def r_season(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    s = SEASONS[m["s"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if not rel and not m["y"]:
        return None
    if rel == "fall" or (m["s"].lower() == "fall" and not rel and not m["y"]):
        return None
    mod = _edge_mod(rel) if rel in ("early", "late", "mid") else None
    start = m.start() if rel not in ("in", "during", "over the", "by", "until", "since") else m.start("s")
    if m["y"]:
        return Hit("DATE", f"{int(m['y']):04d}-{s}", mod=mod, start=start)
    if ctx.dct is None:
        return Hit("DATE", f"XXXX-{s}", mod=mod, start=start)
    y = ctx.dct.year
    cur_month = ctx.dct.month
    season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
    if rel == "last":
        y = y - 1  # "last spring" as TimeML reads it: the previous year's
    elif rel in ("this past", "the past"):
        y = y if season_start + 2 < cur_month and s != "WI" else y - 1
    elif rel in ("next", "the coming"):
        y = y if season_start > cur_month else y + 1
    elif rel not in ("this",):
        tense = ctx.tense(m.start(), m.end())
        if tense == PAST and season_start > cur_month:
            y -= 1
        if tense == FUTURE and season_start + 2 < cur_month:
            y += 1
    return Hit("DATE", f"{y:04d}-{s}", mod=mod, start=start)


_REF_VALUES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF", "once": "PAST_REF", "in the future": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "soon": "FUTURE_REF", "current": "PRESENT_REF", "recent": "PAST_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}


def r_ref(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    w = re.sub(r"\s+", " ", m["w"].lower())
    ahead = re.match(r"the (weeks|months|years|days) ahead$", w)
    if ahead:
        return Hit("DURATION", duration_value(None, ahead.group(1).rstrip("s")))
    v = _REF_VALUES.get(w)
    if v is None:
        return None
    if w in ("once", "soon", "formerly", "lately", "at the moment"):
        return None  # rarely annotated as TIMEX3 in TimeML news
    start = m.start() + 3 if w.startswith("in the ") else None
    return Hit("DATE", v, start=start)


def r_set(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if m["adv"]:
        adv = re.sub(r"\s+", " ", m["adv"].lower())
        nxt = re.match(r"\s+([a-z]+)", ctx.text[m.end():m.end() + 20])
        if nxt and nxt.group(1) not in ("and", "or", "in", "on", "at", "for", "to", "from", "since", "until",
                                        "through", "by", "with", "but", "as", "while", "during"):
            return None  # "quarterly dividend", "daily volume": adjectives, not a recurrence
        if adv in ("annually", "quarterly"):
            return None
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                 "quarterly": "P3M", "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W",
                 "biannually": "P6M", "semiannually": "P6M", "twice a year": "P1Y", "once a year": "P1Y",
                 "twice a week": "P1W", "once a week": "P1W", "once a month": "P1M",
                 "twice a month": "P1M"}[adv]
        return Hit("SET", value)
    q = m["q"].lower()
    unit = m["unit"].lower()
    if q == "a":
        return None  # "four flights a week", "$35 a night": rates, left untagged as in TimeML news
    month = _month_num(unit)
    if month is not None:
        if not m["unit"][:1].isupper():
            return None
        return Hit("SET", f"XXXX-{month:02d}")
    if unit.rstrip(".") in WEEKDAYS:
        return Hit("SET", f"XXXX-WXX-{WEEKDAYS[unit.rstrip('.')] + 1}")
    if unit in PARTS_OF_DAY:
        return Hit("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    n = m["num"]
    k = 2 if (n or "").lower() == "other" else (_number(n) if n else 1)
    return Hit("SET", duration_value(k, unit))


def r_clock(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    day = fmt_day(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    if m["nm"]:
        hh, mm = (12, 0) if m["nm"].lower() == "noon" else (0, 0)
    else:
        hh = int(m["h"])
        mm = int(m["m"] or 0)
        ap = m["ap"].lower()
        if ap.startswith("p") and hh < 12:
            hh += 12
        if ap.startswith("a") and hh == 12:
            hh = 0
    start = m.start("h") if m["pre"] else None
    if m["nm"]:
        start = None
    return Hit("TIME", f"{day}T{hh:02d}:{mm:02d}", start=start)


def r_anchored(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if m["w"]:
        w, unit = m["w"].lower(), m["unit"].lower()
        sign = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[w]
    elif m["unit2"]:
        unit, sign = m["unit2"].lower(), 0
    else:
        unit, sign = m["unit3"].lower(), (1 if m["dir3"].lower() == "after" else -1)
    ref = ctx.ref
    if w_next_week_is_relative(m, ctx):
        ref = ctx.dct
    elif unit == "month" and ctx.anchor_month is not None:
        ref = ctx.anchor_month
    elif unit == "year" and ctx.anchor_year is not None:
        ref = safe_date(ctx.anchor_year, 7, 1)
    pod = PARTS_OF_DAY.get(unit)
    gran_unit = "day" if (pod or unit == "night") else unit
    if ref is None:
        return Hit("TIME" if pod else "DATE", (x_format("day") + f"T{pod}") if pod else x_format(
            {"day": "day", "week": "week", "weekend": "week", "month": "month", "year": "year"}[gran_unit]))
    d, gran = _shift(ref, abs(sign), gran_unit, 1 if sign >= 0 else -1)
    if pod:
        return Hit("TIME", f"{fmt_day(d)}T{pod}", anchor=d, anchored=True)
    v = format_at(d, gran)
    if unit == "weekend":
        v = iso_week(d) + "-WE"
    return Hit("DATE", v, anchor=d if gran == "day" else None, anchored=True)


def w_next_week_is_relative(m: re.Match[str], ctx: Ctx) -> bool:
    """"next week" without "the" is relative to now, not to the story's time."""
    return bool(m["w"]) and m["w"].lower() == "next" and not m.group(0).lower().lstrip().startswith(("the", "later", "earlier", "early", "late"))


# name, pattern, priority (higher wins ties of equal length), resolver, trigger (None: scan all)
RULES: list[tuple[str, re.Pattern[str], int, Resolver, Optional[str]]] = [
    ("iso", P.ISO_DATE, 9, r_iso, "year"),
    ("slash", P.SLASH_DATE, 9, r_slash, None),
    ("day_range", P.DAY_RANGE, 9, r_day_range, "month"),
    ("dmy", P.DMY, 8, _day_month, "month"),
    ("mdy", P.MDY, 8, _day_month, "month"),
    ("month_year", P.MONTH_YEAR, 7, r_month_year, "month"),
    ("month_rel_year", P.MONTH_REL_YEAR, 8, r_month_rel_year, "month"),
    ("spelled_year", P.SPELLED_YEAR, 7, r_spelled_year, "spelled"),
    ("year_end", P.YEAR_END, 6, r_year_end, "end"),
    ("fin_period", P.FIN_PERIOD, 7, r_fin_period, "fin"),
    ("pod_day", P.POD_DAY, 7, r_pod_day, "pod"),
    ("bare_month", P.BARE_MONTH, 3, r_bare_month, "month"),
    ("year", P.YEAR_ONLY, 4, r_year, "year"),
    ("decade", P.DECADE, 6, r_decade, "decade"),
    ("century", P.CENTURY, 6, r_century, "century"),
    ("day_word", P.DAY_WORD, 7, r_day_word, "dayword"),
    ("day_after", P.DAY_AFTER, 8, r_day_after, "dayword"),
    ("this_pod", P.THIS_POD, 6, r_this_pod, "pod"),
    ("weekday", P.WEEKDAY_RX, 6, r_weekday, "weekday"),
    ("midweek", P.MIDWEEK, 6, r_midweek, "week"),
    ("weekend", P.WEEKEND, 6, r_weekend, "week"),
    ("ago", P.AGO, 7, r_ago, "ago"),
    ("bare_ago", P.BARE_AGO, 5, r_bare_ago, "ago"),
    ("anchored", P.ANCHORED, 6, r_anchored, "unit"),
    ("rel_unit", P.REL_UNIT, 5, r_rel_unit, "unit"),
    ("in_duration", P.IN_DURATION, 4, r_in_duration, "unit"),
    ("duration", P.DURATION, 4, r_duration, "unit"),
    ("vague_plural", P.VAGUE_PLURAL, 3, r_vague_plural, "unit"),
    ("full_year", P.FULL_YEAR, 6, r_full_year, "unit"),
    ("quarter", P.QUARTER, 6, r_quarter, "quarter"),
    ("season", P.SEASON_RX, 5, r_season, "season"),
    ("ref", P.REF, 2, r_ref, "ref"),
    ("set", P.SET_RX, 5, r_set, "set"),
    ("clock", P.CLOCK, 6, r_clock, "clock"),
]
