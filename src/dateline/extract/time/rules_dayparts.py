"""Parts of the story's day and counted days: "later in the day", "in the morning",
"by mid afternoon", "overnight", "it is the second day of the offensive"; and
the vague span in "the first time in years".

The day parts name a part of the day the story is at (the last day-precise
date mentioned, else the DCT), the way TimeML news annotation resolves them.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from dateline.extract.time.calendar import fmt_day
from dateline.extract.time.lexicon import PARTS_OF_DAY
from dateline.extract.time.resolve import Ctx, Hit, duration_value

_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"\d{1,2}(?:st|nd|rd|th))")

# "later in the day", "in the morning", "by mid afternoon", "early evening".
STORY_DAY_PART = re.compile(
    r"\b(?:(?P<pre>later|earlier)\s+)?in\s+(?P<the>the\s+(?P<unit>day|morning|afternoon|evening))\b"
    r"|\b(?P<edge>early|mid|late)[-\s]?(?P<pod>morning|afternoon|evening)\b(?![-\s]+(?:yesterday|today|tomorrow|"
    r"on|of|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", re.I)
# "today is the eighth day of ...", "it was the third straight day of ...".
COUNTED_DAY = re.compile(
    r"\b(?P<verb>is|it's|was|marks|marked)\s+(?P<span>(?:the\s+)?" + _ORDINAL
    + r"\s+(?:straight\s+|consecutive\s+|full\s+)?day)\b(?=\s+(?:of|in|since)\b)", re.I)


# "overnight losses", "prices rose overnight", but not the money market's "overnight rate".
OVERNIGHT = re.compile(r"\bovernight\b(?![-\s]+(?:rates?|loans?|lending|interest|money|funds|repos?|stays?|bags?|"
                       r"shipping|delivery|mail|success|sensation|trip|flights?|camp|guests?|accommodation)\b)", re.I)
# "the first time in years", "the highest level in decades": a vague span back from then.
SINCE_SPAN = re.compile(r"\b(?:first\s+time|highest|lowest|best|worst|biggest|largest|smallest|longest|strongest|"
                        r"weakest|level|pace)\s+in\s+(?P<unit>years|months|weeks|decades|days)\b", re.I)


# "until then", "by then": the last date the story named.
UNTIL_THEN = re.compile(r"\b(?:until|till|by)\s+(?P<then>then)\b", re.I)


def r_until_then(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if ctx.anchor is None:
        return Hit("DATE", "XXXX-XX-XX", start=m.start("then"))  # no day named before it: unknown, not guessed
    return Hit("DATE", fmt_day(ctx.anchor), start=m.start("then"))


def r_overnight(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if ctx.ref is None:
        return Hit("TIME", "XXXX-XX-XXTNI")
    night = ctx.ref - timedelta(days=1)  # the night before the day the story is at
    return Hit("TIME", f"{fmt_day(night)}TNI")


def r_since_span(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    return Hit("DURATION", duration_value(None, m["unit"].lower().rstrip("s")), start=m.start("unit"))


def r_story_day_part(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    if m["the"]:
        unit = m["unit"].lower()
        if unit == "day" and not m["pre"]:
            return None  # "in the day" alone is mostly "in the day of ...", "the day's trading"
        start = m.start("the")
        pod = PARTS_OF_DAY.get(unit)
    else:
        start = m.start("edge")
        pod = PARTS_OF_DAY.get(m["pod"].lower())
    day = ctx.ref
    if day is None:
        return Hit("TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""), start=start)
    if pod:
        return Hit("TIME", f"{fmt_day(day)}T{pod}", start=start)
    return Hit("DATE", fmt_day(day), start=start)


def r_counted_day(m: re.Match[str], ctx: Ctx) -> Optional[Hit]:
    present = m["verb"].lower() in ("is", "it's", "marks")
    day = ctx.dct if present else ctx.ref  # "is the second day": today; "was": the story's day
    start, end = m.start("span"), m.end("span")
    if day is None:
        return Hit("DATE", "XXXX-XX-XX", start=start, end=end)
    return Hit("DATE", fmt_day(day), start=start, end=end)
