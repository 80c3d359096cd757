"""Find boilerplate lines in scraped article text.

Scraped news carries page furniture between and after the paragraphs:
share buttons, "Also on HuffPost:", photo credits, "3 min read", captions
repeated twice, "Popular in the Community". We mark those lines rather than
delete them so that character offsets stay those of the input.
"""
from __future__ import annotations

import re

# Whole lines that are page furniture, whatever the outlet.
_FURNITURE = re.compile(
    r"""^\s*(?:
        (?:also\ on|more\ from|read\ more|related|see\ also|recommended|popular\ in|trending|
           most\ read|you\ may\ also\ like|sponsored|advertisement|share\ this|follow\ us)\b.{0,80}
      | (?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy\ link)
           (?:\s*[|/·•,]?\s*(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy\ link))*
      | \d{1,2}\s*min(?:ute)?s?\ read
      | (?:photo|image|picture|video|file\ photo)\s*(?:credit)?\s*[:/].{0,120}
      | .{0,80}\b(?:via\ getty\ images|/\s*getty\ images|/\s*afp|/\s*reuters|/\s*ap\ photo|\(ap\ photo.{0,60}\))\s*
      | (?:getty\ images|afp|reuters|ap\ photo|anadolu\ agency)\s*
      | (?:sign\ up|subscribe)\b.{0,100}
      | (?:copyright|©|\(c\))\ .{0,120}
      | (?:click\ here|tap\ here)\b.{0,100}
      | (?:comments?|\d+\ comments?|leave\ a\ comment)\s*
      | (?:inside\ syria'?s\ war|watch|listen)\s*:?\s*
      | [^.\n]{5,160}\[(?:[A-Z][\w.\ /-]{1,40})\]\s*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of boilerplate lines (furniture and repeated captions)."""
    ranges: list[tuple[int, int]] = []
    lines = text.split("\n")
    counts: dict[str, int] = {}
    for line in lines:
        key = " ".join(line.lower().split())
        counts[key] = counts.get(key, 0) + 1
    pos = 0
    first_seen = False
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        key = " ".join(stripped.lower().split())
        # A short line with no sentence end that sits at the very end of the
        # text ("Popular in the Community") is furniture too.
        is_tail_stub = (i >= len(lines) - 3 and len(stripped) < 40
                        and not stripped.endswith((".", "!", "?", '"', "”")))
        # A caption is printed twice in a row by many scrapers: both copies go.
        repeated = counts[key] > 1 and len(key) > 20 and first_seen
        first_seen = True  # the first line (a headline) is kept even when repeated below
        if _FURNITURE.match(line) or repeated or (is_tail_stub and i > 0):
            ranges.append((start, end))
    return ranges
