"""Main text and metadata of an HTML page, with the standard library only.

We keep block-level text from the article body (``<article>`` or ``<main>``
when present, else ``<body>``) and drop scripts, navigation, headers,
footers, asides, forms and figure captions. Metadata comes from ``<title>``,
OpenGraph / article meta tags, ``<time datetime>`` and JSON-LD.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Optional

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
         "figcaption", "button", "svg", "iframe", "template", "select", "label"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "blockquote", "br", "tr", "table", "pre", "body", "figure"}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
              "og:published_time", "dc.date", "dc.date.issued", "sailthru.date",
              "parsely-pub-date", "publication_date")
_SKIP_CLASS = re.compile(r"\b(share|social|related|promo|newsletter|subscribe|advert|ad-|"
                         r"caption|credit|byline-social|cookie|comments?|breadcrumb|tags?)\b", re.I)


@dataclass
class HtmlPage:
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.stack: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.time_values: list[str] = []
        self.in_jsonld = False
        self.jsonld: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def _emit(self, s: str) -> None:
        for key in ("article", "main", "body"):
            if key in self.stack or key == "body":
                self.parts[key].append(s)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name and a.get("content"):
                self.meta.setdefault(name, a["content"])
            return
        if tag == "time" and a.get("datetime"):
            self.time_values.append(a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_jsonld = True
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in ("br", "hr", "img", "input", "link", "meta", "wbr"):
            if tag == "br":
                self._emit("\n")
            return
        self.stack.append(tag)
        if self.skip_depth or tag in _SKIP or _SKIP_CLASS.search(a.get("class", "") + " " + a.get("id", "")):
            self.skip_depth += 1
        elif tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_jsonld = False
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag not in self.stack:
            return  # stray end tag in broken HTML
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            elif top in _BLOCK:
                self._emit("\n")
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self._emit(data)


def _tidy(raw: str) -> str:
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _jsonld_fields(chunks: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            for key in ("datePublished", "dateCreated", "headline", "url"):
                if isinstance(item.get(key), str):
                    found.setdefault(key, item[key])
            pub = item.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                found.setdefault("publisher", pub["name"])
    return found


def parse_html(html: str) -> HtmlPage:
    """Main text and metadata of an HTML page; never raises on malformed markup."""
    ex = _Extractor()
    warnings: list[str] = []
    try:
        ex.feed(html)
        ex.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        warnings.append(f"malformed HTML, partly read: {exc}")
    body = next((_tidy("".join(ex.parts[k])) for k in ("article", "main", "body")
                 if _tidy("".join(ex.parts[k]))), "")
    ld = _jsonld_fields(ex.jsonld)
    title = (ex.meta.get("og:title") or ld.get("headline") or _tidy("".join(ex.h1))
             or _tidy("".join(ex.title_parts)) or None)
    published = ld.get("datePublished") or next(
        (ex.meta[k] for k in _DATE_META if ex.meta.get(k)), None) or (ex.time_values[0] if ex.time_values else None)
    url = ex.meta.get("og:url") or ld.get("url")
    source = ex.meta.get("og:site_name") or ld.get("publisher")
    return HtmlPage(text=body, title=title, published=_normalise_date(published), url=url,
                    source=source, warnings=warnings)


def _normalise_date(value: Optional[str]) -> Optional[str]:
    """ISO date (or datetime) from a metadata value, or None when it is not one."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?", value)
    if m:
        return m.group(1) + ("T" + m.group(2) if m.group(2) else "")
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    except Exception:
        parsed = None
    return parsed.date().isoformat() if parsed else None
