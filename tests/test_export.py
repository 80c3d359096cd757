"""Event exports: JSON lines round trip, flat CSV, ACLED columns, GeoJSON."""
from __future__ import annotations

import csv
import io
import json

import pytest

from dateline.export import ACLED_COLUMNS, CSV_COLUMNS, FORMATS, write_events
from dateline.export.acled import interaction_code, inter_code
from dateline.export.countries import country_info
from test_export_samples import sample_fused_events


def _write(fmt: str) -> str:
    out = io.StringIO()
    write_events(sample_fused_events(), fmt, out)
    return out.getvalue()


def test_formats_are_the_cli_choices() -> None:
    assert set(FORMATS) == {"jsonl", "csv", "acled", "geojson"}
    with pytest.raises(ValueError):
        write_events([], "xml", io.StringIO())


def test_jsonl_round_trip() -> None:
    lines = _write("jsonl").splitlines()
    events = sample_fused_events()
    assert len(lines) == len(events)
    for line, fe in zip(lines, events):
        assert json.loads(line) == json.loads(json.dumps(fe.to_json()))
    first = json.loads(lines[0])
    assert first["source_count"] == 2 and first["documents"] == ["doc-a", "doc-c"]


def test_flat_csv_has_one_row_per_event() -> None:
    rows = list(csv.DictReader(io.StringIO(_write("csv"))))
    assert list(rows[0].keys()) == CSV_COLUMNS
    assert [r["event_id"] for r in rows] == ["1", "2"]
    assert rows[0]["source_count"] == "2" and rows[0]["documents"] == "doc-a;doc-c"
    assert rows[0]["sources"] == "Example Wire;Other Post"
    assert rows[1]["latitude"] == "" and rows[0]["fatalities"] == "4"


def test_acled_header_and_derived_fields() -> None:
    text = _write("acled")
    reader = csv.reader(io.StringIO(text))
    assert next(reader) == ACLED_COLUMNS
    rows = list(csv.DictReader(io.StringIO(text)))
    shelling, battle = rows
    assert shelling["event_id_cnty"] == "SYR1"
    assert shelling["event_date"] == "2025-03-03" and shelling["year"] == "2025"
    assert shelling["disorder_type"] == "Political violence"
    assert (shelling["inter1"], shelling["inter2"], shelling["interaction"]) == ("1", "7", "17")
    assert shelling["civilian_targeting"] == "Civilian targeting"
    assert (shelling["iso"], shelling["country"], shelling["region"]) == ("760", "Syria", "Middle East")
    assert shelling["latitude"] == "34.1501" and shelling["fatalities"] == "4"
    assert "Government troops shelled" in shelling["notes"] and "Other Post" in shelling["source"]
    assert "contested" in shelling["tags"]
    assert (battle["inter1"], battle["inter2"], battle["interaction"]) == ("2", "1", "12")
    assert battle["fatalities"] == "0" and battle["latitude"] == ""


def test_inter_codes() -> None:
    syria = country_info("SY")
    assert inter_code("Military Forces of Russia (2000-)", syria) == 8  # foreign state forces
    assert inter_code("Military Forces of Syria (2000-2024)", syria) == 1
    assert inter_code("Protesters (Syria)", syria) == 6
    assert inter_code("Hayat Tahrir al-Sham", syria) == 2
    assert inter_code("Unidentified Armed Group (Syria)", syria) == 3
    assert inter_code("Hamar Communal Militia (Ethiopia)", None) == 4
    assert inter_code(None, syria) == 0
    assert interaction_code(5, 0) == 50 and interaction_code(7, 1) == 17


def test_geojson_points_and_unlocated() -> None:
    fc = json.loads(_write("geojson"))
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == 1 and fc["unlocated_count"] == 1
    feat = fc["features"][0]
    assert feat["geometry"] == {"type": "Point", "coordinates": [36.9443, 34.1501]}
    assert feat["properties"]["event_type"] == "Explosions/Remote violence"
    assert feat["properties"]["documents"] == ["doc-a", "doc-c"]
    assert fc["unlocated"][0]["event_id"] == "2" and fc["unlocated"][0]["location"] == "Tal Hamra"


def test_acled_derivations_match_acled_dev_rows(shared) -> None:  # type: ignore[no-untyped-def]
    """Given ACLED's own fields, the derived columns agree with ACLED's (dev set, gold names)."""
    from dateline.export.acled import acled_row
    from dateline.export.countries import alpha2_for_name
    from dateline.model import Event, FusedEvent, Location, Span

    path = shared / "eval" / "events" / "acled-2023-dev.csv"
    if not path.exists():
        pytest.skip("ACLED dev set absent")
    same = {"inter": 0, "geo": 0, "disorder": 0, "interaction": 0}
    slots = rows = 0
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            ev = Event(r["event_type"], r["sub_event_type"], Span(0, 1, "x"),
                       actor1=r["actor1"] or None, actor2=r["actor2"] or None,
                       location=Location(r["location"], float(r["latitude"]), float(r["longitude"]),
                                         alpha2_for_name(r["country"]), r["admin1"]))
            row = acled_row(FusedEvent("1", ev), timestamp=0)
            rows += 1
            for k in ("1", "2"):
                if r[f"actor{k}"]:
                    slots += 1
                    same["inter"] += str(row[f"inter{k}"]) == r[f"inter{k}"]
            same["geo"] += (row["region"], str(row["iso"]), row["country"]) == (r["region"], r["iso"], r["country"])
            same["disorder"] += row["disorder_type"] == r["disorder_type"]
            same["interaction"] += str(row["interaction"]) == r["interaction"]
    assert same["inter"] / slots > 0.95
    assert same["geo"] / rows > 0.98 and same["disorder"] / rows > 0.98
    assert same["interaction"] / rows > 0.9
