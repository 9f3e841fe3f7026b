"""Dates of events: find date expressions in a sentence and resolve them against the
article's reference date.

Rules rather than a general parser, because news dates are few in kind and each has a
known precision: "On January 14" is a day, "last month" a month, "in 1956" a year. A
weekday means the most recent such day on or before the reference date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["EventDate", "DateMention", "find_dates", "resolve", "is_historical"]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3, "a few": 3}
_PART = {"early": 10, "mid": 50, "middle": 50, "late": 90}

# Order matters: longer, more precise forms first; matches may not overlap.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in (
        ("iso", r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("month_day_year", _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b"),
        ("day_month_year", r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:1[6-9]|20)\d\d)\b"),
        ("month_day", r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)"),
        ("day_month", r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b"),
        ("month_year", r"\b" + _MONTH + r"\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d\d)\b"),
        ("century", r"\b(?:the\s+)?(?P<part>early|mid|middle|late)?[-\s]?(?P<n>1[0-9]|2[01])(?:st|nd|rd|th)[-\s]century\b"),
        ("decade", r"\b(?:the\s+)?(?P<year>(?:1[6-9]|20)\d)0s\b"),
        ("ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?|several|(?:a\s+)?few)\s+" + _UNIT + r"\s+ago\b"),
        ("last_unit", r"\b(?P<rel>last|past|previous|this|next)\s+(?P<unit>week|month|year|weekend)\b"),
        ("last_weekday", r"\b(?:last|this|on|past)?\s*" + _WEEKDAY + r"\b"),
        ("month_only", r"\b(?P<rel>last|this|in|early|late|mid|since)[\s-]+" + _MONTH + r"\b"),
        ("relative_day", r"\b(?P<word>yesterday|today|tonight|this morning|this afternoon|this evening|last night|earlier today)\b"),
        ("year", r"(?<![\d,.\-/])\b(?P<year>1[89]\d\d|20\d\d)\b(?!\d|,\d|%|\.\d)"),
    )
)


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date with its precision: ``value`` is YYYY-MM-DD, YYYY-MM or YYYY."""

    value: str
    first_day: date  # the earliest day the value covers, for ordering and "historical"

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text: where it is and what it resolves to."""

    text: str
    start: int
    end: int
    date: EventDate


def _day(d: date) -> EventDate:
    return EventDate(d.isoformat(), d)


def _month(year: int, month: int) -> EventDate:
    return EventDate(f"{year:04d}-{month:02d}", date(year, month, 1))


def _year(year: int) -> EventDate:
    return EventDate(f"{year:04d}", date(year, 1, 1))


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_months(ref: date, months: int) -> tuple[int, int]:
    total = ref.year * 12 + ref.month - 1 + months
    return total // 12, total % 12 + 1


def _past_year_for(month: int, day: int, ref: date) -> int:
    """A day named without a year is the most recent one on or before the reference date
    (news reports the past); a date up to a week ahead is kept in the reference year."""
    candidate = _safe_day(ref.year, month, day)
    if candidate is not None and candidate > ref + timedelta(days=7):
        return ref.year - 1
    return ref.year


def _future_year_for(month: int, day: int, ref: date) -> int:
    candidate = _safe_day(ref.year, month, day)
    return ref.year + 1 if candidate is not None and candidate < ref else ref.year


def _resolve_match(kind: str, m: re.Match[str], ref: date, future: bool = False) -> EventDate | None:
    g = m.groupdict()
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    if kind == "iso":
        d = _safe_day(int(g["year"]), int(g["m"]), int(g["d"]))
        return _day(d) if d else None
    if kind in ("month_day_year", "day_month_year"):
        d = _safe_day(int(g["year"]), month, int(g["day"]))
        return _day(d) if d else None
    if kind in ("month_day", "day_month"):
        day = int(g["day"])
        year = _future_year_for(month, day, ref) if future else _past_year_for(month, day, ref)
        d = _safe_day(year, month, day)
        return _day(d) if d else None
    if kind == "month_year":
        return _month(int(g["year"]), month)
    if kind == "century":
        century = int(g["n"])
        offset = _PART.get((g.get("part") or "").lower(), 0)
        return _year((century - 1) * 100 + offset)
    if kind == "decade":
        return _year(int(g["year"]) * 10)
    if kind == "year":
        return _year(int(g["year"]))
    if kind == "ago":
        raw = " ".join(g["n"].lower().split())
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        unit = g["unit"].lower()
        if unit == "day":
            return _day(ref - timedelta(days=n))
        if unit == "week":
            return _day(ref - timedelta(weeks=n))
        if unit == "month":
            return _month(*_shift_months(ref, -n))
        return _year(ref.year - n * (10 if unit == "decade" else 1))
    if kind == "last_unit":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[rel]
        if unit == "week":
            return _day(ref + timedelta(weeks=step)) if step else _day(ref)
        if unit == "weekend":
            saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
            return _day(saturday - timedelta(weeks=1) if step < 0 and saturday == ref else saturday)
        if unit == "month":
            return _month(*_shift_months(ref, step))
        return _year(ref.year + step)
    if kind == "last_weekday":
        wanted = WEEKDAYS[g["weekday"].lower()]
        said = m.group(0).lower()
        if future and not said.startswith(("last", "past")):  # "will meet on Monday": the coming one
            return _day(ref + timedelta(days=(wanted - ref.weekday()) % 7))
        back = (ref.weekday() - wanted) % 7
        if said.startswith("last") and back == 0:
            back = 7
        return _day(ref - timedelta(days=back))
    if kind == "month_only":
        rel = g["rel"].lower()
        if rel == "this":
            return _month(ref.year, month)
        if future and rel != "last":
            return _month(ref.year if month >= ref.month else ref.year + 1, month)
        year = ref.year if month <= ref.month else ref.year - 1
        if rel == "last" and month == ref.month:
            year -= 1
        return _month(year, month)
    if kind == "relative_day":
        word = g["word"].lower()
        return _day(ref - timedelta(days=1) if word in ("yesterday", "last night") else ref)
    return None


def find_dates(text: str, ref: date, offset: int = 0, future: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``ref``, in text order.

    ``offset`` is added to the positions, so a sentence's dates point into the article.
    News reports the past, so a weekday or a day without a year is the latest one on or
    before ``ref``; with ``future`` (an announced act: "will meet on Monday") the next one.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            while start < end and text[start].isspace():
                start += 1
            if any(start < e and s < end for s, e in taken):
                continue
            resolved = _resolve_match(kind, m, ref, future)
            if resolved is None:
                continue
            taken.append((start, end))
            found.append(DateMention(text[start:end], start + offset, end + offset, resolved))
    return sorted(found, key=lambda d: d.start)


def resolve(text: str, ref: date) -> EventDate | None:
    """The first date expression in ``text``, resolved; None when there is none."""
    found = find_dates(text, ref)
    return found[0].date if found else None


def is_historical(event_date: EventDate | None, ref: date | None) -> bool:
    """An event is historical when it lies more than a year before the reference date."""
    if event_date is None or ref is None:
        return False
    if len(event_date.value) == 4:  # a bare year is historical only when it ended over a year ago
        return int(event_date.value) < ref.year - 1
    return (ref - event_date.first_day).days > 365
