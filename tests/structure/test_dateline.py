"""Datelines of the major wires, as they open a story's first paragraph."""
from __future__ import annotations

from datetime import date

import pytest

from communique.records import Document
from communique.structure import build_article
from communique.structure.dateline import parse_dateline

PUB = date(2019, 1, 16)

# (opening of the first paragraph, place, agency, publication date, resolved dateline date)
WIRE_DATELINES = [
    # TASS
    ("MOSCOW, January 16. /TASS/.", "MOSCOW", "TASS", PUB, date(2019, 1, 16)),
    ("TOKYO, January 15. /TASS/.", "TOKYO", "TASS", PUB, date(2019, 1, 15)),
    ("ST. PETERSBURG, June 7. /TASS/.", "ST. PETERSBURG", "TASS", date(2019, 6, 7), date(2019, 6, 7)),
    ("VLADIVOSTOK, September 5. /ITAR-TASS/.", "VLADIVOSTOK", "TASS", date(2019, 9, 6), date(2019, 9, 5)),
    ("MINSK, December 31. /TASS/.", "MINSK", "TASS", date(2020, 1, 2), date(2019, 12, 31)),
    # Reuters
    ("MOSCOW (Reuters) -", "MOSCOW", "Reuters", PUB, None),
    ("NEW YORK (Reuters) -", "NEW YORK", "Reuters", PUB, None),
    ("THE HAGUE (Reuters) -", "THE HAGUE", "Reuters", PUB, None),
    ("The Hague (Reuters) -", "The Hague", "Reuters", PUB, None),
    ("BRUSSELS, Jan 16 (Reuters) -", "BRUSSELS", "Reuters", PUB, date(2019, 1, 16)),
    ("GENEVA, March 3 (Reuters) --", "GENEVA", "Reuters", date(2019, 3, 4), date(2019, 3, 3)),
    # AP
    ("WASHINGTON (AP) —", "WASHINGTON", "AP", PUB, None),
    ("SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", PUB, None),
    ("RIO DE JANEIRO (AP) —", "RIO DE JANEIRO", "AP", PUB, None),
    ("KANSAS CITY, Mo. (AP) —", "KANSAS CITY, Mo.", "AP", PUB, None),
    ("UNITED NATIONS (AP) —", "UNITED NATIONS", "AP", PUB, None),
    ("PORT-AU-PRINCE, Haiti (AP) —", "PORT-AU-PRINCE, Haiti", "AP", PUB, None),
    # AFP
    ("PARIS, Jan 16, 2019 (AFP) -", "PARIS", "AFP", None, date(2019, 1, 16)),
    ("ADDIS ABABA, Feb 10, 2019 (AFP) -", "ADDIS ABABA", "AFP", None, date(2019, 2, 10)),
    ("Kabul, Afghanistan, Oct 8, 2018 (AFP) -", "Kabul, Afghanistan", "AFP", None, date(2018, 10, 8)),
    ("ABIDJAN, Nov 2 (AFP) –", "ABIDJAN", "AFP", date(2019, 11, 2), date(2019, 11, 2)),
    # Xinhua
    ("BEIJING, Jan. 16 (Xinhua) --", "BEIJING", "Xinhua", PUB, date(2019, 1, 16)),
    ("UNITED NATIONS, Jan. 15 (Xinhua) --", "UNITED NATIONS", "Xinhua", PUB, date(2019, 1, 15)),
    ("ADDIS ABABA, Ethiopia, Feb. 10 (Xinhua) --", "ADDIS ABABA, Ethiopia", "Xinhua", date(2019, 2, 11), date(2019, 2, 10)),
    ("ISLAMABAD, Sept. 12 (Xinhua) --", "ISLAMABAD", "Xinhua", date(2019, 9, 12), date(2019, 9, 12)),
    # Kyodo
    ("TOKYO, Jan. 16 (Kyodo) --", "TOKYO", "Kyodo", PUB, date(2019, 1, 16)),
    ("OSAKA (Kyodo) --", "OSAKA", "Kyodo", PUB, None),
    # Yonhap
    ("SEOUL, Jan. 16 (Yonhap) --", "SEOUL", "Yonhap", PUB, date(2019, 1, 16)),
    ("PANMUNJOM, April 27 (Yonhap) --", "PANMUNJOM", "Yonhap", date(2018, 4, 27), date(2018, 4, 27)),
    # Interfax
    ("MOSCOW. Jan 16 (Interfax) -", "MOSCOW", "Interfax", PUB, date(2019, 1, 16)),
    ("KYIV. Dec 28 (Interfax-Ukraine) -", "KYIV", "Interfax-Ukraine", PUB, date(2018, 12, 28)),
    # Anadolu
    ("ANKARA (AA) -", "ANKARA", "Anadolu", PUB, None),
    ("ISTANBUL, Jan. 16 (Anadolu Agency) -", "ISTANBUL", "Anadolu", PUB, date(2019, 1, 16)),
    # UPI
    ("WASHINGTON, Jan. 16 (UPI) --", "WASHINGTON", "UPI", PUB, date(2019, 1, 16)),
    ("WASHINGTON, Wednesday, Jan. 16 (UPI) --", "WASHINGTON", "UPI", PUB, date(2019, 1, 16)),
    # dpa
    ("Berlin (dpa) -", "Berlin", "dpa", PUB, None),
    ("Frankfurt am Main (dpa) -", "Frankfurt am Main", "dpa", PUB, None),
    # RIA Novosti
    ("MOSCOW, January 16 (RIA Novosti) -", "MOSCOW", "RIA Novosti", PUB, date(2019, 1, 16)),
    ("MOSCOW, 16 January (RIA Novosti) —", "MOSCOW", "RIA Novosti", PUB, date(2019, 1, 16)),
    # IRNA
    ("Tehran, Jan 16, IRNA --", "Tehran", "IRNA", PUB, date(2019, 1, 16)),
    ("Tehran, IRNA –", "Tehran", "IRNA", PUB, None),
    # PTI and ANI (no dash, or a colon)
    ("NEW DELHI, Jan 16 (PTI)", "NEW DELHI", "PTI", PUB, date(2019, 1, 16)),
    ("MUMBAI, Dec 30 (PTI)", "MUMBAI", "PTI", PUB, date(2018, 12, 30)),
    ("New Delhi [India], Jan 16 (ANI):", "New Delhi, India", "ANI", PUB, date(2019, 1, 16)),
    # bare "PLACE, Month Day —" and "PLACE —"
    ("WASHINGTON —", "WASHINGTON", None, PUB, None),
    ("WASHINGTON, Jan. 15 —", "WASHINGTON", None, PUB, date(2019, 1, 15)),
    ("ADDIS ABABA, Ethiopia —", "ADDIS ABABA, Ethiopia", None, PUB, None),
    ("PARIS, Jan 16 -", "PARIS", None, PUB, date(2019, 1, 16)),
    ("CARACAS, Venezuela, Jan 23, 2019 –", "CARACAS, Venezuela", None, None, date(2019, 1, 23)),
    # the date in brackets instead of an agency (AOL)
    ("WASHINGTON (Aug. 13) --", "WASHINGTON", None, date(2010, 8, 14), date(2010, 8, 13)),
    # dates: later than publication -> previous year; Dec/Jan; explicit year wins
    ("BEIJING, Dec. 31 (Xinhua) --", "BEIJING", "Xinhua", PUB, date(2018, 12, 31)),
    ("BEIJING, Dec 31, 2019 (Xinhua) --", "BEIJING", "Xinhua", PUB, date(2019, 12, 31)),
    ("SEOUL, Jan. 17 (Yonhap) --", "SEOUL", "Yonhap", PUB, date(2018, 1, 17)),
    # no publication date: a dateline without a year stays undated
    ("MOSCOW, January 16. /TASS/.", "MOSCOW", "TASS", None, None),
]

