"""Word lists of the temporal tagger: months, weekdays, number words, units, seasons.

Kept apart from the patterns so the regular expressions read as grammar and
the vocabulary can grow without touching them.
"""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {  # Monday = 0 as in datetime.weekday()
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

# Spelled-out numbers as news writes durations and ages ("twenty four hours").
_UNITS_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen"]
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90}

NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(_UNITS_WORDS)}
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "half a": 0.5, "a half": 0.5,
                     "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
                     "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000})
for _w, _v in _TENS_WORDS.items():
    NUMBER_WORDS[_w] = _v
    for _i in range(1, 10):
        NUMBER_WORDS[f"{_w}-{_UNITS_WORDS[_i]}"] = _v + _i
        NUMBER_WORDS[f"{_w} {_UNITS_WORDS[_i]}"] = _v + _i

# Vague quantities: TIMEX3 writes their count as X ("several years" = PXY).
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "numerous", "a number of",
                 "dozens of", "hundreds of", "thousands of", "recent", "the coming", "coming",
                 "past", "the past", "couple"}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}

# Duration units: TIMEX3 letter, whether it is a time-of-day unit (PT..), days it spans.
UNITS: dict[str, tuple[str, bool, float]] = {
    "second": ("S", True, 1 / 86400), "minute": ("M", True, 1 / 1440), "hour": ("H", True, 1 / 24),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 7),
    "weekend": ("WE", False, 2), "fortnight": ("W", False, 14), "month": ("M", False, 30.4),
    "quarter": ("Q", False, 91), "year": ("Y", False, 365.25), "decade": ("E", False, 3652.5),
    "century": ("C", False, 36525), "centurie": ("C", False, 36525), "millennium": ("L", False, 365250),
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Months a season covers (northern hemisphere, meteorological), for ranges.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
}

# Fuzzy modifiers before a date or duration -> TIMEX3 mod.
MODIFIERS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "the dawn of": "START",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "late": "END", "the end of": "END",
    "the close of": "END", "end of": "END", "about": "APPROX", "around": "APPROX",
    "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS",
}


def number_value(word: str) -> float | None:
    """The numeric value of a digit string or number word; None for vague quantities."""
    w = word.lower().strip().replace(",", "")
    if not w:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w.endswith("-and-a-half") or w.endswith(" and a half"):
        base = number_value(w.replace("-and-a-half", "").replace(" and a half", ""))
        return None if base is None else base + 0.5
    return None
