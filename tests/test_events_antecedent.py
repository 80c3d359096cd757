"""Actors told in earlier sentences: "it began with ..." and "X led the offensive"
(sentences are our own writing)."""
from __future__ import annotations

from dateline.model import Document
from dateline.pipeline import extract_one


def _events(text: str, published: str = "2023-05-06"):  # type: ignore[no-untyped-def]
    return extract_one(Document(id="t", text=text, published=published)).events


REPORT = (
    "Rebel fighters launched a new offensive on the Syrian town of Saraqib on Friday, "
    "after weeks of preparation.\n\n"
    "Residents said the streets were empty and shops had closed early.\n\n"
    "It began with dozens of rockets fired on army positions east of Saraqib.\n\n"
    "The United Nations called for restraint.\n"
)


def test_it_began_with_takes_the_operations_actor() -> None:
    events = _events(REPORT)
    rockets = [e for e in events if "rockets" in e.evidence.text]
    assert rockets, [(e.sub_event_type, e.evidence.text[:50]) for e in events]
    assert rockets[0].actor1 == "Opposition Rebels (Syria)"


def test_a_subject_that_is_no_reference_back_keeps_its_own_actor() -> None:
    text = REPORT.replace("It began with dozens of rockets fired", "Dozens of rockets were fired")
    events = _events(text)
    rockets = [e for e in events if "rockets" in e.evidence.text]
    assert rockets and rockets[0].actor1 != "Opposition Rebels (Syria)"


LED = (
    "Rebels captured the Syrian town of Saraqib on Friday after heavy clashes with the army.\n\n"
    "The jihadist group Hayat Tahrir al-Sham led the offensive, which began on Wednesday.\n\n"
    "Insurgents also seized two villages east of Saraqib on Saturday.\n"
)


def test_the_leader_of_the_offensive_is_actor1_of_the_rebels_captures() -> None:
    events = _events(LED)
    captures = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert captures, [(e.sub_event_type, e.actor1) for e in events]
    assert all(e.actor1 == "HTS: Hayat Tahrir al Sham" for e in captures), [e.actor1 for e in captures]


def test_without_a_leader_the_rebels_stay_rebels() -> None:
    text = LED.replace("The jihadist group Hayat Tahrir al-Sham led the offensive",
                       "Hayat Tahrir al-Sham praised the offensive")
    captures = [e for e in _events(text) if e.sub_event_type == "Non-state actor overtakes territory"]
    assert captures and all(e.actor1 == "Opposition Rebels (Syria)" for e in captures), \
        [e.actor1 for e in captures]


def test_counts_of_the_displaced_go_with_the_main_event_and_the_output_lists_every_figure() -> None:
    text = ("Government forces captured the town of Saraqib in Syria on Friday after heavy clashes "
            "with rebels.\n\nAid groups said at least 3,000 people have fled the town since Thursday.\n\n"
            "Shops stayed closed across the province.\n\nTalks were expected next week.\n")
    ext = extract_one(Document(id="t", text=text, published="2023-05-06"))
    assert ext.events, ext.events
    displaced = [f for f in ext.events[0].figures if f.kind == "displaced"]
    assert [f.value for f in displaced] == [3000]
    out = ext.to_json()
    assert [f["value"] for f in out["figures"] if f["kind"] == "displaced"] == [3000]
    assert any(a["name"] == "Opposition Rebels (Syria)" for a in out["actors"])


def test_residents_who_tell_of_shelling_are_witnesses_not_attackers() -> None:
    text = ("Government troops and rebels clashed for several hours on the outskirts of Saraqib "
            "in Syria on Sunday.\n\nAt least eight people were killed, according to a monitor.\n\n"
            "Residents of the eastern neighbourhoods said they sheltered in basements as mortar "
            "rounds landed near the grain silos.\n")
    events = extract_one(Document(id="t", text=text, published="2023-05-08")).events
    assert any(e.sub_event_type == "Armed clash" for e in events), [(e.sub_event_type, e.actor1) for e in events]
    assert all(e.actor1 != "Civilians (Syria)" for e in events), [(e.sub_event_type, e.actor1) for e in events]


def test_civilians_killed_by_a_drone_are_its_target() -> None:
    text = ("Eleven civilians were killed when a drone struck the vegetable market in Saraqib, Syria, "
            "on Saturday, a monitor said.\n\nHospitals in the town are short of blood.\n\n"
            "The strike came a day before heavy fighting broke out further south.\n")
    events = extract_one(Document(id="t", text=text, published="2023-05-08")).events
    strike = [e for e in events if "drone" in e.evidence.text]
    assert strike and strike[0].actor2 == "Civilians (Syria)" and strike[0].actor1 != "Rioters (Syria)"
    assert strike[0].fatalities == 11


def test_residents_who_report_a_takeover_are_not_its_target() -> None:
    text = ("Fighters of the Euphrates Liberation Front took control of the village of Baghuz on "
            "Wednesday after government forces pulled back towards Al-Bukamal, residents and a "
            "monitoring group said.\n\nVideos showed armed men raising a flag.\n")
    events = extract_one(Document(id="t", text=text, published="2025-03-12")).events
    assert events and events[0].actor1 == "Euphrates Liberation Front"
    assert all(e.actor2 is None or not e.actor2.startswith("Civilians") for e in events), \
        [(e.sub_event_type, e.actor2) for e in events]


def test_no_chemical_attack_without_a_word_of_chemicals() -> None:
    text = ("Death toll in market strike rises to eleven\n\nEleven civilians were killed when a drone "
            "struck the vegetable market in Al-Mayadin, Syria, on Saturday, a monitor said.\n\n"
            "Hospitals in the town are short of blood and anaesthetics, a doctor said.\n")
    events = extract_one(Document(id="t", text=text, published="2025-03-09")).events
    assert events and all(e.sub_event_type != "Chemical weapon" for e in events), \
        [e.sub_event_type for e in events]
    gas = extract_one(Document(id="g", text="Helicopters dropped barrels of chlorine gas on the neighbourhood.",
                               published="2025-03-09")).events
    assert gas and gas[0].sub_event_type == "Chemical weapon"

