"""Record -> rows -> record, and record -> store -> record, are lossless for any record."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from communique.records import ArticleRecord
from communique.store import Store, load_record
from communique.store.rows import cameo_root, record_from_rows, record_to_rows
from record_strategies import article_records


@settings(max_examples=150, deadline=None)
@given(record=article_records)
def test_rows_round_trip(record):
    assert record_from_rows(record_to_rows(record, "hash")) == record


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=article_records)
def test_store_round_trip(record):
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t.db") as store:
        assert store.writer().write(record, "test").status == "stored"
        assert load_record(store.conn, record.id) == record
        stored_json = store.conn.execute("SELECT record FROM articles WHERE id = ?", (record.id,)).fetchone()[0]
        assert ArticleRecord.from_json(json.loads(stored_json)) == record


def test_cameo_root_is_the_first_two_digits():
    assert cameo_root("163") == "16"
    assert cameo_root("0211") == "02"
    assert cameo_root("04") == "04"
