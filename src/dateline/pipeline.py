"""Run the extraction stages over documents, in order, with one spaCy parse each.

A failure inside one stage is recorded in that document's ``errors`` and the
other stages and documents go on.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc

from dateline.extract.actors import find_actors
from dateline.extract.events import code_events
from dateline.extract.figures import find_figures
from dateline.extract.places import get_geoparser
from dateline.extract.time import estimate_published, tag_times
from dateline.model import Document, Extraction
from dateline.nlp import MAX_CHARS, get_nlp

log = logging.getLogger(__name__)


def _run_stage(ext: Extraction, name: str, fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except Exception as exc:  # one stage's bug must not lose the document
        log.exception("stage %s failed on %s", name, ext.doc.id)
        ext.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        return None


def extract_parsed(doc: Document, sdoc: Doc) -> Extraction:
    """All stages over one document whose spaCy parse is ``sdoc``."""
    ext = Extraction(doc=doc)
    text = doc.clean_text  # boilerplate blanked, offsets unchanged
    if not doc.published:
        ext.published_estimate = _run_stage(ext, "published_estimate", estimate_published, text, sdoc)
    dct = ext.reference_date
    ext.timexes = _run_stage(ext, "time", tag_times, text, dct, sdoc) or []
    ext.places = _run_stage(ext, "places", get_geoparser().find, text, sdoc) or []
    # The reference year picks state actors' period suffixes ("(2000-)"), the date the
    # name of a renamed group ("Jabhat Fateh al Sham" in 2016, HTS from 2017).
    year = int(dct[:4]) if dct and dct[:4].isdigit() else None
    ext.actors = _run_stage(ext, "actors", find_actors, text, sdoc, ext.places, year, None, dct) or []
    ext.figures = _run_stage(ext, "figures", find_figures, text, sdoc) or []
    ext.events = _run_stage(ext, "events", code_events, ext, sdoc) or []
    return ext


def extract_documents(docs: Iterable[Document], batch_size: int = 16,
                      n_process: int = 1) -> Iterator[Extraction]:
    """Extract every document, in input order; unreadable ones come back with their errors."""
    nlp = get_nlp()
    pending: list[Document] = []

    def flush() -> Iterator[Extraction]:
        ok = [d for d in pending if not d.errors and d.text.strip()]
        parsed = iter(nlp.pipe((d.clean_text for d in ok), batch_size=batch_size, n_process=n_process))
        for d in pending:
            if d.errors or not d.text.strip():
                if not d.errors:
                    d.errors.append("empty document: no text to extract from")
                yield Extraction(doc=d)
            else:
                yield extract_parsed(d, next(parsed))
        pending.clear()

    for doc in docs:
        if len(doc.text) > MAX_CHARS:
            doc.errors.append(f"document too large: {len(doc.text)} characters (limit {MAX_CHARS})")
        pending.append(doc)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def extract_one(doc: Document) -> Extraction:
    return next(extract_documents([doc]))


def apply_published(docs: Iterable[Document], published: Optional[str]) -> Iterator[Document]:
    """Give ``published`` to every document that has no date of its own."""
    for d in docs:
        if published and not d.published:
            d.published = published
        yield d
