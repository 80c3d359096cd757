"""Which member of the protest family a short report describes (ACLED's definitions)."""
from __future__ import annotations

import pytest

from dateline.extract.events import code_events
from dateline.extract.events.detect import sentences
from dateline.extract.events.protests import (
    EXCESSIVE_FORCE, INTERVENTION, PEACEFUL, VIOLENT, refine_protest)
from dateline.model import Document, Extraction
from dateline.nlp import parse


def refined(text: str, sub: str) -> str:
    sdoc = parse(text)
    return refine_protest(sentences(sdoc), text, sub)


@pytest.mark.parametrize("text", [
    "Four protesters died from gunfire overnight during a demonstration outside the consulate.",
    "More than twenty demonstrators were killed when soldiers broke up the sit-in on Monday.",
    "Police used excessive force to break up a peaceful march by nurses in the capital.",
    "Several people were injured after riot police violently dispersed the rally on Friday.",
    "Two people died in the protest crackdown, and thousands kept marching in the city.",
])
def test_protesters_killed_or_hurt_by_force_is_excessive_force(text: str) -> None:
    assert refined(text, PEACEFUL) == EXCESSIVE_FORCE
    assert refined(text, INTERVENTION) == EXCESSIVE_FORCE


@pytest.mark.parametrize("text", [
    "Police fired tear gas to disperse hundreds of teachers rallying outside parliament.",
    "Water cannon was used against a crowd of students marching on the ministry.",
    "Officers arrested a dozen protesters at a vigil outside the court on Tuesday.",
])
def test_restraint_without_harm_is_intervention(text: str) -> None:
    assert refined(text, PEACEFUL) == INTERVENTION


@pytest.mark.parametrize("text, sub", [
    # The demonstrators' own violence: the classifier's reading stands.
    ("Rioters threw stones at police and torched cars; two protesters were killed.", VIOLENT),
    ("Rioters threw stones at police and torched cars; two protesters were killed.", PEACEFUL),
    # Victims who are not demonstrators ("students killed in a road accident").
    ("Demonstrations over two students killed in a road accident spread across the country.", PEACEFUL),
    # An arrest that is the protest's cause, not its end.
    ("Residents protested outside the court to demand the release of a detained activist.", PEACEFUL),
    # A peaceful march stays one.
    ("Thousands marched peacefully through the capital to demand cleaner air.", PEACEFUL),
    # Never leaves the family: an air strike is an air strike.
    ("Four protesters died when jets bombed the square.", "Air/drone strike"),
])
def test_reading_kept_when_the_words_do_not_decide(text: str, sub: str) -> None:
    assert refined(text, sub) == sub


def test_short_report_of_protesters_shot_is_excessive_force() -> None:
    text = "Security forces opened fire on protesters in the capital on Sunday, killing three of them."
    doc = Document(id="t", text=text, published="2024-03-10")
    events = code_events(Extraction(doc=doc), parse(text))
    assert events and events[0].sub_event_type == EXCESSIVE_FORCE
    assert events[0].event_type == "Protests"
