"""Opening a store: one SQLite file in WAL mode, migrated to the latest schema on open."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from communique.errors import StoreError
from communique.store.migrations import LATEST, migrate


def connect(path: str | os.PathLike[str], create: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, foreign keys on.

    Creates the file and its directory when missing (unless ``create`` is false: commands
    that only read should not leave an empty database behind a typo). A missing file, a
    file that is not a SQLite database, or one from a newer communique, raises
    ``StoreError`` with a one-line reason.
    """
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"no database at {path} (communique ingest SOURCE... creates one)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the directory for {path}: {err.strerror or err}") from err
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as err:
        raise StoreError(f"cannot open database {path}: {err}") from err
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as err:
        conn.close()
        raise StoreError(f"{path} is not a usable communique database: {err}") from err
    except StoreError:
        conn.close()
        raise
    return conn


class Store:
    """A communique database: the connection, its one writer and its queries."""

    def __init__(self, path: str | os.PathLike[str], create: bool = True) -> None:
        self.path = Path(path)
        self.conn = connect(self.path, create=create)

    def writer(self):
        from communique.store.writer import ArticleWriter

        return ArticleWriter(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["LATEST", "Store", "connect"]
