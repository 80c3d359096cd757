"""Resolvers of expressions relative to now or to the story: days, weekdays, weeks, "last year", "ago", durations.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateline.extract.time import patterns as P
from dateline.extract.time.calendar import fmt_day, iso_week, safe_date, week_monday
from dateline.extract.time.lexicon import PARTS_OF_DAY, WEEKDAYS
from dateline.extract.time.tense import FUTURE, PAST
from dateline.extract.time.resolve import (Hit, Ctx, _edge_mod, _pre_mod, _resolve_weekday, _number,
                                           _unit_key, duration_value, _shift, format_at, x_format)
from dateline.extract.time.rules_calendar import _compares_quarters, _quarter_year_ago


# --- days and weekdays -------------------------------------------------------
def r_day_word(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    w = m["w"].lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tonite": 0}[w]
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if w in ("tonight", "tonite"):
        pod = "NI"
    before = ctx.text[max(0, m.start() - 30):m.start()]
    if not m["pre"] and m["w"][0].isupper() and re.search(r"[A-Z]\w*\s+$", before) and not re.search(
            r"(?:^|[.!?:\"'`]\s*|\n\s*)\S+\s+$", before):
        return None  # "USA Today", "VOA Today": a name (a capitalised word before it, mid-sentence)
    if w == "tomorrow" and not m["pre"] and re.search(r"\b(?:of|for)\s+$", before) and re.search(
            r"\b(?:people|world|leaders?|city|cities|jobs|technology|children|generation|workforce|weapons?|cars?)\s+(?:of|for)\s+$",
            before, re.I):
        return None  # "the people of tomorrow": the future in general, not a day
    if not ctx.dct:
        return Hit("TIME" if pod else "DATE", f"XXXX-XX-XXT{pod}" if pod else "XXXX-XX-XX")
    d = ctx.dct + timedelta(days=offset)
    if pod:
        return Hit("TIME", f"{fmt_day(d)}T{pod}", anchor=d)
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
    pod_plural = re.match(r"s\b", ctx.text[m.end():m.end() + 2]) if m["pod"] else None
    shared = None if m["pod"] else re.match(r"\s+(?:and|or)\s+" + P.WEEKDAY + r"\s+(" + P.POD + r")s\b",
                                             ctx.text[m.end():m.end() + 40])
    if pod_plural or shared:
        # "Tuesday nights", and "Monday" in "Monday and Tuesday nights": recurring parts of days.
        pod_s = PARTS_OF_DAY.get((m["pod"] or (shared.group(1) if shared else "")).lower())
        return Hit("SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod_s}" if pod_s else ""),
                   end=m.end() + 1 if pod_plural else None)
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
    ago = m["ago"]
    cut: Optional[int] = None
    if ago and ago.split()[0].lower() in ("after", "before") and det in ("this", "last", "next", "this past"):
        ago, cut = None, m.end("pl") if m["pl"] else m.end("unit")  # "this week after falling": a preposition
    if num_tok or m["pl"]:
        # "the past three years", "the last few months": durations
        if det in ("the", "a", "its", "their", "his", "her", "that", "this") and not num_tok:
            return None
        num = _number(num_tok) if num_tok else None
        if num_tok and num is None and not re.match(P.VAGUE, num_tok, re.I):
            return None
        if det in ("a", "its", "their", "his", "her", "the", "that", "this"):
            return None  # let the plain duration rule take it
        if ago:
            return None  # "the past two years ago" is not English; leave to AGO
        return Hit("DURATION", duration_value(num, unit), end=cut)
    if ago:
        return None
    if det == "a" and m["fiscal"]:
        return None  # "changed from a fiscal year to a calendar year": a kind of year, not a length
    if det in ("a", "its", "their", "his", "her"):
        if unit in ("year", "month", "week", "day", "decade", "century", "quarter") and det == "a":
            before = ctx.text[max(0, m.start() - 25):m.start()].lower()
            if re.search(r"\d|\bper\b|\bonce\b|\btwice\b|\btimes\b|\b" + P.NUM_WORD + r"\s+\w+\s*$", before) and not re.search(
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
    if det == "the" and unit == "week" and not m["edge"]:
        # A bare "the week" ("for the week, the index fell") is the week under
        # discussion, which TimeML leaves unresolved within the year.
        return Hit("DATE", f"{base.year:04d}-WXX")
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
    hit = Hit("DATE", _unit_value(ctx, d, unit), mod=mod, anchored=anchored, end=cut)
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


def r_range_duration(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    """"two to three weeks": TimeML news values the range by its first number."""
    lo, hi = _number(m["num"]), _number(m["num2"])
    if lo is None or hi is None or not lo < hi or m["num"].lower() in ("a", "an"):
        return None  # "one or two" must rise; "a" is not the lower end of a range
    return Hit("DURATION", duration_value(lo, m["unit"]))


def r_in_duration(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    """"within two weeks", "in three days": the duration (TimeBank tags the quantity, not the preposition)."""
    if re.match(r"-(?:century|old|to-)", ctx.text[m.end():m.end() + 9], re.I):
        return None  # "in a quarter-century", "in a year-old case": compounds, not this duration
    num = _number(m["num"])
    start = m.start("mod") if m["mod"] else m.start("num")
    return Hit("DURATION", duration_value(num, m["unit"]), mod=_pre_mod(m["mod"]), start=start)


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
        if re.search(r"(?:once|twice|times|per|\d|%|cents?)\s*$|\b" + P.NUM_WORD + r"\s+\w+\s*$", before) or (
                re.search(r"\d", before) and not re.search(r"\b(?:for|in|within|over|about|than|after|of)\s*$", before)):
            return None  # "$500 million a year": a rate, not a duration
    u = _unit_key(m["unit"])
    tail = ctx.text[m.end():m.end() + 6]
    if u == "second" and num_tok.lower() in ("a", "an") and not m["mod"] and not re.search(
            r"\b(?:for|in|within|than|about|only|just|split)\s*$", ctx.text[max(0, m.start() - 12):m.start()], re.I):
        return None  # "a second group": the ordinal
    if m["suffix"] and m["suffix"].lower().endswith("old") or re.match(r"\s+old\b", tail):
        return None  # ages ("52 years old", "a 136-year-old bank") are not TIMEX3
    of_what = ctx.text[m.end():m.end() + 16]
    if re.match(r"\s+of\s+(?:base\s+)?(?:pay|salary|salaries|wages|severance|rent|income|earnings|dividends?)\b",
                ctx.text[m.end():m.end() + 24], re.I):
        return None  # "a bonus equal to six months of base pay": an amount of money, not a length of time
    half = re.match(r"\s+of\s+(?:fiscal\s+)?(" + P.YEAR + r")\b", of_what)
    if (u == "quarter" and num == 2 and m["pl"] and half
            and re.sub(r"\s+", " ", (m["det"] or "").lower()) in ("the first", "first", "the last", "last")):
        # "the first two quarters of 1990": that year's first half.
        which = "H1" if "first" in m["det"].lower() else "H2"
        return Hit("DATE", f"{half.group(1)}-{which}", start=m.start("det"), end=m.end() + half.end())
    # "several quarters of losses" is a span; "three quarters of its food", "the first two
    # quarters of 1990" and "three-quarters" are not (a fraction, or part of a longer expression).
    of_bare_noun = re.match(r"\s+of\s+(?!(?:the|its|their|his|her|a|an|all|this|that|these|those|our|your)\b)[a-z]",
                            of_what)
    if u == "quarter" and ((re.match(r"\s+of\b", tail) and not (m["pl"] and of_bare_noun))
                           or tail.startswith("-") or "-quarter" in m.group(0).lower()):
        return None  # "three-quarters of its food"
    if (u == "day" and num_tok.lower() == "one" and not m["det"] and not m["mod"] and not m["pl"]
            and re.search(r"\b(?:will|would|could|might|may|can|shall|'ll|hopes?|to)\s+$",
                          ctx.text[max(0, m.start() - 8):m.start()], re.I)):
        return Hit("DATE", "FUTURE_REF")  # "Islam will one day be...": some future day, not a length
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
