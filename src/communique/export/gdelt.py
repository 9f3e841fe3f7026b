"""GDELT 2.0 event-table TSV: the same 61 columns in the same order, so existing GDELT
tooling reads communique's corpus events. Fields communique does not compute are empty.

Partial dates ("2019-01", "2019") fill the missing day/month with 01 in SQLDATE; the
FractionDate keeps the year's fraction of that day.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone

from communique.analysis.corpus_events import CorpusEvent

ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)


def _full_date(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _event_id(event: CorpusEvent) -> int:
    """A stable numeric id from the event's identity (GDELT ids are integers)."""
    key = "|".join([event.source_code, event.target_code or "", event.cameo, event.date or ""])
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:7], "big")


def _actor(code: str | None, name: str | None, country: str | None) -> list[str]:
    cells = [""] * len(ACTOR_FIELDS)
    if not code:
        return cells
    cells[0] = code
    cells[1] = (name or "").upper()
    if code.startswith("IGO"):
        cells[3] = code[3:6]
        cells[7] = "IGO"
    else:
        cells[2] = country or (code[:3] if code[:3].isalpha() else "")
        if len(code) >= 6:
            cells[7] = code[3:6]
    return cells


def gdelt_row(event: CorpusEvent, added: datetime | None = None) -> list[str]:
    day = _full_date(event.date)
    added = added or datetime.now(timezone.utc)
    if day:
        fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]
    else:
        dates = ["", "", "", ""]
    geo_action = [""] * len(GEO_FIELDS)
    if event.location:
        geo_action[1] = event.location
    row = (
        [str(_event_id(event))]
        + dates
        + _actor(event.source_code, event.source_name, event.source_country)
        + _actor(event.target_code, event.target_name, event.target_country)
        + ["", event.cameo, event.cameo[:3], event.cameo[:2], str(event.quad_class), f"{event.goldstein:g}",
           str(event.num_mentions), str(event.num_sources), str(event.num_articles), ""]
        + [""] * len(GEO_FIELDS) * 2
        + geo_action
        + [added.strftime("%Y%m%d%H%M%S"), event.url or ""]
    )
    assert len(row) == len(COLUMNS)
    return row


def _line(cells: Iterable[str]) -> str:
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


def gdelt_lines(events: Iterable[CorpusEvent], header: bool = False) -> Iterator[str]:
    """TSV lines (GDELT files have no header; ``header=True`` adds one for people)."""
    if header:
        yield _line(COLUMNS)
    added = datetime.now(timezone.utc)
    for event in events:
        yield _line(gdelt_row(event, added))
