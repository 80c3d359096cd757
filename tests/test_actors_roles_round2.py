"""Round-2 role rules: sources of a report, victims, unattributed air strikes,
backers, air strikes vs labour strikes, and the main verb over a side clause
(sentences are our own writing)."""
from __future__ import annotations

from dateline.extract.actors import RolePair, assign_roles, find_actors
from dateline.extract.actors.roles import crowd_label
from dateline.model import Place
from dateline.nlp import get_nlp


def _roles_at(text: str, trigger_word: str) -> RolePair:
    sdoc = get_nlp()(text)
    i = text.find("Idlib")
    places = [Place(i, i + 5, "Idlib", "Idlib", country_code="SY")] if i >= 0 else []
    actors = find_actors(text, sdoc, places, year=2020)
    trig = next(t.i for t in sdoc if t.text == trigger_word)
    return assign_roles(sdoc, 0, len(text), actors, trig)


def test_speaker_of_a_report_is_never_an_actor_and_victims_are_actor2() -> None:
    text = "A drone strike hit a crowded bakery in Idlib on Friday, killing four civilians, rescue workers said."
    pair = _roles_at(text, "strike")
    assert pair.actor1 is not None and pair.actor1.text != "rescue workers"
    assert pair.actor2 is not None and pair.actor2.text == "civilians"


def test_unattributed_air_strike_is_unidentified_military_forces() -> None:
    text = "An air strike hit a school in Idlib, killing three civilians, local doctors said."
    pair = _roles_at(text, "strike")
    assert pair.actor1 is not None
    assert pair.actor1.name == "Unidentified Military Forces"
    assert pair.actor1.start == pair.actor1.end == -1  # inferred: no span in the text


def test_air_strikes_are_not_a_protest_but_a_general_strike_is() -> None:
    nlp = get_nlp()
    air = nlp("Russian air strikes pounded rebel positions near Idlib.")
    assert crowd_label(next(t for t in air if t.text == "strikes")) is None
    labour = nlp("Teachers held a general strike in Idlib over unpaid wages.")
    assert crowd_label(next(t for t in labour if t.text == "held")) == "Protesters"


def test_backer_is_neither_side() -> None:
    text = "Government forces backed by Russian warplanes shelled rebel positions near Idlib."
    pair = _roles_at(text, "shelled")
    assert pair.actor2 is None or "Russia" not in pair.actor2.name
    assert pair.actor1 is not None and pair.actor1.text == "Government forces"


def test_main_verb_wins_over_a_relative_clause_trigger() -> None:
    text = "Turkey protested to Greece over a fishing boat that was seized by Greek coastguards."
    pair = _roles_at(text, "seized")
    assert pair.actor1 is not None and pair.actor1.text == "Turkey"


def test_country_in_a_place_position_is_not_an_actor_of_violence() -> None:
    from dateline.extract.actors.roles import _is_place_of_violence
    from dateline.model import ActorMention

    sdoc = get_nlp()("Rebels attacked an army checkpoint in Syria on Monday.")
    head = next(t for t in sdoc if t.text == "Syria")
    syria = ActorMention(head.idx, head.idx + 5, "Syria", "Government of Syria (2012-)", "state", "SY")
    assert _is_place_of_violence(syria, head)
    subj = get_nlp()("Syria rejected the proposal.")
    assert not _is_place_of_violence(ActorMention(0, 5, "Syria", "Government of Syria (2012-)", "state", "SY"),
                                     subj[0])


def test_air_strike_without_named_victims_still_gets_unidentified_military_forces() -> None:
    text = "An airstrike near Idlib destroyed a bridge on Tuesday."
    pair = _roles_at(text, "destroyed")
    assert pair.actor1 is not None and pair.actor1.name == "Unidentified Military Forces"


def test_only_reports_tells_a_source_from_a_speech_act() -> None:
    from dateline.extract.actors.roles import _only_reports

    nlp = get_nlp()
    told = nlp("Seven people died in the blast, local medics said.")
    assert _only_reports(next(t for t in told if t.text == "said"))
    directive = nlp("Russia said Sudan must return the helicopter.")
    assert not _only_reports(next(t for t in directive if t.text == "said"))
    own = nlp("Iraq said it would allow the inspectors back.")
    assert not _only_reports(next(t for t in own if t.text == "said"))
