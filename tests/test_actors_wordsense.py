"""Names versus ordinary words, and whose nationality a modifier is (sentences are our own)."""
from __future__ import annotations

import pytest

from dateline.extract.actors import find_actors
from dateline.extract.actors.wordsense import is_english_word
from dateline.model import ActorMention, Place
from dateline.nlp import get_nlp


def _actors(text: str, places: list[Place] | None = None, year: int = 2016) -> dict[str, str]:
    sdoc = get_nlp()(text)
    if places is None:
        i = text.find("Hama")
        places = [Place(i, i + 4, "Hama", "Hama", country_code="SY")] if i >= 0 else []
    found: list[ActorMention] = find_actors(text, sdoc, places, year=year)
    return {a.text: a.name for a in found}


def test_english_words_and_names() -> None:
    assert is_english_word("peace") and is_english_word("universities") and is_english_word("pirates")
    assert not is_english_word("nusra") and not is_english_word("shabiha")


@pytest.mark.parametrize("text", [
    "Peace talks near Hama were put on hold on Monday.",
    "Peace Talks Collapse As Fighting Rages Near Hama",
    "Peace returned to the villages near Hama after the truce.",
    "Both sides agreed on a Peace plan for Hama on Monday.",
])
def test_a_common_word_alias_is_not_the_group(text: str) -> None:
    # "Peace" is an alias of Iraq's Peace Companies in ACLED notes; here it is the word
    assert "Peace Companies" not in _actors(text).values(), _actors(text)


def test_a_common_word_alias_naming_a_group_still_matches() -> None:
    assert _actors("Fighters of the Peace Companies shelled a village near Hama.").get("Peace Companies") \
        == "Peace Companies"
    assert _actors("Peace fighters shelled a village near Hama on Monday.").get("Peace fighters") \
        == "Peace Companies"


def test_names_the_recogniser_knows_keep_matching() -> None:
    # WordNet lists "Hezbollah": the word test alone must not drop it
    found = _actors("Hezbollah positions near Hama were hit by air strikes.")
    assert found.get("Hezbollah") == "Hezbollah", found
    found = _actors("Hezbollah fired rockets at a village near Hama.")
    assert found.get("Hezbollah") == "Hezbollah", found


def test_a_place_alias_is_the_place_unless_a_force_noun_follows() -> None:
    text = "Fighting continued in Tigray on Monday, and Tigray forces advanced."
    first = text.find("Tigray")
    second = text.find("Tigray", first + 1)
    places = [Place(first, first + 6, "Tigray", "Tigray", country_code="ET"),
              Place(second, second + 6, "Tigray", "Tigray", country_code="ET")]
    sdoc = get_nlp()(text)
    found = find_actors(text, sdoc, places, year=2021)
    assert not [a for a in found if a.start == first], found
    assert [a for a in found if a.start == second and a.name.startswith("TPLF")], found


def test_nationality_before_a_rebel_word_is_the_rebels() -> None:
    found = _actors("Syrian rebel groups launched a new offensive on Hama on Friday.")
    assert found.get("Syrian rebel groups") == "Opposition Rebels (Syria)", found
    assert not any(name.startswith("Government of Syria") for name in found.values()), found
    found = _actors("A Syrian rebel offensive has led to fighters seizing parts of Hama.")
    assert not any(name.startswith("Government of Syria") for name in found.values()), found
    assert "Opposition Rebels (Syria)" in found.values()


def test_rebel_word_before_other_nouns_stays_short() -> None:
    found = _actors("Government forces cut a major rebel supply route into Hama, and rebel commanders fled.")
    assert found.get("rebel commanders") == "Opposition Rebels (Syria)", found
    assert "rebel supply route" not in found


def test_a_renamed_group_takes_the_name_of_the_reports_date() -> None:
    text = "Fighters of Fatah al-Sham and the Nusra Front shelled a village near Hama."
    sdoc = get_nlp()(text)
    places = [Place(text.find("Hama"), text.find("Hama") + 4, "Hama", "Hama", country_code="SY")]

    def names(date: str | None, year: int | None = None) -> set[str]:
        return {a.name for a in find_actors(text, sdoc, places, year=year, date=date)
                if "Sham" in a.text or "Nusra" in a.text}

    assert names("2016-10-28") == {"Jabhat Fateh al Sham"}  # renamed from Nusra on 28 July 2016
    assert names("2016-03-01") == {"Jabhat al Nusra"}
    assert names("2017-02-10") == {"HTS: Hayat Tahrir al Sham"}  # HTS formed on 28 January 2017
    assert names(None, 2024) == {"HTS: Hayat Tahrir al Sham"}
    assert names(None) == {"HTS: Hayat Tahrir al Sham"}  # no date: today's name


def test_a_state_body_belongs_to_the_country_its_name_says() -> None:
    found = _actors("However, Turkish Foreign Ministry spokesperson Oncu Keceli denied any role near Hama.")
    ministry = [name for text, name in found.items() if "Turkish Foreign Ministry" in text]
    assert ministry and all(name.startswith("Government of Turkey") for name in ministry), found


