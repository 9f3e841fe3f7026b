"""Datelines: "PLACE[, Region][, Month Day[, Year]] (Agency) -" and the wires' variants.

Recognised shapes (place in capitals or title case, any dash -, --, —, –):

- TASS:      ``MOSCOW, January 16. /TASS/.``
- agency in brackets, with or without date/year/dash (Reuters, AP, AFP, Xinhua, Kyodo,
  Yonhap, UPI, dpa, PTI, Interfax...): ``PARIS, Jan 16, 2019 (AFP) -``,
  ``SEOUL, South Korea (AP) —``, ``NEW DELHI, Jan 16 (PTI)``, ``MOSCOW. Jan 16 (Interfax) -``
- agency after a comma: ``Tehran, Jan 16, IRNA --``
- bare: ``WASHINGTON —``, ``PARIS, Jan. 16 —`` (the place must then be in capitals, so a
  sentence such as "In Washington, officials said" is not a dateline), and the South Asian
  ``NEW DELHI: The government ...`` or ``Kabul, Afghanistan: The ...`` when a full
  sentence follows the colon;
- an agency credit without a place, CNN's ``(CNN) —``: the place is then "";
- a place alone on its line in capitals (Anadolu's ``ANKARA``), see ``parse_place_line``:
  only the caller knows whether a headline stands above it and a paragraph below.

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
def _words() -> dict[str, str]:
    """Sub-patterns built from the word lists: date, agency, place, region."""
    month = rf"(?i:(?:{_alternation(set(resources.months()))})\.?)"
    weekday = rf"(?i:(?:{_alternation(resources.weekdays())})\.?)"
    agencies = rf"(?i:{_alternation(set(resources.agencies()))})"
    particle = rf"(?:{_alternation(resources.place_particles())})"
    not_calendar = rf"(?!{month}(?![{_LETTER}])|{weekday}(?![{_LETTER}]))"
    capword = rf"{not_calendar}[{_UPPER}][{_LETTER}'’.\-]*"
    day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    return {
        "date": (
            rf"(?:{weekday},?[ \t]+)?"
            rf"(?:(?P<month_a>{month})[ \t]+(?P<day_a>{day})|(?P<day_b>{day})[ \t]+(?P<month_b>{month}))"
            rf"(?:,?[ \t]+(?P<year>{year}))?"
        ),
        "agencies": agencies,
        "place": rf"{capword}(?:[ \t]+(?:{particle}[ \t]+)*{capword}){{0,4}}",
        "region": rf"(?!{agencies}\b){capword}(?:[ \t]+{capword}){{0,2}}",
    }


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    words = _words()
    agencies, place, region, date = (words[k] for k in ("agencies", "place", "region", "date"))
    return re.compile(
        rf"""
        (?P<place>{place})
        (?:[ \t]*,[ \t]*(?P<region>{region}(?:[ \t]*,[ \t]*{region})?)|[ \t]*\[(?P<region_b>[^\]\n]{{1,40}})\])?
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


@lru_cache(maxsize=None)
def _date_pattern() -> re.Pattern[str]:
    """A date alone, as AOL puts it in brackets: "(Aug. 13)"."""
    return re.compile(rf"(?P<date>{_words()['date']})")


_GOES_ON_AS_SENTENCE = re.compile(r"[ \t]*[\"“'‘(\[A-Z0-9]")


@lru_cache(maxsize=None)
def _agency_first() -> re.Pattern[str]:
    """CNN's "(CNN) — ..." or "(CNN)President ...": an agency credit with no place."""
    return re.compile(rf"\([ \t]*(?P<agency>[^()\n]{{1,40}}?)[ \t]*\)(?:[ \t]*{_DASH_OR_COLON})?")


def _plausible(m: re.Match[str], rest: str, agency: str | None) -> bool:
    """Shape checks a regular expression cannot make on its own."""
    if m.group("agency_paren") and not m.group("dash_paren") and not _GOES_ON_AS_SENTENCE.match(rest):
        return False  # "NEW DELHI, Jan 16 (PTI) The government ..." must go on as a sentence
    if agency is not None:
        return True
    place = m.group("place")
    if place.lower() in resources.not_places():
        return False  # "BREAKING —"
    if not _is_capitals(place) and not (m.group("colon_bare") and m.group("region")):
        return False  # bare: "WASHINGTON —", or "Kabul, Afghanistan: ..."; never "In Washington, ..."
    if not any(c.islower() for c in rest):
        return False  # "WASHINGTON — TRUMP MEETS KIM" is a headline in capitals, not a story
    if m.group("colon_bare") and not shapes.is_paragraph_like(rest):
        return False  # "NEW DELHI: The government ..." opens a paragraph; "UKRAINE: talks stall" is a headline
    return True


def _credit_only(text: str) -> DatelineMatch | None:
    m = _agency_first().match(text)
    if m is None or not _GOES_ON_AS_SENTENCE.match(text[m.end():]):
        return None
    agency = resources.canonical_agency(m.group("agency"))
    if agency is None:
        return None
    body_start = m.end()
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    return DatelineMatch("", "", agency, None, None, None, m.start(), m.end(), body_start)


def parse_dateline(text: str) -> DatelineMatch | None:
    """The dateline opening ``text``, or None."""
    m = _pattern().match(text)
    if m is None:
        return _credit_only(text)
    agency_raw = m.group("agency_paren") or m.group("agency_slash") or m.group("agency_comma")
    date_match: re.Match[str] | None = m if m.group("date") else None
    agency = None
    if m.group("agency_paren") and date_match is None and _date_pattern().fullmatch(agency_raw):
        date_match, agency_raw = _date_pattern().fullmatch(agency_raw), None  # "WASHINGTON (Aug. 13) --"
    if agency_raw is not None:
        agency = _agency_name(agency_raw)
        if agency is None:
            return None
    if not _plausible(m, text[m.end():], agency):
        return None
    place = _clean_place(m.group("place"))
    region = m.group("region") or m.group("region_b")
    if region:
        place = f"{place}, {region}"
    month = day = year = None
    date_text = ""
    if date_match is not None:
        date_text = date_match.group("date").strip().rstrip(",")
        month_raw = date_match.group("month_a") or date_match.group("month_b")
        day_raw = date_match.group("day_a") or date_match.group("day_b")
        month = resources.months().get(month_raw.lower().rstrip("."))
        day = int(re.match(r"\d+", day_raw).group(0))
        year = int(date_match.group("year")) if date_match.group("year") else None
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


MAX_PLACE_LINE_WORDS = 3


def parse_place_line(text: str) -> DatelineMatch | None:
    """A line that is nothing but a place in capitals ("ANKARA", "ADDIS ABABA"), or None.

    Section labels ("WORLD") and labels such as "BREAKING" are not places.
    """
    stripped = text.strip()
    words = stripped.split()
    if not 1 <= len(words) <= MAX_PLACE_LINE_WORDS or not _is_capitals(stripped):
        return None
    if stripped.lower() in resources.not_places() or any(w.lower() in resources.section_words() for w in words):
        return None
    if resources.canonical_agency(stripped):
        return None  # "CNN" above "WASHINGTON (CNN) — ..." is the agency's name, not a place
    if re.fullmatch(_words()["place"], stripped) is None:
        return None
    start = text.index(stripped)
    end = start + len(stripped)
    return DatelineMatch(_clean_place(stripped), "", None, None, None, None, start, end, len(text))

