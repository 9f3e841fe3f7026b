"""ingest(): every input read through Reader, stored once, logged once."""
from __future__ import annotations

from pathlib import Path

from communique.sources import SourceOptions
from communique.store import Store, list_articles, table_counts
from communique.store.ingest import ingest
from communique.store.queries import ingest_log
from fake_nlp import FAIL_MARK

GOOD = {
    "vienna.txt": "VIENNA, May 4. Negotiators from both sides met again on Monday.\n\nA statement followed.\n",
    "nairobi.txt": "NAIROBI, June 2. The regional bloc called for a ceasefire in the north.\n",
}


def _write(directory: Path, texts: dict[str, str | bytes]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        path = directory / name
        path.write_bytes(text) if isinstance(text, bytes) else path.write_text(text, encoding="utf-8")
    return directory


def test_ingest_twice_second_run_is_all_unchanged_with_equal_row_counts(tmp_path, db_path, fake_nlp):
    corpus = _write(tmp_path / "corpus", GOOD)
    with Store(db_path) as store:
        first = ingest([str(corpus)], store)
        counts = table_counts(store.conn)
        second = ingest([str(corpus)], store)
        assert (first.stored, first.unchanged) == (2, 0)
        assert second.line() == "0 stored, 2 unchanged, 0 skipped, 0 failed"
        after = table_counts(store.conn)
        assert after.pop("ingest_log") == counts.pop("ingest_log") + 2
        assert after == counts


def test_same_text_from_another_path_is_unchanged(tmp_path, db_path, fake_nlp):
    first = _write(tmp_path / "a", {"one.txt": GOOD["vienna.txt"]})
    copy = _write(tmp_path / "b", {"renamed.txt": GOOD["vienna.txt"]})
    with Store(db_path) as store:
        assert ingest([str(first)], store).stored == 1
        assert ingest([str(copy)], store).unchanged == 1
        assert len(list_articles(store.conn)) == 1


def test_mixed_directory_stores_the_good_and_logs_the_bad(tmp_path, db_path, fake_nlp):
    corpus = _write(
        tmp_path / "mixed",
        {
            **GOOD,
            "empty.txt": "",
            "binary.txt": b"\x00\x01\x02\x03 not text",
            "broken.txt": f"ROME, May 5. This dispatch makes the pipeline {FAIL_MARK}.\n",
        },
    )
    with Store(db_path) as store:
        summary = ingest([str(corpus)], store)
        assert (summary.stored, summary.failed) == (2, 3)
        log = ingest_log(store.conn)
        assert len(log) == 5
        failed = {Path(r["source"]).name: r["reason"] for r in log if r["status"] == "failed"}
        assert set(failed) == {"empty.txt", "binary.txt", "broken.txt"}
        assert all(reason and "\n" not in reason for reason in failed.values())
        assert "component failed on purpose" in failed["broken.txt"]


def test_a_failed_run_leaves_earlier_articles_intact(tmp_path, db_path, fake_nlp):
    good = _write(tmp_path / "good", GOOD)
    bad = _write(tmp_path / "bad", {"broken.txt": f"Text that will {FAIL_MARK} in the pipeline.\n"})
    with Store(db_path) as store:
        ingest([str(good)], store)
        stored = [s.id for s in list_articles(store.conn)]
        summary = ingest([str(bad), str(tmp_path / "missing.txt")], store)
        assert (summary.failed, summary.stored) == (2, 0)
        assert [s.id for s in list_articles(store.conn)] == stored


def test_write_failures_are_logged_and_the_run_goes_on(tmp_path, db_path, monkeypatch):
    from dataclasses import replace

    from fake_nlp import fake_analyse

    def unwritable_for_vienna(article):
        record = fake_analyse(article)
        if "VIENNA" in article.text:  # a value sqlite cannot bind: fails inside the write
            record = replace(record, events=(replace(record.events[0], goldstein=object()),))
        return record

    monkeypatch.setattr("communique.reader.analyse", unwritable_for_vienna)
    corpus = _write(tmp_path / "c", GOOD)
    with Store(db_path) as store:
        summary = ingest([str(corpus)], store)
        assert (summary.stored, summary.failed) == (1, 1)
        failed = [r for r in ingest_log(store.conn) if r["status"] == "failed"]
        assert failed[0]["reason"].startswith("cannot store article")
        assert table_counts(store.conn)["articles"] == 1


def test_published_option_reaches_the_stored_article(tmp_path, db_path, fake_nlp):
    corpus = _write(tmp_path / "c", {"vienna.txt": GOOD["vienna.txt"]})
    from datetime import date

    with Store(db_path) as store:
        ingest([str(corpus)], store, SourceOptions(published=date(2020, 5, 4)))
        assert list_articles(store.conn)[0].published == "2020-05-04"
