"""Dating undated texts (dateline.extract.time.estimate_published)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.extract.time import estimate_published
from dateline.model import PublishedEstimate


def _est(text: str) -> PublishedEstimate:
    e = estimate_published(text)
    assert e is not None
    assert e.low <= e.high
    return e


def test_dateline_pins_the_day() -> None:
    text = "Rebels push into the old city\n\n4 min read\n14 March, 2019\nFighters advanced on Friday."
    e = _est(text)
    assert (e.value, e.low, e.high) == ("2019-03-14", "2019-03-14", "2019-03-14")
    assert "dateline" in e.basis


def test_war_age_with_known_start() -> None:
    # Yemen's war began in September 2014: a "seven-year-old war" is written in 2021 or so.
    e = _est("Aid agencies warned that the seven-year-old war in Yemen has left millions hungry.")
    assert e.value == "2021"
    assert e.low >= "2021-01-01" and e.high <= "2022-12-31"


def test_months_of_a_known_campaign() -> None:
    e = _est("Six months of Russian air strikes in Syria have changed the front lines around Hama.")
    assert e.value.startswith("2016")
    assert "Russian military intervention" in e.basis


def test_first_time_since_is_a_floor() -> None:
    e = _est("Protesters filled the square for the first time since 2019, organisers said.")
    assert e.value == "2020" and e.low == "2020-01-01"


def test_nearly_a_decade_after_the_year_last_mentioned() -> None:
    text = ("The city was last bombed in 2012. The strikes come nearly a decade after the army withdrew, "
            "residents said.")
    e = _est(text)
    assert e.value == "2020" and e.low >= "2020-01-01" and e.high <= "2022-12-31"


def test_ended_episode_is_a_ceiling() -> None:
    text = ("Civilians fled the rebel-held areas of the city as Syrian and Russian jets pounded Aleppo. "
            "The civil war has raged since 2011.")
    e = _est(text)
    assert e.value == "2016" and e.high <= "2016-12-31"


def test_weekday_with_date_picks_the_year() -> None:
    # After 2020, 26 November first fell on a Saturday in 2022.
    text = "The march on Saturday, 26 November was the largest protest since 2020."
    e = _est(text)
    assert e.value == "2022" and e.low == "2022-11-26" and e.high <= "2022-12-31"
    # In brackets, and within one month: the month is known.
    e = _est("Crowds gathered on Friday (3 March), for the first time since 2019.")
    assert e.value == "2023-03" and e.low == "2023-03-03"


def test_no_evidence_is_none() -> None:
    assert estimate_published("Shelling continued on the outskirts as families sheltered in basements.") is None


ALEPPO_YEARS = {"000": "2024", "001": "2024", "002": "2016", "003": "2016", "004": "2016"}


@pytest.mark.parametrize("prefix,year", sorted(ALEPPO_YEARS.items()))
def test_aleppo_samples_get_the_right_year(aleppo_dir: Path, prefix: str, year: str) -> None:
    files = sorted(aleppo_dir.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip(f"sample {prefix} not present")
    e = _est(files[0].read_text(encoding="utf-8"))
    assert e.value[:4] == year, e
    assert e.low[:4] <= year <= e.high[:4]
