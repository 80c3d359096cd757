"""One store behind the CLI, the web page and the API.

``open_store(url)`` returns a ``Store``: ``sqlite:///path.db`` (the embedded
default) or ``postgresql://...``.
"""
from __future__ import annotations

from dateline.store.base import Store


def open_store(url: str) -> Store:
    if url.startswith("sqlite:"):
        from dateline.store.sqlite import SQLiteStore

        return SQLiteStore.from_url(url)
    if url.startswith(("postgresql:", "postgres:")):
        from dateline.store.postgres import PostgresStore

        return PostgresStore.from_url(url)
    raise ValueError(f"unsupported --db URL {url!r}: use sqlite:///FILE or postgresql://...")


__all__ = ["Store", "open_store"]
