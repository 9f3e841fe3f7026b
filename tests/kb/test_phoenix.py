"""The Phoenix/PETRARCH dictionary importer: format details, skip reasons, and the real file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from communique.kb.loader import DATA_DIR, build_kb
from communique.kb.phoenix import display_name, import_phoenix, parse_block, phoenix_date, read_entries

# A made-up dictionary in the same format (names invented for the test).
SAMPLE = """\
# comment line
RURITANIA_  [RUR]
+RURITANIAN_
ELSBERG_VONHALT_  # a minister
+VONHALT_
\t[RURGOV >150301]
\t[RURELI 900101-150228]
\t[ELI]
BAD_DATES_PERSON_
\t[RURGOV 2004017-20061201]
NO_CODE_AT_ALL_
UNKNOWN_CODE_PERSON_ [---]
ORDER_OF_THE_LAKE_ [IGOLAK]
+OTL
"""


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "Sample.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_two_and_four_digit_years():
    assert phoenix_date("040309") == date(2004, 3, 9)
    assert phoenix_date("750101") == date(1975, 1, 1)
    assert phoenix_date("20130804") == date(2013, 8, 4)
    with pytest.raises(ValueError):
        phoenix_date("2004017")


def test_code_blocks():
    assert parse_block("RUSGOV >040309").start == date(2004, 3, 9)
    assert parse_block("USRARM <900823").end == date(1990, 8, 23)
    term = parse_block("AFGELI 750101-000101")
    assert (term.code, term.start, term.end) == ("AFGELI", date(1975, 1, 1), date(2000, 1, 1))
    with pytest.raises(ValueError):
        parse_block("---")


def test_names_lose_underscores_and_shouting():
    assert display_name("SERGEY_V._LAVROV_") == "Sergey V. Lavrov"
    assert display_name("UN_") == "UN"


def test_entries_aliases_and_codes(sample):
    entries, bad = read_entries(sample)
    names = [e.name for e in entries]
    assert names[:2] == ["Ruritania", "Elsberg Vonhalt"]
    assert entries[1].aliases == ["Vonhalt"]
    assert [b for _, b in entries[1].blocks] == ["RURGOV >150301", "RURELI 900101-150228", "ELI"]
    assert bad == []


def test_import_reports_counts_and_reasons(sample, tmp_path):
    report = import_phoenix(sample, tmp_path / "layer")
    assert report.entries == 3  # Ruritania, Vonhalt, the Order
    reasons = report.reasons()
    assert reasons["bad date"] == 1 and reasons["unknown code ---"] == 1 and reasons["no usable code"] >= 2
    assert "loaded 3 entries" in report.summary()
    kb = build_kb(DATA_DIR, tmp_path / "layer")
    vonhalt = kb.people[kb.lookup("Elsberg Vonhalt")[0].key]
    assert kb.affiliation(vonhalt, date(2016, 1, 1)).code == "RURGOV"
    assert kb.affiliation(vonhalt, date(2000, 1, 1)).code == "RURELI"
    assert kb.affiliation(vonhalt, date(1980, 1, 1)).code == "RURELI"  # the undated default, country added


def test_real_phoenix_countries_file(shared_dir, tmp_path):
    report = import_phoenix(shared_dir / "reference" / "dicts" / "Phoenix.Countries.actors.txt", tmp_path)
    assert report.entries > 10000 and report.terms >= report.entries
    assert report.skipped and all(reason for _, reason in report.skipped)
    kb = build_kb(DATA_DIR, tmp_path)
    assert kb.problems == []
    assert not build_kb(DATA_DIR).lookup("Mawlawi Abdul Kabir")  # Phoenix-only
    entry = kb.lookup("Mawlawi Abdul Kabir")[0]
    assert kb.affiliation(kb.people[entry.key], date(2001, 6, 1)).code == "AFGGOV"


@pytest.mark.model
def test_phoenix_only_actor_resolves_in_a_sentence(shared_dir, tmp_path, nlp):
    from communique.nlp.actors import ActorResolver

    import_phoenix(shared_dir / "reference" / "dicts" / "Phoenix.Countries.actors.txt", tmp_path)
    resolver = ActorResolver(nlp, build_kb(DATA_DIR, tmp_path))
    doc = nlp.make_doc("Mawlawi Abdul Kabir met the envoys in Kandahar on Monday.")
    doc._.ref_date = date(2001, 6, 1)
    for name, proc in nlp.pipeline:
        if name == "communique_actors":
            break
        doc = proc(doc)
    doc = resolver(doc)
    kabir = [a for a in doc._.actors if a.name == "Mawlawi Abdul Kabir"]
    assert kabir and (kabir[0].code, kabir[0].country, kabir[0].sector) == ("AFGGOV", "AFG", "GOV")


def test_the_default_loader_reads_the_layer_named_by_the_environment(sample, tmp_path, monkeypatch):
    from communique.kb.loader import KB_DIR_ENV, clear_cache, load_kb

    layer = tmp_path / "layer"
    import_phoenix(sample, layer)
    monkeypatch.setenv(KB_DIR_ENV, str(layer))
    clear_cache()
    try:
        assert load_kb().lookup("Elsberg Vonhalt")
    finally:
        monkeypatch.delenv(KB_DIR_ENV)
        clear_cache()
    assert not load_kb(user_layer=False).lookup("Elsberg Vonhalt")
