"""What every source shares: options, the record of an input that was not read, ids."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How inputs are read.

    ``http_transport`` is handed to ``httpx.Client(transport=...)``: tests pass an
    ``httpx.MockTransport`` so nothing touches the network. ``languages`` lists the ISO
    639-1 codes accepted; a document confidently in another language is skipped. An empty
    tuple accepts every language.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    published: date | None = None  # overrides what the source says (``--published``)
    jsonl: bool = False  # treat every input as JSON Lines of records
    allow_network: bool = True
    timeout: float = 20.0
    languages: tuple[str, ...] = ("en",)
    fetch_feed_pages: bool = True  # fetch each feed entry's page (when the network is allowed)
    http_transport: Any = None  # an httpx.BaseTransport; None means the real network


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that produced no Document. ``status`` is "skipped" or "failed"."""

    source: str
    reason: str
    status: str = "failed"


def content_id(text: str) -> str:
    """A stable id for a document without one: the first 16 hex digits of the SHA-256 of
    its canonical text (UTF-8). Content-derived so that re-reading the same article from
    any path or URL gives the same id, and a store keyed on it upserts harmlessly."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def human_size(n: int) -> str:
    """'20 MB' rather than '20971520' in a reason line."""
    if n >= 1024 * 1024:
        return f"{round(n / (1024 * 1024), 1):g} MB"
    if n >= 1024:
        return f"{round(n / 1024, 1):g} KB"
    return f"{n} bytes"
