"""Casualty figures: ACLED conventions, attribution, hedges, denials (our own sentences)."""
from __future__ import annotations

from dateline.extract.figures import fatalities_for, find_figures
from dateline.extract.figures_numbers import words_to_int
from dateline.model import Figure
from dateline.nlp import get_nlp


def _figs(text: str) -> list[Figure]:
    return find_figures(text, get_nlp()(text))


def _one(text: str, kind: str) -> Figure:
    found = [f for f in _figs(text) if f.kind == kind]
    assert len(found) == 1, (text, found)
    return found[0]


def test_number_words() -> None:
    assert words_to_int("twenty-three") == 23
    assert words_to_int("1,500") == 1500
    assert words_to_int("two hundred and five") == 205


def test_acled_vague_quantities() -> None:
    assert _one("Dozens of civilians were killed in the raid.", "killed").value == 12
    assert _one("Hundreds were wounded in the blast.", "injured").value == 100
    assert _one("Several soldiers were killed.", "killed").value == 3
    assert _one("Scores of people died in the fighting.", "killed").value == 20


def test_at_least_is_conservative_and_hedged() -> None:
    f = _one("At least 4 people were killed in the strike.", "killed")
    assert f.value == 4 and f.hedged


def test_attribution_said_and_according_to() -> None:
    f = _one("The strike killed 7 people, the Syrian Observatory for Human Rights said.", "killed")
    assert f.attribution == "Syrian Observatory for Human Rights" and not f.hedged
    f = _one("According to the White Helmets, 9 civilians died.", "killed")
    assert f.value == 9 and f.attribution == "White Helmets"
    assert _one("SANA reported that 1,500 families were displaced.", "displaced").attribution == "SANA"


def test_denial_is_recorded_and_not_counted() -> None:
    text = "State television denied that 30 soldiers had been killed."
    f = _one(text, "killed")
    assert f.denied and f.value == 30 and f.attribution == "State television"
    assert fatalities_for(_figs(text), 0, len(text)) is None


def test_fatalities_for_conventions() -> None:
    text = "The attack killed five people, including three children. 12 others were injured."
    assert fatalities_for(_figs(text), 0, len(text)) == 5
    text = "Clashes resulted in 3 fatalities."
    assert fatalities_for(_figs(text), 0, len(text)) == 3
    text = "Police dispersed the protest. No fatalities were reported."
    assert fatalities_for(_figs(text), 0, len(text)) == 0
    text = "Police dispersed the protest near the market."
    assert fatalities_for(_figs(text), 0, len(text)) is None


def test_sources_disagree_lowest_wins() -> None:
    text = ("The monitor said 20 people were killed in the strike. "
            "Local officials said 14 people were killed.")
    assert fatalities_for(_figs(text), 0, len(text)) == 14


def test_dates_are_not_counts() -> None:
    assert _figs("On 4 May the army arrived in the town.") == []


def test_single_victims_and_unknown_numbers() -> None:
    text = "Shelling hit a house, killing a teacher and his son."
    assert fatalities_for(_figs(text), 0, len(text)) == 2
    text = "The strike left an unknown number of fighters dead."
    assert _one(text, "killed").value == 10


def test_hedged_by_reportedly() -> None:
    f = _one("Eleven people were reportedly killed in the village.", "killed")
    assert f.value == 11 and f.hedged


def test_a_subset_with_no_total_is_the_count() -> None:
    from dateline.nlp import get_nlp

    text = "The agency reported more casualties, including four deaths from shelling at a dormitory."
    figs = find_figures(text, get_nlp()(text))
    assert [(f.kind, f.value) for f in figs] == [("killed", 4)]
    text = "The strike killed 10 people, including 3 children, medics said."
    figs = find_figures(text, get_nlp()(text))
    assert [(f.kind, f.value) for f in figs] == [("killed", 10)]
