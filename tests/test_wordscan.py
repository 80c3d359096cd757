"""The literal whole-word search gives exactly what the per-word regex gave."""
from __future__ import annotations

import random
import re

from dateline.wordscan import at_boundary, has_whole_word, whole_word_matches

# Letters (also non-ASCII), digits, "_" and separators: every kind of \b case.
_ALPHABET = "ab Aé_1.- '\n"


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(n))


def test_has_whole_word_agrees_with_regex() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = _random_text(rng, rng.randint(0, 30))
        word = _random_text(rng, rng.randint(0, 3))
        expected = re.search(r"\b" + re.escape(word) + r"\b", text) is not None
        assert has_whole_word(text, word) == expected, (text, word)


def test_whole_word_matches_agrees_with_alternation() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = _random_text(rng, rng.randint(0, 40))
        words = {_random_text(rng, rng.randint(1, 4)) for _ in range(rng.randint(1, 4))}
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
        expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
        assert whole_word_matches(text, words) == expected, (text, words)


def test_examples() -> None:
    text = "Deir ez-Zor and Deir, not Deirdre; deir_x"
    assert whole_word_matches(text, ["Deir", "Deir ez-Zor"]) == [(0, 11), (16, 20)]
    assert has_whole_word(text, "deir") is False  # "deir_x": "_" is a word character
    assert has_whole_word("the aleppo road", "aleppo")
    assert at_boundary("ab", 0) and not at_boundary("ab", 1) and at_boundary("ab", 2)
