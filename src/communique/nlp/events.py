"""The events component: who did what to whom, coded in CAMEO and PLOVER.

For each event predicate of a sentence (see :mod:`communique.nlp.event_predicates`) the
coder finds the source and target actors through the dependency parse, decides whether
the event happened (negation, modality, conditionals, questions), dates and places it,
and records it with the sentence as evidence. The same fact told twice in an article is
one event with two evidence spans.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from itertools import permutations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from communique.lexicon.cameo import cameo
from communique.lexicon.events import EventLexicon, event_lexicon
from communique.nlp.dates import DateMention, EventDate, find_dates, is_historical
from communique.nlp.event_actors import Argument, ArgumentResolver
from communique.nlp.event_arguments import (all_persons, domestic_targets, place_sources, fallback_targets, is_identified,
                                            purpose_targets, resolve_all, sources_of, subject_tokens, targets_of)
from communique.nlp.event_mood import (auxiliaries, has_condition, is_alternative, is_conditional, is_hypothetical, is_negated,
                                       is_question, is_reciprocal, modal_head, modality_of)
from communique.nlp.event_predicates import VERB_TAGS, Predicate, find_predicates
from communique.nlp.extensions import register_extensions
from communique.records import ActorRef, Event, Location, TextSpan

__all__ = ["code_events", "communique_events"]

register_extensions()
log = logging.getLogger(__name__)

OBLIGATION_AUX = {"must", "should"}
# Roots whose complement clause is wished, promised, refused or alleged, not done.
COMPLEMENT_TAKING_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}
# Acts that are only news with a recipient: a statement, appeal, meeting, praise, aid or
# criticism of nobody in particular is not coded (intentions, refusals, protests, force are).
TARGETED_ROOTS = {"01", "02", "04", "05", "06", "07", "11"}
FORCE_ROOTS = {"18", "19", "20"}
# Acts that stay acts when made on a condition: offers, appeals, demands, refusals, threats (an
# announced future act is coded as one of these, so "will withdraw unless ..." is a threat).
CONDITIONAL_ACTS = {"02", "03", "10", "12", "13"}
REFUSAL_CODE = "120"
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
PREPARE_VERBS = {"prepare", "poise", "ready", "mobilize", "mobilise", "gear"}
QUOTE_CHARS = set("\"“”«»")
_YEAR = re.compile(r"\b(1[6-9]|20)\d\d")
COMPLEMENT_DEPS = {"xcomp", "ccomp", "acl"}
OWN_CLAUSE_STOP = {"ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis", "conj"}


@Language.component("communique_events", requires=["doc._.actors", "doc._.token_actor"], assigns=["doc._.events"])
def communique_events(doc: Doc) -> Doc:
    doc._.events = code_events(doc)
    return doc


@dataclass(frozen=True)
class _Coded:
    """One predicate's decision before it is paired into events."""

    code: str
    sources: list[Argument]
    targets: list[Argument]
    negated: bool
    modality: str | None
    symmetric: bool
    needs_target: bool
    plover: str | None = None  # the trigger's own PLOVER type, when it overrides the code's
    reciprocal: bool = False


def code_events(doc: Doc, lexicon: EventLexicon | None = None) -> list[Event]:
    """Every event of a parsed Doc whose actors are resolved (doc._.actors/token_actor)."""
    lexicon = lexicon or event_lexicon()
    resolver = ArgumentResolver(doc, lexicon)
    ref: date | None = doc._.ref_date
    events: list[Event] = []
    for sent in doc.sents:
        if is_question(sent):
            continue
        try:
            events.extend(_sentence_events(sent, lexicon, resolver, ref))
        except Exception as err:  # one odd parse never costs the article its other events
            log.warning("events: sentence at %d skipped: %s: %s", sent.start_char, type(err).__name__, err)
    return _merge(events)


def _sentence_events(sent: Span, lexicon: EventLexicon, resolver: ArgumentResolver, ref: date | None) -> list[Event]:
    events: list[Event] = []
    predicates = find_predicates(sent, lexicon)
    by_clause = {p.clause.i: p for p in predicates} | {p.token.i: p for p in predicates}
    dates = _sentence_dates(sent, ref)
    for pred in predicates:
        coded = _code_predicate(pred, by_clause, lexicon, resolver)
        if coded is not None:
            events.extend(_events(pred.clause, pred.token, coded, sent, dates, ref, resolver))
    for say, clause, coded in _reported_demands(sent, lexicon, resolver):
        events.extend(_events(say, clause, coded, sent, dates, ref, resolver))
    return _without_untargeted_twins(events)


