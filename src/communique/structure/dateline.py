"""Datelines: "PLACE[, Region][, Month Day[, Year]] (Agency) -" and the wires' variants.

Recognised shapes (place in capitals or title case, any dash -, --, —, –):

- TASS:      ``MOSCOW, January 16. /TASS/.``
- agency in brackets, with or without date/year/dash (Reuters, AP, AFP, Xinhua, Kyodo,
  Yonhap, UPI, dpa, PTI, Interfax...): ``PARIS, Jan 16, 2019 (AFP) -``,
  ``SEOUL, South Korea (AP) —``, ``NEW DELHI, Jan 16 (PTI)``, ``MOSCOW. Jan 16 (Interfax) -``
- agency after a comma: ``Tehran, Jan 16, IRNA --``
- bare: ``WASHINGTON —``, ``PARIS, Jan. 16 —`` (the place must then be in capitals, so a
  sentence such as "In Washington, officials said" is not a dateline), and the South Asian
  ``NEW DELHI: The government ...`` when a full sentence follows the colon.

``parse_dateline`` only looks at the start of the text it is given and returns the parts
with offsets into it; date resolution is left to :mod:`communique.structure.dates`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.structure import resources, shapes

_UPPER = "A-Z\u00c0-\u00de\u0100-\u017f"
_LETTER = "A-Za-z\u00c0-\u024f"
_DASH = r"(?:[\u2014\u2013\u2015\u2012]|-{1,3}(?=\s))"
_DASH_OR_COLON = rf"(?:{_DASH}|:(?=\s))"  # "(ANI):"; a bare "PLACE:" is checked apart


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a text; offsets are relative to that text."""

    place: str
    date_text: str
    agency: str | None
    month: int | None
    day: int | None
    year: int | None
    start: int
    end: int  # after the trailing punctuation or dash
    body_start: int  # where the paragraph's own text begins


def _alternation(words: set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    month = rf"(?i:(?:{_alternation(set(resources.months()))})\.?)"
    weekday = rf"(?i:(?:{_alternation(resources.weekdays())})\.?)"
    agencies = rf"(?i:{_alternation(set(resources.agencies()))})"
    particle = rf"(?:{_alternation(resources.place_particles())})"
    not_calendar = rf"(?!{month}(?![{_LETTER}])|{weekday}(?![{_LETTER}]))"
    capword = rf"{not_calendar}[{_UPPER}][{_LETTER}'’.\-]*"
    place = rf"{capword}(?:[ \t]+(?:{particle}[ \t]+)*{capword}){{0,4}}"
    region = rf"(?!{agencies}\b){capword}(?:[ \t]+{capword}){{0,2}}"
    day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    date = (
        rf"(?:{weekday},?[ \t]+)?"
        rf"(?:(?P<month_a>{month})[ \t]+(?P<day_a>{day})|(?P<day_b>{day})[ \t]+(?P<month_b>{month}))"
        rf"(?:,?[ \t]+(?P<year>{year}))?"
    )
    return re.compile(
        rf"""
        (?P<place>{place})
        (?:[ \t]*,[ \t]*(?P<region>{region})|[ \t]*\[(?P<region_b>[^\]\n]{{1,40}})\])?
        (?:(?:[ \t]*,[ \t]*|\.[ \t]+|[ \t]+)(?P<date>{date}))?
        (?:
            [ \t]*\([ \t]*(?P<agency_paren>[^()\n]{{1,40}}?)[ \t]*\)(?:[ \t]*(?P<dash_paren>{_DASH_OR_COLON}))?
          | [ \t]*[.,]?[ \t]*/(?P<agency_slash>[{_LETTER}\- ]{{2,30}})/\.?(?:[ \t]*(?P<dash_slash>{_DASH}))?
          | [ \t]*,[ \t]*(?P<agency_comma>{agencies})[ \t]*(?P<dash_comma>{_DASH_OR_COLON})
          | [ \t]*(?P<dash_bare>{_DASH})
          | (?P<colon_bare>:)(?=[ \t])
        )
        """,
        re.VERBOSE,
    )


def _is_capitals(text: str) -> bool:
    letters = [c for word in text.split() if word.lower() not in resources.place_particles() for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _agency_name(raw: str) -> str | None:
    """Canonical name of a known agency; an unknown one only when it looks like one (an acronym)."""
    known = resources.canonical_agency(raw)
    if known:
        return known
    raw = raw.strip()
    if re.fullmatch(r"[A-Z][A-Za-z]?[A-Z]{1,7}", raw):
        return raw
    return None


def _clean_place(place: str) -> str:
    last = place.split()[-1]
    if place.endswith(".") and len(last) > 4:  # "MOSCOW." of Interfax; keep "St." or "D.C."
        place = place[:-1]
    return place


def parse_dateline(text: str) -> DatelineMatch | None:
    """The dateline opening ``text``, or None."""
    m = _pattern().match(text)
    if m is None:
        return None
    agency_raw = m.group("agency_paren") or m.group("agency_slash") or m.group("agency_comma")
    agency = None
    if agency_raw is not None:
        agency = _agency_name(agency_raw)
        if agency is None:
            return None
    rest = text[m.end():]
    if m.group("agency_paren") and not m.group("dash_paren"):
        # "NEW DELHI, Jan 16 (PTI) The government ..." : the text must go on as a sentence.
        if not re.match(r"[ \t]+[\"“'‘(\[A-Z0-9]", rest):
            return None
    if agency is None and (not _is_capitals(m.group("place")) or m.group("place").lower() in resources.not_places()):
        return None  # a bare dateline needs a place in capitals, and not "BREAKING —"
    if m.group("colon_bare") and not shapes.is_paragraph_like(rest):
        return None  # "NEW DELHI: The government ..." opens a paragraph; "UKRAINE: talks stall" is a headline
    place = _clean_place(m.group("place"))
    region = m.group("region") or m.group("region_b")
    if region:
        place = f"{place}, {region}"
    month = day = year = None
    date_text = ""
    if m.group("date"):
        date_text = m.group("date").strip().rstrip(",")
        month_raw = m.group("month_a") or m.group("month_b")
        day_raw = m.group("day_a") or m.group("day_b")
        month = resources.months().get(month_raw.lower().rstrip("."))
        day = int(re.match(r"\d+", day_raw).group(0))
        year = int(m.group("year")) if m.group("year") else None
    body_start = m.end()
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    return DatelineMatch(
        place=place,
        date_text=date_text,
        agency=agency,
        month=month,
        day=day,
        year=year,
        start=m.start(),
        end=m.end(),
        body_start=body_start,
    )
