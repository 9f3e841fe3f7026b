"""Derived corpus tables, refreshed after ingest: outlets, issue tags, stances, duplicate groups.

Per-article work (outlet, issue tags of the article, its quotes and events, quote stances)
is done once per article; duplicate groups are recomputed over the whole corpus, since a
new article can join an old group. All of it is derivable from the stored records, so a
refresh can always be re-run.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from urllib.parse import urlsplit

from communique.analysis.duplicates import DuplicateSettings, duplicate_groups
from communique.analysis.issues import tag_text
from communique.analysis.stance import quote_stances
from communique.records import ArticleRecord


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    analysed: int
    issue_tags: int
    stances: int
    duplicate_groups: int
    grouped_articles: int

    def line(self) -> str:
        return (
            f"{self.analysed} analysed, {self.issue_tags} issue tags, {self.stances} stances, "
            f"{self.duplicate_groups} duplicate groups ({self.grouped_articles} articles)"
        )


def outlet_of(url: str | None, agency: str | None, source: str | None) -> str | None:
    """Who published it: the URL's host (without www.), else the dateline's agency."""
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    if agency:
        return agency
    return None


def _article_tags(record: ArticleRecord) -> list[tuple]:
    rows: list[tuple] = []
    text = record.article.text
    for hit in tag_text(text):
        rows.append((record.id, hit.key, "article", None, hit.start, hit.end, hit.text))
    for position, quote in enumerate(record.quotes):
        for key in dict.fromkeys(h.key for h in tag_text(quote.text)):
            rows.append((record.id, key, "quote", position, quote.start, quote.end, quote.text))
    for position, event in enumerate(record.events):
        for key in dict.fromkeys(h.key for h in tag_text(event.text)):
            rows.append((record.id, key, "event", position, event.start, event.end, event.text))
    return rows


def _stance_rows(record: ArticleRecord) -> list[tuple]:
    return [
        (s.article_id, s.quote, s.speaker, s.speaker_country, s.target, s.target_name, s.target_country, s.score, s.date)
        for s in quote_stances(record)
    ]


def refresh(conn: sqlite3.Connection, settings: DuplicateSettings = DuplicateSettings()) -> RefreshSummary:
    """Bring the derived tables up to date with the stored articles."""
    pending = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM analysed) ORDER BY id"
        )
    ]
    tags = stances = 0
    for article_id in pending:
        stored = conn.execute(
            "SELECT record, url, dateline_agency, source FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        record = ArticleRecord.from_json(json.loads(stored[0]))
        tag_rows, stance_rows = _article_tags(record), _stance_rows(record)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("UPDATE articles SET outlet = ? WHERE id = ?", (outlet_of(stored[1], stored[2], stored[3]), article_id))
            conn.executemany(
                'INSERT INTO issue_tags (article_id, issue, item, position, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
                tag_rows,
            )
            conn.executemany(
                "INSERT INTO stances (article_id, quote_position, speaker_name, speaker_country, target_actor,"
                " target_name, target_country, score, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stance_rows,
            )
            conn.execute("INSERT INTO analysed (article_id) VALUES (?)", (article_id,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        tags += len(tag_rows)
        stances += len(stance_rows)
    if not pending:  # groups only change when articles arrive (deletions cascade to their rows)
        groups_now = conn.execute("SELECT count(DISTINCT group_id), count(*) FROM article_groups").fetchone()
        return RefreshSummary(0, 0, 0, groups_now[0], groups_now[1])
    groups = duplicate_groups(((r[0], r[1]) for r in conn.execute("SELECT id, text FROM articles ORDER BY id")), settings)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM article_groups")
        conn.executemany(
            "INSERT INTO article_groups (article_id, group_id) VALUES (?, ?)",
            [(member, group[0]) for group in groups for member in group],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return RefreshSummary(len(pending), tags, stances, len(groups), sum(len(g) for g in groups))
