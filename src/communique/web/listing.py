"""Keyset-paginated lists of articles, actors, quotes and events for the API and exports.

Each list is a ``Listing``: a SELECT with named sort-key columns. A page is the rows after
a key, in key order; an export walks every page, so it streams any number of rows in
constant memory. Filters reuse ``ActorSpec`` and the date ranges of the corpus layer.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from communique.analysis.actor_spec import ActorSpec
from communique.analysis.periods import range_sql

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Listing:
    """``select`` yields the output columns plus the sort keys ``_k0.._kN``."""

    select: str
    keys: int


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[Row]
    next_key: list[Any] | None


ARTICLES = Listing(
    """SELECT a.id, a.published, a.headline, a.url, a.outlet, a.language, a.source,
              (SELECT count(*) FROM actors WHERE article_id = a.id) AS actors,
              (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,
              (SELECT count(*) FROM events WHERE article_id = a.id) AS events,
              COALESCE(a.published, '') AS _k0, a.id AS _k1
       FROM articles a""",
    2,
)
ACTORS = Listing(
    """SELECT * FROM (
           SELECT COALESCE(ac.kb_id, ac.code || '|' || ac.name) AS key, min(ac.name) AS name, ac.code, ac.country,
                  ac.sector, ac.kind, ac.kb_id, count(DISTINCT ac.article_id) AS articles,
                  COALESCE(ac.kb_id, ac.code || '|' || ac.name) AS _k0
           FROM actors ac WHERE {inner} GROUP BY COALESCE(ac.kb_id, ac.code || '|' || ac.name)) a""",
    1,
)
QUOTES = Listing(
    """SELECT a.published, q.article_id, q.position, q.speaker_name, q.speaker_code, q.speaker_country,
              q.speaker_sector, q.kind, q.cue, q.text, q.start, q."end", q.about, a.headline,
              COALESCE(a.published, '') AS _k0, q.article_id AS _k1, q.position AS _k2
       FROM quotes q JOIN articles a ON a.id = q.article_id""",
    3,
)
EVENTS = Listing(
    """SELECT e.date, e.article_id, e.position, e.source_name, e.source_code, e.source_country, e.source_sector,
              e.target_name, e.target_code, e.target_country, e.target_sector, e.cameo, e.root, e.plover, e.goldstein,
              e.quad_class, e.negated, e.historical, e.reported_by, e.text, e.start, e."end", e.evidence,
              COALESCE(e.date, '') AS _k0, e.article_id AS _k1, e.position AS _k2
       FROM events e""",
    3,
)
LISTINGS = {"articles": ARTICLES, "actors": ACTORS, "quotes": QUOTES, "events": EVENTS}


def _key_expr(listing: Listing) -> str:
    return ", ".join(f"_k{i}" for i in range(listing.keys))


def page(
    conn: sqlite3.Connection,
    listing: Listing,
    where: list[str],
    params: list[Any],
    after: list[Any] | None,
    limit: int,
    inner: tuple[list[str], list[Any]] = ([], []),
) -> Page:
    """Up to ``limit`` rows after the key ``after`` (None: from the start)."""
    inner_where, inner_params = inner
    select = listing.select.replace("{inner}", " AND ".join(inner_where) or "1")
    where = list(where)
    params = list(inner_params) + list(params)
    keys = _key_expr(listing)
    if after is not None:
        where.append(f"({keys}) > ({', '.join('?' * listing.keys)})")
        params += list(after)
    sql = f"SELECT * FROM ({select}) WHERE {' AND '.join(where) or '1'} ORDER BY {keys} LIMIT ?"
    raw = [dict(r) for r in conn.execute(sql, params + [limit + 1])]
    more = len(raw) > limit
    raw = raw[:limit]
    rows = [{k: v for k, v in r.items() if not k.startswith("_k")} for r in raw]
    next_key = [raw[-1][f"_k{i}"] for i in range(listing.keys)] if more and raw else None
    return Page(rows, next_key)


def walk(conn, listing: Listing, where, params, inner=([], []), after: list[Any] | None = None,
         batch: int = 1000) -> Iterator[Row]:
    """Every row after ``after``, page by page (each page carries on where the last ended)."""
    while True:
        result = page(conn, listing, where, params, after, batch, inner)
        yield from result.rows
        if result.next_key is None:
            return
        after = result.next_key


# Filters of each list, as WHERE fragments over the listing's output columns.

def article_filters(start: str | None, end: str | None, outlet: str | None = None) -> tuple[list[str], list[Any]]:
    clause, params = range_sql("published", start, end)
    where = [clause]
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    return where, params


def actor_filters(kind: str | None, code: ActorSpec | None) -> tuple[list[str], list[Any]]:
    where, params = [], []
    if kind:
        where.append("ac.kind = ?")
        params.append(kind)
    if code is not None:  # ActorSpec over the actors table's own column names
        if code.igo:
            where.append("ac.code LIKE ?")
            params.append(code.igo + "%")
        else:
            where.append("ac.country = ?")
            params.append(code.country)
            if code.sector:
                where.append("ac.sector = ?")
                params.append(code.sector)
    return where, params


def quote_filters(
    speaker: str | None, speaker_actor: ActorSpec | None, start: str | None, end: str | None, article: str | None = None
) -> tuple[list[str], list[Any]]:
    clause, params = range_sql("published", start, end)
    where = [clause]
    if speaker:
        where.append("lower(speaker_name) LIKE ?")
        params.append(f"%{speaker.lower()}%")
    if speaker_actor is not None:
        c, p = speaker_actor.sql("speaker")
        where.append(c)
        params += p
    if article:
        where.append("article_id = ?")
        params.append(article)
    return where, params


def event_filters(
    source: ActorSpec | None, target: ActorSpec | None, root: str | None, start: str | None, end: str | None,
    negated: bool = False,
) -> tuple[list[str], list[Any]]:
    clause, params = range_sql("date", start, end)
    where = [clause]
    if not negated:
        where.append("negated = 0")
    for prefix, spec in (("source", source), ("target", target)):
        if spec is not None:
            c, p = spec.sql(prefix)
            where.append(c)
            params += p
    if root:
        where.append("root = ?")
        params.append(root.zfill(2))
    return where, params
