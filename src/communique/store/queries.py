"""Reading the store: article lists, one article back as a record, prefix lookups."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from communique.errors import StoreError
from communique.records import ArticleRecord
from communique.store.rows import RecordRows, record_from_rows

TABLES = ("articles", "actors", "mentions", "quotes", "events", "ingest_log")


class ArticleNotFound(StoreError):
    code = "not-found"


class AmbiguousId(StoreError):
    code = "ambiguous-id"


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of ``communique articles``."""

    id: str
    published: str | None
    headline: str | None
    actors: int
    quotes: int
    events: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published,
            "headline": self.headline,
            "actors": self.actors,
            "quotes": self.quotes,
            "events": self.events,
        }


def list_articles(conn: sqlite3.Connection, limit: int | None = None) -> list[ArticleSummary]:
    """Stored articles, newest publication date first (undated last), then by id."""
    sql = """
        SELECT a.id, a.published, a.headline,
            (SELECT count(*) FROM actors WHERE article_id = a.id) AS actors,
            (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,
            (SELECT count(*) FROM events WHERE article_id = a.id) AS events
        FROM articles a
        ORDER BY a.published IS NULL, a.published DESC, a.id
    """
    params: tuple[Any, ...] = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    return [ArticleSummary(*tuple(row)) for row in conn.execute(sql, params)]


def resolve_id(conn: sqlite3.Connection, id_or_prefix: str) -> str:
    """The stored id equal to ``id_or_prefix``, else the only one starting with it."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (id_or_prefix,)).fetchone():
        return id_or_prefix
    if not id_or_prefix:
        raise ArticleNotFound("give an article id (or the start of one)")
    matches = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6",
            (len(id_or_prefix), id_or_prefix),
        )
    ]
    if not matches:
        raise ArticleNotFound(f"no stored article has an id starting with {id_or_prefix!r}")
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
        raise AmbiguousId(f"{id_or_prefix!r} starts several article ids ({shown}); give more of it")
    return matches[0]


def load_record(conn: sqlite3.Connection, article_id: str) -> ArticleRecord:
    """The record rebuilt from its rows (not from the stored JSON): what the tables say."""
    article = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if article is None:
        raise ArticleNotFound(f"no stored article with id {article_id!r}")

    def children(table: str) -> tuple[dict[str, Any], ...]:
        return tuple(dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE article_id = ?", (article_id,)))

    rows = RecordRows(
        article=dict(article),
        actors=children("actors"),
        mentions=children("mentions"),
        quotes=children("quotes"),
        events=children("events"),
    )
    return record_from_rows(rows)


def find_record(conn: sqlite3.Connection, id_or_prefix: str) -> ArticleRecord:
    return load_record(conn, resolve_id(conn, id_or_prefix))


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def ingest_log(conn: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    sql = "SELECT id, source, status, reason, article_id, time FROM ingest_log ORDER BY id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql)]
