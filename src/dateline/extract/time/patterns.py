"""Regular-expression building blocks of the temporal tagger (grammar, no logic)."""
from __future__ import annotations

import re

from dateline.extract.time.lexicon import NUMBER_WORDS

FLAGS = re.I

MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
         r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thur\.|Thurs\.|Fri\.|Sat\.|Sun\.)")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
POD = r"(?:morning|afternoon|evening|night|overnight|midday|dawn|daybreak|dusk)"

_num_words = sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)
NUM_WORD = "(?:" + "|".join(re.escape(w) for w in _num_words) + ")"
VAGUE = (r"(?:several|a\s+few|few|many|some|numerous|a\s+number\s+of|dozens\s+of|hundreds\s+of|"
         r"thousands\s+of|a\s+couple\s+of|couple\s+of)")
NUM = (r"(?:\d+(?:[.,]\d+)?(?:[-\s]*1/2|-and-a-half)?|" + NUM_WORD + r"(?:[- ]and[- ]a[- ]half)?|an?|"
       + VAGUE + ")")
UNIT = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))"

PRE_MOD = (r"(?:about|around|approximately|roughly|some|nearly|almost|less\s+than|under|up\s+to|"
           r"more\s+than|over|at\s+least|no\s+less\s+than|no\s+more\s+than|just|only|barely|"
           r"fewer\s+than|well\s+over|close\s+to|the\s+better\s+part\s+of)")
EDGE_MOD = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end|close)\s+of|end\s+of)"


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


# --- explicit calendar dates -------------------------------------------------
ISO_DATE = rx(r"\b(?P<y>" + YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b")
SLASH_DATE = rx(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])")
# "between 25 and 30 November 2023", "from 26 to 29 November", "1-2 December", "November 25-26"
DAY_RANGE = rx(r"\b(?:(?P<pre>between|from)\s+)?(?P<d1>" + DAY + r")(?:\s+(?P<m1>" + MONTH + r"))?\s*(?:-|–|to|and|until|till)\s*"
               r"(?P<d2>" + DAY + r")\s+(?P<m2>" + MONTH + r")(?:,?\s+(?P<y>" + YEAR + r"))?\b"
               r"|\b(?:(?P<pre2>between|from)\s+)?(?P<m3>" + MONTH + r")\s+(?P<d3>" + DAY + r")\s*(?:-|–|to|and|until|till)\s*"
               r"(?:(?P<m4>" + MONTH + r")\s+)?(?P<d4>" + DAY + r")\b(?:,?\s+(?P<y2>" + YEAR + r")\b)?")
DMY = rx(r"\b(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?:the\s+)?(?P<d>" + DAY + r")(?:\s+of)?(?:\s+|-)(?P<mon>" + MONTH
         + r")(?:,?\s+(?P<y>" + YEAR + r")|-(?P<y_>" + YEAR + r"))?\b")
MDY = rx(r"\b(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?P<mon>" + MONTH + r")\s+(?:the\s+)?(?P<d>" + DAY
         + r")\b(?!\s*(?:%|percent|per\s+cent|million|billion|mln|bln|,\d|\.\d|:\d))(?:,?\s+(?P<y>" + YEAR + r")\b)?")
MONTH_REL_YEAR = rx(r"\b(?:(?P<edge>" + EDGE_MOD + r")[-\s]+)?(?P<mon>" + MONTH + r")\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")
SPELLED_YEAR = rx(r"\b(?:the\s+year\s+)?(?:(?P<mon>" + MONTH + r")\s+)?(?P<c>nineteen|eighteen|two\s+thousand(?:\s+and)?)(?:\s+hundred)?"
                  r"(?:[-\s]+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
                  r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine))?\b")
