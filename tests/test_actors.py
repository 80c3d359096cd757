"""Actor dictionary, normalisation and event roles (sentences are our own writing)."""
from __future__ import annotations

import pytest

from dateline.extract.actors import RolePair, assign_roles, find_actors, get_dictionary
from dateline.extract.actors.dictionary import load_dictionary
from dateline.model import ActorMention, Place
from dateline.nlp import get_nlp


def _syria_place(text: str) -> list[Place]:
    i = text.find("Idlib")
    return [Place(i, i + 5, "Idlib", "Idlib", country_code="SY")] if i >= 0 else []


def _actors(text: str, year: int | None = 2020) -> tuple[object, list[ActorMention]]:
    sdoc = get_nlp()(text)
    return sdoc, find_actors(text, sdoc, _syria_place(text), year=year)


def _roles(text: str) -> RolePair:
    sdoc, actors = _actors(text)
    return assign_roles(sdoc, 0, len(text), actors)


def _names(actors: list[ActorMention]) -> dict[str, str]:
    return {a.text: a.name for a in actors}


def test_hts_aliases_share_one_name() -> None:
    for alias in ("HTS", "Hayat Tahrir al-Sham", "Tahrir al-Sham"):
        text = f"{alias} fighters stormed a checkpoint near Idlib."
        _, actors = _actors(text)
        assert actors, alias
        assert actors[0].name == "HTS: Hayat Tahrir al Sham", alias
        assert actors[0].kind == "rebel"


def test_syrian_army_aliases_and_period() -> None:
    for alias in ("The Syrian army", "Regime forces", "Assad forces", "The SAA"):
        _, actors = _actors(f"{alias} shelled villages near Idlib.")
        assert actors[0].name == "Military Forces of Syria (2000-)", alias
        assert actors[0].kind == "state" and actors[0].country == "SY"


def test_demonym_and_force_noun() -> None:
    names = _names(_actors("Russian jets and Turkish drones hit targets near Idlib.")[1])
    assert names["Russian jets"].startswith("Military Forces of Russia (")
    assert names["Turkish drones"].startswith("Military Forces of Turkey (")


def test_period_follows_event_year() -> None:
    d = get_dictionary()
    assert d.with_period("Police Forces of Nigeria", 2024) == "Police Forces of Nigeria (2023-)"
    assert d.with_period("Police Forces of Nigeria", 2019).startswith("Police Forces of Nigeria (2015-")


def test_generic_actors_take_the_documents_country() -> None:
    _, actors = _actors("Gunmen opened fire on villagers near Idlib.")
    names = {a.name for a in actors}
    assert "Civilians (Syria)" in names
    assert "Unidentified Armed Group (Syria)" in names


def test_user_csv_extends_dictionary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "extra.csv"
    f.write_text("alias,name,kind,country\nBlue Wolves,Blue Wolves Brigade,militia,SY\n")
    d = load_dictionary([f])
    text = "The Blue Wolves attacked a convoy near Idlib."
    sdoc = get_nlp()(text)
    actors = find_actors(text, sdoc, _syria_place(text), dictionary=d)
    assert any(a.name == "Blue Wolves Brigade" and a.kind == "militia" for a in actors)


def test_active_roles() -> None:
    r = _roles("HTS fighters attacked Syrian army positions near Idlib on Sunday.")
    assert r.actor1 is not None and r.actor1.name.startswith("HTS")
    assert r.actor2 is not None and r.actor2.name.startswith("Military Forces of Syria")


def test_passive_roles_and_white_helmets_is_a_source() -> None:
    r = _roles("Five civilians were killed by Russian jets near Idlib, the White Helmets said.")
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Russia")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Syria)"


def test_according_to_is_not_an_actor() -> None:
    r = _roles("According to the White Helmets, regime forces shelled a market near Idlib.")
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Syria")
    assert r.actor2 is None or "Civil Defence" not in r.actor2.name


def test_participle_victims_are_actor2() -> None:
    r = _roles("Regime forces shelled a village near Idlib, killing three children.")
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Syria")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Syria)"


def test_political_actors() -> None:
    r = _roles("Jordan and Britain have agreed to hold joint military exercises.")
    assert r.actor1 is not None and r.actor1.text == "Jordan"


def _place(text: str, name: str, code: str) -> list[Place]:
    i = text.find(name)
    return [Place(i, i + len(name), name, name, lat=1.0, lon=1.0, country_code=code, feature="city")]


def _roles_in(text: str, place: str, code: str, year: int = 2023) -> RolePair:
    sdoc = get_nlp()(text)
    actors = find_actors(text, sdoc, _place(text, place, code), year=year)
    return assign_roles(sdoc, 0, len(text), actors)


def test_protest_crowd_is_acled_protesters_of_the_country() -> None:
    r = _roles_in("On 1 March, teachers protested outside the ministry in Rabat over unpaid wages.", "Rabat", "MA")
    assert r.actor1 is not None and r.actor1.name == "Protesters (Morocco)"
    assert r.actor1.text == "teachers"  # the span stays the words that name the crowd
    assert r.actor2 is None  # a peaceful protest has no actor2


