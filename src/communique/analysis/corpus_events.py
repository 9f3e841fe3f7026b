"""Same event, several articles: merge article events into corpus events.

Events with the same source, target and CAMEO code whose dates fall within a window
merge into one corpus event counting, as GDELT's columns do, the articles
(``num_articles``; near-duplicate articles count once), the outlets (``num_sources``)
and the evidence spans (``num_mentions``). Negated events never merge into facts.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class EventRow:
    """One article-level event as the store holds it (flat, for aggregation)."""

    article_id: str
    cameo: str
    date: str | None
    source_code: str
    target_code: str | None = None
    source_name: str | None = None
    target_name: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    source_sector: str | None = None
    target_sector: str | None = None
    goldstein: float = 0.0
    quad_class: int = 0
    plover: str | None = None
    negated: bool = False
    mentions: int = 1
    outlet: str | None = None
    group_id: str | None = None  # near-duplicate group of the article, if any
    url: str | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class CorpusEvent:
    source_code: str
    target_code: str | None
    cameo: str
    date: str | None  # first date in the merged cluster
    last_date: str | None
    source_name: str | None
    target_name: str | None
    source_country: str | None
    target_country: str | None
    plover: str | None
    goldstein: float
    quad_class: int
    num_articles: int
    num_sources: int
    num_mentions: int
    article_ids: tuple[str, ...]
    url: str | None
    location: str | None

    @property
    def root(self) -> str:
        return self.cameo[:2]


def _day(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _clusters(rows: list[EventRow], window_days: int) -> list[list[EventRow]]:
    """Rows of one (source, target, code) key, split into date clusters."""
    exact: dict[str | None, list[EventRow]] = {}
    dated: list[tuple[date, EventRow]] = []
    for row in rows:
        day = _day(row.date)
        if day is None:
            exact.setdefault(row.date, []).append(row)
        else:
            dated.append((day, row))
    clusters = list(exact.values())
    dated.sort(key=lambda pair: (pair[0], pair[1].article_id))
    current: list[EventRow] = []
    first: date | None = None
    for day, row in dated:
        if first is not None and (day - first).days > window_days:
            clusters.append(current)
            current, first = [], None
        if first is None:
            first = day
        current.append(row)
    if current:
        clusters.append(current)
    return clusters


def _merge(cluster: list[EventRow]) -> CorpusEvent:
    head = cluster[0]
    dates = sorted(r.date for r in cluster if r.date)
    articles = tuple(dict.fromkeys(r.article_id for r in cluster))
    stories = {r.group_id or r.article_id for r in cluster}
    outlets = {r.outlet or r.group_id or r.article_id for r in cluster}
    return CorpusEvent(
        source_code=head.source_code,
        target_code=head.target_code,
        cameo=head.cameo,
        date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        source_name=head.source_name,
        target_name=head.target_name,
        source_country=head.source_country,
        target_country=head.target_country,
        plover=head.plover,
        goldstein=head.goldstein,
        quad_class=head.quad_class,
        num_articles=len(stories),
        num_sources=len(outlets),
        num_mentions=sum(r.mentions for r in cluster),
        article_ids=articles,
        url=next((r.url for r in cluster if r.url), None),
        location=next((r.location for r in cluster if r.location), None),
    )


def merge_events(rows: Iterable[EventRow], window_days: int = 0) -> list[CorpusEvent]:
    """Corpus events ordered by date, then code; negated rows are left out."""
    keyed: dict[tuple[str, str | None, str], list[EventRow]] = {}
    for row in rows:
        if not row.negated:
            keyed.setdefault((row.source_code, row.target_code, row.cameo), []).append(row)
    merged = [_merge(c) for rows_of_key in keyed.values() for c in _clusters(rows_of_key, window_days)]
    return sorted(merged, key=lambda e: (e.date or "", e.source_code, e.target_code or "", e.cameo))
