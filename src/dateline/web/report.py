"""A self-contained HTML report: the web page with the API's answers embedded.

The report is drawn by the same ``static/app.js`` as the live page: this
module asks the same API functions the server uses, embeds their answers as
``window.DATELINE_DATA`` and inlines the script and stylesheet, so the file
opens from disk with no server and no network.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from dateline.web import api
from dateline.web.api import ApiError
from dateline.web.catalog import Catalog
from dateline.web.server import STATIC_DIR, basemap_handler

TIMELINE_DATES = 12
TIMELINE_SENTENCES = 2
# A report is one file: past this many documents, the rest are listed without their text.
MAX_DOCUMENT_TEXTS = 500


def _timeline(cat: Catalog, story: Optional[str]) -> dict[str, Any]:
    params = {"max_dates": [str(TIMELINE_DATES)], "sentences_per_date": [str(TIMELINE_SENTENCES)]}
    if story:
        params["story"] = [story]
    try:
        return api.timeline(cat, params)
    except ApiError as exc:
        return {"error": exc.message, "status": exc.status, "entries": []}


def report_data(cat: Catalog, title: str = "Dateline report",
                errors: Optional[list[str]] = None) -> dict[str, Any]:
    """Everything the page asks the API for, answered once."""
    events = api.list_events(cat, {"limit": [str(api.MAX_LIMIT)]})["events"]
    details = {e["event_id"]: api.get_event(cat, e["event_id"]) for e in events}
    doc_list = api.list_documents(cat, {})["documents"]
    documents: dict[str, Any] = {}
    # Documents that report events first, so their evidence is what stays viewable.
    cited = {d for e in events for d in e["documents"]}
    for row in sorted(doc_list, key=lambda r: r["id"] not in cited)[:MAX_DOCUMENT_TEXTS]:
        try:
            documents[row["id"]] = api.get_document(cat, row["id"])
        except ApiError:
            continue
    stories = api.list_stories(cat, {})["stories"]
    timelines = {"": _timeline(cat, None)}
    for s in stories:
        timelines[s["story_id"]] = _timeline(cat, s["story_id"])
    # Open on the best-attested event, so the evidence panel shows something at once.
    select = max(events, key=lambda e: (e["source_count"], -events.index(e)))["event_id"] if events else None
    return {
        "meta": {"title": title, "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 "errors": list(errors or [])},
        "events": events, "eventDetails": details, "documentList": doc_list, "documents": documents,
        "stories": stories, "timelines": timelines, "basemap": basemap_handler(cat, {"cells": ["110"]}),
        "select": select,
    }


def render_report(data: dict[str, Any]) -> str:
    style = (STATIC_DIR / "style.css").read_text(encoding="utf-8")
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    # "</" inside a <script> would end it early; JSON allows "<\/" for "</".
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    title = html.escape(data.get("meta", {}).get("title", "Dateline report"))
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            f"<style>\n{style}</style>\n</head>\n<body>\n<div id=\"dateline-app\"></div>\n"
            f"<script>window.DATELINE_DATA = {payload};</script>\n<script>\n{script}</script>\n</body>\n</html>\n")


def write_report(cat: Catalog, path: Path, title: str = "Dateline report",
                 errors: Optional[list[str]] = None) -> dict[str, Any]:
    """Write the report to ``path``; returns the embedded data."""
    data = report_data(cat, title, errors)
    path.write_text(render_report(data), encoding="utf-8")
    return data
