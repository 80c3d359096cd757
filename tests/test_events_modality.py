"""What is an event and what is talk about one, on our own example texts (no ../shared needed).

Each text is long enough (more than eight sentences) to be read sentence by sentence, as
an article, not typed whole like a short note; the filler sentences carry no event.
"""
from __future__ import annotations

from dateline.model import Document, Event
from dateline.pipeline import extract_one

FILLER = (" The town lies on the river. Its market is the largest in the province."
          " Many families live from farming. The road to the capital is long."
          " Schools reopened last autumn. The region has a mild climate."
          " Traders sell vegetables there. The bridge is old.")


def article(*sentences: str, published: str = "2024-03-10") -> list[Event]:
    text = " ".join(sentences) + FILLER
    return extract_one(Document(id="t", text=text, published=published)).events


def subs(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


def from_words(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if words in e.evidence.text]


def test_nobody_claiming_an_attack_is_no_claim() -> None:
    events = article("A drone strike hit the market on Saturday, killing seven civilians.",
                     "No group claimed the attack.")
    assert "Claim of responsibility" not in subs(events)
    assert subs(events)[0] == "Air/drone strike"


def test_a_denied_event_is_not_an_event() -> None:
    events = article("The ministry on Sunday denied that its aircraft had carried out any strike on the market.",
                     "State television denied claims that rebels had entered the city.")
    assert not [e for e in events if e.event_type != "Diplomacy"], subs(events)


def test_a_witness_quote_is_colour_not_an_event() -> None:
    events = article("A drone strike hit the market on Saturday, killing seven civilians.",
                     '"We were buying bread when the first explosion came," said a mother of four.')
    assert "Remote explosive/landmine/IED" not in subs(events)


def test_weapons_sent_are_not_weapons_fired() -> None:
    events = article("Rebel commanders said it was time to send them more advanced weapons, "
                     "including anti-aircraft missiles.")
    assert "Shelling/artillery/missile attack" not in subs(events)


def test_willing_to_discuss_a_ceasefire_is_no_agreement() -> None:
    events = article("The government said on Friday that it was willing to discuss a ceasefire agreement.")
    assert "Agreement" not in subs(events)


def test_a_since_clause_is_background() -> None:
    events = article("Residents blamed government aircraft, which have flown daily over the countryside "
                     "since fighting with the militia resumed this month.")
    assert not events, subs(events)


def test_wounded_taken_to_hospital_is_no_capture() -> None:
    events = article("Several of the wounded were taken by road to the provincial hospital on Sunday.")
    assert not [s for s in subs(events) if "territory" in s], subs(events)


def test_taking_a_district_is_a_change_of_control() -> None:
    events = article("On Sunday, army troops took the northern district after heavy fighting.")
    assert subs(events)[0] == "Government regains territory"


def test_a_word_inside_a_group_name_is_no_trigger() -> None:
    events = article("Government troops and fighters of the Northern Liberation Front clashed for several "
                     "hours on the outskirts of the town on Sunday.")
    assert subs(events)[0] == "Armed clash", subs(events)


def test_missiles_fired_by_a_drone_are_the_air_strike() -> None:
    events = article("A drone strike hit the market on Saturday morning, killing seven civilians.",
                     "Witnesses said the drone fired two missiles into the market shortly after 9 a.m.",
                     published="2024-03-09")
    assert subs(events) == ["Air/drone strike"], subs(events)


def test_a_later_mention_of_the_offensive_is_not_a_new_event() -> None:
    events = article("Rebels captured the town of Kafr Saleh on Friday.",
                     "The offensive comes at a time when the army is stretched on other fronts.")
    assert not from_words(events, "The offensive comes"), subs(events)


def test_a_bare_toll_counts_the_event_before_it() -> None:
    events = article("Government troops and militia fighters clashed near the border crossing on Sunday.",
                     "At least eight people were killed, five of them fighters and three soldiers.")
    assert subs(events) == ["Armed clash"], subs(events)
    assert events[0].fatalities == 8


def test_the_place_of_the_event_clause_wins_over_the_speaker() -> None:
    events = article("Moscow confirmed on Friday that a Russian military adviser was killed in Syria.")
    assert events and events[0].location is not None
    assert events[0].location.country_code == "SY", events[0].location


def test_a_history_strike_dated_by_another_sentence_is_dropped() -> None:
    events = article("On Sunday, army troops took the northern district after heavy fighting.",
                     "The push was preceded by heavy air strikes over the last several weeks.",
                     published="2024-03-11")
    assert "Air/drone strike" not in subs(events), subs(events)


def test_an_attack_on_a_town_with_no_civilian_in_sight_is_a_battle() -> None:
    events = article("On Friday the rebel force launched two-pronged attacks on the western districts of the city.")
    assert events and events[0].sub_event_type == "Armed clash", subs(events)


def test_an_attack_on_villagers_stays_violence_against_civilians() -> None:
    events = article("On Friday gunmen attacked villagers in their homes near the river, killing four men.")
    assert events and events[0].sub_event_type == "Attack", subs(events)


def test_a_governments_characterisation_is_no_event() -> None:
    events = article("The neighbouring government said there was no point to talks while the air force "
                     "carried out attacks in the country.")
    assert not [e for e in events if e.event_type != "Diplomacy"], subs(events)


def test_a_witness_account_inside_what_was_said_stays_a_report() -> None:
    events = article("Government troops and militia fighters clashed near the border crossing on Sunday.",
                     "Residents said they sheltered in basements as mortar rounds landed near the silos.")
    assert "Shelling/artillery/missile attack" in subs(events), subs(events)


def test_text_with_no_word_the_model_knows_has_no_event() -> None:
    from dateline.model import Document
    from dateline.pipeline import extract_one
    # What UTF-8 read as UTF-16 looks like: no trigger, no known word.
    garbled = "\u6e4f\u4d20\u6e6f\u6164\u2079\u6572\u6562\u736c"
    assert extract_one(Document(id="g", text=garbled, published="2024-11-30")).events == []
