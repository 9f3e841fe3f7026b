import pytest

from communique.analysis.issues import issue_keys, load_issues, parse_lexicon, tag_text


def test_lexicon_has_at_least_thirty_issues_with_unique_keys():
    issues = load_issues()
    assert len(issues) >= 30
    assert len({i.key for i in issues}) == len(issues)
    assert {"kuril_islands", "peace_treaty", "sanctions", "nuclear_iran", "elections", "ceasefire", "trade"} <= {
        i.key for i in issues
    }


def test_tags_keep_offsets_into_the_text():
    text = "Tokyo wants the Northern Territories back; Moscow calls them the southern Kurils."
    hits = tag_text(text)
    assert [h.key for h in hits] == ["kuril_islands", "kuril_islands"]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_words_inside_other_words_do_not_match():
    assert "trade" not in issue_keys("The tradesman sold carpets.")
    assert "sanctions" in issue_keys("Brussels extended sanctions against Minsk.")


def test_curly_apostrophes_match_lexicon_phrases():
    assert "coup" in issue_keys("Officers staged a coup d\u2019etat overnight.")


def test_issue_order_is_first_appearance():
    assert issue_keys("A ceasefire held while peace talks resumed; the ceasefire was fragile.") == (
        "ceasefire",
        "peace_talks",
    )


@pytest.mark.parametrize(
    "line, message",
    [("a\tb\tc", "expected 4"), ("a\tA\tx\t ", "no phrases")],
)
def test_malformed_lexicon_lines_are_reported_with_their_number(line, message):
    with pytest.raises(ValueError, match=f"line 1: {message}"):
        parse_lexicon([line])


def test_duplicate_keys_are_refused():
    with pytest.raises(ValueError, match="duplicate key"):
        parse_lexicon(["a\tA\tx\tfoo", "a\tB\tx\tbar"])
