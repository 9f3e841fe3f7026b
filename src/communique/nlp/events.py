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
from communique.nlp.event_predicates import VERB_TAGS, Predicate, find_predicates
from communique.nlp.extensions import actor_by_id, register_extensions
from communique.records import ActorRef, Event, Location, TextSpan

__all__ = ["code_events", "communique_events"]

register_extensions()
log = logging.getLogger(__name__)

CONDITIONAL_MARKS = {"if", "unless", "whether"}
HYPOTHETICAL_AUX = {"could", "may", "might", "must", "should", "can", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "would", "wo"}
OBLIGATION_AUX = {"must", "should"}
# Roots whose complement clause is wished, promised, refused or alleged, not done.
COMPLEMENT_TAKING_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}
# Acts that are only news with a recipient: a statement, appeal, meeting, praise, aid or
# criticism of nobody in particular is not coded (intentions, refusals, protests, force are).
TARGETED_ROOTS = {"01", "02", "04", "05", "06", "07", "11"}
SUBJECT_PREPS = {"before", "after", "while", "by", "since", "upon", "on", "in", "without", "through", "when"}
ASPECT_VERBS = {"resume", "continue", "begin", "start", "keep", "stop"}
FORCE_ROOTS = {"18", "19", "20"}
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
        if _is_question(sent):
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
    return events


# ------------------------------------------------------------------ deciding one predicate

def _code_predicate(pred: Predicate, by_clause: dict[int, Predicate], lexicon: EventLexicon,
                    resolver: ArgumentResolver) -> _Coded | None:
    clause = pred.clause
    if _is_conditional(clause) or _hypothetical(clause) or _alternative(clause):
        return None
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in lexicon.irrealis_verbs \
            and clause.head.i not in by_clause:
        return None  # "recommended that the troops withdraw": wished, not done
    outer = by_clause.get(clause.head.i) if clause.dep_ in COMPLEMENT_DEPS else None
    if outer is not None and outer is not pred and outer.entry.root in COMPLEMENT_TAKING_ROOTS:
        return None  # "demand that Moscow hands ...", "agreed to share": the outer word is the event
    code = pred.entry.cameo
    modality = _modality(clause, lexicon)
    inner = _inner_predicate(pred, by_clause)
    if inner is not None:
        code = _refine(code, inner.entry.cameo, lexicon)
    if modality is not None:
        modal = _modal_head(clause, lexicon)
        if modal is not None and modal.lemma_.lower() in PREPARE_VERBS and code[:2] in FORCE_ROOTS:
            code = "150"  # readying force is a show of force, not yet its use
        else:
            code = _intended(code, lexicon)
    sources = [a for a in _sources(pred, resolver) if _identified(a.ref)]
    if not sources:
        return None
    targets = [] if pred.entry.no_target else _targets(pred, resolver, sources)
    if not targets and inner is not None and not inner.entry.no_target:
        targets = _targets(inner, resolver, sources)
    if not targets and not pred.entry.no_target:
        targets = _fallback_targets(pred, code, resolver, sources)
    if not targets and not pred.entry.no_target:
        targets = _purpose_targets(pred, by_clause, resolver, sources)
    if pred.entry.verbal_by_person and _persons(sources, resolver) and (not targets or _persons(targets, resolver)):
        code = "111"  # "Harris attacked Biden": politicians attack in words
    if _reciprocal(pred):
        if len(sources) < 2:
            return None  # "we blame each other" names only one side
        targets = []
    return _Coded(
        code=code,
        sources=sources,
        targets=targets,
        negated=_negated(pred) or (inner is not None and _negated(inner)),
        modality=modality,
        symmetric=pred.entry.symmetric or (inner is not None and inner.entry.symmetric),
        needs_target=pred.entry.needs_target,
        plover=pred.entry.plover if code == pred.entry.cameo else None,
        reciprocal=_reciprocal(pred),
    )


