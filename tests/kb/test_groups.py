"""Schema and consistency of kb/data/groups.tsv, and how the loader reads group rows."""
from __future__ import annotations

from collections import Counter

import pytest

from communique.kb.loader import COLUMNS, DATA_DIR, GROUP_KINDS, GROUP_SECTORS, build_kb, read_tsv
from communique.nlp.actor_words import actor_words

GROUPS = DATA_DIR / "groups.tsv"
HEADER = "code\tname\taliases\tacronyms\tcountry\tsector\tkind\n"


def _rows():
    return [row for _, row in read_tsv(GROUPS) if "__header__" not in row]


@pytest.fixture(scope="module")
def kb():
    return build_kb(DATA_DIR)


def test_header_is_the_documented_one():
    header = next(row for _, row in read_tsv(GROUPS))
    assert tuple(header["__header__"].split("\t")) == COLUMNS["groups.tsv"]


def test_at_least_150_rows_with_unique_codes():
    codes = Counter(row["code"] for row in _rows())
    assert len(codes) >= 150
    assert [code for code, n in codes.items() if n > 1] == []


def test_every_row_loads(kb):
    assert [p for p in kb.problems if "groups" in p] == []
    assert len(kb.groups) == len(_rows())


def test_kind_and_sector_agree(kb):
    """Parties are PTY, outlets MED, NGOs NGO (codes starting NGO), companies BUS."""
    expected = {"party": {"PTY"}, "media": {"MED"}, "ngo": {"NGO"}, "company": {"BUS"},
                "agency": {"GOV", "MIL", "SPY", "COP", "JUD"}, "group": {"REB", "UAF", "OPP", "CRM", "MIL", "GOV"}}
    wrong = [g.code for g in kb.groups.values() if g.sector not in expected[g.kind]]
    assert wrong == []
    assert all(g.code.startswith("NGO") for g in kb.groups.values() if g.kind == "ngo")
    assert {g.kind for g in kb.groups.values()} == GROUP_KINDS
    assert {g.sector for g in kb.groups.values()} <= GROUP_SECTORS


def test_codes_start_with_the_home_state(kb):
    for g in kb.groups.values():
        if g.country is None:
            assert g.code[:3] in ("IMG", "NGO"), g.code
        else:
            assert g.country in kb.countries, g.code
            assert g.code.startswith((g.country, "NGO" + g.country)), g.code


def test_actor_kind_splits_groups_from_organisations(kb):
    assert kb.groups["PSEREBHMS"].actor_kind == "group"
    assert kb.groups["USASPYCIA"].actor_kind == "group"
    assert kb.groups["RUSPTYUNR"].actor_kind == "group"
    assert kb.groups["GBRMEDREU"].actor_kind == "organisation"
    assert kb.groups["NGOHRIAMN"].actor_kind == "organisation"
    assert kb.groups["RUSBUSGZP"].actor_kind == "organisation"


def test_names_never_collide_with_other_entries(kb):
    """A group's name or alias names nothing else: no country, IGO, person or other group."""
    clashes = []
    for key, entries in kb.name_keys().items():
        orgs = {e.key for e in entries if e.kind == "org"}
        if orgs and (len(orgs) > 1 or any(e.kind != "org" for e in entries)):
            clashes.append((key, entries))
    assert clashes == []


def test_acronyms_are_unambiguous_outside_groups(kb):
    """A group's acronym is no country's, IGO's or person's; two groups may share one (the
    article settles it), but then each has a full name to be recognised by."""
    clashes = []
    for acronym, entries in kb.acronym_keys().items():
        if any(e.kind == "org" for e in entries):
            if any(e.kind != "org" for e in entries):
                clashes.append(acronym)
            others = [e for e in kb.name_keys().get(acronym.lower(), ()) if e.key != entries[0].key]
            if others and any(c.isupper() for c in acronym[1:]):
                clashes.append(acronym)
    assert clashes == []


def test_overlap_with_role_phrases_and_collective_nouns_keeps_the_sector(kb):
    """'State Department' is also a generic ministry phrase: the names that win over such
    phrases must mean the same kind of body."""
    words = actor_words()
    wrong = []
    for key, entries in kb.name_keys().items():
        for e in entries:
            if e.kind != "org":
                continue
            sector = kb.groups[e.key].sector
            role = kb.role_of_phrase(key)
            if role is not None and role.sector != sector:
                wrong.append((key, role.key))
            noun = words.group_nouns.get(key)
            if noun is not None and noun != sector:
                wrong.append((key, noun))
    assert wrong == []


def test_lookups_by_name_alias_and_acronym(kb):
    for text in ("Hezbollah", "Hizbollah", "the Taliban", "Central Intelligence Agency", "Amnesty International"):
        assert [e.kind for e in kb.lookup(text)] == ["org"], text
    assert kb.lookup("CIA")[0].key == "USASPYCIA"
    assert kb.lookup("IRGC")[0].key == "IRNMILIRG"
    assert kb.lookup("cia") == []  # acronyms are case-sensitive


def test_a_user_layer_adds_and_reports_rows(tmp_path):
    (tmp_path / "groups.tsv").write_text(
        HEADER
        + "KENREBMRC\tMombasa Republican Council\t\tMRC\tKEN\tREB\tgroup\n"
        + "XXXREB\tNowhere Front\t\t\tXXX\tREB\tgroup\n"  # unknown country
        + "KENREBABC\tWrong Kind\t\t\tKEN\tREB\tclub\n"
        + "USAREBABC\tWrong Country\t\t\tKEN\tREB\tgroup\n",
        encoding="utf-8")
    kb = build_kb(DATA_DIR, tmp_path)
    assert kb.lookup("MRC")[0].key == "KENREBMRC"
    assert kb.groups["KENREBMRC"].country == "KEN"
    problems = " ".join(kb.problems)
    assert "club" in problems and "does not start with its country" in problems and "XXX" in problems
    assert "KENREBABC" not in kb.groups and "USAREBABC" not in kb.groups


def test_kb_who_describes_a_group(tmp_path):
    import json

    from click.testing import CliRunner

    from communique.cli_kb import kb as kb_command

    result = CliRunner().invoke(kb_command, ["--kb-dir", str(tmp_path), "who", "Hezbollah", "--json"])
    assert result.exit_code == 0, result.output
    entry = json.loads(result.output)["entries"][0]
    assert (entry["kind"], entry["code"], entry["country"], entry["sector"]) == ("group", "LBNREBHEZ", "LBN", "REB")
    text = CliRunner().invoke(kb_command, ["--kb-dir", str(tmp_path), "who", "CIA"])
    assert text.exit_code == 0 and "USASPYCIA" in text.output
