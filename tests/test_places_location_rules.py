"""Event-location rules on hand-made places (no gazetteer): divisions after commas and
towns that the rest of the clause contradicts."""
from __future__ import annotations

from dateline.extract.places import location_for_span
from dateline.model import Place


def _place(text: str, name: str, feature: str, lat: float, lon: float, admin1: str = "",
           cc: str = "MX", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(start, start + len(name), name, name=name, lat=lat, lon=lon, feature=feature,
                 admin1=admin1 or None, country_code=cc)


def test_town_in_a_division_the_rest_of_the_clause_contradicts_is_skipped() -> None:
    text = "In Culiacan, Sinaloa, a body was found near Presa Verde dam. 1 fatality."
    places = [_place(text, "Culiacan", "city", 24.8, -107.39, "Sinaloa"),
              _place(text, "Sinaloa", "admin1", 25.4, -108.1, "Sinaloa"),
              _place(text, "Presa Verde", "facility", 20.7, -103.5, "Jalisco")]
    loc = location_for_span(text, places, 0, len(text))
    assert loc is not None and loc.place.text == "Culiacan"
    # Without the two agreeing places the facility is the most specific place.
    loc = location_for_span(text, [places[2]], 0, len(text))
    assert loc is not None and loc.place.text == "Presa Verde"


def test_one_name_mentioned_twice_is_one_vote() -> None:
    text = "In Izcalli, Mexico, teachers blocked roads across Mexico."
    places = [_place(text, "Izcalli", "city", 19.64, -99.22, "State of Mexico"),
              _place(text, "Mexico", "city", 19.43, -99.13, "Mexico City"),
              _place(text, "Mexico", "city", 19.43, -99.13, "Mexico City", nth=1)]
    loc = location_for_span(text, places, 0, len(text))
    assert loc is not None and loc.place.text == "Izcalli"


def test_division_after_comma_of_an_unknown_place() -> None:
    text = "Fighting in Kassa woreda (coded to Dobi, Arsi, Oromia)."
    unknown = Place(text.index("Dobi"), text.index("Dobi") + 4, "Dobi", name="Dobi")
    places = [_place(text, "Kassa", "admin3", 8.3, 39.7, "Oromia", "ET"), unknown,
              _place(text, "Arsi", "place", 8.0, 39.0, "Oromia", "ET"),
              _place(text, "Oromia", "admin1", 8.5, 38.8, "Oromia", "ET")]
    loc = location_for_span(text, places, 0, len(text))
    assert loc is not None and loc.place.text == "Kassa"


def test_unknown_village_in_a_province_goes_to_the_province_hotspot() -> None:
    from dateline.extract.places.hotspots import hotspots
    from dateline.extract.places.gazetteer import haversine_km

    spot = hotspots().get(("SY", "idlib"))
    if spot is None or not spot.better_than_capital:
        import pytest
        pytest.skip("no Idlib hotspot in this build of the data")
    text = "Regime forces shelled Kafr Qasim town in Idleb countryside with artillery."
    village = Place(text.index("Kafr Qasim"), text.index("Kafr Qasim") + 10, "Kafr Qasim", name="Kafr Qasim")
    idleb = _place(text, "Idleb", "city", 35.93, 36.63, "Idlib", "SY")
    idleb.name = "Idlib"
    loc = location_for_span(text, [village, idleb], 0, len(text))
    assert loc is not None and loc.place.name == "Kafr Qasim" and loc.geo_precision == 2
    assert (loc.place.lat, loc.place.lon) == (spot.lat, spot.lon)
    assert haversine_km(spot.lat, spot.lon, 35.93, 36.63) > 5
    # A known village keeps its own point; a clause without the village keeps the city.
    village.lat, village.lon, village.feature = 35.6, 36.5, "village"
    loc = location_for_span(text, [village, idleb], 0, len(text))
    assert loc is not None and loc.place is village
    loc = location_for_span("Regime forces shelled Idleb.", [_place("Regime forces shelled Idleb.", "Idleb", "city",
                                                                     35.93, 36.63, "Idlib", "SY")], 0, 28)
    assert loc is not None and loc.place.lat == 35.93


def test_province_whose_events_are_in_its_capital_keeps_the_capital() -> None:
    from dateline.extract.places.hotspots import Hotspot

    assert not Hotspot(36.8, 39.9, 10, 0.7, 0.0).better_than_capital  # too few events
    assert not Hotspot(17.3, 78.3, 108, 0.58, 0.57).better_than_capital  # no better than the capital
    assert Hotspot(35.7, 36.7, 86, 0.65, 0.53).better_than_capital


def test_later_sentence_inherits_the_coded_place_not_its_division() -> None:
    text = "Soldiers carried out an operation in Sokolo (Niono, Segou). One civilian was killed."
    places = [_place(text, "Sokolo", "town", 14.73, -6.12, "Segou", "ML"),
              _place(text, "Niono", "town", 14.25, -5.99, "Segou", "ML"),
              _place(text, "Segou", "city", 13.43, -6.26, "Segou", "ML")]
    start = text.index("One civilian")
    loc = location_for_span(text, places, start, len(text))
    assert loc is not None and loc.place.text == "Sokolo"
    text = "Guards beat three people in Salto, Sao Paulo. The victims were injured."
    places = [_place(text, "Salto", "town", -23.2, -47.29, "Sao Paulo", "BR"),
              _place(text, "Sao Paulo", "city", -23.55, -46.63, "Sao Paulo", "BR")]
    loc = location_for_span(text, places, text.index("The victims"), len(text))
    assert loc is not None and loc.place.text == "Salto"
