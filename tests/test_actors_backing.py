"""Helpers, deployments and the main act of a sentence (texts are our own writing)."""
from __future__ import annotations

from dateline.extract.actors import RolePair, assign_roles, find_actors
from dateline.model import Document, Event, Place
from dateline.nlp import get_nlp
from dateline.pipeline import extract_documents

FILLER = " Residents fled the area. The United Nations said aid was needed. Officials met in Geneva."


def _events(text: str, published: str = "2016-02-05") -> list[Event]:
    ext = next(iter(extract_documents([Document(id="t", text=text, published=published)])))
    return ext.events


def _with(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if words in e.evidence.text]


def test_a_trigger_in_a_backing_phrase_is_not_the_act() -> None:
    text = ("Fighting went on in northern Syria this week. The army, backed by Russian air strikes, "
            "advanced on the town of Nubl on Wednesday." + FILLER)
    found = _with(_events(text), "backed by Russian air strikes")
    assert found, _events(text)
    assert all(e.sub_event_type != "Air/drone strike" for e in found), [e.sub_event_type for e in found]
    assert found[0].actor1 is not None and found[0].actor1.startswith("Military Forces of Syria")


def test_strikes_that_pound_someone_are_the_act() -> None:
    text = ("Fighting went on in northern Syria this week. Rebels pounded by Russian air strikes "
            "retreated from the town of Nubl on Wednesday." + FILLER)
    strikes = [e for e in _with(_events(text), "pounded by") if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Military Forces of Russia (2000-)"


def _roles_at(text: str, trigger_word: str) -> RolePair:
    sdoc = get_nlp()(text)
    actors = find_actors(text, sdoc, [], year=2024)
    return assign_roles(sdoc, 0, len(text), actors, next(t.i for t in sdoc if t.text == trigger_word))


def test_forces_deployed_without_agent_are_actor1_and_the_side_helped_is_no_target() -> None:
    pair = _roles_at("Russian air support has already been deployed to assist Syrian forces in repelling "
                     "the rebel incursion.", "deployed")
    assert pair.actor1 is not None and pair.actor1.name == "Military Forces of Russia (2000-)"
    assert pair.actor1.text == "Russian air support"
    assert pair.actor2 is None or "Syria" not in pair.actor2.name
    pair = _roles_at("Turkish troops were deployed to the border on Monday.", "deployed")
    assert pair.actor1 is not None and pair.actor1.name.startswith("Military Forces of Turkey")


def test_the_target_of_an_attack_is_still_actor2() -> None:
    pair = _roles_at("Russian jets attacked Syrian rebels near the border on Monday.", "attacked")
    assert pair.actor1 is not None and pair.actor1.name.startswith("Military Forces of Russia")
    assert pair.actor2 is not None and pair.actor2.name == "Opposition Rebels (Syria)"


def test_a_participle_clause_takes_the_subject_of_the_clause_it_hangs_on() -> None:
    # the parser hangs the group on the source's verb; the clause describing the group still
    # makes it the actor, and "added to the pressure" is no report
    text = ("The powerful Kurdish YPG militia, which controls much of the north, meanwhile added to the "
            "pressure on insurgents, capturing two villages near the border, a monitoring group reported.")
    pair = _roles_at(text, "capturing")
    assert pair.actor1 is not None and pair.actor1.name.startswith("YPG"), pair
    assert pair.actor2 is None or pair.actor2.name != pair.actor1.name


def test_a_source_after_the_fact_is_still_no_actor() -> None:
    pair = _roles_at("Rebels shelled the town on Monday, the army added.", "shelled")
    assert pair.actor1 is not None and pair.actor1.text == "Rebels"
    pair = _roles_at("The minister added that rebels attacked the town.", "attacked")
    assert pair.actor1 is not None and pair.actor1.text == "rebels"


def test_who_claims_to_have_taken_ground_took_it() -> None:
    pair = _roles_at("On Sunday, the Turkish forces claimed to have taken a neighbouring district.", "taken")
    assert pair.actor1 is not None and pair.actor1.name.startswith("Military Forces of Turkey"), pair


def _roles_in_syria(text: str, trigger_word: str) -> RolePair:
    from dateline.model import Place

    sdoc = get_nlp()(text)
    i = text.find("Hama")
    actors = find_actors(text, sdoc, [Place(i, i + 4, "Hama", "Hama", country_code="SY")], year=2016)
    return assign_roles(sdoc, 0, len(text), actors, next(t.i for t in sdoc if t.text == trigger_word))


def test_the_regime_facing_an_offensive_by_a_group_is_its_target() -> None:
    pair = _roles_in_syria("The regime also faced a renewed offensive on an airbase near Hama by the "
                           "Islamic State group.", "offensive")
    assert pair.actor1 is not None and pair.actor1.name.startswith("Islamic State"), pair
    assert pair.actor2 is not None and pair.actor2.name == "Military Forces of Syria (2000-)", pair


def test_regime_positions_are_the_states_forces() -> None:
    pair = _roles_in_syria("Rebels fired hundreds of rockets on regime positions near Hama.", "fired")
    assert pair.actor2 is not None and pair.actor2.name == "Military Forces of Syria (2000-)", pair


def test_the_subject_said_or_reported_to_have_acted_is_actor1() -> None:
    pair = _roles_at("Rebels were said to have attacked the town on Monday.", "attacked")
    assert pair.actor1 is not None and pair.actor1.text == "Rebels", pair
    pair = _roles_at("Gunmen were reported to have killed two villagers on Monday.", "killed")
    assert pair.actor1 is not None and pair.actor1.text == "Gunmen", pair
    assert pair.actor2 is not None and pair.actor2.text == "villagers"



def test_regime_change_is_no_actor() -> None:
    from dateline.model import Place

    text = "Rebels near Hama called for regime change."
    sdoc = get_nlp()(text)
    i = text.find("Hama")
    found = find_actors(text, sdoc, [Place(i, i + 4, "Hama", "Hama", country_code="SY")], year=2016)
    assert not any(a.text == "regime" for a in found), found


def _pair(text: str, trigger_word: str) -> RolePair:
    """Roles at the trigger word in a report placed in Syria (so 'the army' is Syria's)."""
    sdoc = get_nlp()(text)
    i = text.find("Idlib")
    places = [Place(i, i + 5, "Idlib", "Idlib", country_code="SY")]
    actors = find_actors(text, sdoc, places, year=2016)
    return assign_roles(sdoc, 0, len(text), actors, next(t.i for t in sdoc if t.text == trigger_word))


def test_allies_inside_a_help_phrase_are_neither_side() -> None:
    text = ("With the help of Russian air power and allies including Lebanon's Hezbollah, "
            "the Syrian army is regaining ground near Idlib.")
    pair = _pair(text, "regaining")
    assert pair.actor1 is not None and pair.actor1.name == "Military Forces of Syria (2000-)"
    assert pair.actor2 is None or "Hezbollah" not in pair.actor2.name


def test_support_asked_from_someone_is_no_help() -> None:
    # "demanded support from X": X is asked, not a helper; it stays the target.
    text = "Village officials demanded support from the Syrian government near Idlib."
    pair = _pair(text, "demanded")
    assert pair.actor2 is not None and pair.actor2.name.startswith("Government of Syria")


def test_the_side_whose_lines_are_broken_is_the_target() -> None:
    pair = _pair("The army broke through rebel lines near Idlib.", "broke")
    assert pair.actor2 is not None and pair.actor2.name == "Opposition Rebels (Syria)"