def _without_untargeted_twins(events: list[Event]) -> list[Event]:
    """"attacked by militiamen, killing 156 people": one sentence telling one act in two words
    gives one event; the word that names no target adds nothing to the one that does."""
    def kind(e: Event) -> tuple:
        return (_ref_key(e.source), e.plover or e.cameo[:2], e.negated)

    targeted = {kind(e) for e in events if e.target is not None}
    out: list[Event] = []
    seen: set[tuple] = set()
    for e in events:  # "opened fire ..., killing one": one untargeted act per kind and source
        if e.target is None and (kind(e) in targeted or kind(e) in seen):
            continue
        if e.target is None:
            seen.add(kind(e))
        out.append(e)
    return out


# ------------------------------------------------------------------ deciding one predicate

def _code_predicate(pred: Predicate, by_clause: dict[int, Predicate], lexicon: EventLexicon,
                    resolver: ArgumentResolver) -> _Coded | None:
    clause = pred.clause
    if is_conditional(clause) or is_hypothetical(clause) or is_alternative(clause):
        return None
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in lexicon.irrealis_verbs \
            and clause.head.i not in by_clause and not _reported_plan(clause, lexicon):
        return None  # "recommended that the troops withdraw": wished, not done
    outer = by_clause.get(clause.head.i) if clause.dep_ in COMPLEMENT_DEPS else None
    if outer is not None and outer is not pred and outer.entry.root in COMPLEMENT_TAKING_ROOTS:
        return None  # "demand that Moscow hands ...", "agreed to share": the outer word is the event
    if pred.is_noun and pred.light is None and _undone(pred.token, lexicon):
        return None  # "talks were postponed", "cancelled the visit": no meeting took place
    grower = pred.token.head
    if pred.is_noun and pred.token.dep_ == "dobj" and grower.dep_ == "xcomp" and grower.lemma_.lower() in lexicon.growth_verbs:
        governor = by_clause.get(grower.head.i)
        if governor is not None and governor.entry.root in COMPLEMENT_TAKING_ROOTS:
            return None  # "vowed to deepen its cooperation with Y": the vow is the event
    if pred.entry.root in ("02", "10") and _purpose_of_protest(clause, by_clause):
        return None  # "marched to demand reforms": the protest is the event, its demand its aim
    if _purpose_of_event(clause, by_clause):
        return None  # "opened the bridge to allow deliveries": the aim of a coded act is not a second act
    if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in lexicon.hearsay_nouns:
        return None  # "reports that X attacked Y": told, not asserted
    code = pred.entry.cameo
    modality = modality_of(clause, lexicon)
    inner = _inner_predicate(pred, by_clause, lexicon.growth_verbs)
    if inner is not None:
        code = _refine(code, inner.entry.cameo, lexicon)
    if modality is not None:
        modal = modal_head(clause, lexicon)
        if modal is not None and modal.lemma_.lower() in PREPARE_VERBS and code[:2] in FORCE_ROOTS:
            code = "150"  # readying force is a show of force, not yet its use
        else:
            code = _intended(code, lexicon)
    negated = is_negated(pred) or (inner is not None and is_negated(inner))
    if negated and _is_refusal(pred, code, modality, lexicon):
        code, negated, modality = REFUSAL_CODE, False, None
    if code[:2] not in CONDITIONAL_ACTS and has_condition(clause):
        return None  # "X attacks Y if ...": a supposition; conditional offers and threats stay
    sources = [a for a in sources_of(pred, resolver) if is_identified(a.ref)] or place_sources(pred, resolver)
    if not sources:
        return None
    targets = [] if pred.entry.no_target else targets_of(pred, resolver, sources)
    if not targets and inner is not None and not inner.entry.no_target:
        targets = targets_of(inner, resolver, sources)
    if not targets and not pred.entry.no_target:
        targets = fallback_targets(pred, code, resolver, sources)
    if not targets and not pred.entry.no_target:
        targets = purpose_targets(pred, by_clause, resolver, sources)
    if not targets and not pred.entry.no_target:
        targets = domestic_targets(pred, resolver, sources)
    if pred.entry.verbal_by_person and all_persons(sources, resolver) and (not targets or all_persons(targets, resolver)):
        code = "111"  # "Harris attacked Biden": politicians attack in words
    if is_reciprocal(pred):
        if len(sources) < 2:
            return None  # "we blame each other" names only one side
        targets = []
    return _Coded(
        code=code,
        sources=sources,
        targets=targets,
        negated=negated,
        modality=modality,
        symmetric=pred.entry.symmetric or (inner is not None and inner.entry.symmetric),
        needs_target=pred.entry.needs_target,
        plover=pred.entry.plover if code == pred.entry.cameo else None,
        reciprocal=is_reciprocal(pred),
    )


