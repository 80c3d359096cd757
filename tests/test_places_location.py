"""How an event's location is picked from the places of its document (ACLED coder's rules)."""
from __future__ import annotations

from dateline.extract.places import EventLocation, location_for_span
from dateline.model import Place


def _place(text: str, name: str, feature: str, lat: float, lon: float, **kw) -> Place:  # type: ignore[no-untyped-def]
    start = text.index(name)
    return Place(start, start + len(name), name, name=name, lat=lat, lon=lon, feature=feature, **kw)


def test_parenthesised_admin_context_is_not_the_location() -> None:
    text = "Militants attacked a checkpoint in Wa (Tominian, Segou) on Monday."
    places = [_place(text, "Wa", "village", 13.1, -4.1), _place(text, "Tominian", "admin2", 13.3, -4.4),
              _place(text, "Segou", "admin1", 13.4, -6.2)]
    loc = location_for_span(text, places, 0, len(text))
    assert isinstance(loc, EventLocation)
    assert loc.place.text == "Wa" and loc.geo_precision == 1
    assert loc.evidence.text == "Wa"


def test_near_and_countryside_give_precision_two() -> None:
    text = "Shells fell near Aleppo University. Clashes went on in the Idlib countryside."
    aleppo = _place(text, "Aleppo", "city", 36.2, 37.16)
    idlib = _place(text, "Idlib", "city", 35.93, 36.63)
    first = location_for_span(text, [aleppo, idlib], 0, 35)
    second = location_for_span(text, [aleppo, idlib], 36, len(text))
    assert first is not None and first.place is aleppo and first.geo_precision == 2
    assert second is not None and second.place is idlib and second.geo_precision == 2


def test_region_only_is_precision_three() -> None:
    text = "Airstrikes were reported across Idlib province."
    idlib = _place(text, "Idlib", "admin1", 35.8, 36.6)
    loc = location_for_span(text, [idlib], 0, len(text))
    assert loc is not None and loc.geo_precision == 3


def test_clause_without_place_inherits_nearest_preceding_place() -> None:
    text = "Rebels entered Saraqib on Friday. Heavy fighting followed and dozens were killed."
    saraqib = _place(text, "Saraqib", "city", 35.86, 36.8)
    start = text.index("Heavy")
    loc = location_for_span(text, [saraqib], start, len(text))
    assert loc is not None and loc.place is saraqib


def test_demonyms_never_locate_an_event() -> None:
    text = "Syrian forces shelled the area."
    syrian = _place(text, "Syrian", "demonym", 35.0, 38.0)
    assert location_for_span(text, [syrian], 0, len(text)) is None


def test_acled_coded_to_note_overrides_other_places() -> None:
    text = "A mine exploded in farmland in the Tal Sabil area coded to Qaryat Nur in the south."
    sabil = _place(text, "Tal Sabil", "village", 32.80, 36.10)
    nur = _place(text, "Qaryat Nur", "town", 32.90, 36.00)
    loc = location_for_span(text, [sabil, nur], 0, len(text))
    assert loc is not None and loc.place is nur and loc.geo_precision == 2
    # Without the coder's note the first, equally specific place stays the location.
    plain = text.replace("coded to", "and")
    sabil2 = _place(plain, "Tal Sabil", "village", 32.80, 36.10)
    nur2 = _place(plain, "Qaryat Nur", "town", 32.90, 36.00)
    loc2 = location_for_span(plain, [sabil2, nur2], 0, len(plain))
    assert loc2 is not None and loc2.place is sabil2


def test_named_village_beats_a_town_whose_countryside_is_meant() -> None:
    text = "Regime forces shelled Kafr Qamar town in Idleb countryside with artillery."
    village = _place(text, "Kafr Qamar", "place", 35.70, 36.50)
    idleb = _place(text, "Idleb", "city", 35.93, 36.63)
    loc = location_for_span(text, [village, idleb], 0, len(text))
    assert loc is not None and loc.place is village and loc.geo_precision == 1
    # Without "countryside" the two are equals and the one after "in" wins, as before.
    plain = "Regime forces shelled Kafr Qamar town in Idleb with artillery."
    v2, i2 = _place(plain, "Kafr Qamar", "place", 35.70, 36.50), _place(plain, "Idleb", "city", 35.93, 36.63)
    loc2 = location_for_span(plain, [v2, i2], 0, len(plain))
    assert loc2 is not None and loc2.place is i2


def test_place_written_with_its_divisions_is_the_coded_location() -> None:
    text = ("Worshippers rallied at mosques across Kenitra (Kenitra, Rabat-Sale-Kenitra) "
            "in support of the people of Gaza.")
    kenitra = _place(text, "Kenitra", "city", 34.26, -6.58)
    gaza = Place(text.index("Gaza"), text.index("Gaza") + 4, "Gaza", name="Gaza", lat=31.5, lon=34.47,
                 feature="city")
    loc = location_for_span(text, [kenitra, gaza], 0, len(text))
    assert loc is not None and loc.place is kenitra
    # Without the bracketed divisions the place after "of" and "in" is an equal reading.
    plain = "Worshippers rallied at mosques across Kenitra in support of the people of Gaza."
    k2 = _place(plain, "Kenitra", "city", 34.26, -6.58)
    g2 = Place(plain.index("Gaza"), plain.index("Gaza") + 4, "Gaza", name="Gaza", lat=31.5, lon=34.47,
               feature="city")
    loc2 = location_for_span(plain, [k2, g2], 0, len(plain))
    assert loc2 is not None and loc2.place is g2
