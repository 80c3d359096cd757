"""Place names in the shapes ACLED notes write them (texts written for these tests)."""
from __future__ import annotations

import pytest

from dateline.extract.places import Geoparser, get_geoparser, location_for_span
from dateline.extract.places.acled_style import acled_spans, acronym
from dateline.extract.places.gazetteer import haversine_km
from dateline.nlp import get_nlp


@pytest.fixture(scope="module")
def geo() -> Geoparser:
    return get_geoparser()


def _location(geo: Geoparser, text: str) -> tuple[str, float, float]:
    loc = location_for_span(text, geo.find(text, get_nlp()(text)), 0, len(text))
    assert loc is not None and loc.place.lat is not None and loc.place.lon is not None
    return loc.place.text, loc.place.lat, loc.place.lon


def test_city_quarter_resolves_to_the_city(geo: Geoparser) -> None:
    text = "On 3 May 2022, a blast hit a market in Sanaa - Qa al Yahud (Al Wahdah). Casualties unknown."
    name, lat, lon = _location(geo, text)
    assert name == "Sanaa - Qa al Yahud"
    assert haversine_km(lat, lon, 15.35, 44.21) < 10


def test_city_quarter_inside_brackets(geo: Geoparser) -> None:
    text = "On 4 May 2022, nurses rallied at the Central Hall (Seoul City - Mapo) over pay."
    _name, lat, lon = _location(geo, text)
    assert haversine_km(lat, lon, 37.57, 126.98) < 15


def test_whole_bracket_names_one_division_with_a_comma(geo: Geoparser) -> None:
    # "(Bogota, D.C.)" is Colombia's capital district, not Washington's.
    text = "On 5 May 2022, in Bogota - Suba (Bogota, D.C.), students marched to the ministry."
    _name, lat, lon = _location(geo, text)
    assert haversine_km(lat, lon, 4.61, -74.08) < 25


def test_datelines_and_lists_are_not_city_quarters(geo: Geoparser) -> None:
    for text in ("SPRINGFIELD - The city is seeking bids.", "ATLANTA - A former pastor was buried.",
                 "from Canada - Sault Ste. Marie, Ontario, to Maine"):
        assert not [s for s in acled_spans(geo.gaz, text) if " - " in text[s[0]:s[1]]]


def test_coded_to_names_the_location(geo: Geoparser) -> None:
    text = ("On 6 May 2022, supporters held a rally in Jabal Ash Sharq district (coded to Al Jumah) "
            "(Dhamar) in support of the leadership.")
    name, lat, lon = _location(geo, text)
    assert name == "Al Jumah"
    assert haversine_km(lat, lon, 14.74, 43.96) < 10


def test_name_called_a_city(geo: Geoparser) -> None:
    text = "On 7 May 2022, residents protested in the main square in As-Sweida city over fuel prices."
    name, lat, lon = _location(geo, text)
    assert name == "As-Sweida"
    assert haversine_km(lat, lon, 32.71, 36.57) < 10
    assert not acled_spans(geo.gaz, "The city council met. Any city may apply.")


def test_acronyms_in_brackets_are_not_places(geo: Geoparser) -> None:
    assert acronym(geo.gaz, "SADD") and not acronym(geo.gaz, "UAE")
    text = "Members of the Solidarity Against Disability Discrimination (SADD) rallied in Seoul."
    places = geo.find(text, get_nlp()(text))
    assert not [p for p in places if p.text == "SADD"]


def test_attacker_demonym_is_no_evidence_for_the_place(geo: Geoparser) -> None:
    # "Russian forces" names the attacker: Donetsk here is Ukraine's, not the Russian town.
    for text in ("On 8 May 2022, Russian military forces shelled Donetsk. Casualties unknown.",
                 "On 9 May 2022, Russian and Ukrainian military clashed near Donetsk. Casualties unknown."):
        places = [p for p in geo.find(text, get_nlp()(text)) if p.text == "Donetsk"]
        assert places and places[0].country_code == "UA"