def _purpose_of_protest(clause: Token, by_clause: dict[int, Predicate]) -> bool:
    if clause.dep_ not in ("advcl", "xcomp", "acl") or clause.head.i == clause.i:
        return False
    governor = by_clause.get(clause.head.i)
    return governor is not None and governor.entry.root == "14"


def _is_refusal(pred: Predicate, code: str, modality: str | None, lexicon: EventLexicon) -> bool:
    """"would never accept", "did not allow", "will not sign": saying no to a cooperative act
    is an act of its own, a rejection; "did not sign" alone is only something not done."""
    if pred.is_noun or pred.clause.dep_ == "xcomp":
        return False  # "refused to accept" is the refusal verb's event; "not to" stays with the outer verb
    if pred.token.lemma_.lower() in lexicon.refusal_verbs:
        return True
    return modality is not None and code[:2] in COOPERATIVE_ROOTS


def _undone(noun: Token, lexicon: EventLexicon) -> bool:
    governor = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or governor.pos_ not in VERB_TAGS:
        return False
    lemma = governor.lemma_.lower()
    if lemma in ("call", "put"):  # "called off the talks", "put off the visit"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in governor.children)
    return lemma in lexicon.undoing_verbs


def _reported_plan(clause: Token, lexicon: EventLexicon) -> bool:
    """"is expected to visit", "is set to meet": a passive modal reports the subject's plan
    (an intention), where "expects Russia to return" only voices a wish about someone else."""
    head = clause.head
    return clause.dep_ == "xcomp" and head.lemma_.lower() in lexicon.modal_verbs \
        and any(c.dep_ == "auxpass" for c in head.children)


