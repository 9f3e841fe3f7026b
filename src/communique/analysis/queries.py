"""Corpus questions over the store, each a function returning plain rows with provenance
(article id and character offsets), so every figure can be traced to its sentences."""
from __future__ import annotations

import sqlite3
from typing import Any

from communique.analysis.actor_spec import ActorSpec
from communique.analysis.corpus_events import CorpusEvent, EventRow, merge_events
from communique.analysis.periods import period_sql, range_sql

Row = dict[str, Any]


def _spec(value: str | ActorSpec | None) -> ActorSpec | None:
    if value is None or isinstance(value, ActorSpec):
        return value
    return ActorSpec.parse(value)


def _tagged(alias: str, item: str) -> str:
    """The quote or event aliased ``alias`` is tagged with the issue given as the parameter."""
    return (f"EXISTS (SELECT 1 FROM issue_tags it WHERE it.article_id = {alias}.article_id"
            f" AND it.item = '{item}' AND it.position = {alias}.position AND it.issue = ?)")


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    speaker_actor: str | ActorSpec | None = None,
    about: str | ActorSpec | None = None,
    issue: str | None = None,
    start: str | None = None,
    end: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Statements, filtered by speaker name (case-insensitive substring), the speaker's
    country/sector, an actor they are about, an issue, and the publication date."""
    where, params = ["1"], []
    if speaker:
        where.append("lower(q.speaker_name) LIKE ?")
        params.append(f"%{speaker.lower()}%")
    if (spec := _spec(speaker_actor)) is not None:
        clause, p = spec.sql("q.speaker")
        where.append(clause)
        params += p
    if (spec := _spec(about)) is not None:
        clause, p = spec.about_sql("q")
        where.append(clause)
        params += p
    if issue:
        where.append(_tagged("q", "quote"))
        params.append(issue)
    clause, p = range_sql("a.published", start, end)
    where.append(clause)
    params += p
    sql = f"""
        SELECT a.published, q.article_id, q.position, q.speaker_name, q.speaker_code, q.speaker_country,
               q.kind, q.cue, q.text, q.start, q."end", a.headline,
               (SELECT avg(s.score) FROM stances s WHERE s.article_id = q.article_id
                    AND s.quote_position = q.position) AS tone
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE {' AND '.join(where)}
        ORDER BY a.published, q.article_id, q.position
    """
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql, params)]


def events(
    conn: sqlite3.Connection,
    *,
    source: str | ActorSpec | None = None,
    target: str | ActorSpec | None = None,
    root: str | None = None,
    issue: str | None = None,
    start: str | None = None,
    end: str | None = None,
    negated: bool = False,
    limit: int | None = None,
) -> list[Row]:
    """Article-level events with their evidence; negated ones only when asked for."""
    where, params = ["1" if negated else "e.negated = 0"], []
    for prefix, value in (("e.source", source), ("e.target", target)):
        if (spec := _spec(value)) is not None:
            clause, p = spec.sql(prefix)
            where.append(clause)
            params += p
    if root:
        where.append("e.root = ?")
        params.append(root.zfill(2))
    if issue:
        where.append(_tagged("e", "event"))
        params.append(issue)
    clause, p = range_sql("e.date", start, end)
    where.append(clause)
    params += p
    sql = f"""
        SELECT e.date, e.article_id, e.position, e.source_name, e.source_code, e.source_country,
               e.target_name, e.target_code, e.target_country, e.cameo, e.plover, e.goldstein,
               e.quad_class, e.negated, e.historical, e.reported_by, e.text, e.start, e."end"
        FROM events e WHERE {' AND '.join(where)}
        ORDER BY e.date, e.article_id, e.position
    """
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql, params)]


def corpus_events(conn: sqlite3.Connection, window_days: int = 0, **filters: Any) -> list[CorpusEvent]:
    """Events merged across articles (see ``corpus_events.merge_events``), same filters as ``events``."""
    rows = events(conn, **filters)
    if not rows:
        return []
    extra = {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute(
            "SELECT a.id, a.outlet, g.group_id, a.url FROM articles a LEFT JOIN article_groups g ON g.article_id = a.id"
        )
    }
    merged_rows = []
    for r in rows:
        outlet, group, url = extra.get(r["article_id"], (None, None, None))
        merged_rows.append(
            EventRow(
                article_id=r["article_id"], cameo=r["cameo"], date=r["date"],
                source_code=r["source_code"] or "", target_code=r["target_code"],
                source_name=r["source_name"], target_name=r["target_name"],
                source_country=r["source_country"], target_country=r["target_country"],
                goldstein=r["goldstein"], quad_class=r["quad_class"], plover=r["plover"],
                outlet=outlet, group_id=group, url=url,
            )
        )
    return merge_events(merged_rows, window_days)


def issues_summary(conn: sqlite3.Connection) -> list[Row]:
    """Every tagged issue with its article, quote and event counts (stories: duplicates once)."""
    from communique.analysis.issues import issue_by_key

    sql = """
        SELECT it.issue,
               count(DISTINCT CASE WHEN it.item = 'article' THEN COALESCE(g.group_id, it.article_id) END) AS articles,
               count(DISTINCT CASE WHEN it.item = 'quote' THEN it.article_id || ':' || it.position END) AS quotes,
               count(DISTINCT CASE WHEN it.item = 'event' THEN it.article_id || ':' || it.position END) AS events,
               min(a.published) AS first, max(a.published) AS last
        FROM issue_tags it JOIN articles a ON a.id = it.article_id
        LEFT JOIN article_groups g ON g.article_id = it.article_id
        GROUP BY it.issue ORDER BY articles DESC, it.issue
    """
    out = []
    for row in conn.execute(sql):
        issue = issue_by_key(row["issue"])
        out.append({"issue": row["issue"], "name": issue.name if issue else row["issue"], **{k: row[k] for k in row.keys()[1:]}})
    return out


def issue_timeline(
    conn: sqlite3.Connection, issue: str, by: str = "month", start: str | None = None, end: str | None = None
) -> list[Row]:
    """Per period: stories, quotes and events tagged with the issue."""
    period = period_sql("a.published", by)
    clause, params = range_sql("a.published", start, end)
    sql = f"""
        SELECT {period} AS period,
               count(DISTINCT CASE WHEN it.item = 'article' THEN COALESCE(g.group_id, it.article_id) END) AS articles,
               count(DISTINCT CASE WHEN it.item = 'quote' THEN it.article_id || ':' || it.position END) AS quotes,
               count(DISTINCT CASE WHEN it.item = 'event' THEN it.article_id || ':' || it.position END) AS events
        FROM issue_tags it JOIN articles a ON a.id = it.article_id
        LEFT JOIN article_groups g ON g.article_id = it.article_id
        WHERE it.issue = ? AND a.published IS NOT NULL AND {clause}
        GROUP BY period ORDER BY period
    """
    return [dict(r) for r in conn.execute(sql, [issue] + params)]


def issue_actors(conn: sqlite3.Connection, issue: str, limit: int = 10) -> list[Row]:
    """Who speaks on an issue most: speakers of quotes tagged with it."""
    sql = """
        SELECT q.speaker_name AS name, q.speaker_code AS code, q.speaker_country AS country, count(*) AS quotes
        FROM issue_tags it JOIN quotes q ON q.article_id = it.article_id AND q.position = it.position
        WHERE it.issue = ? AND it.item = 'quote' AND q.speaker_name IS NOT NULL
        GROUP BY q.speaker_name, q.speaker_code ORDER BY quotes DESC, name LIMIT ?
    """
    return [dict(r) for r in conn.execute(sql, (issue, limit))]


def top_actors(conn: sqlite3.Connection, top: int = 20, kind: str | None = None) -> list[Row]:
    """Actors by the number of stories mentioning them (one identity: KB id, else code + name).

    A state is one identity whatever part of it an article spoke of (RUS, RUSGOV, RUSMIL), so
    it is listed by its country code."""
    where, params = "1", []
    if kind:
        where, params = "ac.kind = ?", [kind]
    sql = f"""
        SELECT ac.name,
               CASE WHEN ac.kind = 'state' THEN ac.country ELSE ac.code END AS code,
               ac.country,
               CASE WHEN ac.kind = 'state' THEN NULL ELSE ac.sector END AS sector,
               ac.kind,
               count(DISTINCT COALESCE(g.group_id, ac.article_id)) AS articles,
               sum((SELECT count(*) FROM mentions m WHERE m.article_id = ac.article_id
                    AND m.actor_position = ac.position)) AS mentions
        FROM actors ac LEFT JOIN article_groups g ON g.article_id = ac.article_id
        WHERE {where}
        GROUP BY COALESCE(ac.kb_id, ac.code || '|' || ac.name)
        ORDER BY articles DESC, mentions DESC, ac.name LIMIT ?
    """
    return [dict(r) for r in conn.execute(sql, params + [top])]