def _persons(arguments: list[Argument], resolver: ArgumentResolver) -> bool:
    """Every argument is a person of the actor layer."""
    actors = [actor_by_id(resolver.doc, a.ref.actor) for a in arguments]
    return bool(actors) and all(a is not None and a.kind == "person" for a in actors)


def _identified(ref: ActorRef) -> bool:
    """An actor an event can be about: with a country, an international body, or at least a
    known role ("President Bush" on a date the knowledge base does not cover is "---GOV");
    a bare name with nothing known ("---") is not enough to code an event."""
    code = (ref.code or "").upper()
    return bool(ref.country or ref.sector) or (bool(code) and code.strip("-") != "")


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


def _inner_predicate(pred: Predicate, by_clause: dict[int, Predicate]) -> Predicate | None:
    if pred.entry.root not in COMPLEMENT_TAKING_ROOTS:
        return None
    for tok in (pred.token, pred.clause):
        for child in tok.children:
            if child.dep_ in COMPLEMENT_DEPS and child.i in by_clause and by_clause[child.i] is not pred:
                return by_clause[child.i]
    return None


# ------------------------------------------------------------------ negation, modality, mood

def _is_question(sent: Span) -> bool:
    text = sent.text.rstrip(" \"'”’»)")
    return text.endswith("?")


def _clause_chain(clause: Token) -> list[Token]:
    return [clause, *clause.ancestors]


def _is_conditional(clause: Token) -> bool:
    for tok in _clause_chain(clause):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            return True
        if tok.dep_ in ("ROOT",):
            break
    return False


def _alternative(clause: Token) -> bool:
    """"instead of blaming", "rather than attacking", "without consulting": not done."""
    if clause.dep_ != "pcomp":
        return False
    prep = clause.head
    words = {prep.lower_} | {c.lower_ for c in prep.children if c.dep_ == "advmod"}
    return prep.lower_ == "without" or bool(words & {"instead", "rather"})


def _reciprocal(pred: Predicate) -> bool:
    """"blaming each other", "met one another": the acting parties are each other's targets."""
    for tok in pred.arg_tokens:
        for child in tok.children:
            if child.dep_ in ("dobj", "pobj", "prep") and child.lower_ in ("other", "another"):
                return True
            if child.dep_ == "prep" and any(g.lower_ in ("other", "another") for g in child.children):
                return True
    return False


