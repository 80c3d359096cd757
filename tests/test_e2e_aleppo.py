"""End to end on the five real Aleppo articles, through the CLI, as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contract import check_extract
from conftest import ALEPPO_PUBLISHED
from dateline.eval.common import haversine_km

ALEPPO = (36.20124, 37.16117)



def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], input=stdin,
                          capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def undated(aleppo_dir: Path) -> list[dict]:
    proc = run_cli("extract", str(aleppo_dir))
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def test_extract_is_contract_valid_for_all_five(undated: list[dict], aleppo_dir: Path) -> None:
    assert [o["id"] for o in undated] == sorted(ALEPPO_PUBLISHED)
    for out in undated:
        text = (aleppo_dir / f"{out['id']}.txt").read_text(encoding="utf-8")
        check_extract(out, text)
        assert out["errors"] == []


def test_aleppo_is_resolved_in_every_article(undated: list[dict]) -> None:
    for out in undated:
        hits = [p for p in out["places"] if p["text"] == "Aleppo"]
        assert hits, f"{out['id']}: Aleppo not found"
        assert all(p["lat"] is not None and haversine_km(p["lat"], p["lon"], *ALEPPO) < 25 for p in hits), out["id"]


def test_every_article_has_an_event(undated: list[dict]) -> None:
    for out in undated:
        assert out["events"], f"{out['id']}: no event"


def test_undated_articles_get_the_right_year(undated: list[dict]) -> None:
    for out in undated:
        est = out["published_estimate"]
        assert est["value"][:4] == ALEPPO_PUBLISHED[out["id"]][:4], (out["id"], est)


def test_given_publication_date_resolves_relative_dates(aleppo_dir: Path) -> None:
    proc = run_cli("extract", str(aleppo_dir / "004_dc5d5b1e57f04560.txt"), "--published", "2016-11-28")
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["published"] == "2016-11-28" and "published_estimate" not in out
    saturday = [t for t in out["timexes"] if t["text"].lower().endswith("saturday")]
    assert saturday and saturday[0]["value"] == "2016-11-26"
