"""Estimate when an undated text was published, from the evidence inside it.

Each clue gives a window the publication date must fall in, with a weight:
a dateline pins the day; the latest full date mentioned is a floor (and
news is rarely written long after it); "for the first time since 2016" is a
floor; "the five-year-long war" in a text about Syria is a window after the
war's start; "four months of Russian air strikes" a narrower one; "nearly a
decade after" the year last mentioned another; a named episode that had ended
a ceiling. Windows are intersected strongest first (a clue that contradicts
stronger ones is dropped), and the estimate is as precise as the result: a
day, a month, or the year holding most of the window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Doc

from dateline.extract.time.calendar import add_months, add_years, safe_date
from dateline.extract.time.knowledge import EPISODES, conflict_for
from dateline.extract.time.lexicon import MONTHS, WEEKDAYS, number_value
from dateline.extract.time.patterns import DAY, MONTH, NUM_WORD, WEEKDAY, YEAR
from dateline.extract.time.tense import FUTURE, clause_tense
from dateline.model import PublishedEstimate

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)


@dataclass
class Clue:
    lo: date
    hi: date
    weight: int
    basis: str


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p, re.I)


_NUM = r"(?:\d+(?:\.\d+)?|" + NUM_WORD + r"|an?)"
_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_FULL_DATE = _rx(r"\b(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?:(?P<d1>" + DAY + r")\s+(?P<m1>" + MONTH + r")|(?P<m2>" + MONTH
                 + r")\s+(?P<d2>" + DAY + r"))\.?,?\s+(?P<y>" + YEAR + r")\b")
_ISO = re.compile(r"\b(?P<y>" + YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")
_MONTH_YEAR = _rx(r"\b(?P<m>" + MONTH + r")\.?,?\s+(?:of\s+)?(?P<y>" + YEAR + r")\b")
_YEAR = re.compile(r"(?<![\d$£€.,-])\b(?P<y>" + YEAR + r")\b(?![\d%]|-\d|\s*(?:percent|per cent))")
_FUTURE_BEFORE = _rx(r"\b(?:by|until|till|before|through|in\s+time\s+for|target(?:ing)?|plans?\s+for|will|vision)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$")
_DATELINE_NOISE = _rx(r"\b(?:published|updated|posted|last\s+modified|on|at|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|"
                      r"GMT|UTC|[ECMP][SD]T|BST|CET|AST|local\s+time|" + WEEKDAY + r")\b|[|:,•·\-–—]")
_SINCE_FIRST = _rx(r"\b(?:first|largest|biggest|worst|deadliest|heaviest|highest|lowest|most\s+\w+|major)\b[^.]{0,60}?"
                   r"\bsince\s+(?:(?P<m>" + MONTH + r")\.?\s+)?(?P<y>" + YEAR + r")\b")
_WAR_AGE = _rx(r"\b(?P<n>" + _NUM + r")(?P<half>[- ]and[- ]a[- ]half)?[- ](?P<unit>year|month)s?[- ](?:long|old)\s+"
               r"(?:civil\s+)?(?:war|conflict|crisis|uprising|insurgency|revolution)\b"
               r"|\b(?P<n2>" + _NUM + r")\s+(?P<unit2>year|month)s?\s+(?:of|into)\s+(?:the\s+|a\s+)?(?:civil\s+)?(?:war|conflict|fighting)\b")
_NTH_YEAR = _rx(r"\bthe\s+(?P<ord>\w+)\s+year\s+of\s+(?:the\s+)?(?:civil\s+)?(?:war|conflict)\b")
_UNITS_OF = _rx(r"\b(?P<n>" + _NUM + r")\s+(?P<unit>year|month|week)s?\s+of\s+(?P<rest>[^.;]{0,60})")
_YEARS_GAP = _rx(r"\b(?:(?P<mod>nearly|almost|about|around|some|roughly|more\s+than|over|just\s+over|close\s+to|less\s+than)\s+)?"
                 r"(?P<n>" + _NUM + r")\s+(?P<unit>years?|decades?)\s+(?P<rel>after|since|ago|later)\b")
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14}


def _num(tok: str) -> Optional[float]:
    t = tok.lower()
    if t in ("a", "an"):
        return 1.0
    return number_value(t)


def _month(tok: str) -> Optional[int]:
    return MONTHS.get(tok.lower().rstrip("."))


def _full_date(m: re.Match[str]) -> Optional[date]:
    mon = _month(m["m1"] or m["m2"])
    day = int(re.match(r"\d+", m["d1"] or m["d2"]).group(0))  # type: ignore[union-attr]
    if mon is None or not (m["m1"] or m["m2"])[:1].isupper():
        return None
    return safe_date(int(m["y"]), mon, day)


def _dateline(text: str) -> Optional[Clue]:
    """A line near the top that is only a date (and noise such as "Published" or a time)."""
    lines = [ln for ln in text[:1500].splitlines() if ln.strip()][:10]
    for ln in lines:
        m = _FULL_DATE.search(ln) or _ISO.search(ln)
        if not m:
            continue
        rest = (ln[:m.start()] + " " + ln[m.end():])
        rest = _DATELINE_NOISE.sub(" ", rest)
        if rest.strip():
            continue
        d = _full_date(m) if "m1" in m.re.groupindex else safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            return Clue(d, d, 100, f"dateline '{ln.strip()}'")
    return None


def _sentence_of(text: str, pos: int) -> str:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi]


_NOT_A_PAST_YEAR_AFTER = re.compile(r"\s*(?:GMT|UTC|hrs|hours|local\s+time|elections?|polls?|vote|deadline|target)\b", re.I)


def _is_future_context(text: str, start: int, end: Optional[int] = None) -> bool:
    """A date that lies ahead of the writer ("by 2030", "his term ends in 2013")."""
    if _FUTURE_BEFORE.search(text[max(0, start - 30):start]):
        return True
    if end is not None:
        if _NOT_A_PAST_YEAR_AFTER.match(text, end):
            return True
        if clause_tense(text, start, end) == FUTURE:
            return True
    return False


def _latest_past(dated: list[tuple[date, re.Match[str]]], text: str) -> Optional[tuple[date, re.Match[str]]]:
    """The latest date not told as lying ahead, the earliest mention of it on a tie.

    Latest first, so the costly future test runs on a few candidates, not on
    every date the text mentions (the answer is the same as testing them all).
    """
    for d, m in sorted(dated, key=lambda dm: (-dm[0].toordinal(), dm[1].start())):
        if not _is_future_context(text, m.start(), m.end()):
            return d, m
    return None


def _explicit_dates(text: str) -> list[Clue]:
    clues: list[Clue] = []
    full = [(d, m) for m in _FULL_DATE.finditer(text) if (d := _full_date(m)) is not None]
    found = _latest_past(full, text)
    latest, latest_txt = (found[0], found[1].group(0)) if found else (None, "")
    if latest is not None:
        clues.append(Clue(latest, MAX_DATE, 60, f"latest full date mentioned, '{latest_txt}'"))
        # News is written soon after the latest date it reports.
        clues.append(Clue(MIN_DATE, latest + timedelta(days=120), 20, f"news follows its latest date, '{latest_txt}'"))
    months = [(date(int(m["y"]), mon, 1), m) for m in _MONTH_YEAR.finditer(text)
              if (mon := _month(m["m"])) is not None and m["m"][:1].isupper()]
    best_month = _latest_past(months, text)
    if best_month is not None:
        clues.append(Clue(best_month[0], MAX_DATE, 50, f"latest month mentioned, '{best_month[1].group(0)}'"))
    years = [(date(int(m["y"]), 1, 1), m) for m in _YEAR.finditer(text)]
    best_year = _latest_past(years, text)
    if best_year is not None:
        clues.append(Clue(best_year[0], MAX_DATE, 40, f"latest year mentioned, {best_year[1].group(0)}"))
    return clues


def _since_first(text: str) -> list[Clue]:
    """"for the first time since 2016", "the largest since March 2020": written some time after."""
    out = []
    for m in _SINCE_FIRST.finditer(text):
        y = int(m["y"])
        mon = _month(m["m"]) if m["m"] else None
        lo = add_months(date(y, mon, 1), 1) if mon else date(y + 1, 1, 1)
        out.append(Clue(lo, MAX_DATE, 45, f"'{m.group(0).strip()}'"))
    return out


# Cheap tests that a text can hold a match at all, before the costly patterns run
# (each is implied by its pattern, so skipping on a miss changes no answer).
_MAY_WAR_AGE = _rx(r"(?:year|month)s?[- ](?:long|old)\b|(?:year|month)s?\s+(?:of|into)\s|\byear\s+of\s")
_MAY_UNITS_OF = _rx(r"(?:year|month|week)s?\s+of\s")
_MAY_YEARS_GAP = _rx(r"(?:years?|decades?)\s+(?:after|since|ago|later)\b")


def _war_age(text: str) -> list[Clue]:
    if not _MAY_WAR_AGE.search(text):
        return []
    conflict = conflict_for(text)
    if conflict is None:
        return []
    out = []
    for m in _WAR_AGE.finditer(text):
        n = _num(m["n"] or m["n2"])
        if n is None:
            continue
        if m["half"]:
            n += 0.5
        unit = (m["unit"] or m["unit2"]).lower()
        months = int(round(n * (12 if unit == "year" else 1)))
        # Writers round: a "five-year-long war" is four and a half to six years old.
        slack_lo = 6 if unit == "year" else 1
        slack_hi = 12 if unit == "year" else 1
        lo = add_months(conflict.start, months - slack_lo)
        hi = add_months(conflict.start, months + slack_hi)
        out.append(Clue(lo, hi, 45, f"'{m.group(0)}' with the {conflict.name} from {conflict.start.year}"))
    for m in _NTH_YEAR.finditer(text):
        k = _ORD.get(m["ord"].lower())
        if k:
            lo, hi = add_years(conflict.start, k - 1), add_years(conflict.start, k)
            out.append(Clue(lo, hi, 45, f"'{m.group(0)}' with the {conflict.name} from {conflict.start.year}"))
    return out


def _episodes_in(text: str, span: str) -> list:  # type: ignore[type-arg]
    return [e for e in EPISODES if e.cue.search(span) and (e.context is None or e.context.search(text))]


def _episode_clues(text: str) -> list[Clue]:
    out = []
    for e in EPISODES:
        m = e.cue.search(text)
        if not m or (e.context is not None and not e.context.search(text)):
            continue
        out.append(Clue(e.start, MAX_DATE, 35, f"mentions {e.name} (from {e.start.isoformat()})"))
        if e.end is not None:
            out.append(Clue(MIN_DATE, e.end, 25, f"'{m.group(0)}': {e.name} (until {e.end.isoformat()})"))
    return out


def _units_of_episode(text: str) -> list[Clue]:
    """"four months of Russian air strikes": the episode's start plus that long."""
    out: list[Clue] = []
    if not _MAY_UNITS_OF.search(text):
        return out
    for m in _UNITS_OF.finditer(text):
        n = _num(m["n"])
        eps = _episodes_in(text, m["rest"])
        if n is None or not eps:
            continue
        e = eps[0]
        unit = m["unit"].lower()
        if unit == "year":
            lo, hi = add_months(e.start, int(n * 12) - 6), add_months(e.start, int(n * 12) + 12)
        elif unit == "month":
            lo, hi = add_months(e.start, int(n) - 1), add_months(e.start, int(n) + 1)
        else:
            lo, hi = e.start + timedelta(weeks=n - 1), e.start + timedelta(weeks=n + 1)
        out.append(Clue(lo, hi, 50, f"'{m.group(0).strip()}' with {e.name} from {e.start.isoformat()}"))
    return out


