"""Shared fixtures: the real articles and gold data live in ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.paths import shared_dir

SHARED = shared_dir()
ALEPPO_PUBLISHED = {
    # Publication dates of the five sample articles, read by a person from
    # their content (the files carry no metadata).
    "000_3cfdb9a0721d8f9f": "2024-11-30",
    "001_815b1df0a53870d3": "2024-12-01",
    "002_c55798b4f77f4814": "2016-02-05",
    "003_4bc714def3d6e98a": "2016-10-28",
    "004_dc5d5b1e57f04560": "2016-11-28",
}


@pytest.fixture(scope="session")
def shared() -> Path:
    if SHARED is None:
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def aleppo_dir(shared: Path) -> Path:
    return shared / "samples" / "aleppo"
