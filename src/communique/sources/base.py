"""What every source shares: options and the record of an input that was not read."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    published: date | None = None  # overrides what the source says (``--published``)
    jsonl: bool = False  # treat every input as JSON Lines of records
    allow_network: bool = True
    timeout: float = 20.0


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that produced no Document. ``status`` is "skipped" or "failed"."""

    source: str
    reason: str
    status: str = "failed"
