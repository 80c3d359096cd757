"""Whole-word search of literal strings, without building a regex per word.

``re.search(r"\\b" + re.escape(word) + r"\\b", text)`` compiles a new pattern
for every word it is asked about; with many distinct words (every place name
of every document) that compile dominates, and it also pushes the constant
patterns of other stages out of ``re``'s small cache. These functions give the
same answers as those patterns (same word-boundary rule as ``re``'s ``\\b`` on
``str``: a word character is alphanumeric or ``_``) with ``str.find``.
"""
from __future__ import annotations

from typing import Iterable


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def at_boundary(text: str, pos: int) -> bool:
    """Whether ``\\b`` matches at ``pos`` of ``text``."""
    before = pos > 0 and _is_word_char(text[pos - 1])
    after = pos < len(text) and _is_word_char(text[pos])
    return before != after


def has_whole_word(text: str, word: str) -> bool:
    """``re.search(r"\\b" + re.escape(word) + r"\\b", text) is not None``."""
    if not word:
        return any(at_boundary(text, p) for p in range(len(text) + 1))
    pos = text.find(word)
    while pos >= 0:
        if at_boundary(text, pos) and at_boundary(text, pos + len(word)):
            return True
        pos = text.find(word, pos + 1)
    return False


def whole_word_matches(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The spans ``re.finditer`` gives for ``\\b(w1|w2|...)\\b`` with the words
    longest first: left to right, not overlapping, the longest word at each start."""
    longest_at: dict[int, int] = {}
    for word in words:
        if not word:
            raise ValueError("whole_word_matches needs non-empty words")
        n = len(word)
        pos = text.find(word)
        while pos >= 0:
            if n > longest_at.get(pos, 0) and at_boundary(text, pos) and at_boundary(text, pos + n):
                longest_at[pos] = n
            pos = text.find(word, pos + 1)
    out: list[tuple[int, int]] = []
    free_from = 0
    for start in sorted(longest_at):
        if start >= free_from:
            end = start + longest_at[start]
            out.append((start, end))
            free_from = end
    return out
