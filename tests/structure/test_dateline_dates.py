"""Tests of structure/dates.py (named apart from tests/nlp/test_dates.py: no test packages here)."""
from datetime import date

import pytest

from communique.structure.dates import dateline_date, publication_date


@pytest.mark.parametrize(
    "month, day, year, published, expected",
    [
        (1, 16, None, date(2019, 1, 16), date(2019, 1, 16)),  # same day
        (1, 15, None, date(2019, 1, 16), date(2019, 1, 15)),  # day before
        (12, 31, None, date(2019, 1, 2), date(2018, 12, 31)),  # across new year
        (1, 17, None, date(2019, 1, 16), date(2018, 1, 17)),  # later than publication
        (12, 31, 2017, date(2019, 1, 16), date(2017, 12, 31)),  # an explicit year wins
        (1, 16, None, None, None),  # nothing to take a year from
        (1, 16, 2019, None, date(2019, 1, 16)),
        (2, 30, None, date(2019, 3, 1), None),  # no such day
        (None, None, None, date(2019, 1, 16), None),
    ],
)
def test_dateline_date(month, day, year, published, expected):
    assert dateline_date(month, day, year, published) == expected


def test_publication_date_order():
    a, b, c = date(2019, 1, 1), date(2019, 1, 2), date(2019, 1, 3)
    assert publication_date(a, b, c) == a
    assert publication_date(None, b, c) == b
    assert publication_date(None, None, c) == c
    assert publication_date(None, None, None) is None
