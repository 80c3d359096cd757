"""Write a timeline as JSON, Markdown or a self-contained HTML page."""
from __future__ import annotations

import html
import json
from datetime import date
from typing import Sequence, TextIO

from dateline.model import TimelineEntry

FORMATS = ("json", "md", "html")


def _sorted(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    return sorted(entries, key=lambda e: e.date)


def _long_date(day: str) -> str:
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return day
    return f"{d.day} {d.strftime('%B')} {d.year}"


def timeline_json(entries: Sequence[TimelineEntry]) -> str:
    """The contract's JSON: ``[{"date": "YYYY-MM-DD", "sentences": [...]}]`` sorted by date."""
    return json.dumps([e.to_json() for e in _sorted(entries)], ensure_ascii=False, indent=1)


def timeline_markdown(entries: Sequence[TimelineEntry], title: str) -> str:
    lines = [f"# {title}", ""]
    if not entries:
        lines.append("_No dated sentences found._")
    for e in _sorted(entries):
        lines.append(f"## {e.date}")
        lines.append("")
        # Markdown control characters at a line start would restyle a sentence.
        lines.extend(f"- {s.replace(chr(10), ' ')}" for s in e.sentences)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:46rem;margin:2rem auto;
padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.6rem;border-bottom:2px solid #444;padding-bottom:.3rem}
ol.timeline{list-style:none;padding:0;border-left:3px solid #8a8a8a;margin-left:.5rem}
ol.timeline>li{position:relative;padding:0 0 1.2rem 1.4rem}
ol.timeline>li::before{content:"";position:absolute;left:-.55rem;top:.35rem;width:.8rem;height:.8rem;
border-radius:50%;background:#c0392b}
time{font-weight:600;display:block}
ul{margin:.2rem 0 0 0;padding-left:1.1rem}
""".strip()


def timeline_html(entries: Sequence[TimelineEntry], title: str) -> str:
    """One page, no external resources, every text escaped."""
    items = []
    for e in _sorted(entries):
        sents = "".join(f"<li>{html.escape(s)}</li>" for s in e.sentences)
        items.append(f'<li><time datetime="{html.escape(e.date)}">{html.escape(_long_date(e.date))}</time>'
                     f"<ul>{sents}</ul></li>")
    body = f'<ol class="timeline">{"".join(items)}</ol>' if items else "<p>No dated sentences found.</p>"
    t = html.escape(title)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{t}</title><style>{_CSS}</style></head>\n<body><h1>{t}</h1>\n{body}\n</body></html>\n")


def write_timeline(entries: Sequence[TimelineEntry], fmt: str, out: TextIO, title: str = "Timeline") -> None:
    """Write ``entries`` to ``out`` as ``json``, ``md`` or ``html``."""
    if fmt == "json":
        out.write(timeline_json(entries) + "\n")
    elif fmt == "md":
        out.write(timeline_markdown(entries, title))
    elif fmt == "html":
        out.write(timeline_html(entries, title))
    else:
        raise ValueError(f"unknown timeline format {fmt!r}: use one of {', '.join(FORMATS)}")