def _gap_years(mod: Optional[str], n: float) -> tuple[float, float]:
    """The range of years a "nearly a decade" or "more than five years" may stand for."""
    mod = re.sub(r"\s+", " ", (mod or "").lower())
    if mod in ("nearly", "almost", "close to", "less than"):
        return n - max(1.0, round(n * 0.2)), n
    if mod in ("more than", "over", "just over"):
        return n, n + max(1.0, round(n * 0.3))
    if mod in ("about", "around", "some", "roughly"):
        return n - 1, n + 1
    return n, n + 1


def _years_gap(text: str) -> list[Clue]:
    """"nearly a decade after ... 2016", "eight years ago" told of a known episode."""
    out: list[Clue] = []
    if not _MAY_YEARS_GAP.search(text):
        return out
    for m in _YEARS_GAP.finditer(text):
        n = _num(m["n"])
        if n is None:
            continue
        if m["unit"].lower().startswith("decade"):
            n *= 10
        a, b = _gap_years(m["mod"], n)
        sent = _sentence_of(text, m.start())
        anchor: Optional[tuple[date, date, str]] = None
        years = [int(y) for y in re.findall(r"\b(" + YEAR + r")\b", sent)]
        if years:
            y = min(years)
            anchor = (date(y, 1, 1), date(y, 12, 31), str(y))
        else:
            eps = _episodes_in(text, sent)
            if eps:
                # The latest-starting episode named is the most specific.
                e = max(eps, key=lambda e: e.start)
                anchor = (e.start, e.phase_end or e.start, e.name)
            elif m["rel"].lower() in ("after", "since"):
                before = [int(y.group(1)) for y in re.finditer(r"\b(" + YEAR + r")\b", text[:m.start()])]
                if before:
                    y = before[-1]
                    anchor = (date(y, 1, 1), date(y, 12, 31), f"{y}, the year last mentioned")
        if anchor is None:
            continue
        lo = add_months(anchor[0], int(round(a * 12)))
        hi = add_months(anchor[1], int(round(b * 12)))
        out.append(Clue(lo, hi, 40, f"'{m.group(0).strip()}' {anchor[2]}"))
    return out