def _purpose_of_event(clause: Token, by_clause: dict[int, Predicate]) -> bool:
    """A to-infinitive purpose clause ("advcl" with "to") of a verb that is itself an event."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i or clause.head.pos_ not in VERB_TAGS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return clause.head.i in by_clause


def _refine(code: str, inner_code: str, lexicon: EventLexicon) -> str:
    """"pledged to coordinate" is an intent to cooperate; "threatened to attack" a threat of force."""
    root, inner_root = code[:2], inner_code[:2]
    if root == "03" and inner_root != "03":
        return lexicon.intent_code(inner_code) or code
    if root == "13" and inner_root in {"14", "15", "16", "17", "18", "19", "20"}:
        return lexicon.intent_code(inner_code) or code
    return code


def _intended(code: str, lexicon: EventLexicon) -> str:
    """An act announced for the future is coded as the intention (03x) or threat (13x) of it."""
    if code[:2] in ("03", "13"):
        return code
    return lexicon.intent_code(code) or code


def _inner_predicate(pred: Predicate, by_clause: dict[int, Predicate],
                     growth_verbs: frozenset[str] = frozenset()) -> Predicate | None:
    if pred.entry.root not in COMPLEMENT_TAKING_ROOTS:
        return None
    for tok in (pred.token, pred.clause):
        for child in tok.children:
            if child.dep_ in COMPLEMENT_DEPS and child.i in by_clause and by_clause[child.i] is not pred:
                return by_clause[child.i]
    for child in pred.clause.children:  # "vowed to deepen defence cooperation", "agreed to boost ties"
        if child.dep_ == "xcomp" and child.lemma_.lower() in growth_verbs:
            for obj in child.children:
                if obj.dep_ == "dobj" and obj.i in by_clause and by_clause[obj.i].is_noun:
                    return by_clause[obj.i]
    return None


# ------------------------------------------------------------------ negation, modality, mood

# ------------------------------------------------------------------ arguments



# ------------------------------------------------------------------ "X said Y must ..."

def _reported_demands(sent: Span, lexicon: EventLexicon, resolver: ArgumentResolver):
    """A reporting verb whose complement says someone must act is a demand on them."""
    for say in sent:
        if say.pos_ not in VERB_TAGS or say.lemma_.lower() not in lexicon.say_verbs:
            continue
        for clause in say.children:
            if clause.dep_ != "ccomp" or not (auxiliaries(clause) & OBLIGATION_AUX):
                continue
            lo, hi = sorted((say.idx, clause.idx))
            if QUOTE_CHARS & set(say.doc.text[lo:hi]):
                continue  # a direct quote's "must" is the speaker's wording, coded by the quote layer
            if is_conditional(say):
                continue
            sources = resolve_all(subject_tokens(say, lexicon.stative_passives), resolver)
            targets = resolve_all([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], resolver)
            if sources and targets:
                negated = any(c.dep_ == "neg" for c in say.children)
                yield say, clause, _Coded("100", sources, targets, negated, None, False, True)


# ------------------------------------------------------------------ events

def _pairs(coded: _Coded) -> list[tuple[Argument, Argument | None]]:
    def key(a: Argument) -> tuple[str | None, str | None]:
        return (a.ref.actor, a.ref.code)

    sources, targets = coded.sources, coded.targets
    if targets:
        return [(s, t) for s in sources for t in targets if key(s) != key(t)]
    mutual = coded.symmetric or coded.reciprocal
    if len(sources) >= 2 and mutual:
        return [(s, t) for s, t in permutations(sources, 2) if key(s) != key(t)]
    if coded.needs_target or coded.code[:2] in TARGETED_ROOTS:
        return []  # an agreement, a meeting, an appeal or praise needs a counterpart
    return [(s, None) for s in sources]


def _events(clause: Token, word: Token, coded: _Coded, sent: Span, dates: list[DateMention],
            ref: date | None, resolver: ArgumentResolver) -> list[Event]:
    info = cameo(coded.code)
    if coded.modality is not None and ref is not None:  # "will visit on Monday": the coming Monday
        dates = find_dates(sent.text, ref, sent.start_char, future=True)
    when = _event_date(clause if clause.pos_ in VERB_TAGS else word, dates, ref)
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    out = []
    for source, target in _pairs(coded):
        out.append(
            Event(
                source=source.ref,
                target=target.ref if target else None,
                cameo=info.code,
                plover=coded.plover or info.plover,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                text=text,
                start=start,
                end=start + len(text),
                date=when.value if when else None,
                negated=coded.negated,
                reported_by=resolver.quote_index(word),
                historical=is_historical(when, ref),
                modality=coded.modality,
                location=_location(clause, word, resolver),
                evidence=(TextSpan(text, start, start + len(text)),),
            )
        )
    return out


def _sentence_dates(sent: Span, ref: date | None) -> list[DateMention]:
    if ref is None:  # without a reference date only dates that name their year can be resolved
        return [d for d in find_dates(sent.text, date(2000, 1, 1), sent.start_char) if _YEAR.search(d.text)]
    return find_dates(sent.text, ref, sent.start_char)


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of a clause without the clauses embedded in it."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in OWN_CLAUSE_STOP and child.pos_ in VERB_TAGS | {"ADJ"}:
                continue
            stack.append(child)
    return out


def _event_date(anchor: Token, dates: list[DateMention], ref: date | None) -> EventDate | None:
    """The date stated in the event's own clause, else in the clause that reports it, else
    the reference date."""
    if dates:
        scopes = [anchor, *[a for a in anchor.ancestors if a.pos_ in VERB_TAGS]]
        for scope in scopes:
            tokens = _own_clause(scope)
            spans = [(t.idx, t.idx + len(t.text)) for t in tokens]
            for mention in dates:
                if any(s < mention.end and mention.start < e for s, e in spans):
                    return mention.date
    if ref is None:
        return None
    return EventDate(ref.isoformat(), ref)


LOCATION_PREPS = {"in": {"GPE", "LOC", "FAC"}, "at": {"LOC", "FAC"}}  # "at China" is a target, "at the port" a place


def _location(clause: Token, word: Token, resolver: ArgumentResolver) -> Location | None:
    """Where the sentence says the event happened ("in Paris"), with the place's country
    when the actor layer knows it (a capital stands for its country)."""
    for tok in (word, clause):
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in LOCATION_PREPS:
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in LOCATION_PREPS[child.lower_]:
                    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                    place = ent.text if ent is not None else obj.text
                    args = resolver.resolve(obj)
                    country = args[0].ref.country if args else None
                    return Location(place=place, country=country)
    return None


def _ref_key(ref: ActorRef | None) -> tuple[str | None, str | None] | None:
    if ref is None:
        return None
    return (ref.actor, None) if ref.actor else (None, ref.code)


def _merge(events: list[Event]) -> list[Event]:
    """One event per fact: same source, target, code, date and polarity -> one event with
    every evidence span, first mention first."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (_ref_key(event.source), _ref_key(event.target), event.cameo, event.date, event.negated)
        if key not in merged:
            merged[key] = event
            continue
        kept = merged[key]
        spans = kept.evidence + tuple(s for s in event.evidence if s not in kept.evidence)
        merged[key] = Event(**{**{f: getattr(kept, f) for f in kept.__dataclass_fields__}, "evidence": spans})
    return list(merged.values())
