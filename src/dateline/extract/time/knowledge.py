"""General knowledge for dating undated texts: when well-known wars and episodes began or ended.

A "five-year-long war" in a text about Syria, or "four months of Russian air
strikes", dates the text only through these facts. Keep the table small,
public and uncontroversial: start (and end) dates of major conflicts and of
actors whose existence bounds a date (a group cannot be named before it was
formed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional


@dataclass(frozen=True)
class Conflict:
    """A war a text may call "the N-year-old war" when it is about ``country``."""

    name: str
    country: re.Pattern[str]  # how texts about it name the place
    start: date


@dataclass(frozen=True)
class Episode:
    """A named period a mention places the text in or after.

    ``cue`` matched in a sentence means the text is written after ``start``
    and, when ``end`` is set and the mention is in the present, before ``end``.
    ``context`` must also occur somewhere in the text.
    """

    name: str
    cue: re.Pattern[str]
    context: Optional[re.Pattern[str]]
    start: date
    end: Optional[date] = None
    # Window of the episode's decisive phase, for "N years ago" told of it.
    phase_end: Optional[date] = None


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p, re.I)


def _name(p: str) -> re.Pattern[str]:
    """Proper names match case-sensitively ("an Islamic state" is not the Islamic State)."""
    return re.compile(p)


CONFLICTS: list[Conflict] = [
    Conflict("Syrian civil war", _rx(r"\bSyria"), date(2011, 3, 15)),
    Conflict("Yemeni civil war", _rx(r"\bYemen|\bHouthi"), date(2014, 9, 16)),
    Conflict("Russian invasion of Ukraine", _rx(r"\bUkrain"), date(2022, 2, 24)),
    Conflict("Tigray war", _rx(r"\bTigray"), date(2020, 11, 4)),
    Conflict("Sudanese civil war", _rx(r"\bRapid Support Forces\b|\bRSF\b"), date(2023, 4, 15)),
    Conflict("Israel-Hamas war", _rx(r"\bGaza\b"), date(2023, 10, 7)),
    Conflict("Myanmar civil war", _rx(r"\bMyanmar"), date(2021, 2, 1)),
    Conflict("Iraq war", _rx(r"\bIraq\b"), date(2003, 3, 20)),
    Conflict("War in Afghanistan", _rx(r"\bAfghan"), date(2001, 10, 7)),
    Conflict("Boko Haram insurgency", _rx(r"\bBoko Haram\b"), date(2009, 7, 26)),
    Conflict("Mali war", _rx(r"\bMali\b"), date(2012, 1, 16)),
]

EPISODES: list[Episode] = [
    Episode("Russian military intervention in Syria",
            _rx(r"\bRussia\w*\s+(?:air\s*(?:strikes?|power|campaign|support|force)|jets|warplanes|planes|"
                r"bombing(?:\s+campaign)?|military\s+intervention|intervention|escalation)\b|\bRussian[- ]backed\b|"
                r"\bSyrian\s+and\s+Russian\s+(?:jets|planes|warplanes|air\s*strikes)"),
            _rx(r"\bSyria"), date(2015, 9, 30), phase_end=date(2016, 12, 31)),
    Episode("Hayat Tahrir al-Sham", _name(r"\bHayat Tahrir al-Sham\b|\bHTS\b"), None, date(2017, 1, 28)),
    Episode("Islamic State (so named)", _name(r"\b(?<!an )Islamic State\b(?! of Iraq)"), None, date(2014, 6, 29)),
    Episode("Battle of Aleppo (2012-2016)",
            _rx(r"\brebel-held\s+(?:east(?:ern)?\s+Aleppo|(?:areas|parts|districts|neighbou?rhoods|sections)\s+of\s+"
                r"(?:the\s+city|Aleppo))|\bdivided\s+between\s+(?:the\s+)?government(?:\s+forces)?\s+and\s+(?:the\s+)?"
                r"(?:various\s+)?rebel"),
            _rx(r"\bAleppo\b"), date(2012, 7, 19), end=date(2016, 12, 22)),
    Episode("COVID-19 pandemic", _name(r"\bCOVID(?:-19)?\b|\b[Cc]oronavirus\s+pandemic\b"), None, date(2020, 1, 1)),
    Episode("Russian full-scale invasion of Ukraine",
            _rx(r"\bfull[- ]scale\s+invasion\b"), _rx(r"\bUkrain"), date(2022, 2, 24)),
    Episode("7 October 2023 attack", _rx(r"\bOctober\s+7(?:th)?\s+attack|\b7\s+October\s+attack"), None, date(2023, 10, 7)),
]


def conflict_for(text: str) -> Optional[Conflict]:
    """The conflict a text is about: the one whose country it names most often."""
    best: tuple[int, Optional[Conflict]] = (0, None)
    for c in CONFLICTS:
        n = len(c.country.findall(text))
        if n > best[0]:
            best = (n, c)
    return best[1]