_WD_DATE = _rx(r"\b(?P<wd>" + WEEKDAY + r"),?\s+\(?(?:the\s+)?(?:(?P<d1>" + DAY + r")(?:\s+of)?\s+(?P<m1>" + MONTH + r")|(?P<m2>" + MONTH
               + r")\s+(?P<d2>" + DAY + r"))\b(?!,?\s+" + YEAR + r")")


def _weekday_years(text: str) -> Optional[tuple[set[int], str, int, int]]:
    """"Saturday, 26 November" without a year: the years in which that day was a Saturday
    (with the month and day, to place the text just after it once the year is known)."""
    for m in _WD_DATE.finditer(text):
        mon = _month(m["m1"] or m["m2"])
        if mon is None or not m["wd"][:1].isupper():
            continue
        day = int(re.match(r"\d+", m["d1"] or m["d2"]).group(0))  # type: ignore[union-attr]
        wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
        years = {y for y in range(1950, 2100) if (d := safe_date(y, mon, day)) and d.weekday() == wd}
        if years:
            return years, f"'{m.group(0)}' falls on that weekday", mon, day
    return None


def _combine(clues: list[Clue]) -> tuple[date, date, list[str]]:
    lo, hi = MIN_DATE, MAX_DATE
    used: list[str] = []
    for c in sorted(clues, key=lambda c: -c.weight):
        nlo, nhi = max(lo, c.lo), min(hi, c.hi)
        if nlo <= nhi:
            if (nlo, nhi) != (lo, hi):
                used.append(c.basis)
            lo, hi = nlo, nhi
    return lo, hi, used


