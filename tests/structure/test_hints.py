import pytest

from communique.structure.hints import matches_description, matches_section, matches_title


@pytest.mark.parametrize(
    "unit, title, expected",
    [
        ("Ministers agree to keep talking", "Ministers agree to keep talking", True),
        ("Ministers agree to keep talking", "Ministers agree to keep talking | The Daily Example", True),
        ("Ministers agree to keep talking", "The Daily Example - Ministers agree to keep talking", True),
        ("Ministers’ talks resume", "Ministers' talks resume", True),
        ("Ministers agree", "Ministers agree to keep talking", False),
        ("World", "World - The Daily Example", False),  # one word is too little to go on
    ],
)
def test_matches_title(unit, title, expected):
    assert matches_title(unit, title) is expected


def test_matches_description_whole_or_cut():
    deck = "Both sides said the meeting was useful and that a new round would follow."
    assert matches_description(deck, deck)
    assert matches_description(deck, "Both sides said the meeting was useful and that...")
    assert not matches_description(deck, "Both sides said...")  # too short a cut to trust
    assert not matches_description(deck, "Something else entirely.")


def test_matches_section_plain_or_in_a_breadcrumb():
    assert matches_section("Europe", "europe")
    assert matches_section("News / World / Europe", "Europe")
    assert not matches_section("European leaders meet", "Europe")
