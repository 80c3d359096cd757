"""Metadata found in the text itself: a headline on the first line."""
from __future__ import annotations

from typing import Optional


def guess_title(text: str) -> Optional[str]:
    """The first line when it reads as a headline (short, no sentence end), else None."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > 160 or "\n" not in text.strip():
        return None
    if first.endswith((".", "?", "!", ":", ";", ",")) and not first.endswith("..."):
        return None
    words = first.split()
    if len(words) < 3:
        return None
    return first