def test_learned_aliases_do_not_carry_stray_function_words() -> None:
    found = _actors("Al Shabaab is said to have attacked a base near Mogadishu.",
                    [Place(47, 56, "Mogadishu", "Mogadishu", country_code="SO")], 2020)
    assert found.get("Al Shabaab") == "Al Shabaab", found


def test_military_people_of_a_country_are_its_forces() -> None:
    found = _actors("Moscow confirmed a Russian military trainer was killed near Hama, but denied that "
                    "Russian servicemen were fighting on the ground.")
    assert found.get("Russian military trainer") == "Military Forces of Russia (2000-)", found
    assert found.get("Russian servicemen") == "Military Forces of Russia (2000-)", found


def test_individuals_killed_are_civilians_unknown_individuals_are_armed() -> None:
    found = _actors("An airstrike near Hama killed at least four individuals on Sunday.")
    assert found.get("individuals") == "Civilians (Syria)", found
    found = _actors("Unknown individuals shot a shopkeeper near Hama.")
    assert found.get("Unknown individuals", "").startswith("Unidentified Armed Group"), found


def test_a_named_group_takes_its_group_nouns() -> None:
    found = _actors("By the evening, Jaish al-Fatah rebel group said they had taken the district near Hama.")
    assert found.get("Jaish al-Fatah rebel group") == "Jaish al Fatah", found


@pytest.mark.parametrize("text", [
    "The refugee crisis near Hama moved back into focus on Thursday.",
    "According to a volunteer agency near Hama, the strikes went on.",
    "The offensive caught the army off guard near Hama.",
    "Rebels promised the mother of all battles near Hama.",
])
def test_people_nouns_that_name_no_people_are_no_civilians(text: str) -> None:
    assert "Civilians (Syria)" not in _actors(text).values(), _actors(text)


def test_people_nouns_naming_people_stay_civilians() -> None:
    found = _actors("Refugees and aid workers fled Hama on Monday.")
    assert "Civilians (Syria)" in found.values(), found


@pytest.mark.parametrize("text,code,place,expected", [
    ("Government forces killed five militants near Maiduguri on Monday.", "NG", "Maiduguri",
     "Military Forces of Nigeria"),
    ("Government forces killed five militants near Idlib on Monday.", "SY", "Idlib", "Military Forces of Syria"),
    ("Regime forces shelled a town near Caracas.", "VE", "Caracas", "Military Forces of Venezuela"),
])
def test_one_countrys_generic_phrases_name_the_reported_countrys_forces(text: str, code: str, place: str,
                                                                         expected: str) -> None:
    i = text.find(place)
    found = _actors(text, [Place(i, i + len(place), place, place, country_code=code)], 2020)
    forces = [name for mention, name in found.items() if "forces" in mention.lower()]
    assert forces and forces[0].startswith(expected), found


def test_israels_settlers_are_not_every_countrys_settlers() -> None:
    text = "Fulani settlers clashed with farmers near Jos on Monday."
    i = text.find("Jos")
    found = _actors(text, [Place(i, i + 3, "Jos", "Jos", country_code="NG")], 2020)
    assert "Settlers (Israel)" not in found.values(), found
    text = "Settlers attacked a village near Nablus on Monday."
    i = text.find("Nablus")
    found = _actors(text, [Place(i, i + 6, "Nablus", "Nablus", country_code="PS")], 2020)
    # (the document's country is Palestine; Israel's settlers act there)
    assert "Settlers (Israel)" in found.values(), found


def test_a_headlines_capitalised_force_is_no_person() -> None:
    found = _actors("Backed By Russian Jets, Syrian Army Closes In On Hama")
    assert found.get("Russian Jets") == "Military Forces of Russia (2000-)", found
    found = _actors("Army chief General John Smith met a Russian envoy near Hama.")
    assert not any(name.startswith("Military Forces") for text, name in found.items() if "Smith" in text), found


@pytest.mark.parametrize("text,code,place,date,expected", [
    ("Kurdish forces took a district near Aleppo.", "SY", "Aleppo", "2024-11-30", "QSD: Syrian Democratic Forces"),
    ("Kurdish militia advanced near Aleppo.", "SY", "Aleppo", "2015-05-01", "YPG: Peoples Protection Units"),
    ("Kurdish forces took a district near Kirkuk.", "IQ", "Kirkuk", "2023-01-01", "Military Forces of Iraq (2022-) Peshmerga"),
])
def test_kurdish_forces_are_the_local_kurdish_force(text: str, code: str, place: str, date: str,
                                                    expected: str) -> None:
    sdoc = get_nlp()(text)
    i = text.find(place)
    found = find_actors(text, sdoc, [Place(i, i + len(place), place, place, country_code=code)], date=date)
    assert [a.name for a in found if a.text.startswith("Kurdish")] == [expected], found


def test_kurdish_fighters_elsewhere_are_no_syrian_or_iraqi_force() -> None:
    text = "Kurdish fighters attacked a post near Diyarbakir."
    i = text.find("Diyarbakir")
    found = _actors(text, [Place(i, i + 10, "Diyarbakir", "Diyarbakir", country_code="TR")], 2020)
    assert not any("QSD" in n or "Peshmerga" in n for n in found.values()), found
