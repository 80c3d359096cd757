"""Event typing and detection on our own example sentences (no ../shared needed)."""
from __future__ import annotations

import pytest

from dateline.extract.actors import RolePair
from dateline.extract.events import FALLBACK_SALIENCE, code_events
from dateline.extract.events.linking import is_launcher, orient_interception
from dateline.extract.events.detect import sentence_candidates, sentences
from dateline.extract.events.taxonomy import ALL_SUB_TYPES, CASE_CODES, SUB_TO_TYPE, event_type_of
from dateline.extract.events.typemodel import EventTypeModel, MODEL_PATH, get_type_model, normalise
from dateline.model import ActorMention, Document, Event, Extraction, Span
from dateline.nlp import parse


def coded(text: str, published: str | None = "2024-03-10") -> list:
    doc = Document(id="t", text=text, published=published)
    return code_events(Extraction(doc=doc), parse(text))


def test_taxonomy_has_acled_sub_types_and_extensions() -> None:
    acled = [s for s in ALL_SUB_TYPES if SUB_TO_TYPE[s] != s]
    assert len(acled) == 25
    assert len({SUB_TO_TYPE[s] for s in acled}) == 6
    assert set(CASE_CODES.values()) == set(ALL_SUB_TYPES)
    assert event_type_of("Air/drone strike") == "Explosions/Remote violence"
    assert event_type_of("Diplomacy") == "Diplomacy"


def test_shipped_model_loads_compactly() -> None:
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 20_000_000
    model = get_type_model()
    assert model is not None
    assert set(model.labels) <= set(ALL_SUB_TYPES)
    assert len(model.labels) >= 24
    assert normalise("On 12 May  2023,") == "on 00 may 0000,"


@pytest.mark.parametrize("text, sub", [
    ("Government warplanes bombed the market of the town on Monday, killing five people.", "Air/drone strike"),
    ("Army artillery shelled residential districts of the city overnight.", "Shelling/artillery/missile attack"),
    ("Rebel fighters clashed with army troops near the village for several hours.", "Armed clash"),
    ("A suicide bomber blew himself up at a checkpoint, killing three soldiers.", "Suicide bomb"),
    ("A roadside bomb exploded as a military convoy passed on the highway.", "Remote explosive/landmine/IED"),
    ("Thousands of teachers marched through the capital to demand higher wages.", "Peaceful protest"),
    ("Police arrested the opposition leader at his home on Tuesday.", "Arrests"),
    ("Gunmen kidnapped two aid workers on the road to the town.", "Abduction/forced disappearance"),
    ("A man threw a hand grenade into a bar, wounding four customers.", "Grenade"),
    ("Helicopters dropped barrels of chlorine gas on the neighbourhood.", "Chemical weapon"),
    ("The group claimed responsibility for the bombing in a statement on its channel.", "Claim of responsibility"),
    ("A powerful earthquake struck the region, destroying hundreds of houses.", "Natural disaster"),
])
def test_clear_cases_of_each_kind(text: str, sub: str) -> None:
    events = coded(text)
    assert events, text
    assert events[0].sub_event_type == sub, (text, events[0].sub_event_type)
    assert events[0].event_type == event_type_of(sub)
    assert events[0].evidence.text and events[0].evidence.text in text


@pytest.mark.parametrize("sentence", [
    "The rebels vowed to retake the town.",
    "The army will launch an offensive on the city next week.",
    "Officials warned that militants could attack the capital.",
    "The minister said troops did not shell the village.",
])
def test_threats_plans_and_denials_are_not_events(sentence: str) -> None:
    sdoc = parse(sentence)
    assert sentence_candidates(sdoc, sentence) == []
    # A short text still reports one event: only the classifier's guess, marked
    # by the fallback salience, never an event read from the threat's words.
    events = coded(sentence)
    assert len(events) <= 1
    assert all(e.salience == FALLBACK_SALIENCE for e in events)


def test_threat_inside_a_long_report_is_not_an_event() -> None:
    text = " ".join(["The town's market reopened after repairs to the roads and the water network."] * 9
                    + ["The rebels vowed to retake the town."])
    assert [e for e in coded(text) if "vowed" in e.evidence.text] == []


def test_interception_codes_the_interceptor_as_actor1() -> None:
    text = "A drone launched by the rebels was shot down over the town."
    sdoc = parse(text)
    rebels = ActorMention(text.index("the rebels"), text.index("the rebels") + 10, "the rebels", "Rebels", "rebel")
    army = ActorMention(0, 0, "", "Army", "state")  # inferred, no span
    event = Event(event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                  evidence=Span(0, len(text), text), actor1="Rebels", actor2="Army")
    assert is_launcher(sdoc, rebels)
    orient_interception(event, RolePair(rebels, army), sdoc)
    assert (event.actor1, event.actor2) == ("Army", "Rebels")
    # Not an interception: the roles stay as the actors stage read them.
    other = Event(event_type="Battles", sub_event_type="Armed clash", evidence=Span(0, len(text), text),
                  actor1="Rebels", actor2="Army")
    orient_interception(other, RolePair(rebels, army), sdoc)
    assert other.actor1 == "Rebels"


def test_background_history_is_not_todays_event() -> None:
    # A long article: the history sentence must not become an event of the day.
    filler = " ".join(["Residents queued for bread in the old market as prices kept rising."] * 12)
    text = ("Rebel fighters seized the town of Qarya on Saturday after heavy fighting with the army. "
            + filler + " In March 2020 Russia and Turkey negotiated a ceasefire in the province. "
            "The war has raged since 2011.")
    events = coded(text, "2024-11-30")
    assert events
    assert events[0].sub_event_type in ("Non-state actor overtakes territory", "Armed clash")
    assert events[0].date == "2024-11-30" or events[0].date is None or events[0].date.startswith("2024-11")
    for e in events:
        assert "March 2020" not in e.evidence.text
        assert "since 2011" not in e.evidence.text


def test_headline_is_split_from_the_lead() -> None:
    text = "Army Shells Northern Town\nArmy artillery shelled the town of Qarya on Monday. Two died."
    sents = [s.text.strip() for s in sentences(parse(text))]
    assert sents[0] == "Army Shells Northern Town"


def test_model_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    model = get_type_model()
    assert model is not None
    out = tmp_path / "m.npz"
    model.save(out)
    again = EventTypeModel.load(out)
    texts = ["Protesters gathered outside parliament.", "Jets struck the village."]
    assert [p.sub_event_type for p in again.predict(texts)] == [p.sub_event_type for p in model.predict(texts)]


def test_fast_scoring_matches_scikit_learn() -> None:
    import numpy as np

    model = get_type_model()
    assert model is not None
    texts = ["On 3 May 2021, militants ambushed an army patrol near the village, killing 4 soldiers.",
             "Farmers blocked the road with tractors to protest against fuel prices.", "x", ""]
    reference = np.asarray(model.features(texts) @ model.coef) + model.intercept
    assert np.allclose(model.decision(texts), reference, atol=1e-4)
