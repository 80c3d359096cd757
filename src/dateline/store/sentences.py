"""Split a document's text into sentences with their offsets, for search and timelines.

A light rule-based splitter (the spaCy parse is not kept after extraction):
paragraph breaks always end a sentence; ``. ! ?`` end one when followed by
space and an upper-case letter, digit or quote, unless the word before is a
common abbreviation or a single initial.
"""
from __future__ import annotations

import re
from typing import Iterator

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "rep", "sen",
    "gov", "st", "mt", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "vs", "etc", "approx", "inc", "ltd",
    "co", "corp", "jr", "sr",
}
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-*\u2022])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside one paragraph ``text[start:end]``."""
    pos = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(pos, m.start() - 12), m.start() + 1)
            word = w.group(1).lower() if w else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        yield pos, stop
        pos = stop
    yield pos, end


def split_sentences(text: str, max_len: int = 1000) -> list[tuple[int, int, str]]:
    """``(start, end, sentence)`` for each non-blank sentence, whitespace trimmed."""
    out: list[tuple[int, int, str]] = []
    bounds = [0] + [p for m in _PARAGRAPH.finditer(text) for p in (m.start(), m.end())] + [len(text)]
    for i in range(0, len(bounds) - 1, 2):
        for s, e in _pieces(text, bounds[i], bounds[i + 1]):
            # Long unpunctuated runs (tables, lists) are cut so one hit stays readable.
            while e - s > max_len:
                cut = text.rfind(" ", s, s + max_len)
                cut = cut if cut > s else s + max_len
                out.extend(_trim(text, s, cut))
                s = cut
            out.extend(_trim(text, s, e))
    return out


def _trim(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    chunk = text[s:e]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = s + lead, e - trail
    if e <= s:
        return []
    return [(s, e, " ".join(text[s:e].split()))]
