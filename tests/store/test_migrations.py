"""Schema versions: a new database is at the latest; an old one walks forward keeping its rows."""
from __future__ import annotations

import sqlite3

import pytest

from communique.errors import StoreError
from communique.store import LATEST, MIGRATIONS, Store, migrate, schema_version, table_counts


def _columns(conn, table):
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_new_database_is_at_latest_version_in_wal_mode(db_path):
    with Store(db_path) as store:
        assert schema_version(store.conn) == LATEST == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert set(table_counts(store.conn)) == {"articles", "actors", "mentions", "quotes", "events", "ingest_log"}


def test_version_one_database_migrates_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO articles (id, content_hash, text, language, source, subheadings, paragraphs,"
        " paragraph_count, record, stored_at) VALUES ('old1', 'h1', 'Old text.', 'en', 'x.txt', '[]', '[]', 0, '{}', 't')"
    )
    conn.execute("INSERT INTO ingest_log (source, status, article_id, time) VALUES ('x.txt', 'stored', 'old1', 't')")
    assert "communique_version" not in _columns(conn, "articles")
    conn.close()

    with Store(path) as store:
        assert schema_version(store.conn) == LATEST
        assert "communique_version" in _columns(store.conn, "articles")
        indexes = {row[1] for row in store.conn.execute("SELECT type, name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_dyad", "events_cameo", "actors_code"} <= indexes
        assert store.conn.execute("SELECT id, text FROM articles").fetchall()[0][:] == ("old1", "Old text.")
        assert table_counts(store.conn)["ingest_log"] == 1


def test_migrating_twice_changes_nothing(db_path):
    Store(db_path).close()
    with Store(db_path) as store:
        assert migrate(store.conn) == LATEST


def test_database_from_a_newer_communique_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_a_file_that_is_not_a_database_is_a_one_line_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 200)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_a_failing_migration_rolls_back_and_leaves_the_version(tmp_path, monkeypatch):
    import communique.store.migrations as migrations

    path = tmp_path / "half.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    broken = (migrations.MIGRATIONS[0], "CREATE TABLE extra (x INTEGER);\nTHIS IS NOT SQL;")
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    with pytest.raises(StoreError, match="migration 2"):
        migrations.migrate(conn, target=2)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