BODY = " Officials of the two governments met for talks on Wednesday, the ministry said."


def _article(opening: str, published: date | None):
    text = "Ministers meet for talks\n\n" + opening + BODY + "\n\nA second paragraph follows here with more detail.\n"
    return build_article(Document(id="t", text=text), published=published)


@pytest.mark.parametrize("opening, place, agency, published, expected", WIRE_DATELINES)
def test_wire_dateline(opening, place, agency, published, expected):
    article = _article(opening, published)
    assert article.dateline is not None, opening
    assert article.dateline.place == place
    assert article.dateline.agency == agency
    assert article.dateline.date == expected
    covered = article.text[article.dateline.start:article.dateline.end]
    assert covered == opening.rstrip()
    assert article.paragraphs[0].text.startswith("Officials of the two governments")
    assert article.headline is not None and article.headline.text == "Ministers meet for talks"


def test_table_is_large_and_covers_every_wire():
    agencies = {row[2] for row in WIRE_DATELINES}
    assert len(WIRE_DATELINES) >= 40
    for wire in ("TASS", "Reuters", "AP", "AFP", "Xinhua", "Kyodo", "Yonhap", "Interfax",
                 "Anadolu", "UPI", "dpa", "RIA Novosti", "IRNA", "PTI", None):
        assert wire in agencies


