"""Resolvers of calendar expressions: explicit dates, months, years, decades, financial periods.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateline.extract.time import patterns as P
from dateline.extract.time.calendar import add_months, fmt_day, quarter_of, safe_date
from dateline.extract.time.lexicon import ORDINALS, PARTS_OF_DAY, WEEKDAYS, number_value
from dateline.extract.time.resolve import (Hit, Ctx, _month_num, _looks_like_month, _year_or_x, _edge_mod,
                                           _year_for_month, _resolve_weekday)


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


_DETERMINERS = ("a", "an", "the", "its", "their", "his", "her", "our")


def r_bare_month(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if not _looks_like_month(m["mon"], ctx.text):
        return None
    tok = m["mon"].lower().rstrip(".")
    if tok in ("may", "mar", "jan", "sun", "sat", "dec") and not m["rel"] and not m["edge"]:
        # "may" the verb, "Jan" the name: only after clear temporal prepositions.
        if (m["prep"] or "").lower() not in ("in", "since", "until", "till", "during", "through", "throughout",
                                             "by", "before", "after", "from"):
            return None
    mon = _month_num(m["mon"])
    if mon is None:
        return None
    if (m["prep"] or "").lower() in _DETERMINERS and not re.match(r"\s+[a-z]{3,}", ctx.text[m.end():m.end() + 12]):
        return None  # "a June agreement" names a month; "the June" alone is not English
    start = m.start("mon") if m["prep"] else m.start()
    if not ctx.dct:
        return Hit("DATE", f"XXXX-{mon:02d}", mod=_edge_mod(m["edge"]), start=start)
    rel = (m["rel"] or "").lower()
    y = ctx.dct.year
    if rel in ("last", "this past", "past"):
        # "last February" said in March is a year back: the month just ended is "last month".
        y = y - 1 if mon >= ctx.dct.month - (1 if rel == "last" else 0) else y
    elif rel in ("next", "the coming", "coming"):
        y = y + 1 if mon <= ctx.dct.month else y
    elif rel != "this":
        y = _year_for_month(ctx, mon, None, m) or y
    return Hit("DATE", f"{y:04d}-{mon:02d}", mod=_edge_mod(m["edge"]), start=start)


# A capitalised word (not a month, weekday, season or holiday) right after a
# lower-case word: the year that follows it ends a name.
_NAME_BEFORE = re.compile(
    r"(?-i:\b[a-z]+\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Ramadan|Fiscal|FY|Calendar|Year|Class)\b)[A-Z][a-z]+\s+)$")


def r_year(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    y = int(m["y"])
    if not m["fy"] and not m["edge"] and not (1900 <= y <= 2100):
        # Older four-digit numbers are years only after a temporal preposition.
        before = ctx.text[max(0, m.start() - 8):m.start()].lower()
        if not re.search(r"\b(?:in|since|of|until|by|from|to)\s+$", before):
            return None
    if not m["fy"] and not m["edge"] and _NAME_BEFORE.search(ctx.text[max(0, m.start() - 40):m.start()]):
        return None  # "a venture called Orion 1980", "Windows 95"-style names: part of a name, not a date
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
            if not re.search(r"(?:year|in|by|until|since)\s+$", before) and not m.group(0).lower().startswith("the year"):
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


_QUARTER_WORD = re.compile(r"quarter(?!-century)", re.I)  # "a quarter-century low" is 25 years
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
