"""The one writer: every row communique stores goes through ``ArticleWriter``.

Identity is the SHA-256 of the article's canonical text, so storing the same article again
(from any path, under any id) changes nothing. Each article is written in its own
transaction: a failure rolls back that article alone and leaves earlier ones intact.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from communique.errors import StoreError
from communique.records import ArticleRecord
from communique.store.rows import record_to_rows

STATUSES = ("stored", "unchanged", "skipped", "failed")


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the canonical text, UTF-8: the article's identity in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Written:
    """What became of one input in the store."""

    source: str
    status: str  # stored | unchanged | skipped | failed
    article_id: str | None = None
    reason: str | None = None


class ArticleWriter:
    """Writes records and the ingest log through one connection in autocommit mode."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def write(self, record: ArticleRecord, source: str | None = None) -> Written:
        """Store one record with its log row; "unchanged" when its text is already stored.

        A text already stored under another id is unchanged too (the first id stays). A new
        text under an id already used replaces that article. Raises ``StoreError`` (after
        rolling back) when the record cannot be written.
        """
        source = source if source is not None else (record.article.source or record.id)
        digest = content_hash(record.article.text)
        try:
            with self._transaction():
                existing = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
                if existing is not None:
                    self._log(source, "unchanged", None, existing["id"])
                    return Written(source, "unchanged", existing["id"])
                replaced = self.conn.execute("DELETE FROM articles WHERE id = ?", (record.id,)).rowcount
                self._insert(record, digest)
                reason = "replaced the earlier text stored under this id" if replaced else None
                self._log(source, "stored", reason, record.id)
                return Written(source, "stored", record.id, reason)
        except sqlite3.Error as err:
            raise StoreError(f"cannot store article {record.id}: {err}") from err
        except (TypeError, ValueError) as err:  # a record whose fields cannot become rows
            raise StoreError(f"cannot store article {record.id}: {type(err).__name__}: {err}") from err

    def log(self, source: str, status: str, reason: str | None = None, article_id: str | None = None) -> Written:
        """Log an input that stored nothing (skipped or failed), in its own transaction."""
        try:
            with self._transaction():
                self._log(source, status, reason, article_id)
        except sqlite3.Error as err:
            raise StoreError(f"cannot write the ingest log: {err}") from err
        return Written(source, status, article_id, reason)

    def _log(self, source: str, status: str, reason: str | None, article_id: str | None) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown ingest status {status!r}")
        reason = reason.splitlines()[0] if reason else None
        self.conn.execute(
            "INSERT INTO ingest_log (source, status, reason, article_id, time) VALUES (?, ?, ?, ?, ?)",
            (source, status, reason, article_id, _now()),
        )

    def _insert(self, record: ArticleRecord, digest: str) -> None:
        from communique import __version__

        rows = record_to_rows(record, digest)
        article = {**rows.article, "stored_at": _now(), "communique_version": __version__}
        self._insert_rows("articles", [article])
        self._insert_rows("actors", rows.actors)
        self._insert_rows("mentions", rows.mentions)
        self._insert_rows("quotes", rows.quotes)
        self._insert_rows("events", rows.events)

    def _insert_rows(self, table: str, rows: "tuple[Mapping[str, Any], ...] | list[Mapping[str, Any]]") -> None:
        if not rows:
            return
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.conn.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            [tuple(row[c] for c in columns) for row in rows],
        )
