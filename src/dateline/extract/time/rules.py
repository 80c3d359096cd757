"""The rule table of the temporal tagger: which pattern, with which priority and trigger, goes to which resolver.

Each rule is (name, pattern, priority, resolver, trigger). A resolver returns
a ``Hit`` or None (not a temporal expression after all); the trigger names the
keyword scan (``patterns.TRIGGERS``) that must fire near a match, or None to
scan the whole text.
"""
from __future__ import annotations

import re
from typing import Optional

from dateline.extract.time import patterns as P
from dateline.extract.time.resolve import Ctx, Hit, Resolver, _shift, _unit_key
from dateline.extract.time.rules_calendar import (_day_month, r_century, r_day_range, r_decade, r_fin_period,
                                                  r_full_year, r_iso, r_month_rel_year, r_month_year,
                                                  r_pod_day, r_slash, r_spelled_year, r_year, r_year_end,
                                                  r_bare_month)
from dateline.extract.time.rules_dayparts import (COUNTED_DAY, OVERNIGHT, SINCE_SPAN, STORY_DAY_PART, UNTIL_THEN,
                                                  r_counted_day, r_overnight, r_since_span, r_story_day_part,
                                                  r_until_then)
from dateline.extract.time.rules_periods import (r_anchored, r_clock, r_mil_clock, r_quarter, r_ref, r_season,
                                                 r_set)
from dateline.extract.time.rules_relative import (r_ago, r_bare_ago, r_day_after, r_day_word, r_duration,
                                                  r_in_duration, r_midweek, r_range_duration, r_rel_unit, r_this_pod,
                                                  r_vague_plural, r_weekday, r_weekend)

__all__ = ["RULES", "Ctx", "Hit", "_shift", "_unit_key"]


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
    ("anchored", P.ANCHORED, 6, r_anchored, "unitpod"),
    ("rel_unit", P.REL_UNIT, 5, r_rel_unit, "unit"),
    ("in_duration", P.IN_DURATION, 4, r_in_duration, "unit"),
    ("duration", P.DURATION, 4, r_duration, "unit"),
    ("range_duration", P.RANGE_DURATION, 5, r_range_duration, "unit"),
    ("vague_plural", P.VAGUE_PLURAL, 3, r_vague_plural, "unit"),
    ("full_year", P.FULL_YEAR, 6, r_full_year, "unit"),
    ("quarter", P.QUARTER, 6, r_quarter, "quarter"),
    ("season", P.SEASON_RX, 5, r_season, "season"),
    ("ref", P.REF, 2, r_ref, "ref"),
    ("set", P.SET_RX, 5, r_set, "set"),
    ("clock", P.CLOCK, 6, r_clock, "clock"),
    ("mil_clock", P.MIL_CLOCK, 6, r_mil_clock, "zone"),
    ("story_day_part", STORY_DAY_PART, 5, r_story_day_part, "unitpod"),
    ("counted_day", COUNTED_DAY, 6, r_counted_day, "unitpod"),
    ("overnight", OVERNIGHT, 4, r_overnight, "pod"),
    ("since_span", SINCE_SPAN, 4, r_since_span, "unit"),
    ("until_then", UNTIL_THEN, 4, r_until_then, "then"),
]
