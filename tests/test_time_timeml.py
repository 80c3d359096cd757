"""The TimeML evaluation (dateline.eval.timeml): parsing, matching and scores."""
from __future__ import annotations

from pathlib import Path

from dateline.eval.timeml import parse_tml, run

_TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-30" temporalFunction="false" functionInDocument="CREATION_TIME">20241130</TIMEX3></DCT>
<TEXT>
Rebels entered the city on <TIMEX3 tid="t1" type="DATE" value="2024-11-29">Friday</TIMEX3> &amp; held it for
<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>. <EVENT eid="e1">Talks</EVENT> begin
<TIMEX3 tid="t3" type="DATE" value="2024-W49">next week</TIMEX3>, officials said in <TIMEX3 tid="t4" type="DATE" value="2023">2023</TIMEX3>.
</TEXT>
</TimeML>
"""


def _write(tmp_path: Path, body: str = _TML) -> Path:
    p = tmp_path / "doc.tml"
    p.write_text(body, encoding="utf-8")
    return p


def test_parse_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    doc = parse_tml(str(_write(tmp_path)))
    assert doc.dct == "2024-11-30"
    assert [g.text for g in doc.gold] == ["Friday", "two days", "next week", "2023"]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert "&amp;" not in doc.text and "& held" in doc.text


def test_run_scores_a_perfect_document(tmp_path: Path) -> None:
    report = run(str(_write(tmp_path)))
    assert report["gold"] == 4 and report["system"] == 4
    assert report["relaxed_span"]["f1"] == 1.0 and report["strict_span"]["f1"] == 1.0
    assert report["value"]["f1"] == 1.0 and report["value_accuracy"] == 1.0


def test_run_counts_a_wrong_value(tmp_path: Path) -> None:
    # With a gold value the tagger cannot produce, value-F1 drops but spans still match.
    body = _TML.replace('value="2023">2023', 'value="2022">2023')
    report = run(str(_write(tmp_path, body)), mode="errors")
    assert report["relaxed_span"]["f1"] == 1.0
    assert report["value"]["f1"] == 0.75
    assert [e["kind"] for e in report["errors"]] == ["value"]


def test_timebank_sample_meets_the_bar(shared: Path) -> None:
    folder = shared / "eval" / "timeml" / "timebank"
    if not folder.is_dir():
        import pytest

        pytest.skip("TimeBank not present")
    report = run(str(folder), limit=40)
    # Measured 0.935 / 0.825 on these 40 documents; fails if the tagger regresses.
    assert report["relaxed_span"]["f1"] >= 0.90
    assert report["value"]["f1"] >= 0.78
