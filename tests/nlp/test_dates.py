from datetime import date

import pytest

from communique.nlp.dates import find_dates, is_historical, resolve

REF = date(2019, 1, 16)  # a Wednesday


@pytest.mark.parametrize(
    "text,value",
    [
        ("On January 14, the ministers met", "2019-01-14"),
        ("talks on Wednesday", "2019-01-16"),
        ("the envoy arrived on Monday", "2019-01-14"),
        ("last Friday", "2019-01-11"),
        ("they met last month", "2018-12"),
        ("In 1956, both sides signed", "1956"),
        ("since the mid-20th century", "1950"),
        ("early in the 1970s", "1970"),
        ("yesterday", "2019-01-15"),
        ("two weeks ago", "2019-01-02"),
        ("on 3 March 2018", "2018-03-03"),
        ("December 30", "2018-12-30"),
        ("in mid-August", "2018-08"),
        ("last year", "2018"),
    ],
)
def test_resolves_against_reference(text, value):
    assert resolve(text, REF).value == value


def test_numbers_that_are_not_years_are_ignored():
    assert find_dates("1,000 tons of grain and Article 107 of the G20 text", REF) == []


def test_positions_point_into_the_text():
    text = "Envoys met. On January 14, they talked."
    [mention] = find_dates(text, REF, offset=100)
    assert text[mention.start - 100:mention.end - 100] == "January 14"


def test_precision_and_historical():
    assert resolve("on Monday", REF).precision == "day"
    assert resolve("last month", REF).precision == "month"
    assert resolve("in 1956", REF).precision == "year"
    assert is_historical(resolve("in 1956", REF), REF)
    assert not is_historical(resolve("last month", REF), REF)
    assert not is_historical(resolve("in 2018", REF), REF)
    assert not is_historical(None, REF)


def test_announced_acts_look_forward():
    assert find_dates("will meet on Monday", REF, future=True)[0].date.value == "2019-01-21"
    assert find_dates("will meet on Wednesday", REF, future=True)[0].date.value == "2019-01-16"
    assert find_dates("will visit on January 10", REF, future=True)[0].date.value == "2020-01-10"
    assert find_dates("will visit in March", REF, future=True)[0].date.value == "2019-03"
    assert find_dates("met last Monday", REF, future=True)[0].date.value == "2019-01-14"
