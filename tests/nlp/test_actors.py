"""The actors component: KB matching rules, grouping into Actors, and whole-article behaviour."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from actor_docs import actor_at, run
import spacy
from spacy.tokens import Doc

from communique.kb.loader import build_kb
from communique.nlp.actor_matcher import KBMatcher
from communique.nlp.actor_mentions import Candidate
from communique.nlp.actors import collect_actors
from communique.nlp.coref import Identity, Resolved

FIXTURES = Path(__file__).resolve().parents[1] / "kb" / "fixtures"


@pytest.fixture(scope="module")
def blank_matcher():
    nlp = spacy.blank("en")
    return nlp, KBMatcher(nlp, build_kb(FIXTURES))


def _pieces(blank_matcher, text):
    nlp, matcher = blank_matcher
    doc = nlp(text)
    return [(doc[p.start:p.end].text, p.type) for p in matcher.pieces(doc)]


def test_acronyms_match_only_as_written(blank_matcher):
    assert ("G7", "igo") in _pieces(blank_matcher, "The G7 met.")
    assert not [p for p in _pieces(blank_matcher, "the g7 met and un folded") if p[1] == "igo"]


def test_names_need_a_capital_letter(blank_matcher):
    assert ("Tokyo", "country") in _pieces(blank_matcher, "Tokyo said no.")
    assert ("TOKYO", "country") in _pieces(blank_matcher, "TOKYO SAID NO")
    assert not [p for p in _pieces(blank_matcher, "a tokyo style") if p[1] == "country"]


def test_longest_match_wins(blank_matcher):
    pieces = _pieces(blank_matcher, "The UN Security Council met.")
    assert ("UN Security Council", "igo") in pieces and ("UN", "igo") not in pieces


def test_role_phrases_are_case_insensitive(blank_matcher):
    assert ("Top Diplomat", "role") in _pieces(blank_matcher, "Top Diplomat Sergey Lavrov")


def _identity(key, kind="person"):
    return Identity(key=key, name=key.title(), code="RUSGOV", country="RUS", sector="GOV", role=None, kind=kind)


def test_collect_groups_mentions_and_indexes_tokens():
    doc = Doc(spacy.blank("en").vocab, words=["Lavrov", "met", "Kono", ".", "He", "left", "Lavrov"])
    lavrov, kono = _identity("lavrov"), _identity("kono")
    resolved = [
        Resolved(Candidate(0, 1, "surname", head=0), lavrov),
        Resolved(Candidate(2, 3, "surname", head=2), kono),
        Resolved(Candidate(4, 5, "pronoun", head=4), lavrov),
        Resolved(Candidate(6, 7, "surname", head=6), lavrov),
    ]
    actors, token_actor = collect_actors(doc, resolved)
    assert [a.id for a in actors] == ["a1", "a2"]
    assert [m.text for m in actors[0].mentions] == ["Lavrov", "Lavrov"]  # the pronoun is indexed, not listed
    assert token_actor == {0: "a1", 2: "a2", 4: "a1", 6: "a1"}


def test_a_pronoun_alone_makes_no_actor():
    doc = Doc(spacy.blank("en").vocab, words=["He", "left"])
    actors, token_actor = collect_actors(doc, [Resolved(Candidate(0, 1, "pronoun", head=0), _identity("x"))])
    assert actors == [] and token_actor == {}


# ---------------------------------------------------------------- with the model

STORY = (
    "Merkel backs budget plan\n\n"
    "The chancellor calls for unity in the coalition\n\n"
    "BERLIN, May 3. German Chancellor Angela Merkel said on Friday that the plan was fair.\n\n"
    "\"We will not raise taxes,\" she said. The ministry of finance later published the figures. "
    "Berlin and Paris agree on the plan, she added."
)


@pytest.mark.model
def test_article_headline_standfirst_and_body(nlp):
    doc = run(nlp, STORY, date(2019, 5, 3), headline="Merkel backs budget plan",
              standfirst="The chancellor calls for unity in the coalition")
    merkel = actor_at(doc, "Merkel")
    assert (merkel.name, merkel.code, merkel.role) == ("Angela Merkel", "DEUGOV", "head_of_government")
    assert actor_at(doc, "The chancellor") is merkel
    assert actor_at(doc, "German Chancellor Angela Merkel") is merkel
    she = next(t for t in doc if t.text == "she")
    assert doc._.token_actor[she.i] == merkel.id
    assert actor_at(doc, "Berlin").code == "DEUGOV"
    assert actor_at(doc, "BERLIN") is None  # the dateline says where the story was filed


@pytest.mark.model
def test_mentions_never_overlap(nlp):
    doc = run(nlp, STORY, date(2019, 5, 3))
    spans = sorted((m.start, m.end) for a in doc._.actors for m in a.mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(doc.text[m.start:m.end] == m.text for a in doc._.actors for m in a.mentions)


@pytest.mark.model
def test_kb_overrules_the_statistical_ner(nlp):
    text = "Lavrov criticised the G7 statement. Lavrov said the G20 should decide."
    doc = run(nlp, text, date(2019, 1, 16))
    assert actor_at(doc, "Lavrov").kind == "person"
    assert actor_at(doc, "G7").sector == "IGO"
    assert actor_at(doc, "G20").code.startswith("IGO")


@pytest.mark.model
def test_component_is_fast_enough_to_skip_when_empty(nlp):
    doc = run(nlp, "The weather was mild and the harvest was good.", date(2019, 1, 1))
    assert doc._.actors == [] and doc._.token_actor == {}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The parade on Martin Luther King Jr. Day drew large crowds.",
    "Floods hit General Santos City on Monday.",
])
def test_titles_inside_place_and_event_names_are_not_people(nlp, text):
    doc = run(nlp, text, date(2020, 1, 20))
    assert not [a for a in doc._.actors if a.role in ("head_of_state", "general", "commander")]


@pytest.mark.model
def test_capital_inside_an_institution_name_is_not_the_government(nlp):
    doc = run(nlp, "Students at Moscow State University protested. Moscow denied it.", date(2019, 6, 1))
    assert actor_at(doc, "Moscow") is None
    assert actor_at(doc, "Moscow", occurrence=2).code == "RUSGOV"
