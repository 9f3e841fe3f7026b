"""Full-text search over stored articles and quotes (SQLite FTS5, migration 4).

Words typed by a user become quoted FTS5 terms (all must match; a trailing ``*`` asks for a
prefix), so no input can reach FTS5's query syntax. Hits are ranked by BM25 and come with
a snippet whose matches are wrapped in ``MARK_START``/``MARK_END`` control characters: the
caller escapes the snippet and only then turns the markers into highlighting.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from communique.analysis.actor_spec import ActorSpec
from communique.analysis.periods import range_sql

MARK_START, MARK_END = "\x02", "\x03"
TERM = re.compile(r"(\w+)(\*?)", re.UNICODE)
KINDS = ("article", "quote")
MAX_TERMS = 16


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Narrowing a search. ``actor``: an actor in the article (for a quote, its speaker);
    ``country``: an actor of that country in the article; ``root``: the article has an
    event of that CAMEO root; ``issue``: the article (for a quote, the quote) is tagged."""

    start: str | None = None
    end: str | None = None
    actor: ActorSpec | None = None
    country: str | None = None
    root: str | None = None
    issue: str | None = None
    kind: str | None = None  # article | quote | None for both


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query of quoted terms; ValueError when there are none."""
    terms = [f'"{word}"' + ("*" if star else "") for word, star in TERM.findall(text)][:MAX_TERMS]
    if not terms:
        raise ValueError("the search has no words to look for")
    return " ".join(terms)


_ACTORS = "(SELECT article_id, code AS t_code, country AS t_country, sector AS t_sector FROM actors)"


def _filters(f: SearchFilters) -> tuple[list[str], list[Any]]:
    where, params = [], []
    clause, p = range_sql("a.published", f.start, f.end)
    where.append(clause)
    params += p
    if f.actor is not None:
        clause, p = f.actor.sql("t")
        speaker, sp = f.actor.sql("q.speaker")
        where.append(
            f"(CASE WHEN h.kind = 'quote' THEN EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = h.article_id"
            f" AND q.position = h.position AND {speaker})"
            f" ELSE EXISTS (SELECT 1 FROM {_ACTORS} t WHERE t.article_id = h.article_id AND {clause}) END)"
        )
        params += sp + p
    if f.country:
        where.append(f"EXISTS (SELECT 1 FROM {_ACTORS} t WHERE t.article_id = h.article_id AND t.t_country = ?)")
        params.append(f.country)
    if f.root:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = h.article_id AND e.root = ?)")
        params.append(f.root.zfill(2))
    if f.issue:
        where.append(
            "EXISTS (SELECT 1 FROM issue_tags it WHERE it.article_id = h.article_id AND it.issue = ?"
            " AND ((h.kind = 'article' AND it.item = 'article') OR (h.kind = 'quote' AND it.item = 'quote'"
            " AND it.position = h.position)))"
        )
        params.append(f.issue)
    if f.kind:
        where.append("h.kind = ?")
        params.append(f.kind)
    return where, params


ORDER = ("score", "kind", "article_id", "position")


def search(
    conn: sqlite3.Connection,
    text: str,
    filters: SearchFilters = SearchFilters(),
    *,
    after: tuple | list | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Article and quote hits, best first; ``after`` is the ``ORDER`` key of the last hit of
    the previous page (keyset pagination: pages never shift when rows are added elsewhere)."""
    query = fts_query(text)
    where, params = _filters(filters)
    if after is not None:
        where.append("(h.score, h.kind, h.article_id, h.position) > (?, ?, ?, ?)")
        params += list(after)
    sql = f"""
        WITH hits AS (
            SELECT 'article' AS kind, f.article_id, -1 AS position, bm25(articles_fts, 0.0, 5.0, 1.0) AS score
            FROM articles_fts f WHERE articles_fts MATCH ?
            UNION ALL
            SELECT 'quote', f.article_id, CAST(f.position AS INTEGER), bm25(quotes_fts, 0.0, 0.0, 1.0, 1.0)
            FROM quotes_fts f WHERE quotes_fts MATCH ?
        ),
        page AS (
            SELECT h.kind, h.article_id, h.position, h.score, a.headline, a.published, a.url
            FROM hits h JOIN articles a ON a.id = h.article_id
            WHERE {' AND '.join(where) or '1'}
            ORDER BY h.score, h.kind, h.article_id, h.position
            LIMIT ?
        )
        SELECT p.*, q.speaker_name, q.start, q."end"
        FROM page p LEFT JOIN quotes q ON p.kind = 'quote' AND q.article_id = p.article_id AND q.position = p.position
        ORDER BY p.score, p.kind, p.article_id, p.position
    """
    matches = [f"{{headline text}} : ({query})", f"{{speaker_name text}} : ({query})"]
    hits = [dict(r) for r in conn.execute(sql, matches + params + [int(limit)])]
    for hit in hits:  # snippets for the page only: each one a match narrowed to its own row
        hit["snippet"] = _snippet(conn, query, hit)
    return hits


def _snippet(conn: sqlite3.Connection, query: str, hit: dict[str, Any]) -> str | None:
    own = '"' + hit["article_id"].replace('"', '""') + '"'
    if hit["kind"] == "article":
        row = conn.execute(
            "SELECT snippet(articles_fts, 2, char(2), char(3), '…', 24) FROM articles_fts"
            " WHERE articles_fts MATCH ? AND article_id = ?",
            (f"({{headline text}} : ({query})) AND (article_id : {own})", hit["article_id"]),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT snippet(quotes_fts, 3, char(2), char(3), '…', 32) FROM quotes_fts"
            " WHERE quotes_fts MATCH ? AND article_id = ? AND position = ?",
            (f"({{speaker_name text}} : ({query})) AND (article_id : {own})", hit["article_id"], hit["position"]),
        ).fetchone()
    return row[0] if row else None
