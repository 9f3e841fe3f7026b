"""The one writer: content-hash identity, per-article transactions, the ingest log."""
from __future__ import annotations

from dataclasses import replace

import pytest

from communique.errors import StoreError
from communique.records import Article, ArticleRecord, ActorRef, Event, TextSpan
from communique.store import Store, content_hash, load_record, table_counts
from communique.store.queries import ingest_log
from fake_nlp import fake_analyse


def _record(article_id: str, text: str) -> ArticleRecord:
    return fake_analyse(Article(id=article_id, text=text, paragraphs=(TextSpan(text, 0, len(text)),)))


@pytest.fixture
def store(db_path):
    with Store(db_path) as opened:
        yield opened


def test_content_hash_is_sha256_of_the_utf8_text():
    assert content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_same_article_twice_is_unchanged_and_adds_only_a_log_row(store):
    writer = store.writer()
    record = _record("x1", "Officials met in Vienna on Monday.")
    assert writer.write(record, "a.txt").status == "stored"
    before = table_counts(store.conn)
    again = writer.write(record, "a.txt")
    assert (again.status, again.article_id) == ("unchanged", "x1")
    after = table_counts(store.conn)
    assert after.pop("ingest_log") == before.pop("ingest_log") + 1
    assert after == before


def test_same_text_under_another_id_is_unchanged_and_keeps_the_first_id(store):
    writer = store.writer()
    writer.write(_record("first", "Talks resumed in Geneva."), "a.txt")
    written = writer.write(_record("second", "Talks resumed in Geneva."), "b.txt")
    assert (written.status, written.article_id) == ("unchanged", "first")
    assert [r[0] for r in store.conn.execute("SELECT id FROM articles")] == ["first"]


def test_new_text_under_a_used_id_replaces_the_article_and_its_rows(store):
    writer = store.writer()
    writer.write(_record("r1", "Version one of the dispatch."), "r.jsonl#1")
    written = writer.write(_record("r1", "Version two of the dispatch, corrected."), "r.jsonl#1")
    assert written.status == "stored" and "replaced" in written.reason
    assert load_record(store.conn, "r1").article.text == "Version two of the dispatch, corrected."
    counts = table_counts(store.conn)
    assert (counts["articles"], counts["actors"], counts["mentions"], counts["quotes"], counts["events"]) == (1, 1, 1, 1, 1)


def _unwritable(record: ArticleRecord) -> ArticleRecord:
    """A record whose last event cannot be bound to a column: it fails after the article,
    actor and quote rows were already inserted in the same transaction."""
    bad = Event(ActorRef("a1", "X", "X"), None, "010", None, object(), 1, "t", 0, 1)  # type: ignore[arg-type]
    return replace(record, events=record.events + (bad,))


def test_a_failed_write_leaves_nothing_half_written_and_earlier_rows_intact(store):
    writer = store.writer()
    good = _record("good", "A first article that stores fine.")
    writer.write(good, "good.txt")
    before = table_counts(store.conn)
    with pytest.raises(StoreError) as info:
        writer.write(_unwritable(_record("bad", "A second article that cannot be stored.")), "bad.txt")
    assert "bad" in str(info.value) and "\n" not in str(info.value)
    assert table_counts(store.conn) == before
    assert load_record(store.conn, "good") == good


def test_a_failed_replacement_keeps_the_old_version(store):
    writer = store.writer()
    old = _record("r1", "The version already stored.")
    writer.write(old, "r.txt")
    with pytest.raises(StoreError):
        writer.write(_unwritable(_record("r1", "A new version that fails to store.")), "r.txt")
    assert load_record(store.conn, "r1") == old


def test_every_write_and_every_logged_input_has_an_ingest_log_row(store):
    writer = store.writer()
    writer.write(_record("l1", "Logged article."), "one.txt")
    writer.write(_record("l1", "Logged article."), "one-again.txt")
    writer.log("two.txt", "skipped", "not English (French)")
    writer.log("three.txt", "failed", "binary file\nsecond line dropped")
    rows = ingest_log(store.conn)
    assert [(r["source"], r["status"], r["reason"], r["article_id"]) for r in rows] == [
        ("one.txt", "stored", None, "l1"),
        ("one-again.txt", "unchanged", None, "l1"),
        ("two.txt", "skipped", "not English (French)", None),
        ("three.txt", "failed", "binary file", None),
    ]
    assert all(r["time"].endswith("Z") for r in rows)


def test_unknown_status_is_refused(store):
    with pytest.raises(ValueError):
        store.writer().log("x.txt", "lost")
