"""TimeML conventions the tagger follows (round 2 of issue 3), one test per rule with expected values.

The example sentences are our own; the DCTs are chosen so that the nearest
reading and the tense-aware one differ.
"""
from __future__ import annotations

from dateline.extract.time import tag_times


def _values(text: str, dct: str | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_times(text, dct)]


def test_modal_before_an_ed_word_is_future_not_past() -> None:
    # "succeed" ends in -ed but is a bare verb after "will": the coming 1 February.
    assert _values("She will succeed the founder Feb. 1, the board said.", "2023-10-20") == [
        ("Feb. 1", "2024-02-01")]
    # "exceed" and "need" are not past forms either.
    assert _values("Output will need to exceed targets in March.", "2023-11-20") == [("March", "2024-03")]


def test_pluperfect_plan_is_a_past_day() -> None:
    # DCT is a Monday; the offer "had been due to expire" on the Friday just gone.
    assert _values("The offer had been due to expire Friday evening.", "2023-10-30") == [
        ("Friday evening", "2023-10-27TEV")]
    # Without "had" the same plan is ahead.
    assert _values("The offer is due to expire Friday evening.", "2023-10-30") == [
        ("Friday evening", "2023-11-03TEV")]


def test_deadline_month_ahead_is_kept_whatever_the_tense() -> None:
    assert _values("The firm started a plan that repaid debt and aims to cut it by February.", "2023-10-30") == [
        ("February", "2024-02")]


def test_irregular_past_verbs_count_as_past() -> None:
    # Nearest reading of a bare "April" said in late December is the coming one; "brought" is past.
    assert _values("In April, the company brought in a new chief.", "2023-12-28") == [("April", "2023-04")]


def test_soon_is_a_future_reference_unless_it_relates_two_events() -> None:
    assert _values("The plant will soon reopen.", "2023-05-01") == [("soon", "FUTURE_REF")]
    assert _values("They want a deal as soon as possible.", "2023-05-01") == [("as soon as possible", "FUTURE_REF")]
    assert _values("Traders bought as soon as the market opened.", "2023-05-01") == []
    assert _values("He resigned soon after the vote.", "2023-05-01") == []


def test_bare_the_week_stays_unresolved_within_the_year() -> None:
    assert _values("For the week, the index lost 2%.", "2023-10-27") == [("the week", "2023-WXX")]
    # "this week" and "last week" are still resolved to the ISO week.
    assert _values("Shares rose this week after falling last week.", "2023-10-27") == [
        ("this week", "2023-W43"), ("last week", "2023-W42")]


def test_rates_with_spelled_numbers_are_not_durations() -> None:
    assert _values("The airline runs four flights a week to the city.", "2023-05-01") == []
    assert _values("The deal must close within a week.", "2023-05-01") == [("a week", "P1W")]


def test_plural_parts_of_weekdays_are_sets() -> None:
    assert _values("New flights leave on Monday and Tuesday nights.", "2023-05-01") == [
        ("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")]
    assert [t.type for t in tag_times("Markets close early on Friday afternoons.", "2023-05-01")] == ["SET"]


def test_one_day_after_a_modal_is_a_future_reference() -> None:
    assert _values("The town will one day be a city.", "2023-05-01") == [("one day", "FUTURE_REF")]
    assert _values("The strike lasted one day.", "2023-05-01") == [("one day", "P1D")]


def test_spelled_years_after_the_year_and_seasons_of_years() -> None:
    assert _values("Groups feared the year two thousand.", "1998-03-03") == [("the year two thousand", "2000")]
    assert _values("Prices fell in the winter of nineteen ninety-four.", "1998-02-23") == [
        ("the winter of nineteen ninety-four", "1994-WI")]
    got = tag_times("Prices fell in the winter of 1994.", "1998-02-23")
    assert [(t.text, t.value) for t in got] == [("the winter of 1994", "1994-WI")]
    assert got[0].range_start is not None and got[0].range_start.startswith("1994-12")


