"""Date an event the way an ACLED coder does: a day, a span of days, or a month, with precision.

ACLED ``time_precision``: 1 the day is known; 2 a week, a weekend or a span
of a few days (and "around <date> (as reported)"); 3 a month or vaguer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from dateline.extract.time.calendar import parse_dct, value_range
from dateline.model import Span, Timex


@dataclass
class EventDate:
    date: str  # YYYY-MM-DD (first day when a range)
    date_end: Optional[str]  # inclusive last day of a range, None for a single day
    precision: int  # ACLED time_precision 1..3
    evidence: Optional[Span]  # the expression the date came from (None: the document date)


_SENT_END = re.compile(r"[.!?](?=\s+[\"'“‘(]?[A-Z0-9])|\n")
_PARA_END = re.compile(r"\n\s*\n")
_HEDGE = re.compile(r"\b(?:around|about|approximately|circa|roughly|assumed|on\s+or\s+(?:about|around|before|after)|"
                    r"or\s+(?:about|around))\s*$", re.I)
_BACKGROUND_BEFORE = re.compile(r"\b(?:since|(?<!or\s)before|until|till|ever since|as of|prior to)\s+(?:late\s+|early\s+|mid-?)?$", re.I)
_AS_REPORTED = re.compile(r"^\W{0,3}\(?\s*(?:as\s+reported|or\s+around|or\s+about|or\s+before|approximately|approx\.?)\s*\)?", re.I)
_MONTH_OF = re.compile(r"^\W{0,3}\(?\s*(?:month\s+of|in\s+the\s+month)\s*\)?", re.I)


def _bounds(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int]:
    lo = 0
    for m in rx.finditer(text, 0, pos):
        lo = m.end()
    m = rx.search(text, pos)
    hi = m.start() + 1 if m else len(text)
    return lo, hi


def _precision(t: Timex, text: str) -> int:
    lo, hi = date.fromisoformat(t.range_start), date.fromisoformat(t.range_end)  # type: ignore[arg-type]
    days = (hi - lo).days + 1
    hedged = t.mod == "APPROX" or bool(_HEDGE.search(text[max(0, t.start - 16):t.start])) or bool(
        _AS_REPORTED.match(text[t.end:t.end + 20]))
    if _MONTH_OF.match(text[t.end:t.end + 20]):
        return 3  # "Around 10 January 2021 (month of)": only the month is known
    if days <= 1:
        return 2 if hedged else 1
    if days <= 10:
        return 2
    return 3


def _usable(t: Timex, text: str) -> bool:
    if t.type not in ("DATE", "TIME", "DURATION") or not t.range_start or not t.range_end:
        return False
    if _BACKGROUND_BEFORE.search(text[max(0, t.start - 16):t.start]):
        return False  # "since 2016" is background, never the event's date
    return True


def _to_event_date(t: Timex, text: str) -> EventDate:
    lo, hi = t.range_start, t.range_end
    prec = _precision(t, text)
    if lo == hi:
        return EventDate(lo or "", None, prec, Span(t.start, t.end, t.text))
    if prec == 3:
        # A month or vaguer: ACLED codes the first day with precision 3.
        return EventDate(lo or "", hi, 3, Span(t.start, t.end, t.text))
    return EventDate(lo or "", hi, prec, Span(t.start, t.end, t.text))


def _recent_enough(t: Timex, dct: Optional[date]) -> bool:
    """A date outside the sentence may carry over only if it is the story's own time."""
    if dct is None or not t.range_end or not t.range_start:
        return True
    hi = date.fromisoformat(t.range_end)
    lo = date.fromisoformat(t.range_start)
    return (dct - hi).days <= 31 and (hi - lo).days <= 31


def date_for_span(text: str, timexes: list[Timex], start: int, end: int,
                  dct: Optional[str]) -> Optional[EventDate]:
    """Date of the event described at text[start:end]; None without any evidence or DCT.

    ``dct`` is the document date (YYYY-MM-DD); an estimated YYYY or YYYY-MM
    (``PublishedEstimate.value``) is accepted too, as a last resort.
    """
    s_lo, s_hi = _bounds(text, start, _SENT_END)
    s_lo = min(s_lo, start)
    s_hi = max(s_hi, end)
    in_sentence = [t for t in timexes if t.start >= s_lo and t.end <= s_hi and _usable(t, text)]
    if in_sentence:
        # The expression inside the event's words, else the nearest one in the sentence,
        # preferring a day over a vaguer span at equal distance.
        def distance(t: Timex) -> tuple[int, int]:
            if t.start >= start and t.end <= end:
                d = 0
            elif t.end <= start:
                d = start - t.end
            else:
                d = t.start - end
            width = (date.fromisoformat(t.range_end) - date.fromisoformat(t.range_start)).days  # type: ignore[arg-type]
            return (d + min(width, 400) // 30 * 10, t.start)
        return _to_event_date(min(in_sentence, key=distance), text)
    p_lo, _ = _bounds(text, start, _PARA_END)
    dct_d = parse_dct(dct)
    earlier = [t for t in timexes if p_lo <= t.start and t.end <= s_lo and _usable(t, text)
               and _recent_enough(t, dct_d)]
    if earlier:
        return _to_event_date(earlier[-1], text)
    if dct_d is not None:
        # No date in the text: the report's date, as ACLED codes "around <date> (as reported)".
        return EventDate(dct_d.isoformat(), None, 2, None)
    coarse = value_range(dct) if dct and re.fullmatch(r"\d{4}(?:-\d{2})?", dct) else None
    if coarse is not None:
        # Only an estimated year or month of publication: that period, precision 3.
        return EventDate(coarse[0].isoformat(), coarse[1].isoformat(), 3, None)
    return None
