"""What each page shows, as plain JSON-ready dicts: the HTML page and its ``/api/v1`` twin
call the same function here, which calls the corpus layer's queries.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import asdict, is_dataclass
from datetime import date, timedelta
from typing import Any

from communique.analysis import queries
from communique.analysis.actor_spec import ActorSpec
from communique.analysis.dyads import dyad_series, dyad_statements
from communique.analysis.issues import issue_by_key
from communique.analysis.periods import period_sql, range_sql
from communique.analysis.search import SearchFilters, search
from communique.store.queries import find_record, list_articles, table_counts
from communique.web.errors import not_found

Row = dict[str, Any]
RECENT_DAYS = 30


def _last_period(conn: sqlite3.Connection, days: int) -> tuple[str | None, str | None]:
    """The ``days`` up to the latest publication date in the store (not today: a corpus can be old)."""
    latest = conn.execute("SELECT max(published) FROM articles WHERE length(published) = 10").fetchone()[0]
    if not latest:
        return None, None
    end = date.fromisoformat(latest)
    return (end - timedelta(days=days - 1)).isoformat(), end.isoformat()


def active_dyads(conn: sqlite3.Connection, start: str | None, end: str | None, limit: int = 10) -> list[Row]:
    """Country pairs (either direction) with the most events dated in the range."""
    clause, params = range_sql("date", start, end)
    sql = f"""
        SELECT min(source_country, target_country) AS a, max(source_country, target_country) AS b,
               count(*) AS events, round(sum(goldstein), 2) AS goldstein_sum
        FROM events
        WHERE negated = 0 AND source_country IS NOT NULL AND target_country IS NOT NULL
              AND source_country != target_country AND {clause}
        GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?
    """
    return [dict(r) for r in conn.execute(sql, params + [limit])]


def active_issues(conn: sqlite3.Connection, start: str | None, end: str | None, limit: int = 10) -> list[Row]:
    clause, params = range_sql("a.published", start, end)
    sql = f"""
        SELECT it.issue, count(DISTINCT it.article_id) AS articles,
               count(DISTINCT CASE WHEN it.item = 'quote' THEN it.article_id || ':' || it.position END) AS quotes
        FROM issue_tags it JOIN articles a ON a.id = it.article_id
        WHERE {clause} GROUP BY it.issue ORDER BY articles DESC, it.issue LIMIT ?
    """
    out = []
    for r in conn.execute(sql, params + [limit]):
        issue = issue_by_key(r["issue"])
        out.append({**dict(r), "name": issue.name if issue else r["issue"]})
    return out


def home(conn: sqlite3.Connection, latest: int = 10) -> Row:
    start, end = _last_period(conn, RECENT_DAYS)
    return {
        "totals": table_counts(conn),
        "latest_articles": [a.to_json() for a in list_articles(conn, latest)],
        "period": {"start": start, "end": end, "days": RECENT_DAYS},
        "active_dyads": active_dyads(conn, start, end),
        "active_issues": active_issues(conn, start, end),
    }


def article(conn: sqlite3.Connection, article_id: str) -> Row:
    """The stored record (``find_record`` accepts an unambiguous id prefix), its issue tags and
    near-duplicates. Raises ``ArticleNotFound``/``AmbiguousId``."""
    record = find_record(conn, article_id)
    tags = [
        dict(r)
        for r in conn.execute(
            'SELECT issue, item, position, start, "end", text FROM issue_tags WHERE article_id = ? ORDER BY start',
            (record.id,),
        )
    ]
    group = [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM article_groups WHERE group_id = (SELECT group_id FROM article_groups"
            " WHERE article_id = ?) AND article_id != ? ORDER BY article_id",
            (record.id, record.id),
        )
    ]
    return {"record": record.to_json(), "issues": tags, "duplicates": group, "_record": record}


def public(data: Row) -> Row:
    """A view without its private (underscore) keys: what the JSON API returns."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