def test_parts_of_the_storys_day() -> None:
    # The story is at Friday; "in the morning" and "later in the day" are that day's.
    assert _values("Hopes were dashed Friday. Dealers bought in the morning and sold later in the day.",
                   "2023-10-30") == [("Friday", "2023-10-27"), ("the morning", "2023-10-27TMO"),
                                     ("the day", "2023-10-27")]
    assert _values("By mid afternoon the operation was over.", "2023-03-06") == [
        ("mid afternoon", "2023-03-06TAF")]
    # Without any date the day is unknown, and says so.
    assert _values("By mid afternoon the operation was over.", None) == [("mid afternoon", "XXXX-XX-XXTAF")]
    # "in the day" alone is not a time ("in the day of the kings").
    assert _values("It was common in the day of the kings.", "2023-03-06") == []


def test_counted_days_of_an_operation() -> None:
    assert _values("It's the second day of an offensive in the north.", "2023-03-06") == [
        ("the second day", "2023-03-06")]
    assert _values("Fighting on 2 March 2023 was the third straight day of clashes.", "2023-03-06") == [
        ("2 March 2023", "2023-03-02"), ("the third straight day", "2023-03-02")]


def test_by_may_and_quarter_century() -> None:
    assert _values("The talks are to conclude by May.", "2023-03-22") == [("May", "2023-05")]
    assert _values("She may leave.", "2023-03-22") == []
    assert _values("Unemployment is near its quarter-century low.", "2023-02-06") == []


def test_today_in_a_name_and_tomorrow_in_general() -> None:
    assert _values("This is Radio Today. Today, the army left.", "2023-03-31") == [("Today", "2023-03-31")]
    assert _values("The paper said Today the army left.", "2023-03-31") == [("Today", "2023-03-31")]
    assert _values("We train the leaders of tomorrow. Talks resume tomorrow.", "2023-03-31") == [
        ("tomorrow", "2023-04-01")]


def test_quarter_century_does_not_make_a_year_ago_a_quarter() -> None:
    text = ("Joblessness hit its lowest level in a quarter-century. "
            "Wages rose 3 percent from a year earlier.")
    assert _values(text, "2023-02-06") == [("a year earlier", "2022")]


def test_last_month_name_just_ended_is_a_year_back() -> None:
    assert _values("Two helicopters crashed last February.", "2023-03-01") == [("last February", "2022-02")]
    assert _values("The treaty was signed last August.", "2023-02-25") == [("last August", "2022-08")]
    assert _values("The plan was approved last April.", "2023-10-27") == [("last April", "2023-04")]


def test_two_neighbouring_expressions_that_are_one() -> None:
    assert _values("Sales grew in the last half of the '80s.", "1989-10-26") == [("the last half of the '80s", "198")]
    assert _values("For the quarter a year ago, the bank lost money.", "2023-10-26") == [
        ("the quarter a year ago", "2022-Q3")]
    got = tag_times("Net for the year-earlier nine months rose.", "2023-10-26")
    assert [(t.text, t.type, t.value) for t in got] == [("the year-earlier nine months", "DURATION", "P9M")]


def test_month_after_a_determiner_and_kinds_of_year() -> None:
    assert _values("It acted under a June agreement with holders.", "2023-10-27") == [("June", "2023-06")]
    assert _values("The firm changed from a fiscal year to a calendar year.", "2023-10-27") == []


def test_vague_spans_later_dates_and_overnight() -> None:
    assert _values("It turned a profit after several quarters of losses.", "2023-10-30") == [
        ("several quarters", "PXQ")]
    assert _values("Three quarters of the food spoiled.", "2023-10-30") == []
    assert _values("Sales grew for the first time in years.", "2023-10-30") == [("years", "PXY")]
    assert _values("The rest will be sold at a later date.", "2023-10-30") == [("a later date", "FUTURE_REF")]
    assert _values("Prices were weak Friday after overnight losses in New York.", "2023-10-30") == [
        ("Friday", "2023-10-27"), ("overnight", "2023-10-26TNI")]
    assert _values("The overnight rate rose.", "2023-10-30") == []