def test_riot_and_inferred_crowd() -> None:
    r = _roles_in("On 2 March, a demonstration was held in Nakuru and protesters burned tires on the road.",
                  "Nakuru", "KE")
    assert r.actor1 is not None and r.actor1.name == "Rioters (Kenya)"


def test_passive_killing_without_agent_infers_unidentified_group() -> None:
    r = _roles_in("On 3 March, a farmer was shot and killed near Tibu.", "Tibu", "CO")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Colombia)"
    assert r.actor1 is not None and r.actor1.name == "Unidentified Armed Group (Colombia)"
    assert r.actor1.start == r.actor1.end == -1  # inferred: no words in the text


def test_state_unit_and_country_alias() -> None:
    text = "Turkish gendarmerie forces detained twelve smugglers near Kars."
    sdoc = get_nlp()(text)
    names = {a.text: a.name for a in find_actors(text, sdoc, _place(text, "Kars", "TR"), year=2023)}
    assert names["Turkish gendarmerie forces"] == "Military Forces of Turkey (2016-) Gendarmerie"


def test_directive_and_complement_roles() -> None:
    r = _roles("The PRC demanded that the US cancel plans to sell weapons to Taiwan.")
    assert r.actor1 is not None and r.actor1.text == "PRC"
    assert r.actor2 is not None and r.actor2.text == "US"


def test_env_file_extends_dictionary(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.actors import reset_dictionary

    f = tmp_path / "more.csv"
    f.write_text("Green Hand Brigade,Green Hand Brigade,rebel,SY\n")
    monkeypatch.setenv("DATELINE_ACTORS", str(f))
    reset_dictionary()
    try:
        text = "The Green Hand Brigade shelled a village near Idlib."
        sdoc = get_nlp()(text)
        actors = find_actors(text, sdoc, _syria_place(text))
        assert any(a.name == "Green Hand Brigade" and a.kind == "rebel" for a in actors)
    finally:
        monkeypatch.delenv("DATELINE_ACTORS")
        reset_dictionary()


def test_protest_without_named_crowd_is_inferred() -> None:
    r = _roles_in("On 4 March, a protest was held outside the town hall in Rabat.", "Rabat", "MA")
    assert r.actor1 is not None and r.actor1.name == "Protesters (Morocco)"
    assert r.actor1.start == r.actor1.end == -1


def test_noun_trigger_reads_roles_from_its_clause() -> None:
    text = "Russian warplanes carried out airstrikes on villagers near Idlib."
    sdoc, actors = _actors(text)
    noun = next(t.i for t in sdoc if t.text == "airstrikes")
    r = assign_roles(sdoc, 0, len(text), actors, trigger_token_index=noun)
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Russia")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Syria)"


def test_a_state_units_name_keeps_its_period() -> None:
    d = get_dictionary()
    assert d.with_period("Military Forces of Iran Islamic Revolutionary Guard Corps", 2023) \
        == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert d.with_period("Military Forces of Iraq Popular Mobilization Forces", 2023) \
        == "Military Forces of Iraq (2022-) Popular Mobilization Forces"
    assert d.with_period("Military Forces of Syria", 2016) == "Military Forces of Syria (2000-)"
    sdoc, actors = _actors("Revolutionary Guards fighters deployed near Idlib on Monday.", 2023)
    assert any(a.name == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps" for a in actors), actors


def test_a_generic_force_name_of_one_country_is_not_anothers() -> None:
    text = "Military Police dispersed protesters near Ankara on Monday."
    sdoc = get_nlp()(text)
    i = text.find("Ankara")
    found = find_actors(text, sdoc, [Place(i, i + 6, "Ankara", "Ankara", country_code="TR")], year=2020)
    assert not any("Brazil" in a.name for a in found), found


def test_government_aircraft_are_the_reported_countrys_forces() -> None:
    # "Government planes" in a report on Syria: Syria's air force, not nobody;
    # the Russian planes beside them stay Russia's.
    text = "Government planes, allied with Russian planes, struck opposition positions near Idlib."
    names = _names(_actors(text)[1])
    assert names.get("Government planes") == "Military Forces of Syria (2000-)"
    assert names.get("Russian planes") == "Military Forces of Russia (2000-)"
    # A bare aircraft noun with no state word is not given a country.
    assert "planes" not in _names(_actors("Unmarked planes struck positions near Idlib.")[1])


def test_a_description_before_a_name_is_that_name() -> None:
    # "the Islamist militant group Hayat Tahrir al-Sham" is one actor, HTS, not an
    # Islamist militia and an unidentified armed group besides.
    text = "The Islamist militant group Hayat Tahrir al-Sham led the offensive on Idlib."
    actors = _actors(text)[1]
    assert [a.name for a in actors if a.end <= text.find(" led")] == ["HTS: Hayat Tahrir al Sham"]
    # Without a name after it the description stays an actor of its own.
    assert any(a.name.startswith("Unidentified Armed Group") for a in
               _actors("Militants attacked a checkpoint near Idlib.")[1])


def test_a_named_groups_fighters_are_the_group() -> None:
    text = "The army repelled an attack by Euphrates Liberation Front fighters near Idlib."
    names = _names(_actors(text)[1])
    assert names.get("Euphrates Liberation Front fighters") == "Euphrates Liberation Front"
