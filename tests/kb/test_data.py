"""Schema test of the built-in knowledge base files (kb/data/*.tsv)."""
from __future__ import annotations

from collections import Counter

import pytest

from communique.kb.loader import COLUMNS, DATA_DIR, ISO3, build_kb, read_tsv


@pytest.fixture(scope="module")
def kb():
    missing = [name for name in COLUMNS if not (DATA_DIR / name).is_file()]
    if missing:
        pytest.skip(f"KB data files not written yet: {missing}")
    return build_kb(DATA_DIR)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_columns_are_the_documented_ones(name):
    path = DATA_DIR / name
    if not path.is_file():
        pytest.skip(f"{name} not written yet")
    header = next(row for _, row in read_tsv(path))
    assert tuple(header["__header__"].split("\t")) == COLUMNS[name]


@pytest.mark.parametrize("name, key", [("countries.tsv", "code"), ("igos.tsv", "code"), ("roles.tsv", "role")])
def test_codes_are_unique(name, key):
    path = DATA_DIR / name
    if not path.is_file():
        pytest.skip(f"{name} not written yet")
    counts = Counter(row[key] for _, row in read_tsv(path) if "__header__" not in row)
    assert [code for code, n in counts.items() if n > 1] == []


def test_every_row_is_valid(kb):
    """Covers ISO3 shape, IGO prefixes, dates that parse, start <= end and known role keys."""
    assert kb.problems == []


def test_country_codes_are_iso3(kb):
    assert all(ISO3.match(code) for code in kb.countries)


def test_people_terms_do_not_overlap_for_the_same_role(kb):
    overlaps = []
    for person in kb.people.values():
        terms = sorted(kb.person_terms(person), key=lambda t: t.start or t.end)
        for a, b in zip(terms, terms[1:]):
            same = a.country == b.country and set(a.roles) & set(b.roles)
            if same and a.end is not None and b.start is not None and b.start < a.end:
                overlaps.append(f"{person.id}: {a.start}..{a.end} and {b.start}..{b.end}")
    assert overlaps == []


def test_names_do_not_shadow_each_other_across_kinds(kb):
    """A country name that is also a person's full name would make the matcher guess."""
    clashes = [key for key, entries in kb.name_keys().items()
               if {e.kind for e in entries if e.field in ("name", "alias")} >= {"country", "person"}]
    assert clashes == []
