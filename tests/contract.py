"""Validators for the JSON of the command-line contract (../shared/spec/interface.md)."""
from __future__ import annotations

import re
from typing import Any

ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
EXTENSION_TYPES = {"Natural disaster", "Man-made disaster", "Organized crime", "Diplomacy",
                   "Claim of responsibility"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}


def _span(obj: Any, text: str | None, where: str) -> None:
    assert isinstance(obj, dict), f"{where}: span must be an object"
    assert isinstance(obj["start"], int) and isinstance(obj["end"], int), f"{where}: int offsets"
    assert 0 <= obj["start"] <= obj["end"], f"{where}: start <= end"
    if text is not None:
        assert obj["end"] <= len(text), f"{where}: span past the end of the text"
        if "text" in obj:
            assert text[obj["start"]:obj["end"]] == obj["text"], f"{where}: text != text[start:end]"


def check_extract(out: dict[str, Any], text: str | None = None) -> None:
    """Assert that one `dateline extract` object follows the contract."""
    for key in ("id", "published", "timexes", "places", "events", "errors"):
        assert key in out, f"missing {key}"
    assert isinstance(out["id"], str) and isinstance(out["errors"], list)
    if out["published"] is None and not out["errors"]:
        assert "published_estimate" in out, "undated document needs published_estimate"
    if out.get("published_estimate") is not None:
        est = out["published_estimate"]
        assert PARTIAL_DATE.match(est["value"]) and DATE.match(est["low"]) and DATE.match(est["high"])
        assert est["low"] <= est["high"] and isinstance(est["basis"], str)
    for t in out["timexes"]:
        _span(t, text, "timex")
        assert t["type"] in TIMEX_TYPES and isinstance(t["value"], str) and t["value"]
    for p in out["places"]:
        _span(p, text, "place")
        for key in ("name", "geonameid", "lat", "lon", "country_code", "admin1", "feature"):
            assert key in p, f"place missing {key}"
        if p["lat"] is not None:
            assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
    for e in out["events"]:
        check_event(e, text)


def check_event(e: dict[str, Any], text: str | None = None) -> None:
    t, s = e["event_type"], e["sub_event_type"]
    if t in EXTENSION_TYPES:
        assert s == t, f"extension type {t} must be its own sub-type"
    else:
        assert t in ACLED_TYPES and s in ACLED_TYPES[t], f"bad type pair {t} / {s}"
    assert e["date"] is None or DATE.match(e["date"])
    assert e["time_precision"] in (1, 2, 3) and e["geo_precision"] in (1, 2, 3)
    for key in ("actor1", "actor2", "source_attribution"):
        assert e[key] is None or isinstance(e[key], str)
    for key in ("actor1_mention", "actor2_mention"):
        if e[key] is not None:
            _span(e[key], text, key)
    if e["location"] is not None:
        for key in ("name", "lat", "lon", "country_code", "admin1"):
            assert key in e["location"]
    assert e["fatalities"] is None or (isinstance(e["fatalities"], int) and e["fatalities"] >= 0)
    _span(e["evidence"], text, "evidence")
