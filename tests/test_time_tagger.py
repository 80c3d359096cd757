"""Temporal tagger: one test per expression family, with the expected TIMEX3 values."""
from __future__ import annotations

import pytest

from dateline.extract.time import tag_times


def _values(text: str, dct: str | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, dct)]


def test_explicit_dates() -> None:
    assert _values("The ceasefire collapsed on 26 November 2016.", "2016-12-01") == [
        ("26 November 2016", "DATE", "2016-11-26")]
    assert _values("Talks resumed on Jan. 8, 1998 in Geneva.", "1998-01-10") == [
        ("Jan. 8, 1998", "DATE", "1998-01-08")]
    assert _values("The report is dated 2016-11-26.", None) == [("2016-11-26", "DATE", "2016-11-26")]
    assert _values("Fighting erupted in March 2020 near the border.", "2020-05-01") == [
        ("March 2020", "DATE", "2020-03")]
    assert _values("The offensive began in 2015.", "2016-02-01") == [("2015", "DATE", "2015")]


def test_decades_centuries_and_fuzzy_modifiers() -> None:
    got = tag_times("In the 1990s the town grew; in the mid-1980s it was small. The war began in early 2011.",
                    "2016-02-01")
    assert [(t.value, t.mod) for t in got] == [("199", None), ("198", "MID"), ("2011", "START")]
    early = got[2]
    assert early.range_start == "2011-01-01" and early.range_end is not None and early.range_end < "2011-06-01"
    assert _values("The war reached its peak in the 20th century.", None) == [("the 20th century", "DATE", "19")]


def test_relative_days_against_dct() -> None:
    assert _values("Clashes broke out yesterday. Officials will meet tomorrow. Markets were calm today.",
                   "2024-11-30") == [("yesterday", "DATE", "2024-11-29"), ("tomorrow", "DATE", "2024-12-01"),
                                     ("today", "DATE", "2024-11-30")]


def test_weekdays_follow_tense() -> None:
    # DCT is a Wednesday: a past-tense Saturday is the one before, a future Monday the next one.
    assert _values("Jets struck the market on Saturday. Talks will resume on Monday.", "2024-11-27") == [
        ("Saturday", "DATE", "2024-11-23"), ("Monday", "DATE", "2024-12-02")]
    # The DCT's own weekday is the DCT.
    assert _values("Rebels closed the airport on Saturday.", "2024-11-30") == [("Saturday", "DATE", "2024-11-30")]


def test_weeks_months_years_relative() -> None:
    assert _values("Militants attacked a post last week. A summit is planned for next week.", "2024-11-27") == [
        ("last week", "DATE", "2024-W47"), ("next week", "DATE", "2024-W49")]
    assert _values("Prices rose this year and fell last year; they fell last month too.", "2024-11-27") == [
        ("this year", "DATE", "2024"), ("last year", "DATE", "2023"), ("last month", "DATE", "2024-10")]


def test_bare_months_use_tense_and_since() -> None:
    assert _values("In December, the army will withdraw.", "2024-03-10") == [("December", "DATE", "2024-12")]
    assert _values("In December, the army withdrew.", "2024-03-10") == [("December", "DATE", "2023-12")]
    assert _values("Since January, more than 300 people were killed.", "2024-11-27") == [
        ("January", "DATE", "2024-01")]


def test_durations() -> None:
    assert _values("The siege lasted three years. Talks took 18 months. The trip took 24 hours.", "2024-11-27") == [
        ("three years", "DURATION", "P3Y"), ("18 months", "DURATION", "P18M"), ("24 hours", "DURATION", "P1D")]
    assert _values("Refugees stayed for 2 1/2 years.", None) == [("2 1/2 years", "DURATION", "P2Y6M")]
    assert _values("Several years of drought followed.", None) == [("Several years", "DURATION", "PXY")]


def test_ages_are_not_durations() -> None:
    assert _values("Mr. Reupke, 52 years old, left. A 136-year-old bank closed.", "1989-10-30") == []


def test_ago_and_anchored_expressions() -> None:
    assert _values("It happened three years ago.", "2024-11-27") == [("three years ago", "DATE", "2021")]
    got = _values("On 3 March 2022, troops entered the city. Two days later they withdrew. "
                  "The following day, talks began.", "2022-03-20")
    assert got == [("3 March 2022", "DATE", "2022-03-03"), ("Two days later", "DATE", "2022-03-05"),
                   ("The following day", "DATE", "2022-03-06")]


def test_quarters_halves_and_seasons() -> None:
    assert _values("Profit rose in the third quarter. In the first half of 1989 sales fell.", "1989-10-25") == [
        ("the third quarter", "DATE", "1989-Q3"), ("the first half of 1989", "DATE", "1989-H1")]
    assert _values("The dam was built last summer. Floods came in the winter of 2019.", "2024-11-27") == [
        ("last summer", "DATE", "2023-SU"), ("the winter of 2019", "DATE", "2019-WI")]


