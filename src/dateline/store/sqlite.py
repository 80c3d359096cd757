"""The embedded store: one SQLite file in WAL mode (readers never block the writer)."""
from __future__ import annotations

import os
import sqlite3

from dateline.store.dialect import SQLITE
from dateline.store.sql import SQLStore


def path_from_url(url: str) -> str:
    """``sqlite:///rel.db`` -> ``rel.db``, ``sqlite:////abs.db`` -> ``/abs.db``, ``sqlite://`` -> memory."""
    if not url.startswith("sqlite:"):
        raise ValueError(f"not a sqlite URL: {url!r}")
    rest = url[len("sqlite:"):]
    if rest in ("", "//", "///:memory:", "//:memory:"):
        return ":memory:"
    if rest.startswith("///"):
        return rest[3:]
    if rest.startswith("//"):
        return rest[2:]
    return rest


class SQLiteStore(SQLStore):
    integrity_errors = (sqlite3.IntegrityError,)
    db_errors = (sqlite3.Error,)

    def __init__(self, path: str = ":memory:") -> None:
        if path != ":memory:":
            parent = os.path.dirname(os.path.abspath(path))
            os.makedirs(parent, exist_ok=True)
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE takes the write lock
        # up front, so two writers wait on busy_timeout instead of failing mid-way).
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        # A 64 MB page cache and memory-mapped reads: fusion's blocked lookups stay in memory
        # for stores of a few hundred thousand events.
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("PRAGMA mmap_size=268435456")
        self.path = path
        super().__init__(conn, SQLITE)

    @classmethod
    def from_url(cls, url: str) -> "SQLiteStore":
        return cls(path_from_url(url))

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        self.conn.execute("ROLLBACK")
