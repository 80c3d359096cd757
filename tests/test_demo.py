"""The demo: a self-contained report from the page's own renderer, and the full run on data/demo."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from dateline.demo import REPO_DEMO, main, run_demo
from dateline.export import ACLED_COLUMNS
from dateline.model import Span
from dateline.web.catalog import Catalog
from dateline.web.report import render_report, report_data
from test_export_samples import MemoryStore


def _embedded(html: str) -> dict:
    m = re.search(r"<script>window\.DATELINE_DATA = (.*?);</script>", html, re.S)
    assert m, "embedded data missing"
    return json.loads(m.group(1))


def test_report_is_self_contained_smoke() -> None:
    store = MemoryStore()
    # A hostile evidence text must not end the embedding <script> early.
    store.events[1].event.evidence = Span(0, 20, "</script><b>x</b>")
    html = render_report(report_data(Catalog("memory:", opener=lambda: store), title="T <1>"))
    assert "<title>T &lt;1&gt;</title>" in html
    assert "<script src" not in html and 'rel="stylesheet"' not in html  # everything inlined
    assert not re.search(r"""(src|href)=["']https?://""", html)  # nothing fetched from the internet
    assert html.count("</script>") == 2
    data = _embedded(html)
    assert {e["event_id"] for e in data["events"]} == {"1", "2"}
    assert data["eventDetails"]["1"]["fields"] and data["documents"]["doc-a"]["text"].startswith("Ridgefield")
    assert data["select"] == "1"  # the best-attested event opens first
    assert data["basemap"]["cells"] and data["stories"][0]["story_id"] == "s1"
    assert "DATELINE_DATA" in html and "function renderMap" in html  # the page's own renderer


def test_demo_end_to_end(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert REPO_DEMO.is_dir()
    out = tmp_path / "demo"
    assert main(["--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "report.html" in printed and str(out.resolve()) in printed
    for name in ("report.html", "events-acled.csv", "events.geojson", "events.jsonl", "dateline.db"):
        assert (out / name).is_file(), name
    with (out / "events-acled.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ACLED_COLUMNS
    assert json.loads((out / "events.geojson").read_text())["type"] == "FeatureCollection"
    data = _embedded((out / "report.html").read_text(encoding="utf-8"))
    # The two broken items are reported, every other document is stored and shown.
    assert len(data["meta"]["errors"]) == 2
    assert any("damaged-download" in e for e in data["meta"]["errors"])
    assert any("wire-roundup" in e for e in data["meta"]["errors"])
    assert len(data["documentList"]) == 12
    assert len(data["events"]) == len(rows) - 1 >= 1
    # Boilerplate of the HTML pages is marked, so the page can grey it out.
    page = data["documents"]["levant-dispatch-mayadin-market-strike"]
    marked = [page["text"][b["start"]:b["end"]] for b in page["boilerplate"]]
    assert any("min read" in m for m in marked) and any("Share" in m for m in marked)
    # Idempotent: a second run into the same store with --keep adds nothing.
    again = run_demo(out, keep=True)
    assert again.added == 0 and again.events == len(data["events"])
