"""Who an argument of an event is: from parse tokens to actors of the actor layer.

The actor layer marks the tokens of every resolved mention (``doc._.token_actor``). An
event argument is a parse head; its actor may sit on the head itself, on its modifiers
("Japanese officials", "Romania's government"), its "of" object ("the ministers of Japan
and France"), its apposition or its conjuncts. Pronouns the actor layer left alone get a
conservative antecedent; "we" inside a quote is the speaker's government; "the two
countries" is the pair of states named together most recently.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from communique.lexicon.events import EventLexicon
from communique.nlp.extensions import actor_by_id
from communique.records import Actor, ActorRef, Quote

__all__ = ["ArgumentResolver"]

FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
PAIR_NOUNS = {"country", "nation", "state", "side", "government", "party", "neighbour", "neighbor", "leader"}
PAIR_WORDS = {"two", "both"}
AFFILIATION_WORDS = {"base", "based", "affiliate", "affiliated", "loyal", "lead", "led"}
AGENT_PREPS = {"of", "from", "in", "throughout", "across"}  # "officials of X", "rebels in X"
OWNER_PREPS = {"of", "by", "for", "with", "in", "from", "off", "to"}  # "the sea off Japan"
NOT_OWNED_ENTS = {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"}
MODIFIER_DEPS = {"poss", "amod", "compound", "nmod", "appos", "npadvmod"}


@dataclass(frozen=True, slots=True)
class Argument:
    """An actor standing in an event, and the token that named it."""

    ref: ActorRef
    token: int  # index of the naming token; -1 when the actor came from a quote's speaker


def _ref_key(ref: ActorRef) -> tuple[str | None, str | None]:
    return (ref.actor, None) if ref.actor else (None, ref.code)


class ArgumentResolver:
    """Resolves event arguments of one Doc; build once per Doc."""

    def __init__(self, doc: Doc, lexicon: EventLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.agent_nouns = lexicon.agent_nouns
        self.token_actor: dict[int, str] = dict(doc._.token_actor or {})
        self.quotes: list[Quote] = list(doc._.quotes or ())
        self._sole_country: str | None | bool = False  # not yet looked for

    # ---------------------------------------------------------------- quotes
    def quote_index(self, token: Token) -> int | None:
        """Index of the quote whose span holds ``token`` (the innermost, first listed)."""
        best: tuple[int, int] | None = None
        for n, quote in enumerate(self.quotes):
            if quote.start <= token.idx < quote.end:
                width = quote.end - quote.start
                if best is None or width < best[1]:
                    best = (n, width)
        return best[0] if best else None

    def _speaker_actor(self, quote: Quote) -> Actor | None:
        return actor_by_id(self.doc, quote.speaker.actor) if quote.speaker.actor else None

    def _speaker_government(self, quote: Quote) -> ActorRef | None:
        """"We" in an official's quote is the government the speaker serves."""
        speaker = quote.speaker
        country = speaker.country
        actor = self._speaker_actor(quote)
        if actor is not None and actor.kind in ("state", "igo", "organisation", "group"):
            return actor.ref()
        if not country:
            return actor.ref() if actor else None
        if country.startswith("IGO") or (speaker.code or "").startswith("IGO"):
            code = speaker.code or country
            return ActorRef(actor=None, name=speaker.name, code=code, country=None, sector="IGO")
        for candidate in self.doc._.actors or ():
            if candidate.country == country and candidate.code in (f"{country}GOV", country) and candidate.kind != "person":
                return candidate.ref()
        return ActorRef(actor=None, name=country, code=f"{country}GOV", country=country, sector="GOV")

    # ---------------------------------------------------------------- actors of tokens
    def _actor_ref_at(self, i: int) -> ActorRef | None:
        actor_id = self.token_actor.get(i)
        actor = actor_by_id(self.doc, actor_id) if actor_id else None
        return actor.ref() if actor else None

    def _actor_at(self, i: int) -> Actor | None:
        actor_id = self.token_actor.get(i)
        return actor_by_id(self.doc, actor_id) if actor_id else None

    def resolve(self, token: Token) -> list[Argument]:
        """The actors a parse head stands for, with its conjuncts, in text order, distinct."""
        heads = [token] + [c for c in token.conjuncts if c.i != token.i]
        found: list[Argument] = []
        for head in sorted(heads, key=lambda t: t.i):
            found.extend(self._resolve_one(head, depth=0))
        return _distinct(found)

    def _resolve_one(self, token: Token, depth: int) -> list[Argument]:
        lower = token.lower_
        if token.pos_ == "PRON" or lower in FIRST_PLURAL | FIRST_SINGULAR:
            direct = self._actor_ref_at(token.i)
            if direct is not None:
                return [Argument(direct, token.i)]
            return self._pronoun(token)
        direct = self._actor_ref_at(token.i)
        if direct is not None:
            direct = self._with_country(direct, token)
            # "the ministers of Japan and France" may be one mention for Japan's ministers:
            # the coordinated "of" objects are actors of the phrase too
            return [Argument(direct, token.i)] + self._of_conjuncts(token, depth) + self._modifier_conjuncts(token, depth)
        pair = self._pair_phrase(token)
        if pair:
            return pair
        implicit = self._implicit_state(token)
        if implicit is not None:
            return [implicit]
        if depth > 2:
            return []
        if token.lemma_.lower() not in self.agent_nouns and token.lower_ not in self.agent_nouns and token.pos_ not in ("PROPN", "NUM"):
            return []
        found: list[Argument] = []
        for child in token.children:
            if child.dep_ in ("acl", "amod") and child.lemma_.lower() in AFFILIATION_WORDS:
                # "a group based in Trinidad", "workers affiliated with the Serbian union",
                # "forces led by Kenya", "Vietnamese-led forces"
                for prep in child.children:
                    if prep.dep_ in ("prep", "agent"):
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                found.extend(self._resolve_one(obj, depth + 1))
                    elif prep.dep_ in ("npadvmod", "compound", "nmod"):  # "Vietnamese-led forces"
                        found.extend(self._resolve_one(prep, depth + 1))
            elif child.dep_ in MODIFIER_DEPS:
                for head in [child] + [c for c in child.conjuncts if c.i != child.i]:
                    found.extend(self._resolve_one(head, depth + 1))
            elif child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        for head in [obj] + [c for c in obj.conjuncts if c.i != obj.i]:
                            found.extend(self._resolve_one(head, depth + 1))
        return found

    def _implicit_state(self, token: Token) -> Argument | None:
        """"the government", "the army", "government troops": the institution of the one state
        the text names, when it names only one and the phrase names no one else."""
        sector = self.lexicon.implicit_sectors.get(token.lemma_.lower()) or self.lexicon.implicit_sectors.get(token.lower_)
        if sector is None or token.pos_ != "NOUN":
            return None
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod", "prep", "appos", "relcl", "acl"):
                return None  # "its government", "the Kenyan army", "the government of X": named otherwise
            if child.dep_ == "det" and child.lower_ != "the":
                return None  # "a government", "any government"
        country = self._only_country()
        if not country:
            return None
        ref = ActorRef(actor=None, name=token.text, code=country + sector, country=country, sector=sector)
        return Argument(ref, token.i)

    def _with_country(self, ref: ActorRef, token: Token) -> ActorRef:
        """An actor without a country ("---GOV") takes the country its own phrase names
        ("Nigerian junior foreign minister Dubem Oniya")."""
        if ref.country or not (ref.code or "").startswith("---"):
            return ref
        for tok in token.subtree:
            if tok.i == token.i or tok.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            other = self._actor_at(tok.i)
            if other is not None and other.country and other.kind != "person":
                return _in_country(ref, other.country)
        if len(ref.code or "") > 3:  # a known role ("---GOV"), not a bare unknown name
            country = self._only_country()
            if country:
                return _in_country(ref, country)
        return ref

    def _only_country(self) -> str | None:
        """The one country a text names, if it names exactly one: "President Mugabe" unknown
        to the knowledge base in a dispatch about Zimbabwe alone is Zimbabwe's president. A
        text naming two countries leaves the official's country open (he may be either's)."""
        if self._sole_country is not False:
            return self._sole_country
        countries: set[str] = set()
        for tok in self.doc:
            actor = self._actor_at(tok.i)
            if actor is not None and actor.country and actor.kind != "person" and not actor.country.startswith("IGO") \
                    and not (actor.code or "").startswith("IGO"):
                countries.add(actor.country)
        self._sole_country = countries.pop() if len(countries) == 1 else None
        return self._sole_country

    def _of_conjuncts(self, token: Token, depth: int) -> list[Argument]:
        if depth > 2 or token.lemma_.lower() not in self.agent_nouns:
            return []
        found: list[Argument] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and any(c.i != obj.i for c in obj.conjuncts):
                        for head in [obj] + [c for c in obj.conjuncts if c.i != obj.i]:
                            found.extend(self._resolve_one(head, depth + 1))
        return found

    def _modifier_conjuncts(self, token: Token, depth: int) -> list[Argument]:
        """"French and Egyptian warships": a mention may cover only the last adjective."""
        if depth > 2:
            return []
        found: list[Argument] = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and any(c.i != child.i for c in child.conjuncts):
                for head in [child] + [c for c in child.conjuncts if c.i != child.i]:
                    found.extend(self._resolve_one(head, depth + 1))
        return found

    def resolve_owner(self, token: Token, depth: int = 0) -> list[Argument]:
        """Whose thing a non-actor noun is, for targets: "Palestinian homes", "Haiti's efforts",
        "positions of the Palestinian forces", "a camp for Congolese refugees", "links with
        Serbia", "settlements in Gaza", "an admission by Moscow", "refugees fleeing the war in
        Liberia". Names of documents and works are nobody's target ("signed the UN Charter")."""
        if depth > 2 or token.ent_type_ in NOT_OWNED_ENTS or token.pos_ not in ("NOUN", "PROPN"):
            return []
        found: list[Argument] = []
        for child in token.children:
            if child.dep_ == "amod" and child.lemma_.lower() in AFFILIATION_WORDS | {"run", "back", "backed", "control", "controlled"}:
                # "Serb-run offices", "rebel-held towns": whoever runs or holds them
                for mod in child.children:
                    if mod.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                        found.extend(self._resolve_one(mod, depth=1))
            elif child.dep_ in ("poss", "amod", "compound", "nmod"):
                for head in [child] + [c for c in child.conjuncts if c.i != child.i]:
                    found.extend(self._resolve_one(head, depth=1))
            elif child.dep_ == "acl":  # "crimes committed by Croat forces", "refugees fleeing the war in X"
                for arg in child.children:
                    if arg.dep_ == "agent":
                        found.extend(a for g in arg.children if g.dep_ == "pobj" for a in self.resolve(g))
                    elif arg.dep_ == "dobj" and token.lemma_.lower() in self.agent_nouns:
                        found.extend(self.resolve(arg) or self.resolve_owner(arg, depth + 1))
                    elif arg.dep_ == "prep" and arg.lower_ in ("in", "from", "into"):  # "lines leading into Kabul"
                        found.extend(a for g in arg.children if g.dep_ == "pobj" for a in self.resolve(g))
            elif child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.extend(self.resolve(obj) or (self.resolve_owner(obj, depth + 1) if child.lower_ in ("of", "in") else []))
        return _distinct(found)

    # ---------------------------------------------------------------- pronouns
    def _pronoun(self, token: Token) -> list[Argument]:
        lower = token.lower_
        if lower in FIRST_PLURAL or lower in FIRST_SINGULAR:
            q = self.quote_index(token)
            if q is None:
                return []
            quote = self.quotes[q]
            if lower in FIRST_SINGULAR:
                actor = self._speaker_actor(quote)
                return [Argument(actor.ref(), -1)] if actor else []
            ref = self._speaker_government(quote)
            return [Argument(ref, -1)] if ref else []
        if lower in RELATIVE_PRONOUNS:
            # "members of his government, whom they had taken hostage": the noun the clause describes
            verb = token.head
            if token.dep_ in ("dobj", "pobj", "nsubjpass") and verb.dep_ == "relcl" and verb.head.i != verb.i:
                return self.resolve(verb.head)
            return []
        if lower in PERSON_PRONOUNS:
            return self._antecedent(token, want_person=True)
        if lower in THING_PRONOUNS | PLURAL_PRONOUNS:
            return self._antecedent(token, want_person=False)
        return []

    def _antecedent(self, token: Token, want_person: bool) -> list[Argument]:
        """The nearest earlier subject actor of the right kind: in this sentence, else the
        previous one. Subjects only, because a pronoun subject most often continues one."""
        sent = token.sent
        windows: list[Span] = [self.doc[sent.start:token.i]]
        if sent.start > 0:
            windows.append(self.doc[sent.start - 1].sent)
        for window in windows:
            # the subject's own head first ("Pakistan, a U.S. ally, ... urged its citizens"),
            # then anything inside a subject phrase
            for test in (_is_subject_head, _in_subject):
                for tok in reversed(list(window)):
                    actor = self._actor_at(tok.i)
                    if actor is None or not test(tok):
                        continue
                    if (actor.kind == "person") == want_person:
                        return [Argument(actor.ref(), tok.i)]
        return []

    def _pair_phrase(self, token: Token) -> list[Argument]:
        """"the two countries", "both sides": the pair named together most recently."""
        if token.lemma_.lower() not in PAIR_NOUNS or token.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.lower_ in PAIR_WORDS for c in token.children if c.dep_ in ("nummod", "det", "predet", "amod")):
            return []
        start = max(0, token.sent.start - 1)
        for _ in range(3):  # this sentence and up to three before it
            if start > 0:
                start = self.doc[start - 1].sent.start
        best: list[Argument] = []
        for tok in self.doc[start:token.i]:
            if tok.dep_ != "conj":
                continue
            a, b = self._actor_at(tok.head.i), self._actor_at(tok.i)
            if a and b and a.country and b.country and a.country != b.country:
                best = [Argument(a.ref(), tok.head.i), Argument(b.ref(), tok.i)]
        if best:
            return best
        seen: dict[str, Argument] = {}
        for tok in reversed(list(self.doc[start:token.i])):
            actor = self._actor_at(tok.i)
            if actor and actor.country and actor.country not in seen:
                seen[actor.country] = Argument(actor.ref(), tok.i)
                if len(seen) == 2:
                    return sorted(seen.values(), key=lambda a: a.token)
        return []


def _in_country(ref: ActorRef, country: str) -> ActorRef:
    return ActorRef(actor=ref.actor, name=ref.name, code=country + (ref.code or "---")[3:], country=country, sector=ref.sector)


def _is_subject_head(token: Token) -> bool:
    """The token is a subject, or part of the name that heads one ("United" in "the United States")."""
    tok = token
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _in_subject(token: Token) -> bool:
    for tok in [token, *token.ancestors]:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _distinct(arguments: list[Argument]) -> list[Argument]:
    seen: set[tuple[str | None, str | None]] = set()
    out: list[Argument] = []
    for arg in arguments:
        key = _ref_key(arg.ref)
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out
