"""Persistence: schema, migrations, one writer; SQLite by default.

``Store(path)`` opens (creating and migrating) a database; ``Store.writer()`` is the only
way rows are written; ``ingest`` reads inputs into it; ``queries`` reads it back.
"""
from communique.store.database import Store, connect
from communique.store.ingest import IngestSummary, ingest
from communique.store.migrations import LATEST, MIGRATIONS, migrate, schema_version
from communique.store.queries import (
    AmbiguousId,
    ArticleNotFound,
    ArticleSummary,
    find_record,
    list_articles,
    load_record,
    resolve_id,
    table_counts,
)
from communique.store.writer import ArticleWriter, Written, content_hash

__all__ = [
    "LATEST",
    "MIGRATIONS",
    "AmbiguousId",
    "ArticleNotFound",
    "ArticleSummary",
    "ArticleWriter",
    "IngestSummary",
    "Store",
    "Written",
    "connect",
    "content_hash",
    "find_record",
    "ingest",
    "list_articles",
    "load_record",
    "migrate",
    "resolve_id",
    "schema_version",
    "table_counts",
]
