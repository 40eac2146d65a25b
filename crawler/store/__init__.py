"""Storage behind one narrow interface.

The pipeline talks to a `Store` only through the methods of the `Store` protocol below; SQLite
(`SQLiteStore`) is the embedded default. A shared PostgreSQL store implements the same protocol.
"""

from __future__ import annotations

from pathlib import Path

from .._dedup import DedupSettings
from ._base import DueUrl, SaveResult, Store
from ._sqlite import SCHEMA_VERSION, SQLiteStore, StoreError


def open_store(target: str | Path = "articles.db", *, dedup: DedupSettings | None = None,
               read_only: bool = False, timeout: float = 30.0) -> SQLiteStore:
    """Open (creating and migrating as needed) the store at `target`: a SQLite file path. With `read_only`, an
    existing store is opened for reading only (nothing created, migrated or written). `timeout`: seconds a
    statement waits for another connection's lock (a crawl writing the same file) before it fails with a
    StoreError ("database is locked"); 0 fails at once."""
    return SQLiteStore(target, dedup_settings=dedup, read_only=read_only, timeout=timeout)


__all__ = ["SCHEMA_VERSION", "DedupSettings", "DueUrl", "SQLiteStore", "SaveResult", "Store", "StoreError",
           "open_store"]
