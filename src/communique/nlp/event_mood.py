"""Whether an event happened: questions, conditionals, alternatives, hypotheticals,
negation and modality, read off the dependency parse of its clause.

Negated events are kept and marked; events that are only asked about, supposed,
offered as alternatives or said to be possible are not events at all; intended and
announced acts carry a modality.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from communique.lexicon.events import EventLexicon
from communique.nlp.event_predicates import Predicate, verb_lemmas

__all__ = ["is_question", "is_conditional", "has_condition", "is_alternative", "is_reciprocal", "auxiliaries",
           "is_hypothetical", "modal_head", "modality_of", "is_negated"]

CONDITIONAL_MARKS = {"if", "unless", "whether"}
HYPOTHETICAL_AUX = {"could", "may", "might", "must", "should", "can", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "would", "wo"}
ASPECT_VERBS = {"resume", "continue", "begin", "start", "keep", "stop"}


def is_question(sent: Span) -> bool:
    text = sent.text.rstrip(" \"'”’»)")
    return text.endswith("?")


def _clause_chain(clause: Token) -> list[Token]:
    return [clause, *clause.ancestors]


def is_conditional(clause: Token) -> bool:
    for tok in _clause_chain(clause):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            return True
        if tok.dep_ in ("ROOT",):
            break
    return False


def has_condition(clause: Token) -> bool:
    """The clause is the consequence of an if/unless clause attached to it."""
    return any(
        child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in child.children)
        for child in clause.children
    )


def is_alternative(clause: Token) -> bool:
    """"instead of blaming", "rather than attacking", "without consulting": not done."""
    if clause.dep_ != "pcomp":
        return False
    prep = clause.head
    words = {prep.lower_} | {c.lower_ for c in prep.children if c.dep_ == "advmod"}
    return prep.lower_ == "without" or bool(words & {"instead", "rather"})


def is_reciprocal(pred: Predicate) -> bool:
    """"blaming each other", "met one another": the acting parties are each other's targets."""
    for tok in pred.arg_tokens:
        for child in tok.children:
            if child.dep_ in ("dobj", "pobj", "prep") and child.lower_ in ("other", "another"):
                return True
            if child.dep_ == "prep" and any(g.lower_ in ("other", "another") for g in child.children):
                return True
    return False


def auxiliaries(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def is_hypothetical(clause: Token) -> bool:
    """"could attack", "must ensure security to allow ...": possible or required, not done.
    Looks up through the clauses this one depends on, stopping at a reported statement."""
    tok = clause
    for _ in range(6):
        if auxiliaries(tok) & HYPOTHETICAL_AUX:
            return True
        if tok.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def modal_head(clause: Token, lexicon: EventLexicon) -> Token | None:
    """The verb that makes ``clause`` an intention ("plans to visit", "prepared to resume
    shelling"), looking up through aspect verbs such as "resume" and "continue"."""
    tok = clause
    for _ in range(3):
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return None
        head = tok.head
        lemma = head.lemma_.lower()
        if lemma in lexicon.modal_verbs or (head.pos_ in ("VERB", "AUX") and set(verb_lemmas(head)) & lexicon.modal_verbs):
            return head  # "hopes" may be lemmatised "hop"
        if lemma not in ASPECT_VERBS:
            return None
        tok = head
    return None


def modality_of(clause: Token, lexicon: EventLexicon) -> str | None:
    tok = clause
    while True:  # "will visit", "would continue to attack"
        if auxiliaries(tok) & FUTURE_AUX:
            return "future"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECT_VERBS:
            tok = tok.head
            continue
        break
    if modal_head(clause, lexicon) is not None:
        return "intent"
    head = clause.head
    if clause.dep_ == "xcomp" and head.lemma_.lower() == "go" and "be" in {c.lemma_ for c in head.children if c.dep_ == "aux"}:
        return "future"
    return None


def is_negated(pred: Predicate) -> bool:
    tokens = {pred.clause, pred.token}
    if pred.light is not None:
        tokens.add(pred.light)
    if pred.clause.dep_ == "xcomp":
        tokens.add(pred.clause.head)
    for tok in tokens:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det") for c in tok.children):
            return True
    return False
