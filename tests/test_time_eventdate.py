"""Event dating with ACLED time precision (dateline.extract.time.date_for_span)."""
from __future__ import annotations

from dateline.extract.time import EventDate, date_for_span, tag_times


def _date(text: str, needle: str, dct: str | None) -> EventDate | None:
    start = text.index(needle)
    return date_for_span(text, tag_times(text, dct), start, start + len(needle), dct)


def test_acled_on_date_is_day_precision() -> None:
    text = "On 1 December 2023, militants set fire to grain stores in a village."
    ed = _date(text, "militants set fire", "2023-12-05")
    assert ed is not None and (ed.date, ed.date_end, ed.precision) == ("2023-12-01", None, 1)
    assert ed.evidence is not None and "1 December 2023" in ed.evidence.text


def test_acled_around_as_reported_is_precision_two() -> None:
    text = "Around 30 November 2023 (as reported), students held a sit-in at the ministry."
    ed = _date(text, "students held", "2023-12-05")
    assert ed is not None and (ed.date, ed.precision) == ("2023-11-30", 2)


def test_midweek_gives_a_range_with_precision_two() -> None:
    text = "The rebel advance began midweek with a rapid sweep through towns."
    ed = _date(text, "rebel advance began", "2024-11-30")
    assert ed is not None and ed.precision == 2
    assert ed.date <= "2024-11-28" and ed.date_end is not None and ed.date_end >= "2024-11-27"


def test_past_three_days_window() -> None:
    text = "Relentless attacks over the past three days have killed at least 27 civilians."
    ed = _date(text, "attacks", "2024-11-30")
    assert ed is not None and ed.precision == 2
    assert (ed.date, ed.date_end) == ("2024-11-27", "2024-11-30")


def test_background_year_never_dates_the_event() -> None:
    text = ("Rebels reached the city centre for the first time since 2016. "
            "Fighters stormed the airport.")
    ed = _date(text, "Fighters stormed", "2024-11-30")
    assert ed is not None and ed.date == "2024-11-30" and ed.evidence is None


def test_earlier_date_in_paragraph_carries_over() -> None:
    text = "On Saturday, jets struck the market. Several people were killed in the strike."
    ed = _date(text, "Several people were killed", "2024-12-01")
    assert ed is not None and (ed.date, ed.precision) == ("2024-11-30", 1)


def test_no_date_and_no_dct_is_none() -> None:
    text = "Militants attacked a checkpoint."
    assert _date(text, "Militants attacked", None) is None


def test_acled_dev_notes_are_dated_like_the_coders(shared) -> None:  # type: ignore[no-untyped-def]
    """ACLED notes open with their date ("On 1 December 2023, ...", "Around ... (as reported)")."""
    import csv
    import datetime

    path = shared / "eval" / "events" / "acled-2023-dev.csv"
    if not path.is_file():
        import pytest

        pytest.skip("ACLED dev set not present")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    date_ok = prec_ok = 0
    for row in rows:
        notes = row["notes"]
        gold = datetime.datetime.strptime(row["event_date"], "%d-%b-%y").date().isoformat()
        end = notes.find(". ")
        ed = date_for_span(notes, tag_times(notes, None), 0, end if end > 0 else len(notes), None)
        date_ok += ed is not None and ed.date == gold
        prec_ok += ed is not None and ed.precision == int(row["time_precision"])
    assert date_ok / len(rows) >= 0.95
    assert prec_ok / len(rows) >= 0.95


def test_coder_hedges_set_precision() -> None:
    cases = [
        ("On 25 December 2019 (or around), residents demonstrated.", "2019-12-25", 2),
        ("On or before 26 August 2018, police killed five gang members.", "2018-08-26", 2),
        ("Around 10 January 2021 (month of), fighting across the region was ongoing.", "2021-01-10", 3),
        ("On 08-March-2016, the two armies battled near the river.", "2016-03-08", 1),
    ]
    for text, day, precision in cases:
        ed = date_for_span(text, tag_times(text, None), 0, len(text), None)
        assert ed is not None and (ed.date, ed.precision) == (day, precision), text


def test_estimated_month_is_the_last_resort() -> None:
    text = "Militants attacked a checkpoint."
    ed = _date(text, "Militants attacked", "2024-11")
    assert ed is not None and (ed.date, ed.date_end, ed.precision) == ("2024-11-01", "2024-11-30", 3)