YEAR_END = rx(r"\b(?P<w>year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year)\b")
POD_DAY = rx(r"\b(?:(?P<edge>early|mid|late)[-\s]*)?(?P<pod>" + POD + r")\s+(?P<day>yesterday|today|tomorrow|" + WEEKDAY + r")\b")
FIN_PERIOD = rx(r"\b(?:the\s+)?(?:(?P<y>" + YEAR + r")|(?P<rel>year-earlier|year-ago|latest|comparable|corresponding|same|prior-year|"
                r"year-before|recent))\s+(?P<unit>period|quarter|three\s+months)\b(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                r"|\b(?P<adj>year-earlier|year-ago)\b")
MONTH_YEAR = rx(r"\b(?:(?P<edge>" + EDGE_MOD + r")[-\s]+)?(?P<mon>" + MONTH + r")(?:,?\s+(?:of\s+)?(?P<y>"
                + YEAR + r"))\b")
BARE_MONTH = rx(r"\b(?:(?P<rel>last|next|this|this\s+past|the\s+coming|coming|past)\s+|(?P<edge>"
                + EDGE_MOD + r")[-\s]+|(?P<prep>in|since|until|till|by|during|from|through|to|before|after|"
                r"between|and|or|of|on|until|throughout|for|a|an|the|its|their|his|her|our)\s+)(?P<mon>" + MONTH + r")\b")
YEAR_ONLY = rx(r"(?<![$£€\d.,/-])\b(?:(?P<edge>" + EDGE_MOD + r")[-\s]+)?(?:(?P<fy>fiscal|calendar|the\s+year|FY)\s*)?"
               r"(?P<y>" + YEAR + r")(?P<ys>'s)?\b(?!\s*(?:%|percent|per\s+cent|[-/]\d|,\d|\.\d|\s+(?:tons|people|troops|dollars|euros|km|miles|metres|meters|feet)\b))")
APOS_YEAR = rx(r"(?<![\w'])'(?P<yy>[0-9]\d)\b(?!s)")
DECADE = rx(r"\b(?:the\s+)?(?:(?P<edge>early|mid|late)[-\s]+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|"
            r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b")
CENTURY = rx(r"\b(?:the\s+)?(?:(?P<edge>early|mid|late)[-\s]+)?(?P<ord>\d+(?:st|nd|rd|th)|[a-z]+(?:[- ](?:first|second|third))?)[-\s]century\b")

# --- relative days, weekdays, parts of day -----------------------------------
DAY_WORD = rx(r"\b(?:(?P<pre>earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight|tonite)(?:(?:'s)?\s+(?P<pod>"
              + POD + r"))?\b")
DAY_AFTER = rx(r"\bthe\s+day\s+(?P<dir>before|after)\s+(?P<w>yesterday|tomorrow)\b")
THIS_POD = rx(r"\b(?P<rel>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+(?P<pod>" + POD + r")\b")
WEEKDAY_RX = rx(r"\b(?:(?P<edge0>early|late)\s+on\s+)?(?:(?P<rel>last|next|this|this\s+past|the\s+coming|coming|past|previous|the\s+following|following)\s+)?"
                r"(?:(?P<edge>early|late|mid)[-\s]+)?(?P<wd>" + WEEKDAY + r")(?P<pl>s)?(?:(?:'s)?\s+(?P<pod>" + POD + r"))?"
                r"(?!\s*[,]?\s*(?:the\s+)?(?:" + DAY + r")\s+(?:of\s+)?" + MONTH + r"|\s*,?\s*" + MONTH + r"\s+\d)")
MIDWEEK = rx(r"\b(?:(?P<rel>last|this|next)\s+)?mid-?week\b")
WEEKEND = rx(r"\b(?:(?P<rel>this|last|next|the\s+past|the\s+coming|the\s+previous|the\s+following|over\s+the|the|that)\s+)"
             r"(?:(?P<wd>" + WEEKDAY + r")\s+)?weekend\b")

# --- relative units: "last week", "this year", "the past three years" --------
REL_UNIT = rx(r"\b(?:(?P<edge>the\s+(?:end|beginning|start|middle|close)\s+of)\s+)?(?P<det>this\s+past|this|last|next|the\s+past|the\s+last|the\s+previous|the\s+next|the\s+coming|"
              r"the\s+current|the\s+same|the\s+following|the\s+prior|the\s+preceding|the\s+latest|the\s+most\s+recent|"
              r"the\s+recent|recent|past|coming|previous|current|earlier\s+this|later\s+this|later\s+that|"
              r"earlier\s+that|that|the|a|its|their|his|her)\s+"
              r"(?:(?P<num>" + NUM + r")\s+)?(?P<fiscal>fiscal\s+|calendar\s+|financial\s+)?(?P<unit>" + UNIT + r")(?P<pl>s)?\b"
              r"(?P<ago>\s+(?:ago|earlier|before|later|after))?")
AGO = rx(r"\b(?:(?P<mod>" + PRE_MOD + r")\s+)?(?P<num>" + NUM + r")[-\s]+(?P<unit>" + UNIT + r")(?P<pl>s)?"
         r"(?:\s+and\s+(?:a\s+half|(?P<num2>" + NUM + r")\s+(?P<unit2>" + UNIT + r")s?))?"
         r"\s+(?:(?P<dir>ago|earlier|later|from\s+now|hence|back)\b|(?P<dir2>before|after)\b"
         r"(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|i|you|\w+ing)\b|\s+(?-i:[A-Z])))")
BARE_AGO = rx(r"\b(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)\b")
# "two to three weeks", "between two and six days": one expression, valued at its first number.
RANGE_DURATION = rx(r"\b(?P<num>" + NUM + r")\s+(?:to|or|and)\s+(?P<num2>" + NUM + r")[-\s]+(?P<unit>" + UNIT + r")s\b"
                    r"(?!\s+(?:ago|earlier|later|before|after|old)\b)")
IN_DURATION = rx(r"\b(?P<prep>in|within)\s+(?:(?P<mod>" + PRE_MOD + r")\s+)?(?P<num>" + NUM + r")\s+(?P<unit>" + UNIT
                 + r")(?P<pl>s)?\b(?!\s+(?:ago|earlier|later|before|after))")
DURATION = rx(r"\b(?:(?P<mod>" + PRE_MOD + r")\s+)?(?:(?P<det>the\s+(?:past|last|next|first|final|previous|coming|"
              r"following|initial|remaining|latest)|(?:the\s+)?(?:past|last|next|first|final|previous|coming|following))\s+)?"
              r"(?P<num>" + NUM + r")(?:[-\s]+(?:(?:more|additional|extra|further|trading|business|working|straight|consecutive)\s+)?(?P<unit>" + UNIT + r")(?P<pl>s)?(?P<suffix>[-\s](?:long|old))?"
              r"(?:\s+and\s+(?:a\s+half|(?P<num2>" + NUM + r")[-\s]+(?P<unit2>" + UNIT + r")s?))?)\b")
FULL_YEAR = rx(r"\bthe\s+(?:full|whole|entire)\s+(?:fiscal\s+)?year\b")
VAGUE_PLURAL = rx(r"\b(?:(?P<pre>for|in\s+recent|recent|over\s+the|over\s+the\s+past|over\s+the\s+last|in\s+the\s+past|in\s+the\s+last|"
                  r"the\s+past|the\s+last|the\s+coming|in\s+the\s+coming|the\s+next|in\s+the\s+next|within|past|coming)\s+)"
                  r"(?P<unit>years|months|weeks|days|decades|hours|centuries|quarters)\b")
QUARTER = rx(r"\b(?:the\s+|this\s+|last\s+|next\s+|its\s+|their\s+)?(?:comparable\s+)?(?:(?P<yp>" + YEAR + r")\s+|(?P<ypw>year-ago|year-earlier|(?:next|last|this)\s+year's)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|"
             r"latest|current|year-earlier|year-ago|same|past|previous|prior|coming|fiscal|recent|just-ended|"
             r"just\s+ended|latest\s+fiscal|most\s+recent)?(?P<fisc>[-\s]+fiscal)?[-\s]*(?P<qh>quarter|half)\b"
             r"(?:\s+of\s+(?:(?P<yw>this|last|next|the\s+current|the\s+previous|the\s+same)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?P<y>" + YEAR + r"))"
             r"|,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>" + YEAR + r"))?")
SEASON_RX = rx(r"\b(?:(?P<rel>this\s+past|this|last|next|the\s+coming|the\s+past|early|late|mid|the|in|during|over\s+the|by|until|since)[-\s]+)?"
               r"(?P<s>" + SEASON + r")(?:\s+(?:of\s+)?(?P<y>" + YEAR + r"))?\b")

# --- references, sets, clock times, anchored expressions ---------------------
REF = rx(r"\b(?P<w>now|right\s+now|currently|at\s+present|the\s+present|in\s+the\s+past|the\s+past|"
         r"the\s+(?:near|short|long)\s+term|the\s+(?:weeks|months|years|days)\s+ahead|these\s+days|"
         r"recently|in\s+the\s+future|the\s+future|the\s+near\s+future|current|recent|"
         r"as\s+soon\s+as\s+possible|soon|a\s+later\s+(?:date|time|stage)|at\s+the\s+time(?!\s+of\b))\b")
SET_RX = rx(r"\b(?:(?P<q>every|each|per|a)\s+(?:(?P<num>other|\d+|" + NUM_WORD + r")\s+)?(?P<unit>day|week|month|year|quarter|"
            r"morning|afternoon|evening|night|weekend|decade|hour|" + WEEKDAY + r"|" + MONTH + r")s?|(?P<adv>daily|weekly|monthly|yearly|"
            r"annually|quarterly|nightly|hourly|biweekly|biannually|semiannually|twice\s+a\s+year|once\s+a\s+year|"
            r"twice\s+a\s+week|once\s+a\s+week|once\s+a\s+month|twice\s+a\s+month))\b")
CLOCK = rx(r"\b(?:(?P<pre>at|around|about|by|before|after|until|from|since)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*"
           r"(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m|o'clock)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|local\s+time|"
           r"\(\d{4}\s*GMT\)))?|\b(?P<nm>noon|midnight)\b")
MIL_CLOCK = rx(r"\b(?:at\s+)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs\b|hours\b)?\s*(?P<tz>GMT|UTC|Z\b|local\s+time)")
ANCHORED = rx(r"\b(?:(?P<pre>later|earlier|early|late)\s+)?(?:the\s+)?(?P<w>following|next|previous|preceding|same|prior)\s+"
              r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b"
              r"|\b(?:(?P<pre2>later|earlier|early|late)\s+)?(?P<that>that|the\s+same)\s+(?P<unit2>day|morning|afternoon|evening|night|week|month|year)\b"
              r"|\bthe\s+(?P<unit3>day|night|week|month|year)\s+(?P<dir3>before|after)\b(?!\s+(?:yesterday|tomorrow))")

# --- triggers ----------------------------------------------------------------
# Most rules cannot match without one of a few keywords. Scanning for the
# keyword first and running the full pattern only in a window around it keeps
# the tagger fast (tens of thousands of words a second) on long texts.
_UNIT_WORDS = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)"
# Triggers run on the lower-cased text, case-sensitively and without a leading
# \b (both let the engine skip ahead quickly); the tagger checks that a match
# starts a word.
TRIGGERS: dict[str, re.Pattern[str]] = {k: re.compile(v) for k, v in {
    "unit": _UNIT_WORDS,
    "unitpod": _UNIT_WORDS + r"|(?:morning|afternoon|evening|night)\b",
    "set": r"(?:every|each|per|daily|weekly|monthly|yearly|annually|quarterly|nightly|hourly|biweekly|"
           r"biannually|semiannually|once|twice)\b",
    "month": r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "quarter": r"(?:quarter|half)",
    "weekday": r"(?:mon|tue|wed|thu|fri|sat|sun)",
    "week": r"week",
    "pod": r"(?:morning|afternoon|evening|night|overnight|midday|dawn|daybreak|dusk)\b",
    "century": r"century",
    "decade": r"0'?s\b|ties\b",
    "season": r"(?:spring|summer|fall|autumn|winter)\b",
    "year": r"(?:1[6-9]|20)\d\d",
    "clock": r"(?:a\.?m\b|p\.?m\b|am\b|pm\b|o'clock|noon|midnight)",
    "zone": r"(?:gmt|utc|local\s+time)\b",
    "fin": r"(?:period|quarter|months|year-earlier|year-ago)",
    "dayword": r"(?:today|yesterday|tomorrow|tonight|tonite)\b",
    "end": r"end\b",
    "spelled": r"(?:nineteen|eighteen|two\s+thousand)\b",
    "ago": r"(?:ago|earlier|later|before|after|from\s+now|hence|back)\b",
    "then": r"then\b",
    "ref": r"(?:now|current|currently|present|recent|recently|past|future|term|ahead|days|soon|later|time)\b",
}.items()}
# Triggers that may sit inside a word ("1990s", "nineties", "mid-1990s").
INNER_TRIGGERS = {"decade", "year", "week"}
