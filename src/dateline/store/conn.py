"""Connection plumbing shared by the SQL backends: locking, transactions, placeholders."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

from dateline.store.dialect import Dialect


class SQLBase:
    """A DB-API connection used from any thread, one statement at a time."""

    # The driver's unique-constraint error classes (set by each backend).
    integrity_errors: tuple[type[BaseException], ...] = ()
    # The driver's base error class (a missing table on first open).
    db_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, conn: Any, dialect: Dialect) -> None:
        self.conn = conn
        self.dialect = dialect
        self._lock = threading.RLock()
        self._tx_depth = 0

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        self.conn.commit()

    def _rollback(self) -> None:
        self.conn.rollback()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes; nested uses join the outermost transaction."""
        with self._lock:
            if self._tx_depth:
                self._tx_depth += 1
                try:
                    yield
                finally:
                    self._tx_depth -= 1
                return
            self._begin()
            self._tx_depth = 1
            try:
                yield
            except BaseException:
                self._tx_depth = 0
                self._rollback()
                raise
            self._tx_depth = 0
            self._commit()

    def _params(self, params: Sequence[Any]) -> tuple:
        if not self.dialect.nul_free_text:
            return tuple(params)
        # PostgreSQL text cannot hold NUL; U+FFFD keeps every character offset unchanged.
        return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p
                     for p in params)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._lock:
            cur = self.conn.cursor()
            cur.execute(self.dialect.sql(sql), self._params(params))
            rows = cur.fetchall()
            cur.close()
            return rows

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            cur = self.conn.cursor()
            cur.execute(self.dialect.sql(sql), self._params(params))
            cur.close()

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [self._params(r) for r in rows]
        if not rows:
            return
        with self._lock:
            cur = self.conn.cursor()
            cur.executemany(self.dialect.sql(sql), rows)
            cur.close()

    def _in(self, n: int) -> str:
        return "(" + ",".join("?" * n) + ")"

    def _bump_revision(self) -> None:
        """Count a change, so readers can tell cheaply whether to reload (``revision()``)."""
        self._run("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'revision'")
