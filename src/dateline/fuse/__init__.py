"""The cross-document layer: fused events, rival claims, stories, timelines.

``update(store, new)`` is called after new documents are stored: it fuses
their events into the store's fused events (touching only blocked
candidates) and then lets stories regroup the new documents.
"""
from __future__ import annotations

import importlib.util
import logging
from typing import Sequence

from dateline.model import Extraction

log = logging.getLogger(__name__)


def update(store, new: Sequence[Extraction]) -> None:  # type: ignore[no-untyped-def]
    """Fuse the events of newly stored extractions, then update stories."""
    from dateline.fuse.events import fuse_pending, fuse_reports, reports_from_extractions

    new = [x for x in new if not x.doc.errors]
    fuse_reports(store, reports_from_extractions(store, new))
    fuse_pending(store)  # anything stored earlier without fusion (e.g. an interrupted ingest)
    # Stories are built in their own module; fusion works without it.
    if importlib.util.find_spec("dateline.fuse.stories") is None:
        return
    try:
        from dateline.fuse.stories import update_stories

        update_stories(store, [x.doc.id for x in new])
    except Exception:  # the documents and events are stored; stories can be rebuilt later
        log.exception("updating stories failed")


__all__ = ["update"]
