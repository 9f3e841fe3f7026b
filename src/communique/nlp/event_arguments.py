"""Who acts and who is acted on: the source and target actors of an event predicate.

Sources come from the clause's subject (or a passive's by-agent, or the clause it
depends on); targets from the trigger's argument slots named in the lexicon, then from
fallbacks that still rest on the text: a threat's condition, an unlisted preposition, the
place of a protest or attack, a purpose clause. Actors themselves come from
:class:`~communique.nlp.event_actors.ArgumentResolver`.
"""
from __future__ import annotations

from spacy.tokens import Token

from communique.nlp.event_actors import Argument, ArgumentResolver
from communique.nlp.event_mood import CONDITIONAL_MARKS
from communique.nlp.event_predicates import VERB_TAGS, Predicate
from communique.nlp.extensions import actor_by_id
from communique.records import ActorRef

__all__ = ["domestic_targets", "place_sources", "subject_tokens", "doers_of", "sources_of", "targets_of", "fallback_targets", "purpose_targets",
           "noun_source_tokens", "prep_objects", "resolve_all", "arg_key", "distinct", "is_identified",
           "all_persons"]

ISSUING_VERBS = {"issue", "release", "publish", "adopt", "sign", "send", "deliver", "make", "pass", "approve", "unveil", "present"}
SUBJECT_PREPS = {"before", "after", "while", "by", "since", "upon", "on", "in", "without", "through", "when"}
PURPOSE_PREPS = {"for", "at", "during"}
FALLBACK_PREPS = ("against", "with", "on", "to", "between")
PLACE_TARGET_ROOTS = {"14", "15", "17", "18", "19", "20"}  # protests, shows of force and force target the place's government
STATE_ONLY_ROOTS = {"09", "17"}  # acts only a state's authorities do where they rule
PLACE_PREPS = ("in", "at", "into", "near", "outside", "inside", "across", "along", "off")
AFFILIATION_MODIFIERS = {"lead", "led", "back", "backed", "sponsor", "sponsored", "base", "based", "run", "controlled", "control"}
# Roots whose object may be named as the subject of a complement clause: "urged Turkey to
# release", "demanded that Britain release", "helped Pakistan build", "warned Iran not to"
COMPLEMENT_TARGET_ROOTS = {"02", "03", "07", "10", "13"}


def all_persons(arguments: list[Argument], resolver: ArgumentResolver) -> bool:
    """Every argument is a person of the actor layer."""
    actors = [actor_by_id(resolver.doc, a.ref.actor) for a in arguments]
    return bool(actors) and all(a is not None and a.kind == "person" for a in actors)


def is_identified(ref: ActorRef) -> bool:
    """An actor an event can be about: with a country, an international body, or at least a
    known role ("President Bush" on a date the knowledge base does not cover is "---GOV");
    a bare name with nothing known ("---") is not enough to code an event."""
    code = (ref.code or "").upper()
    return bool(ref.country or ref.sector) or (bool(code) and code.strip("-") != "")


