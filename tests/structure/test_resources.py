from communique.structure import resources


def test_agency_aliases_canonicalise_and_canonical_names_are_fixed_points():
    assert resources.canonical_agency("/TASS/") == "TASS"
    assert resources.canonical_agency("ITAR-TASS") == "TASS"
    assert resources.canonical_agency("associated press") == "AP"
    assert resources.canonical_agency("Anadolu  Agency") == "Anadolu"
    assert resources.canonical_agency("Daily Example") is None
    for canonical in set(resources.agencies().values()):
        assert resources.canonical_agency(canonical) == canonical


def test_months_cover_the_year_in_full_and_short_spellings():
    months = resources.months()
    assert sorted(set(months.values())) == list(range(1, 13))
    assert months["sept"] == months["sep"] == months["september"] == 9


def test_word_lists_are_lower_case_and_without_comments():
    for words in (resources.weekdays(), resources.place_particles(), resources.section_words(),
                  resources.not_places(), resources.dangling_words(), resources.header_labels(), frozenset(resources.header_noise())):
        assert words and all(w == w.lower() and not w.startswith("#") for w in words)
