"""The server store: PostgreSQL through psycopg 3, same tables and behaviour as SQLite."""
from __future__ import annotations

from dateline.store.dialect import POSTGRES
from dateline.store.sql import SQLStore


class PostgresStore(SQLStore):
    def __init__(self, url: str) -> None:
        import psycopg

        # Autocommit with explicit BEGIN/COMMIT: reads outside ``transaction()`` never
        # leave an idle open transaction on a long-running server.
        self.integrity_errors = (psycopg.IntegrityError,)
        self.db_errors = (psycopg.Error,)
        conn = psycopg.connect(url, autocommit=True)
        self.url = url
        super().__init__(conn, POSTGRES)

    @classmethod
    def from_url(cls, url: str) -> "PostgresStore":
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        return cls(url)

    def _begin(self) -> None:
        self.conn.execute("BEGIN")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        self.conn.execute("ROLLBACK")