def test_division_after_a_comma_is_not_the_location(geo: Geoparser) -> None:
    # "Arsi" is the zone of the unknown village the note was coded to; the woreda
    # named before it is the finer place.
    text = ("On 2 June 2022, gunmen attacked farmers in Jeju woreda (location coded to Ulaanbaatar Qala, "
            "Arsi, Oromia), killing 2.")
    name, lat, lon = _location(geo, text)
    assert name == "Jeju"
    assert haversine_km(lat, lon, 8.28, 39.70) < 25


def test_acled_place_in_a_division_acled_spells_its_own_way(geo: Geoparser) -> None:
    # The ACLED training rows put Tuz Khurma in "Sala al-Din" and Al Kifl (on the Najaf
    # border) in "Babylon"; GeoNames says "Salah ad Din" and "Babil".
    text = "On 3 June 2022, an IED struck a patrol in Tuz Khurma, Salah Al Din. 1 fatality."
    places = geo.find(text, get_nlp()(text))
    tuz = [p for p in places if p.text == "Tuz Khurma"]
    assert tuz and tuz[0].lat is not None
    assert haversine_km(tuz[0].lat, tuz[0].lon, 34.88, 44.63) < 10
    text = "On 3 June 2022, tribesmen clashed in Al Kifl district, Babil. 3 injured."
    kifl = [p for p in geo.find(text, get_nlp()(text)) if p.text == "Al Kifl"]
    assert kifl and kifl[0].lat is not None and haversine_km(kifl[0].lat, kifl[0].lon, 32.23, 44.38) < 10


def test_known_name_before_a_bracket_is_a_place(geo: Geoparser) -> None:
    text = "On 4 June 2022, Israeli forces raided Maythalun (Jenin West Bank) and arrested two men."
    name, lat, lon = _location(geo, text)
    assert name == "Maythalun"
    assert haversine_km(lat, lon, 32.35, 35.27) < 10


def test_ukrainian_spelling_variants_meet(geo: Geoparser) -> None:
    from dateline.extract.places.names import fold, skeleton

    assert skeleton(fold("Maiorsk")) == skeleton(fold("Mayorsk"))
    assert skeleton(fold("Novoukrainka")) == skeleton(fold("Novoukrayinka"))
    assert skeleton(fold("Idleb")) == skeleton(fold("Idlib"))


def test_local_language_division_names(geo: Geoparser) -> None:
    # pycountry's "Puglia" is GeoNames' "Apulia": Bari (Puglia) is Italy's, not Somalia's region.
    text = "On 10 May 2022, thousands of workers marched through Bari (Puglia) against the budget."
    _name, lat, lon = _location(geo, text)
    assert haversine_km(lat, lon, 41.12, 16.87) < 25


def test_arabic_qualifiers_match_their_english_translation(geo: Geoparser) -> None:
    from dateline.extract.places.names import qualifier_variants

    assert "Jurdi al sharqi" in qualifier_variants("Eastern Jurdi")
    assert qualifier_variants("Jurdi") == [] and qualifier_variants("Eastern") == []
    text = "On 5 June 2022, tribal forces attacked positions on the outskirts of Eastern Jurdi town."
    places = [p for p in geo.find(text, get_nlp()(text)) if p.text.startswith("Eastern Jurdi")]
    assert places and places[0].lat is not None
    assert haversine_km(places[0].lat, places[0].lon, 34.87, 40.64) < 10


def test_countryside_names_the_province_of_the_place(geo: Geoparser) -> None:
    # No Al-Qasr in Aleppo province is known: not the one in Jordan.
    text = "On 6 June 2022, regime forces shelled Al-Qasr town in Aleppo countryside with artillery."
    qasr = [p for p in geo.find(text, get_nlp()(text)) if p.text == "Al-Qasr"]
    assert qasr and qasr[0].country_code != "JO"