def kb_entry(kb_id: str | None) -> Row | None:
    """The knowledge-base entry of ``kb_id`` (a person with their terms of office, an IGO or a
    country) when the KB module is installed; None otherwise, so the page shows what the
    store knows. (The KB lives on other branches: ``communique.kb.loader.load_kb``.)"""
    if not kb_id:
        return None
    try:
        from communique.kb.loader import load_kb

        kb = load_kb()
    except Exception:  # no KB on this install, or one that cannot load: degrade, never fail the page
        return None
    for kind, table in (("person", "people"), ("igo", "igos"), ("country", "countries")):
        found = (getattr(kb, table, None) or {}).get(kb_id)
        if found is None:
            continue
        entry = json.loads(json.dumps(asdict(found), default=str)) if is_dataclass(found) else {"entry": str(found)}
        terms = entry.pop("terms", None) or []
        return {"kind": kind, "id": kb_id, **entry,
                "terms": sorted(terms, key=lambda t: t.get("start") or "")}
    return None


def _actor_where(prefix: str, code: str | None, name: str | None, kb_id: str | None) -> tuple[str, list[Any]]:
    """Who an actor page is about, over quote speaker / event source / event target columns."""
    if kb_id:
        return (
            f"EXISTS (SELECT 1 FROM actors x WHERE x.article_id = {prefix.split('.')[0]}.article_id"
            f" AND x.actor_id = {prefix}_actor AND x.kb_id = ?)",
            [kb_id],
        )
    clauses, params = [], []
    if code:
        clauses.append(f"{prefix}_code = ?")
        params.append(code)
    if name:
        clauses.append(f"{prefix}_name = ?")
        params.append(name)
    return " AND ".join(clauses) or "0", params


def actor(
    conn: sqlite3.Connection, code: str | None = None, name: str | None = None, kb_id: str | None = None,
    about: ActorSpec | None = None, limit: int = 200,
) -> Row:
    """One actor (by KB id, or by code and optionally name): who they are, what they said
    (optionally only about ``about``), what they did and what was done to them, over time."""
    if kb_id:
        ident, params = "kb_id = ?", [kb_id]
    else:
        ident = " AND ".join(c for c, v in (("code = ?", code), ("name = ?", name)) if v) or "0"
        params = [v for v in (code, name) if v]
    found = conn.execute(
        f"SELECT name, code, country, sector, kind, role, kb_id, count(DISTINCT article_id) AS articles FROM actors"
        f" WHERE {ident} GROUP BY name, code ORDER BY articles DESC, name", params
    ).fetchall()
    if not found:
        raise not_found("no stored actor matches " + (f"kb id {kb_id!r}" if kb_id else f"code {code!r}"
                                                          + (f" and name {name!r}" if name else "")))
    identity = dict(found[0])
    roles = sorted({r["role"] for r in found if r["role"]})
    where, qp = _actor_where("q.speaker", code, name, kb_id)
    about_sql, about_params = "1", []
    if about is not None:
        about_sql, about_params = about.about_sql("q")
    quotes = [
        dict(r)
        for r in conn.execute(
            f"""SELECT a.published, q.article_id, q.position, q.speaker_name, q.kind, q.text, q.start, q."end",
                       q.about, a.headline
                FROM quotes q JOIN articles a ON a.id = q.article_id
                WHERE {where} AND {about_sql}
                ORDER BY a.published DESC, q.article_id, q.position LIMIT ?""",
            qp + about_params + [limit],
        )
    ]
    targets = _quote_targets(conn, where, qp)
    events = {}
    for side in ("source", "target"):
        clause, ep = _actor_where(f"e.{side}", code, name, kb_id)
        events["as_" + side] = [
            dict(r)
            for r in conn.execute(
                f"""SELECT e.date, e.article_id, e.position, e.source_name, e.source_code, e.target_name,
                           e.target_code, e.cameo, e.plover, e.goldstein, e.quad_class, e.negated, e.text,
                           e.start, e."end"
                    FROM events e WHERE {clause} ORDER BY e.date DESC, e.article_id, e.position LIMIT ?""",
                ep + [limit],
            )
        ]
    return {
        "actor": {**identity, "roles": roles, "names": sorted({r["name"] for r in found})},
        "kb": kb_entry(identity.get("kb_id")),
        "quotes": quotes,
        "quote_targets": targets,
        "events": events,
        "timeline": _actor_timeline(conn, code, name, kb_id),
    }


