"""The store's tables, written once for both backends.

``{serial}``, ``{real}`` and the full-text parts differ per dialect and are
filled in by ``dateline.store.dialect``. Column names avoid SQL keywords
(``start``/``end`` are ``start_char``/``end_char``; dates are ``date_start``,
``date_end``).

Version history (``meta.schema_version``):
  1: documents, mentions (timexes, places, actors, figures), sentences with
     full-text search, events with per-report claims, fused events with their
     blocking index, stories and story membership.
"""
from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  seq {serial},
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  published TEXT,
  published_estimate TEXT,
  estimate_low TEXT,
  estimate_high TEXT,
  estimate_basis TEXT,
  source TEXT,
  url TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  boilerplate TEXT,
  given_mentions TEXT,
  derived_text INTEGER NOT NULL DEFAULT 0,
  doc_errors TEXT,
  ext_errors TEXT,
  added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS timexes (
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, range_start TEXT, range_end TEXT,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS places (
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT, geonameid BIGINT, lat {real}, lon {real}, country_code TEXT, admin1 TEXT,
  feature TEXT, geo_precision INTEGER NOT NULL DEFAULT 1, score {real} NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS actors (
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS figures (
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
  kind TEXT NOT NULL, value BIGINT NOT NULL, attribution TEXT,
  hedged INTEGER NOT NULL DEFAULT 0, denied INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS sentences (
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
  {sentence_tsv}
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
  date_start TEXT, date_end TEXT,
  actor1 TEXT, actor2 TEXT,
  location_name TEXT, lat {real}, lon {real}, country_code TEXT,
  fatalities BIGINT,
  data TEXT NOT NULL,
  claims TEXT,
  fused_id TEXT,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_fused ON events (fused_id);
CREATE INDEX IF NOT EXISTS events_date ON events (date_start);
CREATE TABLE IF NOT EXISTS fused_events (
  event_id TEXT PRIMARY KEY,
  first_seq BIGINT NOT NULL,
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
  date_start TEXT, date_end TEXT,
  location_name TEXT, lat {real}, lon {real}, country_code TEXT,
  actor1 TEXT, actor2 TEXT,
  fatalities BIGINT,
  source_count INTEGER NOT NULL,
  contested INTEGER NOT NULL DEFAULT 0,
  data TEXT NOT NULL,
  profile TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fused_events_date ON fused_events (date_start);
CREATE TABLE IF NOT EXISTS fused_blocks (
  cell TEXT NOT NULL,
  day INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (cell, day, event_id)
);
CREATE INDEX IF NOT EXISTS fused_blocks_event ON fused_blocks (event_id);
CREATE TABLE IF NOT EXISTS stories (
  story_id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT
);
CREATE TABLE IF NOT EXISTS story_documents (
  story_id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (story_id, doc_id)
);
CREATE INDEX IF NOT EXISTS story_documents_doc ON story_documents (doc_id);
"""

# Tables holding one row set per document, in the order they are written.
DOCUMENT_TABLES = ("timexes", "places", "actors", "figures", "sentences", "events")
