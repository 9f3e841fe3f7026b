"""Event predicates in a parsed sentence: which words name an event and how.

Three shapes are found: an event verb ("Japan attacked ..."), a light verb carrying an
event noun ("held talks", "joined sanctions", "adopted a declaration", "did join a number
of them") and a stand-alone event noun ("Japan's demand that ...", "a meeting of the
ministers of Japan and France"). Each becomes a :class:`Predicate` that says where its
clause is (for subject, negation, modality and date) and which tokens carry its arguments.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from communique.lexicon.events import EventEntry, EventLexicon

__all__ = ["Predicate", "find_predicates"]

VERB_TAGS = {"VERB", "AUX"}
NOUN_TAGS = {"NOUN", "PROPN"}
NAMED_THINGS = {"EVENT", "LAW", "WORK_OF_ART"}
TIME_PREPS = {"after", "following", "during", "since"}  # past settings; "before"/"ahead of" may not have happened
ANAPHORS = {"them", "it", "they", "those", "these", "one", "ones"}
# How deep the event noun of a light verb may sit below its object ("the first in a series of meetings").
NOUN_SEARCH_DEPTH = 3


@dataclass(frozen=True)
class Predicate:
    """One event word found in a sentence.

    ``token`` is the event word; ``clause`` the verb whose clause the event is stated in
    (the verb itself, the light verb, or for a stand-alone noun the noun); ``arg_tokens``
    are the tokens whose dependents may name the target, in order of preference.
    """

    token: Token
    entry: EventEntry
    clause: Token
    light: Token | None = None
    antecedent: Token | None = None  # the event noun an anaphor ("a number of them") stands for
    parts: tuple[Token, ...] = ()  # the other words of a multiword trigger ("sanctions" of "impose sanctions")

    @property
    def is_noun(self) -> bool:
        return self.entry.pos == "noun"

    @property
    def arg_tokens(self) -> tuple[Token, ...]:
        out = [self.token]
        if self.token.dep_ == "compound":  # "a mediation effort between ..."
            out.append(self.token.head)
        if self.antecedent is not None:
            out.append(self.antecedent)
            if self.antecedent.head.pos_ in VERB_TAGS:
                out.append(self.antecedent.head)
        if self.light is not None:
            out.append(self.light)
        out.extend(self.parts)
        return tuple(dict.fromkeys(out))


SKIPPED_DEPS = {"aux", "auxpass", "mark", "punct", "cc", "neg"}
NOUN_DEPS = {"dobj", "nsubjpass", "pobj", "attr", "dative"}


def _children_lemmas(token: Token, depth: int = 2) -> set[str]:
    """Words that hang off ``token``: its children, and the modifiers of its noun objects
    ("suspended aid deliveries"), never the auxiliaries of a clause below it ("going to have")."""
    found: set[str] = set()
    frontier = [token]
    for level in range(depth):
        nxt = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in SKIPPED_DEPS:
                    continue
                found.add(child.lemma_.lower())
                found.add(child.lower_)
                if level == 0 and (child.dep_ in NOUN_DEPS or child.dep_ in ("xcomp", "prep")):
                    nxt.append(child)
        frontier = nxt
    return found


def verb_lemmas(token: Token) -> tuple[str, ...]:
    """The lemma, then base forms guessed from the inflection, for when the lemmatizer
    slips ("staged" -> "stag")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    out = [lemma]
    if token.tag_ in ("VBD", "VBN") and lower.endswith("ed"):
        out += [lower[:-1], lower[:-2]]
    elif token.tag_ == "VBZ" and lower.endswith("s"):
        out += [lower[:-1], lower[:-2]]
    elif token.tag_ == "VBG" and lower.endswith("ing"):
        out += [lower[:-3], lower[:-3] + "e"]
    return tuple(dict.fromkeys(out))


def _verb_entry(token: Token, lexicon: EventLexicon, with_extra: bool) -> EventEntry | None:
    entries = next((e for e in (lexicon.entries(l, "verb") for l in verb_lemmas(token)) if e), ())
    if not entries:
        return None
    near = _children_lemmas(token)
    has_object = any(c.dep_ == "dobj" for c in token.children)
    for entry in entries:
        if bool(entry.extra) != with_extra or (entry.needs_object and not has_object):
            continue
        if all(word in near for word in entry.extra):
            return entry
    return None


def _noun_entry(token: Token, lexicon: EventLexicon) -> EventEntry | None:
    """The longest matching entry; among equally long ones, the first whose target
    preposition is there ("strikes on the city" is an air strike, "a strike" by workers
    is a labour strike)."""
    entries = lexicon.entries(token.lemma_.lower(), "noun") or lexicon.entries(token.lower_, "noun")
    matching = []
    for entry in entries:
        n = len(entry.extra)
        before = [t.lemma_.lower() for t in token.doc[max(0, token.i - n):token.i]]
        if n == 0 or before == list(entry.extra):
            matching.append(entry)
    if not matching:
        return None
    longest = [e for e in matching if len(e.extra) == len(matching[0].extra)]
    preps = {c.lower_ for t in (token, token.head) for c in t.children if c.dep_ == "prep"}
    return next((e for e in longest if preps & set(e.targets)), longest[0])


