"""Resolvers of quarters, seasons, references (PRESENT_REF ...), sets, clock times and anchored expressions.
"""
from __future__ import annotations

import re
from typing import Optional

from dateline.extract.time.calendar import add_months, fmt_day, iso_week, quarter_of, safe_date
from dateline.extract.time.lexicon import PARTS_OF_DAY, SEASONS, WEEKDAYS
from dateline.extract.time.tense import FUTURE, PAST
from dateline.extract.time.resolve import (Hit, Ctx, _month_num, _edge_mod, _number, duration_value, _shift,
                                           format_at, x_format)


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def r_quarter(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    text0 = m.group(0).lower()
    if re.match(r"-century", ctx.text[m.end():m.end() + 9], re.I):
        return None  # "its quarter-century low": 25 years, not a quarter
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
    elif rel == "this":
        pass  # the current year's, whatever the tense (news says "last fall" for the past one)
    else:
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
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF", "a later time": "FUTURE_REF",
    "a later stage": "FUTURE_REF", "at the time": "PAST_REF",
}


def r_ref(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    w = re.sub(r"\s+", " ", m["w"].lower())
    ahead = re.match(r"the (weeks|months|years|days) ahead$", w)
    if ahead:
        return Hit("DURATION", duration_value(None, ahead.group(1).rstrip("s")))
    v = _REF_VALUES.get(w)
    if v is None:
        return None
    if w in ("once", "formerly", "lately", "at the moment"):
        return None  # rarely annotated as TIMEX3 in TimeML news
    if w == "soon" and (re.search(r"\bas\s+$", ctx.text[max(0, m.start() - 4):m.start()], re.I)
                        or re.match(r"\s+(?:after|before|as|afterwards?|thereafter)\b", ctx.text[m.end():m.end() + 14], re.I)):
        return None  # "as soon as trading opened", "soon after": a relation to an event, not a time
    after = ctx.text[m.end():m.end() + 6]
    if w == "now" and m.group(0)[:1].isupper() and re.match(r",|\s+for\b", after):
        return None  # "Now, he says, ...", "Now for the quiz": a discourse marker opening the sentence
    if w == "the future" and re.match(r"\s+of\b", after):
        return None  # "the future of our peoples": what becomes of something, not a time
    if w == "at the time" and m.group(0)[:1].isupper() and not re.match(r"\s*,", ctx.text[m.end():m.end() + 2]):
        return None  # "At the time Howes was captured, ...": a conjunction (when), not a time of its own
    start = m.start() + 3 if w.startswith(("in the ", "at the ")) else None
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


def r_mil_clock(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    """"0400 GMT": a 24-hour clock time of the DCT's day (the zone is not converted)."""
    day = fmt_day(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    start = m.start("h")
    return Hit("TIME", f"{day}T{m['h']}:{m['m']}", start=start)


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