def test_references_sets_and_clock_times() -> None:
    assert _values("Now the city is calm. Recently the army withdrew. In the future talks may resume.",
                   "2024-11-27") == [("Now", "DATE", "PRESENT_REF"), ("Recently", "DATE", "PAST_REF"),
                                     ("the future", "DATE", "FUTURE_REF")]
    assert _values("Patrols run every day and the council meets weekly.", "2024-11-27") == [
        ("every day", "SET", "P1D"), ("weekly", "SET", "P1W")]
    assert _values("The blast happened at 3 p.m. Monday.", "2024-11-27") == [
        ("3 p.m. Monday", "TIME", "2024-11-25T15:00")]
    assert _values("Troops arrived this morning.", "2024-12-01") == [("this morning", "TIME", "2024-12-01TMO")]


def test_news_week_expressions_have_ranges() -> None:
    got = tag_times("The rebel advance began midweek. By late Friday, rebels had entered. "
                    "Over the past three days, attacks killed 27 people.", "2024-11-30")
    assert [(t.text, t.value, t.mod) for t in got] == [
        ("midweek", "2024-W48", "MID"), ("late Friday", "2024-11-29", "END"), ("the past three days", "P3D", None)]
    assert (got[0].range_start, got[0].range_end) == ("2024-11-26", "2024-11-28")  # Tuesday to Thursday
    assert (got[2].range_start, got[2].range_end) == ("2024-11-27", "2024-11-30")


def test_spelled_out_years() -> None:
    assert _values("In nineteen ninety-six the bomb exploded.", "1998-01-01") == [
        ("nineteen ninety-six", "DATE", "1996")]


@pytest.mark.parametrize("text,expected", [
    ("Troops arrived on Saturday.", "XXXX-WXX-6"),
    ("The attack occurred on 5 May.", "XXXX-05-05"),
    ("It happened three years ago.", "XXXX"),
    ("Shelling resumed yesterday.", "XXXX-XX-XX"),
    ("The talks collapsed last month.", "XXXX-XX"),
])
def test_unresolvable_without_dct_says_so(text: str, expected: str) -> None:
    got = tag_times(text, None)
    assert len(got) == 1 and got[0].value == expected


def test_offsets_match_text() -> None:
    text = "Syrian authorities closed Aleppo airport on Saturday and canceled all flights."
    for t in tag_times(text, "2024-11-30"):
        assert text[t.start:t.end] == t.text


def test_day_ranges_are_one_expression_with_a_range() -> None:
    got = tag_times("Between 25 and 30 November 2023, militants killed 8 civilians.", "2023-12-04")
    assert [(t.text, t.value, t.range_start, t.range_end) for t in got] == [
        ("Between 25 and 30 November 2023", "2023-11-25", "2023-11-25", "2023-11-30")]
    got = tag_times("On November 25-26 clashes erupted.", "2023-12-04")
    assert [(t.value, t.range_end) for t in got] == [("2023-11-25", "2023-11-26")]
    # Both ends full dates: two expressions, as TimeML tags them.
    got = tag_times("Prices rose from Aug. 26 to Oct. 20.", "1989-10-30")
    assert [t.value for t in got] == ["1989-08-26", "1989-10-20"]


def test_numeric_dates_and_edges_of_days() -> None:
    assert _values("On 30/11/2023 an IED exploded.", None) == [("30/11/2023", "DATE", "2023-11-30")]
    got = tag_times("Early on Saturday, shelling resumed. Late on Friday, rebels withdrew.", "2023-12-04")
    assert [(t.text, t.value, t.mod) for t in got] == [
        ("Early on Saturday", "2023-12-02", "START"), ("Late on Friday", "2023-12-01", "END")]


def test_previous_weekday_is_anchored_to_the_story() -> None:
    got = tag_times("Stocks fell on Friday, down 4.5% from the previous Friday.", "1989-10-30")
    assert [t.value for t in got] == ["1989-10-27", "1989-10-20"]


def test_military_clock_and_anchored_parts_of_day() -> None:
    got = tag_times("At 0400 GMT on Monday, sirens sounded. On 3 March, jets struck. The next morning troops returned.",
                    "2024-03-13")
    assert [(t.text, t.type, t.value) for t in got] == [
        ("0400 GMT on Monday", "TIME", "2024-03-11T04:00"), ("3 March", "DATE", "2024-03-03"),
        ("The next morning", "TIME", "2024-03-04TMO")]


def test_quarter_comparisons_in_results_reports() -> None:
    text = ("Profit in the third quarter rose to $5 million from $4.1 million a year earlier. "
            "Last year the company sold its mills.")
    got = tag_times(text, "1989-10-30")
    assert [(t.text, t.value) for t in got] == [
        ("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("Last year", "1988")]


def test_spans_beyond_the_calendar_do_not_fail_the_document() -> None:
    # Shifts past year 1 or 9999 ("the past 2,000 years") used to raise.
    for text in ("Over the past 3,000 years the city changed hands often.",
                 "The site was settled in the last 5000 years.",
                 "Scientists expect it to last for the next 9000 years."):
        timexes = tag_times(text, "2009-05-01")
        assert all(t.value for t in timexes)
