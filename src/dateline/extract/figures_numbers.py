"""Read counts of people as ACLED does: digits, number words, vague quantities.

ACLED's conservative conventions, used consistently here:

| words | value |
| --- | --- |
| "a few", "several", "some", "a number of", "multiple", "a handful" | 3 |
| "many", "numerous", "an unknown / unspecified number", "tens" | 10 |
| "a dozen", "dozens" | 12 |
| "scores" | 20 |
| "hundreds" | 100 |
| "thousands" | 1000 |
| "at least 4", "more than 4", "over 4", "up to 4", "nearly 4" | 4 (hedged) |
| "4 to 6", "4-6", "between 4 and 6" | 4 (the lower bound) |
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2, "pair": 2,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {
    "few": 3, "several": 3, "some": 3, "multiple": 3, "handful": 3, "number": 3,
    "many": 10, "numerous": 10, "tens": 10, "unknown": 10, "dozen": 12, "dozens": 12,
    "scores": 20, "score": 20, "hundreds": 100, "thousands": 1000,
}
HEDGE_BEFORE = {
    "at least": "min", "more than": "min", "over": "min", "upwards of": "min", "in excess of": "min",
    "up to": "max", "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx",
    "approximately": "approx", "roughly": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "as many as": "max", "close to": "approx", "fewer than": "max",
    "less than": "max", "perhaps": "approx", "possibly": "approx", "reportedly": "approx",
}

_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_WORD = r"(?:" + "|".join(sorted((k for k in list(UNITS) + list(SCALES) if len(k) > 2), key=len, reverse=True)) + r")"
_NUMWORDS = rf"{_WORD}(?:[\s-]+(?:and[\s-]+)?{_WORD})*"
_VAGUE = r"(?:a\s+few|a\s+handful|a\s+number|an\s+(?:unknown|unspecified|undetermined)\s+number|a\s+dozen|dozens|scores|hundreds|thousands|tens|several|multiple|many|numerous)"
_HEDGE = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in HEDGE_BEFORE), key=len, reverse=True))
NUMBER_RE = re.compile(
    # a count starts a word: "often killed" holds no "ten"
    rf"(?i)(?<![^\W\d_])(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?:between\s+)?(?P<num>{_DIGITS}(?:\s+(?:million|thousand|hundred))?|{_NUMWORDS}|{_VAGUE})"
    rf"(?:\s*(?:-|–|to|and|or)\s*(?P<upper>{_DIGITS}|{_NUMWORDS}))?"
    rf"(?=\W|$)"
)


@dataclass
class Quantity:
    start: int
    end: int
    value: int
    hedged: bool


def words_to_int(words: str) -> Optional[int]:
    """"twenty-three" -> 23, "two hundred and five" -> 205, "1,500" -> 1500."""
    s = words.strip().lower()
    s = re.sub(r"\s+", " ", s)
    m = re.fullmatch(rf"({_DIGITS})(?: (million|thousand|hundred))?", s)
    if m:
        base = float(m.group(1).replace(",", ""))
        return int(base * SCALES.get(m.group(2) or "", 1))
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", s):
        if w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def vague_value(words: str) -> Optional[int]:
    s = re.sub(r"\s+", " ", words.strip().lower())
    if re.search(r"unknown|unspecified|undetermined", s):
        return VAGUE["unknown"]  # ACLED codes an unknown number of dead as 10
    for key in (s, s.split(" ")[-1]):
        if key in VAGUE:
            return VAGUE[key]
    return None


def read_quantities(text: str) -> list[Quantity]:
    """Every count expression in ``text`` with its conservative value."""
    out: list[Quantity] = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group("num")
        value = vague_value(raw) if re.fullmatch(_VAGUE, raw, flags=re.I) else words_to_int(raw)
        if value is None:
            continue
        if m.group("upper") and not re.fullmatch(_VAGUE, raw, flags=re.I):
            upper = words_to_int(m.group("upper"))
            if upper is not None and upper >= value:
                value = min(value, upper)  # ACLED: the lower figure of a range
        hedged = bool(m.group("hedge")) or bool(re.fullmatch(_VAGUE, raw, flags=re.I))
        start = m.start("hedge") if m.group("hedge") else m.start("num")
        out.append(Quantity(start, m.end(), value, hedged))
    return out