def test_ranges_of_durations_and_halves_in_quarters() -> None:
    assert _values("Shipments resume within two to three weeks.", "2023-10-30") == [("two to three weeks", "P2W")]
    assert _values("It takes one or two days.", "2023-10-30") == [("one or two days", "P1D")]
    assert _values("Weakness lasts through the first two quarters of 1990.", "1989-10-26") == [
        ("the first two quarters of 1990", "1990-H1")]
    assert _values("Three quarters of its sales are abroad.", "2023-10-30") == []


def test_at_the_time_and_until_then() -> None:
    assert _values("He spoke six weeks ago, saying at the time he would leave.", "2023-03-01") == [
        ("six weeks ago", "2023-W03"), ("the time", "PAST_REF")]
    assert _values("At the time Smith was captured, the group held power.", "2023-03-01") == []
    assert _values("The rights end on Nov. 30. Until then, the stock is convertible.", "2023-10-30") == [
        ("Nov. 30", "2023-11-30"), ("then", "2023-11-30")]
    assert _values("Until then, the stock is convertible.", "2023-10-30") == [("then", "XXXX-XX-XX")]


def test_plan_words_next_to_a_date_and_since() -> None:
    # The verb is past ("created"), but "effective" makes the date the plan's: the coming 1 February.
    assert _values("The company created a new office, effective Feb. 1.", "2023-10-26") == [("Feb. 1", "2024-02-01")]
    assert _values("Inspectors were allowed to carry out checks since Jan. 13.", "2023-03-06") == [
        ("Jan. 13", "2023-01-13")]


def test_spacy_parse_leaves_infinitives_and_participles_to_the_cue_words() -> None:
    from dateline.nlp import get_nlp

    nlp = get_nlp()
    for text, dct, expected in [
        ("Inspectors had been allowed to carry out checks since Jan. 13.", "2023-03-06", ("Jan. 13", "2023-01-13")),
        ("The offer had been due to expire Friday evening.", "2023-10-30", ("Friday evening", "2023-10-27TEV")),
        ("The bank is continuing to try to sell itself, under a June agreement.", "2023-10-27", ("June", "2023-06")),
        # A parsed simple present ("meet") defers to the cue words, which read a scheduled meeting.
        ("The two leaders meet separately Monday with the envoy.", "2023-05-05", ("Monday", "2023-05-08")),
    ]:
        got = [(t.text, t.value) for t in tag_times(text, dct, nlp(text))]
        assert got == [expected], text


def test_discourse_now_and_the_future_of_something() -> None:
    assert _values("Now, he says, it is over. Now for the quiz.", "2023-02-13") == []
    assert _values("Now officials are looking again.", "2023-02-13") == [("Now", "PRESENT_REF")]
    assert _values("It matters for the future of our peoples.", "2023-02-13") == []
    assert _values("They worry about the future.", "2023-02-13") == [("the future", "FUTURE_REF")]


def test_years_ending_names_and_months_of_pay() -> None:
    assert _values("They set up a venture called Orion 1980, making parts.", "1998-04-18") == []
    assert _values("In 1980 it grew, and Summer 1990 was hot.", "1998-04-18") == [
        ("1980", "1980"), ("Summer 1990", "1990-SU")]
    assert _values("He gets a bonus equal to six months of base pay.", "1998-04-18") == []
    assert _values("He worked there for six months.", "1998-04-18") == [("six months", "P6M")]


def test_news_present_of_a_scheduled_meeting_is_future() -> None:
    # DCT is a Friday: leaders "meet Monday" is the coming Monday; they "met Monday" the last one.
    assert _values("The two leaders meet separately Monday with the envoy.", "2023-05-05") == [("Monday", "2023-05-08")]
    assert _values("The two leaders met separately Monday with the envoy.", "2023-05-05") == [("Monday", "2023-05-01")]
    assert _values("Talks resume Tuesday in Geneva.", "2023-05-05") == [("Tuesday", "2023-05-09")]