@pytest.mark.parametrize(
    "opening, date_text",
    [
        ("MOSCOW, January 16. /TASS/. Moscow", "January 16"),
        ("PARIS, Jan 16, 2019 (AFP) - France", "Jan 16, 2019"),
        ("BEIJING, Jan. 16 (Xinhua) -- China", "Jan. 16"),
        ("WASHINGTON, Wednesday, Jan. 16 (UPI) -- The", "Wednesday, Jan. 16"),
        ("MOSCOW (Reuters) - Russia", ""),
    ],
)
def test_date_text_is_the_written_date(opening, date_text):
    assert parse_dateline(opening).date_text == date_text


@pytest.mark.parametrize("dash", ["-", "--", "—", "–"])
def test_every_dash(dash):
    found = parse_dateline(f"WASHINGTON (AP) {dash} The president spoke.")
    assert found is not None and found.agency == "AP"
    assert found.body_start == len(f"WASHINGTON (AP) {dash} ")


def test_em_dash_without_spaces():
    found = parse_dateline("WASHINGTON—The president spoke.")
    assert found is not None and found.place == "WASHINGTON"
    assert found.body_start == len("WASHINGTON—")


def test_body_sentence_starting_with_place_and_dash_is_a_dateline():
    article = build_article(Document(id="t", text="WASHINGTON — The president met the envoy on Tuesday, aides said."))
    assert article.dateline is not None and article.dateline.place == "WASHINGTON"
    assert article.paragraphs[0].text == "The president met the envoy on Tuesday, aides said."


@pytest.mark.parametrize(
    "opening",
    [
        "In Washington, officials said the talks would resume.",
        "LAVROV SLAMS JAPAN OVER ISLANDS",
        "RUSSIA AND JAPAN AGREE TO KEEP TALKING",
        "Moscow - the talks were long, officials said.",
        "BREAKING — Talks collapse in Geneva",
        "UKRAINE: talks stall again",
        "WASHINGTON — TRUMP AND KIM TO MEET AGAIN",
        "President Putin (pictured) - a file photo.",
        "On January 14, Lavrov and his counterpart met.",
        "The Hague is where the court sits.",
    ],
)
def test_not_a_dateline(opening):
    assert parse_dateline(opening) is None


def test_place_and_colon_before_a_full_sentence_is_a_dateline():
    found = parse_dateline("NEW DELHI: The ongoing talks between the two governments entered a third day on Sunday.")
    assert found is not None and found.place == "NEW DELHI" and found.agency is None
    assert found.body_start == len("NEW DELHI: ")


def test_capitalised_headline_is_not_taken_for_a_dateline():
    text = "RUSSIA AND JAPAN AGREE TO KEEP TALKING\n\nTOKYO (Kyodo) -- The foreign ministers of the two countries met on Monday in Tokyo.\n"
    article = build_article(Document(id="t", text=text))
    assert article.headline.text == "RUSSIA AND JAPAN AGREE TO KEEP TALKING"
    assert article.dateline.place == "TOKYO"
    assert article.dateline.start == text.index("TOKYO")


def test_unknown_agency_needs_an_acronym():
    assert parse_dateline("LONDON (CNN) — The talks").agency == "CNN"
    assert parse_dateline("LONDON (ABCD) — The talks").agency == "ABCD"
    assert parse_dateline("LONDON (some people) — The talks") is None


@pytest.mark.parametrize(
    "opening, place, agency",
    [
        ("London (CNN)It was the interview that everyone watched, aides said.", "London", "CNN"),
        ("(CNN)President Trump spoke to reporters on Tuesday, aides said.", "", "CNN"),
        ("(Reuters) - The talks resumed on Tuesday, officials said.", "", "Reuters"),
        ("Washington, DC, United States: Getting to the moon again will take far longer than planned, officials said.", "Washington, DC, United States", None),
        ("Kabul, Afghanistan: The two delegations met on Tuesday for a second day of talks on a ceasefire.", "Kabul, Afghanistan", None),
    ],
)
def test_credit_forms_and_title_case_colon_datelines(opening, place, agency):
    found = parse_dateline(opening)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_title_case_colon_without_region_is_not_a_dateline():
    assert parse_dateline("Washington: The two delegations met on Tuesday for a second day of talks on a ceasefire.") is None
    assert parse_dateline("(pictured) The two delegations met on Tuesday.") is None
