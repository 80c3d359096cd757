"""The word-at-a-time past-cue scan finds exactly the spans of the past-cue pattern."""
from __future__ import annotations

import random

from dateline.extract.time.tense import _PAST_CUES, _past_cues

_WORDS = ["was", "Wasted", "killed", "KILLED", "need", "needed", "indeed", "hundred", "expectedly",
          "planned", "proposed", "seed", "speed", "sped", "bed", "red", "shed", "1990ed", "x_ed",
          "caf\u00e9d", "\u212aILLED", "wa\u017f", "ago", "agog", "led", "ledger", "cr\u00eaped"]
_SEPARATORS = [" ", ", ", ". ", "-", "'", "\n", ""]


def test_past_cue_scan_agrees_with_the_pattern() -> None:
    rng = random.Random(11)
    for _ in range(4000):
        chunk = "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in _past_cues(chunk)] == [m.span() for m in _PAST_CUES.finditer(chunk)], chunk


def test_examples() -> None:
    chunk = "The army said it needed more troops that had proceeded, a hundred were expected"
    assert [m.group() for m in _past_cues(chunk)] == ["said", "needed", "had", "proceeded", "were"]
