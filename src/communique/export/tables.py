"""Bulk exports of the stored tables: JSON Lines, CSV and Parquet, streamed in batches so a
large store never has to fit in memory."""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TABLES: dict[str, str] = {
    "articles": (
        "SELECT id, published, language, url, outlet, source, section, headline, standfirst, dateline_place,"
        " dateline_agency, dateline_date, paragraph_count, content_hash, text FROM articles ORDER BY id"
    ),
    "actors": (
        "SELECT article_id, actor_id, name, code, country, sector, role, kind, kb_id,"
        " (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id AND m.actor_position = a.position)"
        " AS mentions FROM actors a ORDER BY article_id, position"
    ),
    "quotes": (
        'SELECT article_id, position, kind, cue, speaker_name, speaker_code, speaker_country, speaker_sector,'
        ' text, start, "end", about FROM quotes ORDER BY article_id, position'
    ),
    "events": (
        'SELECT article_id, position, date, source_name, source_code, source_country, source_sector,'
        ' target_name, target_code, target_country, target_sector, cameo, root, plover, goldstein, quad_class,'
        ' negated, historical, modality, reported_by, text, start, "end" FROM events ORDER BY article_id, position'
    ),
}
FORMATS = ("jsonl", "csv", "parquet")
BATCH = 5000


def _batches(conn: sqlite3.Connection, table: str) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}: use one of {', '.join(TABLES)}")
    cursor = conn.execute(TABLES[table])
    columns = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(BATCH):
        yield columns, [tuple(r) for r in rows]


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    return [d[0] for d in conn.execute(TABLES[table] + " LIMIT 0").description]


def write_jsonl(conn: sqlite3.Connection, table: str, out: IO[str]) -> int:
    n = 0
    for columns, rows in _batches(conn, table):
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(conn: sqlite3.Connection, table: str, out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns_of(conn, table))
    n = 0
    for _, rows in _batches(conn, table):
        writer.writerows(rows)
        n += len(rows)
    return n


def write_parquet(conn: sqlite3.Connection, table: str, path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = columns_of(conn, table)
    schema = None
    writer = None
    n = 0
    try:
        for _, rows in _batches(conn, table):
            batch = pa.Table.from_pylist([dict(zip(columns, r)) for r in rows], schema=schema)
            if writer is None:
                schema = batch.schema
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(batch.cast(schema))
            n += len(rows)
        if writer is None:  # an empty table still gets a file with its columns
            empty = pa.table({c: pa.array([], pa.string()) for c in columns})
            pq.write_table(empty, str(path))
    finally:
        if writer is not None:
            writer.close()
    return n
