"""Readers that turn files, directories and standard input into ``Document``s."""
from dateline.ingest.readers import read_paths

__all__ = ["read_paths"]
