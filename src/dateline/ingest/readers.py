"""Read ``.txt``, ``.html``/``.htm``, ``.jsonl`` and ``.csv`` inputs into Documents.

Per the command-line contract: a directory is read recursively, ``-`` is
standard input. A bad item (binary, undecodable, empty, malformed line or
row, too large) becomes a ``Document`` whose ``errors`` say why, so the
caller reports it and goes on with the rest.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from dateline.ingest.boilerplate import boilerplate_ranges
from dateline.ingest.html import _normalise_date, parse_html
from dateline.ingest.metadata import guess_title
from dateline.model import Document

MAX_FILE_BYTES = 50_000_000  # one file; a JSONL/CSV file may hold many documents
MAX_DOC_CHARS = 1_000_000
KNOWN_SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".csv"}
csv.field_size_limit(MAX_DOC_CHARS * 4)


def read_paths(paths: Iterable[str], stdin: Optional[io.BufferedIOBase] = None) -> Iterator[Document]:
    """Documents from every path, in order (directories sorted, recursively)."""
    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_bytes(data, "stdin", _sniff(data))
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*")
                           if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            for f in files:
                yield from read_file(f)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Document(id=path.stem or p, text="", origin=p, errors=[f"no such file or directory: {p}"])


def read_file(path: Path) -> Iterator[Document]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Document(id=path.stem, text="", origin=str(path),
                           errors=[f"file too large: {size} bytes (limit {MAX_FILE_BYTES})"])
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Document(id=path.stem, text="", origin=str(path), errors=[f"cannot read file: {exc}"])
        return
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("txt", "html", "htm", "jsonl", "csv"):
        kind = _sniff(data)
    yield from _read_bytes(data, str(path), kind, stem=path.stem)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>", b"<div")):
        return "html"
    return "txt"


def _decode(data: bytes) -> str:
    """UTF-8 text (BOM allowed); raises ValueError with a clear message otherwise."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes): not a text document")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); "
                         "re-encode the file as UTF-8") from None


def _decode_utf16(data: bytes) -> str:
    """Text behind a UTF-16 byte-order mark, unless the mark is all that is UTF-16."""
    payload = data[2:]
    if payload and b"\x00" not in payload:
        try:
            payload.decode("utf-8")
        except UnicodeDecodeError:
            pass  # CJK-only UTF-16 has no NUL byte either
        else:
            # Decoding UTF-8 as UTF-16 gives a line of CJK-looking nonsense.
            raise ValueError("starts with a UTF-16 byte-order mark but the rest is UTF-8 text; "
                             "remove the mark or re-encode the file as UTF-8")
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ValueError(f"broken UTF-16 text ({exc.reason} at offset {exc.start}); "
                         "re-encode the file as UTF-8") from None


def _read_bytes(data: bytes, origin: str, kind: str, stem: str = "stdin") -> Iterator[Document]:
    try:
        text = _decode(data)
    except ValueError as exc:
        yield Document(id=stem, text="", origin=origin, errors=[str(exc)])
        return
    if kind == "jsonl":
        yield from _read_jsonl(text, origin, stem)
    elif kind == "csv":
        yield from _read_csv(text, origin, stem)
    elif kind in ("html", "htm"):
        yield _html_document(text, stem, origin)
    else:
        yield _text_document(text, stem, origin)


def _check_size(doc: Document) -> Document:
    if len(doc.text) > MAX_DOC_CHARS:
        doc.errors.append(f"document too large: {len(doc.text)} characters (limit {MAX_DOC_CHARS})")
    elif not doc.text.strip() and not doc.errors:
        doc.errors.append("empty document: no text")
    return doc


def _text_document(text: str, doc_id: str, origin: str) -> Document:
    doc = Document(id=doc_id, text=text, origin=origin)
    doc.boilerplate = boilerplate_ranges(text)
    doc.title = guess_title(text)
    return _check_size(doc)


def _html_document(html: str, doc_id: str, origin: str) -> Document:
    page = parse_html(html)
    doc = Document(id=doc_id, text=page.text, title=page.title, published=page.published,
                   url=page.url, source=page.source, origin=origin, derived_text=True)
    doc.boilerplate = boilerplate_ranges(page.text)
    if not page.text.strip():
        doc.errors.append("HTML page has no readable text" + (f" ({page.warnings[0]})" if page.warnings else ""))
    return _check_size(doc)


def _from_record(rec: dict[str, Any], default_id: str, origin: str) -> Document:
    if not isinstance(rec, dict):
        return Document(id=default_id, text="", origin=origin, errors=["record is not a JSON object"])
    doc_id = str(rec.get("id") or default_id)
    text = rec.get("text")
    if not isinstance(text, str):
        return Document(id=doc_id, text="", origin=origin, errors=["record has no 'text' string"])
    published = rec.get("published") or rec.get("date") or None
    doc = Document(id=doc_id, text=text, title=rec.get("title") or None,
                   published=_normalise_date(str(published)) if published else None,
                   url=rec.get("url") or None, source=rec.get("source") or None, origin=origin)
    if published and not doc.published:
        doc.errors.append(f"unreadable published date {published!r}")
    mentions = rec.get("mentions") or []
    try:
        doc.mentions = [(int(m["start"]), int(m["end"])) for m in mentions]
    except (KeyError, TypeError, ValueError):
        doc.errors.append("malformed 'mentions': each needs integer start and end")
    doc.boilerplate = boilerplate_ranges(text)
    return _check_size(doc)


def _read_jsonl(text: str, origin: str, stem: str) -> Iterator[Document]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        default_id = f"{stem}-{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(id=default_id, text="", origin=f"{origin}:{lineno}",
                           errors=[f"malformed JSON on line {lineno}: {exc.msg} (column {exc.colno})"])
            continue
        yield _from_record(rec, default_id, f"{origin}:{lineno}")


def _read_csv(text: str, origin: str, stem: str) -> Iterator[Document]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    except csv.Error as exc:
        yield Document(id=stem, text="", origin=origin, errors=[f"malformed CSV header: {exc}"])
        return
    if "text" not in fields:
        yield Document(id=stem, text="", origin=origin,
                       errors=[f"CSV has no 'text' column (columns: {', '.join(fields) or 'none'})"])
        return
    reader.fieldnames = fields
    rowno = 1
    while True:
        rowno += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Document(id=f"{stem}-{rowno}", text="", origin=f"{origin}:{rowno}",
                           errors=[f"malformed CSV row {rowno}: {exc}"])
            continue
        if None in row:  # more cells than header columns
            yield Document(id=str(row.get("id") or f"{stem}-{rowno}"), text="", origin=f"{origin}:{rowno}",
                           errors=[f"malformed CSV row {rowno}: more cells than columns"])
            continue
        yield _from_record({k: v for k, v in row.items() if v not in (None, "")},
                           f"{stem}-{rowno}", f"{origin}:{rowno}")


