"""Time buckets for corpus series, as SQL over ISO date strings (full or partial)."""
from __future__ import annotations

GRANULARITIES = ("day", "week", "month", "year")


def period_sql(column: str, by: str) -> str:
    """SQL giving the period label of ``column``; partial dates keep what they have."""
    if by == "day":
        return column
    if by == "week":
        return f"CASE WHEN length({column}) = 10 THEN strftime('%Y-W%W', {column}) ELSE {column} END"
    if by == "month":
        return f"substr({column}, 1, 7)"
    if by == "year":
        return f"substr({column}, 1, 4)"
    raise ValueError(f"unknown granularity {by!r}: use one of {', '.join(GRANULARITIES)}")


def range_sql(column: str, start: str | None, end: str | None) -> tuple[str, list[str]]:
    """Inclusive range on ISO dates of any precision: --from 2019-01 --to 2019-12."""
    clauses, params = [], []
    if start:
        clauses.append(f"substr({column}, 1, {len(start)}) >= ?")
        params.append(start)
    if end:
        clauses.append(f"substr({column}, 1, {len(end)}) <= ?")
        params.append(end)
    return (" AND ".join(clauses) or "1"), params
