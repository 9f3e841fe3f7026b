"""Quote extraction on hand-built Docs (no model): the actor layer's answers are set by
hand, so these tests pin how quotes read ``doc._.actors`` / ``doc._.token_actor``."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from communique.nlp.quotes import extract_quotes
from communique.records import Actor, TextSpan

_VOCAB = spacy.blank("en").vocab


def build(rows, spaces=None):
    """rows: (word, head index, dep, pos, tag, lemma)."""
    words = [r[0] for r in rows]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces if spaces is not None else [True] * len(words),
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
    doc._.actors = []
    doc._.token_actor = {}
    return doc


def minister_doc():
    """'"We will not sign anything," the minister said.' with its parse written out."""
    rows = [
        ('"', 10, "punct", "PUNCT", "``", '"'),
        ("We", 4, "nsubj", "PRON", "PRP", "we"),
        ("will", 4, "aux", "AUX", "MD", "will"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("sign", 10, "ccomp", "VERB", "VB", "sign"),
        ("anything", 4, "dobj", "PRON", "NN", "anything"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ('"', 10, "punct", "PUNCT", "''", '"'),
        ("the", 9, "det", "DET", "DT", "the"),
        ("minister", 10, "nsubj", "NOUN", "NN", "minister"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, True, True, False, False, True, True, True, False, False]
    return build(rows, spaces)


def test_hand_built_doc_text_is_as_expected():
    assert minister_doc().text == '"We will not sign anything," the minister said.'


def test_speaker_comes_from_the_actor_layer():
    doc = minister_doc()
    minister = Actor(
        id="a1", name="Jan Novak", code="CZEGOV", country="CZE", sector="GOV",
        mentions=(TextSpan("the minister", 31, 43),),
    )
    doc._.actors = [minister]
    doc._.token_actor = {8: "a1", 9: "a1"}
    (q,) = extract_quotes(doc)
    assert (q.kind, q.text) == ("direct", "We will not sign anything,")
    assert (q.speaker.actor, q.speaker.name, q.speaker.code, q.speaker.country, q.speaker.sector) == (
        "a1", "Jan Novak", "CZEGOV", "CZE", "GOV",
    )
    assert q.speaker.mention.text == "the minister"
    assert q.cue == "said"


def test_without_actors_the_speaker_falls_back_to_the_mention_text():
    (q,) = extract_quotes(minister_doc())
    assert q.speaker.actor is None
    assert q.speaker.name == "the minister"


def test_about_lists_actors_mentioned_inside_the_quote():
    doc = minister_doc()
    doc._.actors = [Actor(id="a2", name="Czech Republic", code="CZE", country="CZE", kind="state")]
    doc._.token_actor = {1: "a2"}  # pretend "We" was resolved to the state
    (q,) = extract_quotes(doc)
    assert q.about == ("a2",)


def test_doc_without_quotes_or_cues_gives_nothing():
    doc = build([("Rain", 1, "nsubj", "NOUN", "NN", "rain"), ("fell", 1, "ROOT", "VERB", "VBD", "fall")])
    assert extract_quotes(doc) == []


def mayor_doc():
    """'"We stay open," Ada Khan said.' with its parse and the NER person written out."""
    rows = [
        ('"', 8, "punct", "PUNCT", "``", '"'),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("stay", 8, "ccomp", "VERB", "VBP", "stay"),
        ("open", 2, "acomp", "ADJ", "JJ", "open"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ('"', 8, "punct", "PUNCT", "''", '"'),
        ("Ada", 7, "compound", "PROPN", "NNP", "Ada"),
        ("Khan", 8, "nsubj", "PROPN", "NNP", "Khan"),
        ("said", 8, "ROOT", "VERB", "VBD", "say"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, False, False, True, True, True, False, False]
    doc = build(rows, spaces)
    doc.ents = [doc.char_span(16, 24, label="PERSON")]
    return doc


def test_a_knowledge_base_namesake_does_not_replace_the_named_person():
    doc = mayor_doc()
    assert doc.text == '"We stay open," Ada Khan said.'
    doc._.actors = [Actor(id="a1", name="Omar Khan", code="PAKGOV", country="PAK", sector="GOV")]
    doc._.token_actor = {6: "a1", 7: "a1"}
    (q,) = extract_quotes(doc)
    assert q.speaker.name == "Ada Khan"
    assert q.speaker.actor is None


def test_the_same_person_from_the_knowledge_base_gives_codes():
    doc = mayor_doc()
    doc._.actors = [Actor(id="a1", name="Ada Khan", code="GBRGOV", country="GBR", sector="GOV")]
    doc._.token_actor = {6: "a1", 7: "a1"}
    (q,) = extract_quotes(doc)
    assert (q.speaker.actor, q.speaker.code) == ("a1", "GBRGOV")