def _quote_targets(conn, where: str, params: list[Any]) -> list[Row]:
    """Whom the actor's quotes are about (for the target filter), most frequent first."""
    sql = f"""
        SELECT t.code AS code, t.country AS country, count(*) AS quotes FROM quotes q, json_each(q.about) j
        JOIN actors t ON t.article_id = q.article_id AND t.actor_id = j.value
        WHERE {where} GROUP BY t.code ORDER BY quotes DESC, t.code LIMIT 20
    """
    return [dict(r) for r in conn.execute(sql, params)]


def _actor_timeline(conn, code, name, kb_id) -> list[Row]:
    """Per month: articles mentioning the actor, their quotes, events with them on either side."""
    counts: dict[str, Counter] = {}
    if kb_id:
        ident, params = "ac.kb_id = ?", [kb_id]
    else:
        ident = " AND ".join(c for c, v in (("ac.code = ?", code), ("ac.name = ?", name)) if v) or "0"
        params = [v for v in (code, name) if v]
    month = period_sql("a.published", "month")
    for series, sql, p in (
        ("articles", f"SELECT {month}, count(DISTINCT ac.article_id) FROM actors ac JOIN articles a ON a.id = ac.article_id"
                     f" WHERE {ident} AND a.published IS NOT NULL GROUP BY 1", params),
    ):
        for period, n in conn.execute(sql, p):
            counts.setdefault(period, Counter())[series] += n
    qwhere, qp = _actor_where("q.speaker", code, name, kb_id)
    for period, n in conn.execute(
        f"SELECT {month}, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" WHERE {qwhere} AND a.published IS NOT NULL GROUP BY 1", qp
    ):
        counts.setdefault(period, Counter())["quotes"] += n
    for side in ("source", "target"):
        ewhere, ep = _actor_where(f"e.{side}", code, name, kb_id)
        for period, n in conn.execute(
            f"SELECT {period_sql('e.date', 'month')}, count(*) FROM events e WHERE {ewhere} AND e.date IS NOT NULL"
            " AND e.negated = 0 GROUP BY 1", ep
        ):
            counts.setdefault(period, Counter())[f"events_as_{side}"] += n
    keys = ("articles", "quotes", "events_as_source", "events_as_target")
    return [{"period": p, **{k: counts[p][k] for k in keys}} for p in sorted(counts)]


def dyad(
    conn: sqlite3.Connection, a: ActorSpec, b: ActorSpec, by: str = "month", start: str | None = None,
    end: str | None = None, limit: int = 200,
) -> Row:
    """A dyad's quad-class/Goldstein series, statements each way and its events (both directions)."""
    series = dyad_series(conn, a, b, by=by, start=start, end=end)
    statements = dyad_statements(conn, a, b, start, end)
    events = queries.events(conn, source=a, target=b, start=start, end=end, limit=limit) + queries.events(
        conn, source=b, target=a, start=start, end=end, limit=limit
    )
    events.sort(key=lambda e: (e["date"] or "", e["article_id"], e["position"]))
    return {
        "a": str(a), "b": str(b), "by": by, "start": start, "end": end,
        "series": [p.to_json() for p in series],
        "statements": statements[:limit],
        "statements_total": len(statements),
        "events": events[:limit],
    }


def issue(conn: sqlite3.Connection, key: str, by: str = "month", start: str | None = None, end: str | None = None,
          top: int = 20) -> Row:
    """An issue's timeline, who speaks on it, and its top quotes (speakers who say most on it first)."""
    found = issue_by_key(key)
    if found is None:
        raise not_found(f"unknown issue {key!r}")
    speakers = queries.issue_actors(conn, key, limit=20)
    rank = {s["name"]: i for i, s in enumerate(speakers)}
    quotes = queries.quotes(conn, issue=key, start=start, end=end)
    quotes.sort(key=lambda q: (rank.get(q["speaker_name"], len(rank)), -(len(q["text"])), q["article_id"], q["position"]))
    return {
        "issue": {"key": found.key, "name": found.name, "category": found.category, "phrases": list(found.phrases)},
        "by": by,
        "timeline": queries.issue_timeline(conn, key, by, start, end),
        "actors": speakers,
        "top_quotes": quotes[:top],
    }


def issues(conn: sqlite3.Connection) -> Row:
    return {"issues": queries.issues_summary(conn)}


def search_hits(conn: sqlite3.Connection, text: str, filters: SearchFilters, after=None, limit: int = 20) -> list[Row]:
    return search(conn, text, filters, after=after, limit=limit)
