"""Quotation-mark scanning on plain text (no model)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from communique.nlp.quote_marks import blocks_of, find_quoted


def spans(text):
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_straight_quote_keeps_trailing_comma_inside_marks():
    text = '"The ferry runs again on Monday," the harbour master said.'
    assert spans(text) == ["The ferry runs again on Monday,"]


def test_curly_quotes_and_nested_single_quotes_are_one_quote():
    text = "“Nobody here uses the name ‘Old Quay’ any more,” she said."
    assert spans(text) == ["Nobody here uses the name ‘Old Quay’ any more,"]


def test_attribution_splits_a_quote_in_two():
    text = '"We tried," he said, "but the bridge was closed."'
    assert spans(text) == ["We tried,", "but the bridge was closed."]


def test_quote_running_into_next_paragraph_gives_one_piece_per_paragraph():
    text = 'She said: "The first part ends here.\n\n"The second part closes," she added.'
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["The first part ends here.", "The second part closes,"]
    assert found[0].runs_on and not found[1].runs_on


def test_stray_opening_mark_does_not_swallow_the_article():
    text = 'The mayor promised "new buses by June.\n\nCouncillors said the budget was tight.\n\n"Later," he said.'
    found = spans(text)
    assert found == ["Later,"]


def test_paragraph_opening_with_unclosed_mark_is_recovered_to_its_end():
    text = 'Intro line.\n\n"We will keep going until the work is done.\n\nThe end.'
    assert spans(text) == ["We will keep going until the work is done."]


def test_blocks_skip_blank_lines():
    assert blocks_of("a\n\nb c\n") == [(0, 1), (3, 6)]


@given(st.text(alphabet='ab "“”\n.,', max_size=60))
def test_spans_never_cross_blocks_and_stay_in_bounds(text):
    blocks = blocks_of(text)
    for q in find_quoted(text, blocks):
        lo, hi = blocks[q.block]
        assert lo <= q.start < q.end <= hi


def test_single_curly_marks_when_an_outlet_quotes_with_them():
    text = "‘The countries’ ties are strong, and we will keep them so,’ the envoy said. ‘We don’t give up.’"
    found = [text[q.start : q.end] for q in find_quoted(text, single=True)]
    assert found == ["The countries’ ties are strong, and we will keep them so,", "We don’t give up."]


def test_single_mode_leaves_double_marks_as_nested():
    text = "‘They called it a “shock” to everyone,’ she said."
    found = [text[q.start : q.end] for q in find_quoted(text, single=True)]
    assert found == ["They called it a “shock” to everyone,"]


def test_nested_single_quotes_are_found_and_apostrophes_are_not_marks():
    from communique.nlp.quote_marks import find_nested

    text = "\"Anna's boss said, 'we won't close', and we didn't,\" she said."
    (outer,) = find_quoted(text)
    (inner,) = find_nested(text, outer)
    assert text[inner.start : inner.end] == "we won't close"
    assert text[inner.open_mark] == "'" and text[inner.close_mark] == "'"


def test_no_nested_quote_in_a_quote_with_only_apostrophes():
    from communique.nlp.quote_marks import find_nested

    text = "\"The ministers' plan isn't ready,\" she said."
    (outer,) = find_quoted(text)
    assert find_nested(text, outer) == []
