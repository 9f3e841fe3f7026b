"""Whether an event happened, on Docs built by hand (no statistical model needed)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from communique.lexicon.events import event_lexicon
from communique.nlp.event_mood import is_conditional, is_negated, is_question, modality_of
from communique.nlp.event_predicates import find_predicates


def parsed(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """Rows of (word, lemma, pos, tag, head index, dep)."""
    nlp = spacy.blank("en")
    words = [r[0] for r in rows]
    return Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               heads=[r[4] for r in rows], deps=[r[5] for r in rows],
               sent_starts=[True] + [False] * (len(words) - 1))


NEGATED = parsed([
    ("Peru", "Peru", "PROPN", "NNP", 3, "nsubj"), ("did", "do", "AUX", "VBD", 3, "aux"),
    ("not", "not", "PART", "RB", 3, "neg"), ("attack", "attack", "VERB", "VB", 3, "ROOT"),
    ("Chile", "Chile", "PROPN", "NNP", 3, "dobj"), ("?", "?", "PUNCT", ".", 3, "punct"),
])
FUTURE = parsed([
    ("Peru", "Peru", "PROPN", "NNP", 2, "nsubj"), ("will", "will", "AUX", "MD", 2, "aux"),
    ("visit", "visit", "VERB", "VB", 2, "ROOT"), ("Chile", "Chile", "PROPN", "NNP", 2, "dobj"),
])
PLANNED_IF = parsed([
    ("Peru", "Peru", "PROPN", "NNP", 1, "nsubj"), ("plans", "plan", "VERB", "VBZ", 1, "ROOT"),
    ("to", "to", "PART", "TO", 3, "aux"), ("visit", "visit", "VERB", "VB", 1, "xcomp"),
    ("Chile", "Chile", "PROPN", "NNP", 3, "dobj"), ("if", "if", "SCONJ", "IN", 7, "mark"),
    ("talks", "talk", "NOUN", "NNS", 7, "nsubj"), ("resume", "resume", "VERB", "VBP", 3, "advcl"),
    ("and", "and", "CCONJ", "CC", 1, "cc"), ("Chile", "Chile", "PROPN", "NNP", 10, "nsubj"),
    ("attacks", "attack", "VERB", "VBZ", 7, "conj"), ("Peru", "Peru", "PROPN", "NNP", 10, "dobj"),
])


def _pred(doc: Doc, lemma: str):
    return next(p for p in find_predicates(doc[:], event_lexicon()) if p.token.lemma_ == lemma)


def test_questions_are_recognised_by_their_mark():
    assert is_question(NEGATED[:])
    assert not is_question(FUTURE[:])


def test_negation_on_the_predicate():
    assert is_negated(_pred(NEGATED, "attack"))
    assert not is_negated(_pred(FUTURE, "visit"))


def test_future_and_intent():
    lexicon = event_lexicon()
    assert modality_of(FUTURE[2], lexicon) == "future"
    assert modality_of(PLANNED_IF[3], lexicon) == "intent"
    assert modality_of(NEGATED[3], lexicon) is None


def test_a_clause_under_if_is_conditional_and_its_governor_is_not():
    assert not is_conditional(PLANNED_IF[3])
    assert is_conditional(PLANNED_IF[7])
    assert is_conditional(PLANNED_IF[10])  # coordinated with the if-clause
