"""The KB loader on small fixture TSVs: parsing, validation, lookups, dated holders, layers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from communique.kb.loader import build_kb, norm_name, parse_date, split_code

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def kb():
    return build_kb(FIXTURES)


def test_fixture_data_is_clean(kb):
    assert kb.problems == []
    assert {"RUS", "JPN", "SUN"} <= set(kb.countries)


def test_partial_dates_cover_the_whole_period():
    assert parse_date("2019") == date(2019, 1, 1)
    assert parse_date("2019", end=True) == date(2019, 12, 31)
    assert parse_date("2020-02", end=True) == date(2020, 2, 29)
    assert parse_date("") is None


def test_names_are_normalised_for_lookup():
    assert norm_name("The  Kremlin") == "kremlin"
    assert norm_name("Russia’s") == "russia's"


@pytest.mark.parametrize("name, kind, key, field", [
    ("Japan", "country", "JPN", "name"),
    ("japanese", "country", "JPN", "adjective"),
    ("Tokyo", "country", "JPN", "capital"),
    ("the Kremlin", "country", "RUS", "seat"),
    ("Russian Federation", "country", "RUS", "alias"),
    ("G7", "igo", "IGOGOS", "acronym"),
    ("United Nations", "igo", "IGOUNO", "name"),
    ("Sergei Lavrov", "person", "sergey-lavrov", "alias"),
    ("Taro Kono", "person", "taro-kono", "name"),
])
def test_lookup_by_any_name(kb, name, kind, key, field):
    entries = kb.lookup(name)
    assert any((e.kind, e.key, e.field) == (kind, key, field) for e in entries), entries


def test_acronyms_are_case_sensitive(kb):
    assert kb.lookup("UN")
    assert not [e for e in kb.lookup("un") if e.field == "acronym"]


def test_accents_are_optional_in_names(kb):
    assert kb.lookup("Antonio Guterres")[0].key == "antonio-guterres"
    assert kb.lookup("Taro Kono")[0].key == "taro-kono"


def test_holders_change_over_time(kb):
    assert [p.name for p in kb.holders("JPN", "foreign_minister", on=date(2019, 1, 14))] == ["Taro Kono"]
    assert [p.name for p in kb.holders("JPN", "foreign_minister", on=date(2020, 1, 1))] == ["Toshimitsu Motegi"]
    assert [p.name for p in kb.holders("USA", "head_of_state", on=date(2019, 6, 1))] == ["Donald Trump"]
    assert [p.name for p in kb.holders("USA", "head_of_state", on=date(2022, 6, 1))] == ["Joe Biden"]
    assert kb.holders("USA", "head_of_state", on=date(2016, 6, 1)) == []


def test_person_terms_are_in_order(kb):
    terms = kb.person_terms("donald-trump")
    assert [t.start for t in terms] == [date(2017, 1, 20), date(2025, 1, 20)]
    putin = kb.person_terms(kb.people["vladimir-putin"])
    assert [t.roles for t in putin] == [("head_of_government",), ("head_of_state",)]


def test_affiliation_on_a_date(kb):
    lavrov = kb.people["sergey-lavrov"]
    assert kb.affiliation(lavrov, date(2019, 1, 16)).code == "RUSGOV"
    trump = kb.affiliation(kb.people["donald-trump"], date(2022, 1, 1))
    assert (trump.code, trump.sector, trump.role) == ("USAELI", "ELI", None)
    guterres = kb.affiliation(kb.people["antonio-guterres"], date(2019, 1, 1))
    assert (guterres.code, guterres.country, guterres.sector) == ("IGOUNO", None, "IGO")


def test_surnames_are_indexed(kb):
    assert [p.id for p in kb.people_with_surname("Lavrov")] == ["sergey-lavrov"]
    assert kb.people_with_surname("lavrov") == []


def test_role_phrases(kb):
    assert kb.role_of_phrase("Top Diplomat").key == "foreign_minister"
    assert kb.role_of_phrase("dentist") is None


def test_split_code():
    assert (split_code("RUSGOV").country, split_code("RUSGOV").sector) == ("RUS", "GOV")
    assert split_code("IGOUNO").sector == "IGO"


def test_bad_rows_are_reported_not_fatal(tmp_path):
    for name in ("countries.tsv", "igos.tsv", "roles.tsv"):
        (tmp_path / name).write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "people.tsv").write_text(
        "id\tname\taliases\tcountry\troles\tstart\tend\n"
        "ok-person\tOk Person\t\tRUS\tforeign_minister\t2000\t2001\n"
        "bad-dates\tBad Dates\t\tRUS\tforeign_minister\t2005-01-01\t2001-01-01\n"
        "bad-role\tBad Role\t\tRUS\tastronaut\t2000\t\n"
        "bad-country\tBad Country\t\tRussia\tforeign_minister\t2000\t\n"
        "bad-date\tBad Date\t\tRUS\tforeign_minister\t20 May 2000\t\n",
        encoding="utf-8",
    )
    kb = build_kb(tmp_path)
    assert "ok-person" in kb.people and "bad-dates" not in kb.people
    text = "\n".join(kb.problems)
    for reason in ("start 2005-01-01 after end", "astronaut", "neither ISO3", "bad date"):
        assert reason in text


def test_user_layer_adds_to_builtin(tmp_path, kb):
    (tmp_path / "people.tsv").write_text(
        "id\tname\taliases\tcountry\troles\tstart\tend\n"
        "ali-motahari\tAli Motahari\t\tIRN\tlegislator\t2008\t2020\n", encoding="utf-8")
    layered = build_kb(FIXTURES, tmp_path)
    assert layered.lookup("Ali Motahari")[0].key == "ali-motahari"
    assert len(layered.people) == len(kb.people) + 1


def test_regional_people_files_add_people_and_terms(tmp_path):
    for name in ("countries.tsv", "igos.tsv", "roles.tsv"):
        (tmp_path / name).write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    header = "id\tname\taliases\tcountry\troles\tstart\tend\n"
    (tmp_path / "people.tsv").write_text(header + "ok-person\tOk Person\t\tRUS\tforeign_minister\t2000\t2001\n",
                                         encoding="utf-8")
    (tmp_path / "people-extra.tsv").write_text(
        header + "ok-person\tOk Person\tO. Person\tRUS\tforeign_minister\t2005\t2006\n"
        "new-person\tNew Person\t\tRUS\tforeign_minister\t2010\t\n", encoding="utf-8")
    kb = build_kb(tmp_path)
    assert len(kb.people["ok-person"].terms) == 2 and "O. Person" in kb.people["ok-person"].aliases
    assert "new-person" in kb.people and not kb.problems
