"""Dateline: structured, verifiable event records from conflict news."""
__version__ = "0.1.0"
