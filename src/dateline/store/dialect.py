"""The few places where SQLite and PostgreSQL SQL differ.

Store SQL is written once with ``?`` placeholders; ``Dialect.sql`` rewrites it
for the driver. Full-text search is the main difference: SQLite keeps FTS5
shadow tables written alongside the rows, PostgreSQL a generated ``tsvector``
column with a GIN index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.store.schema import TABLES

_WORDS = re.compile(r"\w+", re.UNICODE)


# Words PostgreSQL's english configuration ignores; SQLite drops them too so both agree.
STOPWORDS = frozenset("""a an and are as at be been but by can did do does for from had has have he her
his how i if in into is it its me my no nor not of on or our she so than that the their them then
there these they this those to too very was we were what when where which while who whom why will
with you your""".split())


def query_words(query: str) -> list[str]:
    """The words of a free-text query, as both backends' search sees them."""
    return [w for w in _WORDS.findall(query.lower()) if w not in STOPWORDS]


@dataclass(frozen=True)
class Dialect:
    name: str
    placeholder: str
    serial: str
    real: str
    sentence_tsv: str
    extra_ddl: tuple[str, ...]
    # Serialises schema creation and fusion runs of concurrent writers (SQLite: BEGIN IMMEDIATE does).
    writer_lock_sql: str = ""
    # True when text values may not contain NUL characters.
    nul_free_text: bool = False

    def sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def ddl(self) -> list[str]:
        filled = TABLES.format(serial=self.serial, real=self.real, sentence_tsv=self.sentence_tsv)
        return [s.strip() for s in filled.split(";") if s.strip()] + list(self.extra_ddl)

    @property
    def writes_fts(self) -> bool:
        """True when full-text rows must be written by the store (SQLite FTS5)."""
        return self.name == "sqlite"

    def sentence_search_sql(self) -> tuple[str, str]:
        """(SQL, how to turn the query into its parameter) for sentence search."""
        if self.name == "sqlite":
            return ("SELECT s.doc_id, s.idx, s.start_char, s.end_char, s.text, -bm25(sentences_fts) "
                    "FROM sentences_fts JOIN sentences s "
                    "ON s.doc_id = sentences_fts.doc_id AND s.idx = sentences_fts.idx "
                    "WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts), s.doc_id, s.idx LIMIT ?",
                    "fts5")
        return ("SELECT doc_id, idx, start_char, end_char, text, ts_rank(tsv, q) "
                "FROM sentences, plainto_tsquery('english', %s) q WHERE tsv @@ q "
                "ORDER BY 6 DESC, doc_id, idx LIMIT %s", "plain")

    def document_search_sql(self) -> tuple[str, str]:
        if self.name == "sqlite":
            return ("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ? "
                    "ORDER BY bm25(documents_fts), doc_id LIMIT ?", "fts5")
        return ("SELECT id FROM documents, plainto_tsquery('english', %s) q WHERE tsv @@ q "
                "ORDER BY ts_rank(tsv, q) DESC, id LIMIT %s", "plain")

    def search_param(self, query: str, kind: str) -> str:
        words = query_words(query)
        if kind == "fts5":
            # Every word quoted: FTS5 operators in user input are taken literally.
            return " ".join('"' + w.replace('"', "") + '"' for w in words)
        return " ".join(words)


SQLITE = Dialect(
    name="sqlite", placeholder="?", serial="INTEGER PRIMARY KEY AUTOINCREMENT", real="REAL",
    sentence_tsv="",
    extra_ddl=(
        "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
        "text, doc_id UNINDEXED, idx UNINDEXED, tokenize='porter unicode61')",
        "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
        "title, text, doc_id UNINDEXED, tokenize='porter unicode61')",
    ),
)

POSTGRES = Dialect(
    name="postgresql", placeholder="%s", serial="BIGSERIAL PRIMARY KEY", real="DOUBLE PRECISION",
    sentence_tsv="tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,",
    extra_ddl=(
        "CREATE INDEX IF NOT EXISTS sentences_tsv ON sentences USING GIN (tsv)",
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
        "CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING GIN (tsv)",
    ),
    writer_lock_sql="SELECT pg_advisory_xact_lock(7252017)",
    nul_free_text=True,
)
