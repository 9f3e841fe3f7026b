"""Which day an article and its dateline speak of.

The publication date comes first from the caller (``--published``), then from the source's
metadata, then from a dateline that states its year. A dateline without a year takes the
publication year, or the year before when that would put it after publication (a story
dated "Dec. 31" published on 2 January). Without a publication date it stays undated.
"""
from __future__ import annotations

from datetime import date


def dateline_date(month: int | None, day: int | None, year: int | None, published: date | None) -> date | None:
    """The calendar date of a dateline's "Month Day[, Year]", or None when it cannot be told."""
    if month is None or day is None:
        return None
    if year is not None:
        return _safe_date(year, month, day)
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate is None or candidate > published:
        candidate = _safe_date(published.year - 1, month, day)
    return candidate


def publication_date(explicit: date | None, metadata: date | None, dated_dateline: date | None) -> date | None:
    """The first of: the caller's date, the source's date, a dateline date with its year."""
    return explicit or metadata or dated_dateline


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
