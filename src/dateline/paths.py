"""Where Dateline keeps its shipped data and its built caches."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DATA = Path(__file__).resolve().parent / "data"


def cache_dir() -> Path:
    """Writable cache for indexes built on first use (``DATELINE_CACHE`` overrides)."""
    root = Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")
    root.mkdir(parents=True, exist_ok=True)
    return root


def shared_dir() -> Path | None:
    """``../shared`` beside the project checkout, when present (dev and CI only)."""
    env = os.environ.get("DATELINE_SHARED")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" for p in here.parents[:5]] + [Path.cwd().parent / "shared"]
    for c in candidates:
        if (c / "eval").is_dir():
            return c
    return None