def _auxes(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _hypothetical(clause: Token) -> bool:
    """"could attack", "must ensure security to allow ...": possible or required, not done.
    Looks up through the clauses this one depends on, stopping at a reported statement."""
    tok = clause
    for _ in range(6):
        if _auxes(tok) & HYPOTHETICAL_AUX:
            return True
        if tok.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _modal_head(clause: Token, lexicon: EventLexicon) -> Token | None:
    """The verb that makes ``clause`` an intention ("plans to visit", "prepared to resume
    shelling"), looking up through aspect verbs such as "resume" and "continue"."""
    tok = clause
    for _ in range(3):
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return None
        head = tok.head
        lemma = head.lemma_.lower()
        if lemma in lexicon.modal_verbs:
            return head
        if lemma not in ASPECT_VERBS:
            return None
        tok = head
    return None


def _modality(clause: Token, lexicon: EventLexicon) -> str | None:
    tok = clause
    while True:  # "will visit", "would continue to attack"
        if _auxes(tok) & FUTURE_AUX:
            return "future"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECT_VERBS:
            tok = tok.head
            continue
        break
    if _modal_head(clause, lexicon) is not None:
        return "intent"
    head = clause.head
    if clause.dep_ == "xcomp" and head.lemma_.lower() == "go" and "be" in {c.lemma_ for c in head.children if c.dep_ == "aux"}:
        return "future"
    return None


def _negated(pred: Predicate) -> bool:
    tokens = {pred.clause, pred.token}
    if pred.light is not None:
        tokens.add(pred.light)
    if pred.clause.dep_ == "xcomp":
        tokens.add(pred.clause.head)
    for tok in tokens:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det") for c in tok.children):
            return True
    return False


# ------------------------------------------------------------------ arguments

def _subject_tokens(verb: Token, stative: frozenset[str] = frozenset(), depth: int = 0) -> list[Token]:
    """The tokens naming who does what ``verb`` says; the agent of a passive; inherited
    through coordination, control ("plans to visit"), adverbial clauses and participles
    ("issued a declaration demanding ...")."""
    if depth > 4:
        return []
    children = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not agents and verb.lemma_.lower() in stative:  # "is committed to", "is prepared to"
            return [c for c in children if c.dep_ == "nsubjpass"]
        return agents
    subjects = [c for c in children if c.dep_ in ("nsubj", "csubj")]
    # a participle parsed as the subject ("The Red Cross operating in Iraq said") stands for its own subject
    subjects = [g for c in subjects for g in ([c] if c.pos_ not in VERB_TAGS else
                                               [x for x in c.children if x.dep_ == "nsubj"] or [c])]
    if subjects:
        if verb.dep_ == "relcl" and subjects[0].lower_ in ("who", "which", "that"):
            return [_first_conjunct(verb.head)]
        return subjects
    if verb.dep_ == "relcl":
        return []
    head = verb.head
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp"):
        return _subject_tokens(head, stative, depth + 1) if head.i != verb.i else []
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in SUBJECT_PREPS and head.head.pos_ in VERB_TAGS:
        # "before travelling to Moscow" is the subject's act; "sentenced them for torturing",
        # "accused X of violating", "banned X from flying" are the object's
        return _subject_tokens(head.head, stative, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj"):
        governor = head.head.head if head.dep_ == "pobj" else head.head
        if governor.pos_ in VERB_TAGS:
            return _subject_tokens(governor, stative, depth + 1)
    return []


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _noun_source_tokens(noun: Token, of_source: bool) -> list[Token]:
    """Who a stand-alone event noun belongs to: "Japan's demand", "US sanctions",
    "criticism by Amnesty", "a meeting of the ministers of Japan and France", "demands from the rebels"."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            out.append(child)
        elif child.dep_ == "prep" and (child.lower_ in ("by", "from") or (of_source and child.lower_ == "of")):
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "agent":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _resolve_all(tokens: list[Token], resolver: ArgumentResolver) -> list[Argument]:
    found: list[Argument] = []
    for tok in tokens:
        found.extend(resolver.resolve(tok))
    return _distinct(found)


def _doers(verb: Token, resolver: ArgumentResolver) -> list[Argument]:
    """Actors of a verb's subject; an event noun as subject stands for its own source
    ("US drone attacks killed ...")."""
    tokens = _subject_tokens(verb, resolver.lexicon.stative_passives)
    found = _resolve_all(tokens, resolver)
    if found:
        return found
    lexicon = resolver.lexicon
    nouns = [t for t in tokens if t.pos_ == "NOUN" and lexicon.entries(t.lemma_.lower(), "noun")]
    found = []
    for mod in (s for n in nouns for s in _noun_source_tokens(n, False)):
        found.extend(resolver.resolve(mod) or resolver.resolve_owner(mod))
    return _distinct(found)


def _sources(pred: Predicate, resolver: ArgumentResolver) -> list[Argument]:
    if not pred.is_noun:
        return _doers(pred.clause, resolver)
    noun = pred.antecedent if pred.antecedent is not None else pred.token
    participants = _resolve_all(
        [t for t in _noun_source_tokens(noun, pred.entry.of_source) if t.dep_ == "pobj"], resolver
    ) if pred.entry.of_source else []
    if pred.light is not None:
        doers = _doers(pred.light, resolver)
        if doers:
            if len(participants) >= 2:  # "took part in a meeting of X and Y": X and Y met
                return participants
            if participants:
                countries = {a.ref.country for a in participants}
                return participants + [a for a in doers if a.ref.country not in countries]
            return doers
    if participants:
        return participants
    if pred.antecedent is not None:
        return []
    own = _resolve_all(_noun_source_tokens(pred.token, False), resolver)
    if own:
        return own
    # "negotiators return to Geneva for talks": the purpose or setting of a verb is its subject's
    noun = pred.token
    if noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS and noun.head.head.pos_ in VERB_TAGS:
        return _doers(noun.head.head, resolver)
    return []


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` on the trigger, on a participle or complement below it
    ("statements aimed against Russia", "offered to hand over to Britain"), or on its direct
    object ("threatened action against Russia", "boycott contacts with the United States")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "acl" or (child.dep_ in ("xcomp", "dobj") and tok.pos_ in VERB_TAGS):
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ == prep:
                    out.extend(g for g in grand.children if g.dep_ == "pobj")
    return out


def _target_tokens(pred: Predicate, spec: str) -> list[Token]:
    verb = pred.token if not pred.is_noun else None
    if spec == "obj":
        if verb is None:
            return []
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        return [c for c in verb.children if c.dep_ in ("dobj",)]
    if spec == "dative":
        if verb is None:
            return []
        return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if spec == "ccomp":
        out: list[Token] = []
        for tok in pred.arg_tokens:
            for clause in tok.children:
                if clause.dep_ in ("ccomp", "acl", "xcomp"):
                    out.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        return out
    if spec == "poss":
        return [c for t in pred.arg_tokens for c in t.children if c.dep_ == "poss"]
    out = []
    for tok in pred.arg_tokens:
        out.extend(_prep_objects(tok, spec))
    return out


def _targets(pred: Predicate, resolver: ArgumentResolver, sources: list[Argument] = ()) -> list[Argument]:
    """The first argument slot of the trigger that names someone other than the sources."""
    lexicon = resolver.lexicon
    own = {_arg_key(a) for a in sources}
    for spec in pred.entry.targets:
        found: list[Argument] = []
        for tok in _target_tokens(pred, spec):
            args = resolver.resolve(tok)
            if not args and tok.pos_ in ("NOUN", "PROPN") and lexicon.entries(tok.lemma_.lower(), "noun"):
                # "rejected an Indian proposal": the target is whoever the rejected thing belongs to
                args = _resolve_all(_noun_source_tokens(tok, False), resolver)
            if not args:
                args = resolver.resolve_owner(tok)
            found.extend(a for a in args if _arg_key(a) not in own)
        if found:
            return _distinct(found)
    for part in pred.parts:  # "rejected an Indian proposal" via the trigger "reject proposal"
        if part.pos_ in ("NOUN", "PROPN"):
            args = _resolve_all(_noun_source_tokens(part, False), resolver) or resolver.resolve_owner(part)
            args = [a for a in args if _arg_key(a) not in own]
            if args:
                return args
    if pred.light is not None:  # "gave the Ivory Coast 5 million dollars of aid"
        datives = [c for c in pred.light.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        return [a for a in _resolve_all(datives, resolver) if _arg_key(a) not in own]
    return []


PURPOSE_PREPS = {"for", "at", "during"}
FALLBACK_PREPS = ("against", "with", "on", "to", "between")
PLACE_TARGET_ROOTS = {"14", "17", "18", "19", "20"}  # protests and force target the place's government


def _fallback_targets(pred: Predicate, code: str, resolver: ArgumentResolver,
                      sources: list[Argument]) -> list[Argument]:
    """When the trigger's own slots name nobody: a threat's condition ("... unless Baghdad
    accepts"), a preposition the lexicon did not list, or for protests and force the place
    where they happen ("demonstrated in Serbia")."""
    own = {_arg_key(a) for a in sources}

    def keep(args: list[Argument]) -> list[Argument]:
        return [a for a in _distinct(args) if _arg_key(a) not in own]

    if code[:2] == "13":
        for tok in (pred.clause, *pred.arg_tokens):
            for clause in tok.subtree:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children):
                    found = keep(_resolve_all([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], resolver))
                    if found:
                        return found
    if not pred.is_noun or pred.light is not None:
        for prep in FALLBACK_PREPS:
            found = keep(_resolve_all([t for tok in pred.arg_tokens for t in _prep_objects(tok, prep)], resolver))
            if found:
                return found
    lexicon = resolver.lexicon
    for tok in pred.arg_tokens:  # "mobilized reservists for a war against Iraq": the purpose's target
        for noun in _prep_objects(tok, "for"):
            entries = lexicon.entries(noun.lemma_.lower(), "noun") if noun.pos_ == "NOUN" else ()
            if entries:
                found = keep(_targets(Predicate(noun, entries[0], clause=noun), resolver, sources))
                if found:
                    return found
    if code[:2] in PLACE_TARGET_ROOTS or code.startswith("162"):
        holders = [pred.clause, *pred.arg_tokens]
        if pred.clause.dep_ == "ccomp" and pred.clause.head.lemma_.lower() in lexicon.say_verbs:
            holders.append(pred.clause.head)  # "..., witnesses said, in an incident in the West Bank"
        for tok in holders:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at", "into", "near"):
                    for place in (g for g in child.children if g.dep_ == "pobj"):
                        # "in Serbia", "at this jail in northern Israel", "in the West Bank city"
                        found = keep(resolver.resolve(place) or resolver.resolve_owner(place))
                        if found:
                            return found
    return []


def _purpose_targets(pred: Predicate, by_clause: dict[int, Predicate], resolver: ArgumentResolver,
                     sources: list[Argument]) -> list[Argument]:
    """A purpose clause names whom an act is aimed at: "blocked roads to press demands on
    the government", "opened the bridge to allow deliveries to Afghanistan"."""
    own = {_arg_key(a) for a in sources}
    for tok in (pred.clause, pred.token):
        for child in tok.children:
            if child.dep_ not in ("advcl", "xcomp") or child.i not in by_clause:
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and child.tag_ != "VBG":
                continue  # only "to demand ...", "calling for ..."
            purpose = by_clause[child.i]
            found = [a for a in _targets(purpose, resolver, sources) if _arg_key(a) not in own]
            if found:
                return found
    return []


def _arg_key(arg: Argument) -> tuple[str | None, str | None]:
    return (arg.ref.actor, None) if arg.ref.actor else (None, arg.ref.code)


# ------------------------------------------------------------------ "X said Y must ..."

def _reported_demands(sent: Span, lexicon: EventLexicon, resolver: ArgumentResolver):
    """A reporting verb whose complement says someone must act is a demand on them."""
    for say in sent:
        if say.pos_ not in VERB_TAGS or say.lemma_.lower() not in lexicon.say_verbs:
            continue
        for clause in say.children:
            if clause.dep_ != "ccomp" or not (_auxes(clause) & OBLIGATION_AUX):
                continue
            lo, hi = sorted((say.idx, clause.idx))
            if QUOTE_CHARS & set(say.doc.text[lo:hi]):
                continue  # a direct quote's "must" is the speaker's wording, coded by the quote layer
            if _is_conditional(say):
                continue
            sources = _resolve_all(_subject_tokens(say, lexicon.stative_passives), resolver)
            targets = _resolve_all([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], resolver)
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
    if coded.needs_target or (coded.symmetric and coded.code[:2] != "03") or coded.code[:2] in TARGETED_ROOTS:
        return []  # an agreement, a meeting, an appeal or praise needs a counterpart
    return [(s, None) for s in sources]


def _events(clause: Token, word: Token, coded: _Coded, sent: Span, dates: list[DateMention],
            ref: date | None, resolver: ArgumentResolver) -> list[Event]:
    info = cameo(coded.code)
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


def _location(clause: Token, word: Token, resolver: ArgumentResolver) -> Location | None:
    for tok in (word, clause):
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in ("in", "at"):
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                    place = ent.text if ent is not None else obj.text
                    args = resolver.resolve(obj)
                    country = args[0].ref.country if args else None
                    return Location(place=place, country=country)
    return None


def _distinct(arguments: list[Argument]) -> list[Argument]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for arg in arguments:
        key = (arg.ref.actor, None) if arg.ref.actor else (None, arg.ref.code)
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out


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