def _year_share(lo: date, hi: date, allowed: Optional[set[int]]) -> int:
    """The year holding most of [lo, hi] (earliest on a tie)."""
    best = (-1, lo.year)
    for y in range(lo.year, hi.year + 1):
        if allowed is not None and y not in allowed:
            continue
        a, b = max(lo, date(y, 1, 1)), min(hi, date(y, 12, 31))
        days = (b - a).days + 1
        if days > best[0]:
            best = (days, y)
    return best[1]


def estimate(text: str, sdoc: Optional[Doc] = None) -> Optional[PublishedEstimate]:
    dl = _dateline(text)
    if dl is not None:
        return PublishedEstimate(dl.lo.isoformat(), dl.lo.isoformat(), dl.hi.isoformat(), dl.basis)
    clues = (_explicit_dates(text) + _since_first(text) + _war_age(text) + _episode_clues(text)
             + _units_of_episode(text) + _years_gap(text))
    if not clues:
        return None
    lo, hi, used = _combine(clues)
    if lo == MIN_DATE and hi == MAX_DATE:
        return None
    wy = _weekday_years(text)
    if hi == MAX_DATE:
        # Only floors: news is about its present, so the nearest year after the floor
        # (the first one in which a weekday-and-date pair fits, if the text has one).
        year = lo.year
        if wy is not None:
            later = sorted(y for y in wy[0] if y >= lo.year)
            if later and later[0] - lo.year <= 10:
                year = later[0]
                lo = max(lo, date(year, 1, 1))
        hi = date(year, 12, 31)
        used.append("no upper bound: taken as the nearest year after the floor")
    if lo == MIN_DATE:
        lo = date(hi.year, 1, 1)
    allowed = None
    if wy is not None and any(lo.year <= y <= hi.year for y in wy[0]):
        allowed = wy[0]
        used.append(wy[1])
        fits = [d for y in sorted(wy[0]) if lo.year <= y <= hi.year
                and (d := safe_date(y, wy[2], wy[3])) is not None and lo <= d <= hi]
        if len(fits) == 1:
            # A weekday named with its date is news of the past week or so.
            lo, hi = fits[0], min(hi, fits[0] + timedelta(days=10))
    if lo == hi:
        value = lo.isoformat()
    elif (lo.year, lo.month) == (hi.year, hi.month):
        value = f"{lo.year:04d}-{lo.month:02d}"
    else:
        value = f"{_year_share(lo, hi, allowed):04d}"
    return PublishedEstimate(value, lo.isoformat(), hi.isoformat(), "; ".join(used) or "evidence in the text")
