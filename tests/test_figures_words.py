"""Counts start a word: a number word inside another word is no count
(sentences are our own writing)."""
from __future__ import annotations

from dateline.extract.figures import find_figures
from dateline.extract.figures_numbers import read_quantities
from dateline.nlp import get_nlp


def test_number_word_inside_a_word_is_not_a_count() -> None:
    text = "Gunmen often killed villagers in the area."
    assert find_figures(text, get_nlp()(text)) == []
    assert [q.value for q in read_quantities("often, fifteen")] == [15]


def test_counts_at_word_starts_are_still_read() -> None:
    text = "Gunmen killed 5 villagers and wounded a dozen others near the market."
    figs = find_figures(text, get_nlp()(text))
    assert [(f.kind, f.value) for f in figs] == [("killed", 5), ("injured", 12)]