def _refusal_entry(token: Token, lexicon: EventLexicon) -> EventEntry | None:
    """"will not accept refugees", "does not recognise the vote": a negated verb of consent
    names a refusal even when the verb itself names no event."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.refusal_verbs or not any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children):
        return None
    return EventEntry(head=lemma, extra=(), pos="verb", cameo="120", targets=("obj", "to", "with", "on"))


def _light_entry(token: Token, lexicon: EventLexicon) -> bool:
    lemma = next((l for l in verb_lemmas(token) if l in lexicon.light_verbs), None)
    if lemma is None:
        return False
    extra = lexicon.light_verbs[lemma]
    return all(word in _children_lemmas(token, 1) for word in extra)


def _light_object_candidates(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """Nouns below a light verb's object, nearest first: the object itself, then through
    "of"/"in" prepositions ("a number of them", "the first in a series of meetings")."""
    starts = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass", "oprd")]
    starts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "on", "into")
               for g in c.children if g.dep_ == "pobj"]
    out: list[Token] = []
    frontier = starts
    for _ in range(NOUN_SEARCH_DEPTH):
        nxt: list[Token] = []
        for tok in frontier:
            out.append(tok)
            if tok.lemma_.lower() not in lexicon.agent_nouns:  # "a mediation effort", not "an opposition newspaper"
                out.extend(c for c in tok.children if c.dep_ == "compound")
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "in"):
                    nxt.extend(g for g in child.children if g.dep_ == "pobj")
                elif child.dep_ == "conj":
                    nxt.append(child)
        frontier = nxt
    return out


def _antecedent_noun(anaphor: Token, lexicon: EventLexicon) -> tuple[Token, EventEntry] | None:
    """The event noun an anaphor stands for: the nearest earlier one in this or the last sentence."""
    sent = anaphor.sent
    start = anaphor.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(list(anaphor.doc[start:anaphor.i])):
        if tok.pos_ in NOUN_TAGS:
            entry = _noun_entry(tok, lexicon)
            if entry is not None:
                return tok, entry
    return None


def find_predicates(sent: Span, lexicon: EventLexicon) -> list[Predicate]:
    """Every event predicate of a sentence, each event word used once."""
    found: list[Predicate] = []
    used: set[int] = set()
    # 1. verbs with their particle/object ("call on", "impose sanction") come first
    for tok in sent:
        if tok.pos_ in VERB_TAGS:
            entry = _verb_entry(tok, lexicon, with_extra=True)
            if entry is not None:
                parts = tuple(c for c in tok.subtree if c.lemma_.lower() in entry.extra and c.i != tok.i)
                found.append(Predicate(tok, entry, clause=tok, parts=parts))
                used.add(tok.i)
                used.update(c.i for c in parts)
    # 2. light verbs carrying an event noun
    for tok in sent:
        if tok.i in used or tok.pos_ not in VERB_TAGS or not _light_entry(tok, lexicon):
            continue
        for cand in _light_object_candidates(tok, lexicon):
            if cand.i in used:
                continue
            if cand.pos_ in NOUN_TAGS:
                entry = _noun_entry(cand, lexicon)
                if entry is not None:
                    found.append(Predicate(cand, entry, clause=tok, light=tok))
                    used.update((tok.i, cand.i))
                    break
            elif cand.pos_ == "PRON" and cand.lower_ in ANAPHORS:
                hit = _antecedent_noun(cand, lexicon)
                if hit is not None:
                    noun, entry = hit
                    found.append(Predicate(cand, entry, clause=tok, light=tok, antecedent=noun))
                    used.update((tok.i, cand.i))
                    break
    # 3. gerunds standing as nouns ("Fighting between X and Y erupted") read as event nouns
    for tok in sent:
        if tok.i in used or tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        if any(c.dep_ in ("nsubj", "dobj", "aux", "auxpass") for c in tok.children):
            continue
        entry = _noun_entry(tok, lexicon)
        if entry is not None:
            found.append(Predicate(tok, entry, clause=tok))
            used.add(tok.i)
    # 4. plain event verbs
    for tok in sent:
        if tok.i in used or tok.pos_ not in VERB_TAGS:
            continue
        entry = _verb_entry(tok, lexicon, with_extra=False) or _refusal_entry(tok, lexicon)
        if entry is not None:
            found.append(Predicate(tok, entry, clause=tok))
            used.add(tok.i)
    # 5. stand-alone event nouns (they need their own source: checked by the coder); a noun
    #    that is the object of an event verb ("rejected an Indian proposal") is that verb's
    #    argument, not an event of its own
    verb_heads = {p.clause.i for p in found}
    for tok in sent:
        if tok.i in used or tok.pos_ not in NOUN_TAGS or tok.dep_ == "compound" or tok.ent_type_ in NAMED_THINGS:
            continue  # "the Vietnam War", "the Paris Agreement": names of past events and documents
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in ("dobj", "pobj", "dative", "attr") and governor.i in verb_heads \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS):
            continue  # but "after talks with X, Y pledged ...": the talks are an event of their own
        entry = _noun_entry(tok, lexicon)
        if entry is not None:
            found.append(Predicate(tok, entry, clause=tok))
            used.add(tok.i)
    return sorted(found, key=lambda p: p.token.i)
