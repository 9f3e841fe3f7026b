"""The store's schema as a numbered list of migrations, tracked by ``PRAGMA user_version``.

Migration N (1-based) takes a database at version N-1 to version N. Never edit a released
migration: append a new one, so every existing database can walk forward to the latest.
"""
from __future__ import annotations

import sqlite3

from communique.errors import StoreError

MIGRATIONS: tuple[str, ...] = (
    # 1: articles with their structure, actors and mentions, quotes, events, the ingest log.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,     -- sha256 of the canonical text: the identity
        text TEXT NOT NULL,
        published TEXT,
        language TEXT NOT NULL,
        url TEXT,
        source TEXT NOT NULL,
        section TEXT, section_start INTEGER, section_end INTEGER,
        headline TEXT, headline_start INTEGER, headline_end INTEGER,
        standfirst TEXT, standfirst_start INTEGER, standfirst_end INTEGER,
        dateline_place TEXT, dateline_date_text TEXT, dateline_agency TEXT, dateline_date TEXT,
        dateline_start INTEGER, dateline_end INTEGER,
        subheadings TEXT NOT NULL,             -- JSON list of spans
        paragraphs TEXT NOT NULL,              -- JSON list of spans
        paragraph_count INTEGER NOT NULL,
        record TEXT NOT NULL,                  -- the full contract JSON
        stored_at TEXT NOT NULL
    );
    CREATE TABLE actors (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        name TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT, sector TEXT, role TEXT,
        kind TEXT NOT NULL,
        kb_id TEXT,
        PRIMARY KEY (article_id, position)
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor_position INTEGER NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, actor_position, position)
    );
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT,
        speaker_actor TEXT, speaker_name TEXT, speaker_code TEXT,
        speaker_country TEXT, speaker_sector TEXT,
        speaker_mention TEXT,                  -- JSON span or NULL
        about TEXT NOT NULL,                   -- JSON list of actor ids
        PRIMARY KEY (article_id, position)
    );
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        source_actor TEXT, source_name TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
        has_target INTEGER NOT NULL,
        target_actor TEXT, target_name TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,                    -- the two-digit CAMEO root
        plover TEXT,
        goldstein REAL NOT NULL,
        quad_class INTEGER NOT NULL,
        date TEXT,
        negated INTEGER NOT NULL,
        reported_by INTEGER,
        historical INTEGER NOT NULL,
        modality TEXT,
        location TEXT,                         -- JSON {place, country} or NULL
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        evidence TEXT NOT NULL,                -- JSON list of spans
        PRIMARY KEY (article_id, position)
    );
    CREATE TABLE ingest_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('stored', 'unchanged', 'skipped', 'failed')),
        reason TEXT,
        article_id TEXT,
        time TEXT NOT NULL
    );
    """,
    # 2: lookups a corpus needs (dyads, codes, dates) and which communique wrote each article.
    """
    ALTER TABLE articles ADD COLUMN communique_version TEXT;
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX actors_code ON actors(code);
    CREATE INDEX events_dyad ON events(source_code, target_code);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX quotes_speaker ON quotes(speaker_code);
    CREATE INDEX ingest_log_time ON ingest_log(time);
    """,
    # 3: the corpus layer: outlets, near-duplicate groups, issue tags, quote stances.
    """
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    CREATE TABLE analysed (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE TABLE article_groups (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        group_id TEXT NOT NULL                 -- the smallest member id of the group
    );
    CREATE TABLE issue_tags (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        issue TEXT NOT NULL,
        item TEXT NOT NULL CHECK (item IN ('article', 'quote', 'event')),
        position INTEGER,                      -- the quote's or event's position; NULL for the article
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX issue_tags_issue ON issue_tags(issue, item);
    CREATE INDEX issue_tags_article ON issue_tags(article_id);
    CREATE TABLE stances (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_position INTEGER NOT NULL,
        speaker_name TEXT, speaker_country TEXT,
        target_actor TEXT NOT NULL, target_name TEXT, target_country TEXT,
        score REAL NOT NULL,
        date TEXT
    );
    CREATE INDEX stances_countries ON stances(speaker_country, target_country);
    CREATE INDEX events_countries ON events(source_country, target_country, date);
    CREATE INDEX quotes_speaker_country ON quotes(speaker_country);
    """,
    # 4: full-text search (FTS5) over article headlines and texts and over quotes, kept in
    # step with the base tables by triggers. The article id is an indexed FTS column so a
    # trigger finds an article's rows through the index (a phrase match, then exact equality)
    # rather than by scanning; ids with no word characters fall back to the scan. Searches
    # name their columns, so ids are never matched by what a user types.
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        article_id, headline, text, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        article_id, position UNINDEXED, speaker_name, text, tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO articles_fts (article_id, headline, text) SELECT id, COALESCE(headline, ''), text FROM articles;
    INSERT INTO quotes_fts (article_id, position, speaker_name, text)
        SELECT article_id, position, COALESCE(speaker_name, ''), text FROM quotes;
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (article_id, headline, text) VALUES (new.id, COALESCE(new.headline, ''), new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE articles_fts MATCH 'article_id : "' || replace(old.id, '"', '""') || '"'
            AND article_id = old.id;
        DELETE FROM articles_fts WHERE NOT (old.id GLOB '*[A-Za-z0-9]*') AND article_id = old.id;
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, headline, text ON articles BEGIN
        DELETE FROM articles_fts WHERE articles_fts MATCH 'article_id : "' || replace(old.id, '"', '""') || '"'
            AND article_id = old.id;
        DELETE FROM articles_fts WHERE NOT (old.id GLOB '*[A-Za-z0-9]*') AND article_id = old.id;
        INSERT INTO articles_fts (article_id, headline, text) VALUES (new.id, COALESCE(new.headline, ''), new.text);
    END;
    CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (article_id, position, speaker_name, text)
        VALUES (new.article_id, new.position, COALESCE(new.speaker_name, ''), new.text);
    END;
    CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        DELETE FROM quotes_fts WHERE quotes_fts MATCH 'article_id : "' || replace(old.article_id, '"', '""') || '"'
            AND article_id = old.article_id AND position = old.position;
        DELETE FROM quotes_fts WHERE NOT (old.article_id GLOB '*[A-Za-z0-9]*')
            AND article_id = old.article_id AND position = old.position;
    END;
    """,
)

LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Apply the migrations a database lacks, each in its own transaction; return the version.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so the transactions here
    are the only ones.
    """
    current = schema_version(conn)
    if current > LATEST:
        raise StoreError(
            f"database schema version {current} is newer than this communique understands ({LATEST}); upgrade communique"
        )
    for number in range(current + 1, target + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {number} failed: {err}") from err
    return schema_version(conn)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows where they end),
    so they run inside our transaction rather than through executescript's implicit COMMIT."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        statements.append(pending.strip())
    return statements
