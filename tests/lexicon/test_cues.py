"""The reporting-cue lexicon: enough cues, the appeal flags the event coder relies on,
and clear errors for a malformed file."""
from __future__ import annotations

import pytest

from communique.lexicon.cues import load_cues, parse_cues


def test_lexicon_has_at_least_150_speech_cues():
    lex = load_cues()
    speech = [c for c in lex.cues if c.cls != "naming"]
    assert len(speech) >= 150


@pytest.mark.parametrize("cue", ["call on", "urge", "demand", "appeal", "call for"])
def test_appeals_and_demands_are_flagged(cue):
    assert load_cues().is_appeal(cue)


@pytest.mark.parametrize("cue", ["say", "note", "according to", "deny"])
def test_plain_reporting_is_not_an_appeal(cue):
    assert not load_cues().is_appeal(cue)


def test_verbs_phrasal_and_phrases_are_split_by_type():
    lex = load_cues()
    assert {"say", "tell", "stress", "add"} <= lex.verbs
    assert "out" in lex.phrasal["point"]
    assert "according to" in lex.phrases
    assert "so-called" in lex.naming and "so-called" not in lex.phrases


def test_phrases_are_longest_first():
    phrases = load_cues().phrases
    assert [len(p) for p in phrases] == sorted((len(p) for p in phrases), reverse=True)


def test_lookup_is_case_insensitive():
    assert load_cues().get("Point Out").type == "phrasal"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("say\tverb\tstatement", "expected 4"),
        ("say\tnoun\tstatement\t0", "unknown type"),
        ("say\tverb\tstatement\tyes", "appeal flag"),
    ],
)
def test_malformed_lines_name_the_problem(line, reason):
    with pytest.raises(ValueError, match=reason):
        parse_cues("# header\n" + line + "\n")


def test_duplicate_cue_is_rejected():
    with pytest.raises(ValueError, match="duplicate"):
        parse_cues("say\tverb\tstatement\t0\nSay\tverb\tstatement\t0\n")


def test_speaker_words_hold_titles_names_bodies_and_speech_nouns():
    from communique.lexicon.cues import load_speaker_words

    words = load_speaker_words()
    assert {"mr", "sir", "king", "son"} <= words["male_title"]
    assert {"mrs", "ms", "queen", "daughter"} <= words["female_title"]
    assert not words["male_title"] & words["female_title"]
    assert not words["male_name"] & words["female_name"]
    assert {"company", "website"} <= words["body"]
    assert {"statement", "filing"} <= words["vehicle"]
    assert "statement" in words["speech"]


def test_speaker_words_reject_an_unknown_kind_naming_the_line():
    from communique.lexicon.cues import parse_speaker_words

    with pytest.raises(ValueError, match="line 2: unknown kind"):
        parse_speaker_words("# comment\nmr\tgentleman\n")
    with pytest.raises(ValueError, match="line 1: expected 2"):
        parse_speaker_words("mr\n")