def subject_tokens(verb: Token, stative: frozenset[str] = frozenset(), depth: int = 0) -> list[Token]:
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
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        # "Bolivia's decision to expel ...", "the government's move to ban ...": the owner decides
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners:
            return owners
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp"):
        return subject_tokens(head, stative, depth + 1) if head.i != verb.i else []
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in SUBJECT_PREPS and head.head.pos_ in VERB_TAGS:
        # "before travelling to Moscow" is the subject's act; "sentenced them for torturing",
        # "accused X of violating", "banned X from flying" are the object's
        return subject_tokens(head.head, stative, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj"):
        # "issued a declaration demanding ...": the issuer demands; but "vetoed a statement
        # criticising China" is not the vetoer's criticism
        governor = head.head.head if head.dep_ == "pobj" else head.head
        if governor.pos_ in VERB_TAGS and governor.lemma_.lower() in ISSUING_VERBS:
            return subject_tokens(governor, stative, depth + 1)
    return []


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def noun_source_tokens(noun: Token, of_source: bool) -> list[Token]:
    """Who a stand-alone event noun belongs to: "Japan's demand", "US sanctions",
    "criticism by Amnesty", "a meeting of the ministers of Japan and France", "demands from the rebels"."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ == "amod" and child.lemma_.lower() in AFFILIATION_MODIFIERS:
            # "Saudi-led airstrikes", "US-backed forces": the leader is the doer
            out.extend(g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod"))
            out.extend(o for g in child.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj")
        elif child.dep_ in ("poss", "compound", "amod", "nmod"):
            out.append(child)
        elif child.dep_ == "prep" and (child.lower_ in ("by", "from") or (of_source and child.lower_ == "of")):
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "agent":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def resolve_all(tokens: list[Token], resolver: ArgumentResolver) -> list[Argument]:
    found: list[Argument] = []
    for tok in tokens:
        found.extend(resolver.resolve(tok))
    return distinct(found)


def doers_of(verb: Token, resolver: ArgumentResolver) -> list[Argument]:
    """Actors of a verb's subject; an event noun as subject stands for its own source
    ("US drone attacks killed ...")."""
    tokens = subject_tokens(verb, resolver.lexicon.stative_passives)
    found = resolve_all(tokens, resolver)
    if found:
        return found
    lexicon = resolver.lexicon
    nouns = [t for t in tokens if t.pos_ == "NOUN" and lexicon.entries(t.lemma_.lower(), "noun")]
    found = []
    for mod in (s for n in nouns for s in noun_source_tokens(n, False)):
        found.extend(resolver.resolve(mod) or resolver.resolve_owner(mod))
    return distinct(found)


def sources_of(pred: Predicate, resolver: ArgumentResolver) -> list[Argument]:
    if not pred.is_noun:
        return doers_of(pred.clause, resolver)
    noun = pred.antecedent if pred.antecedent is not None else pred.token
    participants = resolve_all(
        [t for t in noun_source_tokens(noun, pred.entry.of_source) if t.dep_ == "pobj"], resolver
    ) if pred.entry.of_source else []
    if pred.entry.symmetric and len(participants) < 2 and noun.dep_ in ("nsubj", "nsubjpass"):
        # "the talks between Ethiopia and Egypt collapsed": the talks are the news, not a passing mention
        between = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                   for g in c.children if g.dep_ == "pobj"]
        found = resolve_all(between, resolver)
        if len(found) >= 2:
            participants = found
    if pred.light is not None:
        doers = doers_of(pred.light, resolver)
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
    own = resolve_all(noun_source_tokens(pred.token, False), resolver)
    if own:
        return own
    # "negotiators return to Geneva for talks": the purpose or setting of a verb is its subject's
    noun = pred.token
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        # "placed the ambassador under house arrest", "put the city under siege": the placer's act
        verb = noun.head.head.head if noun.head.head.dep_ == "dobj" else noun.head.head
        if verb.pos_ in VERB_TAGS:
            return doers_of(verb, resolver)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") and pred.entry.root == "04":
        # "After talks with Zelensky, the chancellor pledged ...": the main clause's subject met
        governor = noun.head.head
        if governor.pos_ in VERB_TAGS:
            return doers_of(governor, resolver)
    if noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS and noun.head.head.pos_ in VERB_TAGS:
        verb = noun.head.head
        if any(e.root >= "11" for l in (verb.lemma_.lower(), verb.lower_) for e in resolver.lexicon.entries(l, "verb")):
            return []  # "retaliate for the attacks", "sanctioned for its crackdown": a reason, not a purpose
        return doers_of(verb, resolver)
    return []


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` on the trigger, on a participle or complement below it
    ("statements aimed against Russia", "offered to hand over to Britain"), or on its direct
    object ("threatened action against Russia", "boycott contacts with the United States")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("prep", "prt") and child.lower_ == "out":  # "pulled its troops out of Peru"
            out.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ == prep
                       for g in p.children if g.dep_ == "pobj")
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
        objects = [c for c in verb.children if c.dep_ in ("dobj",)]
        if not objects and pred.entry.root in COMPLEMENT_TARGET_ROOTS:
            # "helped Pakistan build", "urged Turkey to release": parsed as the complement's subject
            objects = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                       for g in c.children if g.dep_ == "nsubj"]
        return objects
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
        out.extend(prep_objects(tok, spec))
    return out


def targets_of(pred: Predicate, resolver: ArgumentResolver, sources: list[Argument] = ()) -> list[Argument]:
    """The first argument slot of the trigger that names someone other than the sources."""
    lexicon = resolver.lexicon
    own = {arg_key(a) for a in sources}
    for spec in pred.entry.targets:
        found: list[Argument] = []
        for tok in _target_tokens(pred, spec):
            args = resolver.resolve(tok)
            if not args and tok.pos_ in ("NOUN", "PROPN") and lexicon.entries(tok.lemma_.lower(), "noun"):
                # "rejected an Indian proposal": the target is whoever the rejected thing belongs to
                args = resolve_all(noun_source_tokens(tok, False), resolver)
            if not args and not pred.entry.direct_target:
                args = resolver.resolve_owner(tok)
            elif not args and tok.pos_ == "NOUN":  # "kidnapped a Venezuelan rancher": the person's own nationality
                args = [a for c in tok.children if c.dep_ in ("amod", "compound") for a in resolver.resolve(c)]
            found.extend(a for a in args if arg_key(a) not in own and is_identified(a.ref))
        if found:
            return distinct(found)
    if pred.entry.root in COMPLEMENT_TARGET_ROOTS and "ccomp" not in pred.entry.targets and not pred.is_noun:
        # "demanded that Britain release the tanker": the one asked to act is the target
        found = [a for tok in _target_tokens(pred, "ccomp") for a in resolver.resolve(tok) if arg_key(a) not in own]
        if found:
            return distinct(found)
    for part in pred.parts:  # "rejected an Indian proposal" via the trigger "reject proposal"
        if part.pos_ in ("NOUN", "PROPN"):
            args = resolve_all(noun_source_tokens(part, False), resolver) or resolver.resolve_owner(part)
            args = [a for a in args if arg_key(a) not in own and is_identified(a.ref)]
            if args:
                return args
    if pred.light is not None:  # "gave the Ivory Coast 5 million dollars of aid"
        datives = [c for c in pred.light.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        return [a for a in resolve_all(datives, resolver) if arg_key(a) not in own]
    return []


def fallback_targets(pred: Predicate, code: str, resolver: ArgumentResolver,
                      sources: list[Argument]) -> list[Argument]:
    """When the trigger's own slots name nobody: a threat's condition ("... unless Baghdad
    accepts"), a preposition the lexicon did not list, or for protests and force the place
    where they happen ("demonstrated in Serbia")."""
    own = {arg_key(a) for a in sources}

    def keep(args: list[Argument]) -> list[Argument]:
        return [a for a in distinct(args) if arg_key(a) not in own]

    if code[:2] == "13":
        for tok in (pred.clause, *pred.arg_tokens):
            for clause in tok.subtree:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children):
                    found = keep(resolve_all([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], resolver))
                    if found:
                        return found
    if pred.is_noun and pred.token.dep_ == "pobj" and pred.token.head.lower_ == "under":
        placed = pred.token.head.head  # "placed the ambassador under arrest": the one placed
        objects = [placed] if placed.dep_ == "dobj" else [c for c in placed.children if c.dep_ in ("dobj", "nsubjpass")]
        found = keep(resolve_all(objects, resolver) or [a for o in objects for a in resolver.resolve_owner(o)])
        if found:
            return found
    if pred.is_noun:  # "the visit by the Indian prime minister to Nepal": the parser hangs "to" on the agent
        agents = [g for c in pred.token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        for spec in pred.entry.targets:
            found = keep(resolve_all([t for a in agents for t in prep_objects(a, spec)], resolver))
            if found:
                return found
    if not pred.is_noun or pred.light is not None:
        for prep in FALLBACK_PREPS:
            found = keep(resolve_all([t for tok in pred.arg_tokens for t in prep_objects(tok, prep)], resolver))
            if found:
                return found
    lexicon = resolver.lexicon
    for tok in pred.arg_tokens:  # "mobilized reservists for a war against Iraq": the purpose's target
        for noun in prep_objects(tok, "for"):
            entries = lexicon.entries(noun.lemma_.lower(), "noun") if noun.pos_ == "NOUN" else ()
            if entries:
                found = keep(targets_of(Predicate(noun, entries[0], clause=noun), resolver, sources))
                if found:
                    return found
    if code[:2] in PLACE_TARGET_ROOTS or code.startswith("162"):
        # the place of the act or of what it is done to ("suspended aid deliveries in Baghdad")
        holders = [pred.clause, *pred.arg_tokens, *(c for c in pred.clause.children if c.dep_ == "dobj")]
        if pred.clause.dep_ == "ccomp" and pred.clause.head.lemma_.lower() in lexicon.say_verbs:
            holders.append(pred.clause.head)  # "..., witnesses said, in an incident in the West Bank"
        for tok in holders:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                    for place in (g for g in child.children if g.dep_ == "pobj"):
                        # "in Serbia", "at this jail in northern Israel", "in the West Bank city"
                        found = keep(resolver.resolve(place) or resolver.resolve_owner(place))
                        if found:
                            return found
    subject = pred.token
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.dep_ == "nsubj":
        subject = subject.head.head  # "hundreds of protesters"
    if pred.is_noun and pred.light is None and subject.dep_ == "nsubj" and subject.head.pos_ in VERB_TAGS:
        # "protesters stormed the Syrian embassy": what the actors named by their act act on
        verb = subject.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "outside", "toward", "towards")
                    for g in c.children if g.dep_ == "pobj"]
        for obj in objects:
            found = keep(resolver.resolve(obj) or resolver.resolve_owner(obj))
            if found:
                return found
    clause = pred.clause
    if clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        # "sent personnel to Bosnia to investigate ...": a purpose is pursued where its act is sent
        for child in clause.head.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "into"):
                found = keep(resolve_all([g for g in child.children if g.dep_ == "pobj"], resolver))
                if found:
                    return found
    return []


def place_sources(pred: Predicate, resolver: ArgumentResolver) -> list[Argument]:
    """Arrests, trials and inquiries are the state's: "a US national was arrested in Italy"
    names no agent, but only Italy's authorities arrest people in Italy."""
    verb = pred.clause
    if pred.is_noun or pred.entry.root not in STATE_ONLY_ROOTS:
        return []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for place in (g for g in child.children if g.dep_ == "pobj"):
                found = [a for a in resolver.resolve(place) if a.ref.country and not (a.ref.code or "").startswith("IGO")]
                if found:
                    return found[:1]
    return []


def domestic_targets(pred: Predicate, resolver: ArgumentResolver, sources: list[Argument]) -> list[Argument]:
    """A domestic act aimed at a party of the source's own country that the event's clause
    names outside the source's phrase: "declined to resign despite pressure by the Kenyan
    anti-graft body", "struck over a bill signed by the Serbian labour minister". Only the
    event's own clause counts: a report's teller ("..., Iraqi police said") is no target."""
    countries = {a.ref.country for a in sources if a.ref.country}
    if len(countries) != 1 or pred.entry.root == "01":
        return []  # a remark is about whatever it mentions; only acts are aimed at a party
    [country] = countries
    skip: set[int] = set()
    subjects = (subject_tokens(pred.clause, resolver.lexicon.stative_passives) if not pred.is_noun
                else noun_source_tokens(pred.token, pred.entry.of_source))
    for tok in subjects:
        skip.update(t.i for t in tok.subtree)
    for child in pred.clause.children:
        if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in resolver.lexicon.say_verbs:
            skip.update(t.i for t in child.subtree)  # "..., Iraqi police said"
        elif child.dep_ == "prep" and child.lower_ == "according":
            skip.update(t.i for t in child.subtree)  # "according to Pentagon sources"
        elif child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "to" for c in child.children):
            skip.update(t.i for t in child.subtree)  # "as he succeeded Milosevic": another act
        elif child.dep_ == "prep" and child.lower_ in ("in", "at") and pred.entry.root not in PLACE_TARGET_ROOTS:
            skip.update(t.i for t in child.subtree)  # "welcomed the delegation in Hanoi": a place, not a party
    skip.update(a.token for a in sources)
    own = {arg_key(a) for a in sources}
    for tok in pred.clause.subtree:
        if tok.i in skip:
            continue
        for arg in resolver.resolve(tok):
            if arg.ref.country == country and arg_key(arg) not in own:
                return [arg]
    return []


def purpose_targets(pred: Predicate, by_clause: dict[int, Predicate], resolver: ArgumentResolver,
                     sources: list[Argument]) -> list[Argument]:
    """A purpose clause names whom an act is aimed at: "blocked roads to press demands on
    the government", "opened the bridge to allow deliveries to Afghanistan"."""
    own = {arg_key(a) for a in sources}
    for tok in (pred.clause, pred.token):
        for child in tok.children:
            if child.dep_ not in ("advcl", "xcomp") or child.i not in by_clause:
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and child.tag_ != "VBG":
                continue  # only "to demand ...", "calling for ..."
            purpose = by_clause[child.i]
            found = [a for a in targets_of(purpose, resolver, sources) if arg_key(a) not in own]
            if not found:  # "to allow deliveries to Peru"
                found = [a for prep in FALLBACK_PREPS for a in resolve_all(prep_objects(purpose.token, prep), resolver)
                         if arg_key(a) not in own]
            if found:
                return distinct(found)
    return []


def arg_key(arg: Argument) -> tuple[str | None, str | None]:
    return (arg.ref.actor, None) if arg.ref.actor else (None, arg.ref.code)


def distinct(arguments: list[Argument]) -> list[Argument]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for arg in arguments:
        key = (arg.ref.actor, None) if arg.ref.actor else (None, arg.ref.code)
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out
