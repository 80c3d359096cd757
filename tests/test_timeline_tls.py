"""The timeline evaluation's parsing and metrics (Date-F1, alignment-based ROUGE)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.tls import align_dates, alignment_rouge, date_f1, read_gold, topic_query
from dateline.model import TimelineEntry


def _tl(*items: tuple[str, str]) -> list[TimelineEntry]:
    return [TimelineEntry(d, [s]) for d, s in items]


GOLD = _tl(("2020-03-01", "rebels take the bridge"), ("2020-03-05", "army retakes the bridge after shelling"))


def test_read_gold_parses_dates_sentences_and_dashes(tmp_path: Path) -> None:
    f = tmp_path / "tl.txt"
    f.write_text("2020-03-05\nArmy retakes the bridge .\nShelling goes on .\n--------------------------------\n"
                 "2020-03-01\nRebels take the bridge .\n--------------------------------\n", encoding="utf-8")
    gold = read_gold(f)
    assert [e.date for e in gold.entries] == ["2020-03-01", "2020-03-05"]
    assert gold.entries[1].sentences == ["Army retakes the bridge .", "Shelling goes on ."]
    assert gold.sentences_per_date == 2  # 3 sentences / 2 dates, rounded


def test_topic_query_is_the_folder_name() -> None:
    assert topic_query(Path("t17-egypt")) == "egypt"
    assert topic_query(Path("t17-finan")) == "finan"


def test_date_f1() -> None:
    pred = _tl(("2020-03-01", "x"), ("2020-03-02", "y"))
    assert date_f1(pred, GOLD) == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert date_f1([], GOLD)["f1"] == 0.0


def test_alignment_rouge_is_perfect_on_the_gold_and_zero_on_unrelated_text() -> None:
    assert alignment_rouge(GOLD, GOLD, 1)["f1"] == pytest.approx(1.0)
    assert alignment_rouge(GOLD, GOLD, 2)["f1"] == pytest.approx(1.0)
    assert alignment_rouge(_tl(("2020-03-01", "football cup final")), GOLD, 1)["f1"] == 0.0


def test_alignment_rouge_discounts_content_on_a_nearby_date() -> None:
    exact = alignment_rouge(_tl(("2020-03-01", "rebels take the bridge")), GOLD, 1)
    day_off = alignment_rouge(_tl(("2020-03-02", "rebels take the bridge")), GOLD, 1)
    assert exact["precision"] == pytest.approx(1.0)
    assert day_off["precision"] == pytest.approx(0.5)  # weight 1 / (1 + 1 day)
    assert 0 < day_off["f1"] < exact["f1"]


def test_alignment_is_many_to_one_and_prefers_matching_content() -> None:
    pred = _tl(("2020-03-03", "army retakes the bridge"), ("2020-03-04", "army shelling"))
    pairs = align_dates(pred, GOLD)
    assert [j for _, j, _ in pairs] == [1, 1]  # both map to 5 March
    # Two predicted dates aligned to one gold date cannot recover more than its own n-grams.
    assert alignment_rouge(pred, GOLD, 1)["recall"] <= 1.0
