"""Dyads over time: how relations between two actors move, from the local store.

Per period: distinct events by quad class (the same source, target, code and date told by
several articles counts once), Goldstein sum and mean over those events, the raw mentions,
the number of stories (near-duplicate articles count once) and outlets, and the number of
statements each side made about the other.
"""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from communique.analysis.actor_spec import ActorSpec
from communique.analysis.periods import period_sql, range_sql


@dataclass(frozen=True, slots=True)
class DyadPoint:
    period: str
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    mentions: int
    articles: int
    outlets: int
    statements_ab: int
    statements_ba: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _direction_sql(a: ActorSpec, b: ActorSpec, ordered: bool) -> tuple[str, list[str]]:
    a_src, pa_src = a.sql("e.source")
    b_tgt, pb_tgt = b.sql("e.target")
    forward = f"({a_src} AND {b_tgt})"
    if ordered:
        return forward, pa_src + pb_tgt
    b_src, pb_src = b.sql("e.source")
    a_tgt, pa_tgt = a.sql("e.target")
    return f"({forward} OR ({b_src} AND {a_tgt}))", pa_src + pb_tgt + pb_src + pa_tgt


def dyad_series(
    conn: sqlite3.Connection,
    a: str | ActorSpec,
    b: str | ActorSpec,
    *,
    by: str = "month",
    start: str | None = None,
    end: str | None = None,
    ordered: bool = False,
) -> list[DyadPoint]:
    a = a if isinstance(a, ActorSpec) else ActorSpec.parse(a)
    b = b if isinstance(b, ActorSpec) else ActorSpec.parse(b)
    period = period_sql("e.date", by)
    direction, params = _direction_sql(a, b, ordered)
    within, range_params = range_sql("e.date", start, end)
    events_sql = f"""
        WITH rows AS (
            SELECT {period} AS period, e.source_code, e.target_code, e.cameo, e.date, e.quad_class,
                   e.goldstein, e.article_id, COALESCE(g.group_id, e.article_id) AS story,
                   COALESCE(a.outlet, g.group_id, e.article_id) AS outlet
            FROM events e
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN article_groups g ON g.article_id = e.article_id
            WHERE e.negated = 0 AND e.date IS NOT NULL AND {direction} AND {within}
        ),
        facts AS (
            SELECT period, quad_class, goldstein FROM rows
            GROUP BY period, source_code, target_code, cameo, date
        ),
        per_fact AS (
            SELECT period, count(*) AS events,
                   sum(quad_class = 1) AS q1, sum(quad_class = 2) AS q2,
                   sum(quad_class = 3) AS q3, sum(quad_class = 4) AS q4,
                   sum(goldstein) AS gsum, avg(goldstein) AS gmean
            FROM facts GROUP BY period
        ),
        per_row AS (
            SELECT period, count(*) AS mentions, count(DISTINCT story) AS articles,
                   count(DISTINCT outlet) AS outlets
            FROM rows GROUP BY period
        )
        SELECT f.period, f.events, f.q1, f.q2, f.q3, f.q4, f.gsum, f.gmean, r.mentions, r.articles, r.outlets
        FROM per_fact f JOIN per_row r USING (period)
    """
    points = {
        row[0]: list(row)
        for row in conn.execute(events_sql, params + range_params)
    }
    statements = _statement_counts(conn, a, b, by, start, end)
    periods = sorted(set(points) | set(statements))
    out = []
    for p in periods:
        row = points.get(p) or [p, 0, 0, 0, 0, 0, 0.0, None, 0, 0, 0]
        ab, ba = statements.get(p, (0, 0))
        out.append(
            DyadPoint(
                period=p, events=row[1], verbal_cooperation=row[2], material_cooperation=row[3],
                verbal_conflict=row[4], material_conflict=row[5], goldstein_sum=round(row[6] or 0.0, 3),
                goldstein_mean=round(row[7], 3) if row[7] is not None else None,
                mentions=row[8], articles=row[9], outlets=row[10], statements_ab=ab, statements_ba=ba,
            )
        )
    return out


def _statement_counts(conn, a: ActorSpec, b: ActorSpec, by, start, end) -> dict[str, tuple[int, int]]:
    """Quotes by one side about the other, per period of the article's publication date."""
    counts: dict[str, list[int]] = {}
    period = period_sql("ar.published", by)
    within, range_params = range_sql("ar.published", start, end)
    for index, (speaker, about) in enumerate(((a, b), (b, a))):
        speaker_sql, speaker_params = speaker.sql("q.speaker")
        about_sql, about_params = about.about_sql("q")
        sql = f"""
            SELECT {period} AS period, count(*) FROM quotes q
            JOIN articles ar ON ar.id = q.article_id
            WHERE ar.published IS NOT NULL AND {speaker_sql} AND {within} AND {about_sql}
            GROUP BY period
        """
        for period_value, n in conn.execute(sql, speaker_params + range_params + about_params):
            counts.setdefault(period_value, [0, 0])[index] += n
    return {k: (v[0], v[1]) for k, v in counts.items()}


def dyad_statements(
    conn: sqlite3.Connection, a: str | ActorSpec, b: str | ActorSpec, start: str | None = None, end: str | None = None
) -> list[dict[str, Any]]:
    """The statements themselves: what each side said about the other, with provenance."""
    a = a if isinstance(a, ActorSpec) else ActorSpec.parse(a)
    b = b if isinstance(b, ActorSpec) else ActorSpec.parse(b)
    out: list[dict[str, Any]] = []
    within, range_params = range_sql("ar.published", start, end)
    for speaker, about in ((a, b), (b, a)):
        speaker_sql, speaker_params = speaker.sql("q.speaker")
        about_sql, about_params = about.about_sql("q")
        sql = f"""
            SELECT ar.published, q.article_id, q.position, q.speaker_name, q.speaker_country, q.kind,
                   q.text, q.start, q."end" FROM quotes q JOIN articles ar ON ar.id = q.article_id
            WHERE {speaker_sql} AND {within} AND {about_sql}
            ORDER BY ar.published, q.article_id, q.position
        """
        for row in conn.execute(sql, speaker_params + range_params + about_params):
            out.append({"direction": f"{speaker}->{about}", **dict(row)})
    return sorted(out, key=lambda r: (r["published"] or "", r["article_id"], r["position"]))
