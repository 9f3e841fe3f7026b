from communique.structure.blocks import is_hard_wrapped, split_units


def _texts(text):
    return [u.text for u in split_units(text)]


def test_blank_lines_separate_units_and_spans_point_into_the_text():
    text = "Headline here\n\nFirst paragraph.\n\n\nSecond paragraph.\n"
    units = split_units(text)
    assert [u.text for u in units] == ["Headline here", "First paragraph.", "Second paragraph."]
    assert all(text[u.start:u.end] == u.text for u in units)


def test_single_newlines_separate_units():
    assert _texts("Headline\nFirst paragraph.\nSecond paragraph.") == ["Headline", "First paragraph.", "Second paragraph."]


def test_crlf_line_endings_leave_no_carriage_return_in_spans():
    text = "Headline\r\n\r\nFirst paragraph.\r\nSecond one.\r\n"
    units = split_units(text)
    assert [u.text for u in units] == ["Headline", "First paragraph.", "Second one."]
    assert all("\r" not in u.text and text[u.start:u.end] == u.text for u in units)


def test_trailing_non_breaking_space_is_trimmed():
    assert _texts("One sentence.\u00a0\n\nTwo.") == ["One sentence.", "Two."]


def test_hard_wrapped_paragraph_stays_one_unit():
    lines = [
        "The foreign ministers of the two countries met in the capital on",
        "Monday for talks that officials on both sides described as frank,",
        "and agreed to meet again before the summer.",
    ]
    assert is_hard_wrapped(lines)
    units = split_units("\n".join(lines) + "\n\nNext paragraph.")
    assert len(units) == 2 and units[0].text.count("\n") == 2


def test_long_headline_over_a_deck_is_two_units():
    lines = ["Lavrov comments on Russian-Japanese relations today", "The top diplomat calls to improve ties"]
    assert not is_hard_wrapped(lines)
    assert is_hard_wrapped(["The ministers met in the capital on Monday for talks that", "officials on both sides described as frank."])


def test_header_lines_are_not_a_wrapped_paragraph():
    assert not is_hard_wrapped(["All news", "Lavrov comments on relations", "The top diplomat calls for better ties"])
    assert not is_hard_wrapped(["A short headline of some words", "MOSCOW (Reuters) - " + "word " * 60])


def test_empty_text_has_no_units():
    assert split_units("") == [] and split_units("\n \n\t\n") == []
