"""Turn the subject of a reporting cue into a Speaker.

Order of trust: the actor layer (``doc._.token_actor``, which includes its coreference),
then a person named inside the subject, then, for a pronoun or a definite description
the actor layer left open, the most recent named speaker (or person) before it; last,
the subject's own words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from communique.lexicon.cues import load_speaker_words
from communique.nlp.extensions import actor_by_id
from communique.records import Actor, Speaker, TextSpan

__all__ = ["mention_of", "conjuncts_of", "SpeakerResolver"]

_KEEP_RIGHT = ("compound", "flat", "nummod", "poss", "case")
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "you"})
_DEFINITE = frozenset({"the", "his", "her", "its", "their", "this", "that"})
_PERSONISH = ("PERSON",)
_NAMED = ("PERSON", "ORG", "GPE", "NORP")


def _appositive_name(subject: Token) -> Token | None:
    """The name an apposition gives a subject: a person for a title ("The Vice President,
    Mike Pence"), any proper name for a common noun ("One news site, Znak.com")."""
    for child in subject.children:
        if child.dep_ != "appos":
            continue
        if child.ent_type_ in _PERSONISH and subject.ent_type_ not in _PERSONISH:
            return child
        if subject.pos_ == "NOUN" and not subject.ent_type_ and (child.pos_ == "PROPN" or child.ent_type_ in _NAMED):
            if child.i > subject.i and subject.doc[child.i - 1].text != "(":
                return child
    return None


def _parenthesised(doc: Doc, child: Token) -> bool:
    """An acronym in brackets right after a name: "the Federal Security Service (FSB)"."""
    lo, hi = child.left_edge.i, child.right_edge.i
    return lo > 0 and doc[lo - 1].text == "(" and hi + 1 < len(doc) and doc[hi + 1].text == ")"


def mention_of(subject: Token) -> Span:
    """The words naming the speaker: the subject phrase without relative clauses or
    trailing asides; an appositive person name wins over the title it explains
    ("The Vice President, Mike Pence" -> "Mike Pence")."""
    doc = subject.doc
    subject = _appositive_name(subject) or subject
    lo = subject.left_edge.i
    # never reach back across a comma or a quote mark inside the subject's left side
    for t in doc[lo : subject.i]:
        if t.is_punct and t.text in {",", '"', "“", "”", "(", ")"}:
            lo = t.i + 1
    if subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        while lo < subject.i and doc[lo].ent_type_ in ("DATE", "TIME") and doc[lo + 1].lower_ not in ("'s", "’s"):
            lo += 1  # "On Friday Ford Motor Company": the date is not part of the name
    hi = subject.i + 1
    for child in subject.rights:
        if child.dep_ in _KEEP_RIGHT or (child.dep_ == "prep" and child.lower_ == "of"):
            if any(t.is_punct and t.text == "," for t in doc[hi : child.i]):
                break
            hi = max(hi, child.right_edge.i + 1)
        elif child.dep_ == "appos" and _parenthesised(doc, child):
            hi = max(hi, child.right_edge.i + 2)
        elif child.is_punct and child.text in ("(", ")"):
            continue
        else:
            break
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and doc[hi - 1].text != ")":
        hi -= 1
    return doc[lo:hi]


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in _NAMED


def conjuncts_of(subject: Token) -> list[Token]:
    """The subject and the names coordinated with it by "and" ("X and Y said"); titles
    coordinated before a name ("co-author and geochemist Seth John") are not two speakers."""
    if not _is_name(subject):
        return [subject]
    out = [subject]
    token = subject
    while True:
        nxt = next((c for c in token.children if c.dep_ == "conj" and _is_name(c)), None)
        if nxt is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in token.children):
            return out
        out.append(nxt)
        token = nxt


def _actor_at(tokens: Span | list[Token]) -> Actor | None:
    """The actor the actor layer put on any of these tokens (first one wins)."""
    for token in tokens:
        index = token.doc._.token_actor or {}
        actor = actor_by_id(token.doc, index.get(token.i))
        if actor is not None:
            return actor
    return None


def _same_surname(actor: Actor, name: str) -> bool:
    """Same person: same last word, and one name's words contain the other's
    ("Lavrov" ~ "Sergey Lavrov", but "Sadiq Khan" is not "Imran Khan")."""
    words = [w.removesuffix("'s") for w in name.lower().replace("’", "'").split()]
    theirs = actor.name.lower().split()
    if not words or not theirs or words[-1] != theirs[-1]:
        return False
    return set(words) <= set(theirs) or set(theirs) <= set(words)


def _extent(subject: Token, cue: Token | None = None) -> Span:
    """The subject with everything hanging off it; when it precedes the cue, everything
    from its left edge up to the cue (a misparsed title still holds the name)."""
    doc = subject.doc
    hi = subject.right_edge.i + 1
    verb = cue if cue is not None else subject.head
    if verb.i > subject.i:
        hi = verb.i
    return doc[subject.left_edge.i : hi]


def _person_in(span: Span) -> Span | None:
    for ent in span.ents:
        if ent.label_ in _PERSONISH:
            return ent
    return None


def _proper_name(token: Token) -> str:
    """A proper noun with the proper nouns compounded before it ("Antoine Quirin")."""
    lo = token.i
    while lo > 0 and token.doc[lo - 1].pos_ == "PROPN" and token.doc[lo - 1].dep_ == "compound":
        lo -= 1
    return _clean_name(token.doc[lo : token.i + 1].text)


def _words() -> dict[str, frozenset[str]]:
    return load_speaker_words()


def _body_name(mention: Span) -> str:
    """A body's name as written, without a leading article ("The Emergencies Ministry"), and
    without a trailing channel noun after its name ("The Internal Revenue Service website")."""
    words = list(mention)
    if words and words[0].lower_ in ("the", "a", "an") and (words[0].is_lower or words[0].is_sent_start):
        words = words[1:]  # but "told The Verge": a capital article mid-sentence is part of the name
    if len(words) > 1 and words[-1].lower_ in _words()["vehicle"] and words[-1].is_lower and words[-2].pos_ == "PROPN":
        words = words[:-1]
    return _clean_name(mention.doc[words[0].i : words[-1].i + 1].text) if words else mention.text


def _clean_name(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _gender_of(name: Span) -> str | None:
    """"m" or "f" from a title before or inside a name ("Mrs", "King") or a common given name."""
    words = _words()
    doc = name.doc
    probes = [doc[name.start - 1]] if name.start > 0 else []
    probes += list(name[:2])
    for t in probes:
        w = t.lower_
        if w in words["male_title"]:
            return "m"
        if w in words["female_title"]:
            return "f"
    first = name[0].lower_
    if first in words["male_name"]:
        return "m"
    if first in words["female_name"]:
        return "f"
    return None


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PAIR_REACH = 1500  # characters: two people named together stay "they" for a few paragraphs
_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_GROUP_DETERMINERS = frozenset({"the", "both", "these", "those", "all"})


@dataclass
class _Known:
    speaker: Speaker
    position: int  # character offset where this speaker was named
    person: bool
    plural: bool = False
    gender: str | None = None
    body: bool = False  # an organisation: what "the company" or "its" may stand for
    pair: bool = False  # named people or bodies together: what "the defendants" may stand for

    def speaker_span(self, doc: Doc) -> Span | None:
        where = self.speaker.mention
        return doc.char_span(where.start, where.end) if where is not None else None


class SpeakerResolver:
    """Resolves cue subjects in reading order, remembering who has been named."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.known: list[_Known] = []
        self.quoted = list(quoted)
        self.genders: dict[str, str] = {}  # a name's gender learned from "he"/"she" resolved to it

    def remember(
        self, speaker: Speaker, position: int, person: bool, plural: bool = False,
        gender: str | None = None, body: bool = False, pair: bool = False,
    ) -> None:
        if speaker.name:
            self.known.append(_Known(speaker, position, person, plural, gender, body, pair))

    def _gender(self, name: str, span: Span | None = None) -> str | None:
        """Learned from a pronoun, else read off this mention, else off any mention of the name."""
        learned = self.genders.get(name.lower())
        if learned is not None:
            return learned
        if span is not None and len(span):
            found = _gender_of(span)
            if found is not None:
                return found
        words = set(name.lower().split())
        for ent in self.doc.ents:  # "Spanton" is a woman when "Emily Spanton" or "Mrs Spanton" is
            if ent.label_ in _PERSONISH and words and words <= set(_clean_name(ent.text).lower().split()):
                found = _gender_of(ent)
                if found is not None:
                    return found
        return None

    def _recent(self, before: int, want_person: bool) -> Speaker | None:
        for k in reversed(self.known):
            if k.position < before and (k.person or not want_person):
                return k.speaker
        return None

    def _recent_person_entity(self, before: int, gender: str | None = None) -> Span | None:
        """The latest person named as a subject (or a subject's possessor/apposition)
        before ``before``, outside quotation marks, not of the other gender."""
        best = None
        for ent in self.doc.ents:
            if ent.label_ not in _PERSONISH or ent.end_char > before or self._quoted(ent.start_char):
                continue
            root = ent.root
            role = root.dep_
            if role in ("poss", "appos", "compound"):
                role = root.head.dep_
            if role in ("nsubj", "nsubjpass") and not self._clashes(gender, _clean_name(ent.text), ent):
                best = ent
        return best

    def _clashes(self, gender: str | None, name: str, span: Span | None = None) -> bool:
        if gender is None:
            return False
        theirs = self._gender(name, span)
        return theirs is not None and theirs != gender

    def _quoted(self, char: int) -> bool:
        return any(lo <= char < hi for lo, hi in self.quoted)

    def from_actor(self, actor: Actor, mention: Span | None) -> Speaker:
        return Speaker(
            actor=actor.id,
            name=actor.name,
            code=actor.code,
            country=actor.country,
            sector=actor.sector,
            mention=TextSpan(mention.text, mention.start_char, mention.end_char) if mention is not None else None,
        )

    def resolve(self, subject: Token | Span, cue: Token | None = None) -> Speaker:
        """A Speaker for a cue's subject token (or an "according to" object span).

        A person the parser's NER names inside the subject outranks an actor-layer
        match that disagrees with it (a knowledge-base hit on a common surname)."""
        mention = subject if isinstance(subject, Span) else mention_of(subject)
        extent = mention if isinstance(subject, Span) else _extent(subject, cue)
        head = mention.root
        if head.lower_ in _PRONOUNS and len(mention) == 1:
            return self._pronoun(head, TextSpan(mention.text, mention.start_char, mention.end_char))
        if isinstance(subject, Token):
            group = conjuncts_of(subject)
            if len(group) > 1:
                return self._coordinated(group)
        person = _person_in(mention) or _person_in(extent)
        if person is not None:
            mention = person if not (mention.start <= person.start and person.end <= mention.end) else mention
            where = TextSpan(mention.text, mention.start_char, mention.end_char)
            actor = _actor_at(person)
            if actor is not None and actor.kind == "person" and _same_surname(actor, person.text):
                speaker = self.from_actor(actor, mention)
            else:
                speaker = Speaker(name=_clean_name(person.text), mention=where)
            self.remember(speaker, mention.start_char, True, gender=self._gender(speaker.name or "", person))
            return speaker
        where = TextSpan(mention.text, mention.start_char, mention.end_char)
        if head.lower_ in _words()["vehicle"] and not head.ent_type_:
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in _POSSESSIVES), None)
            if owner is not None:  # "the court's summary" speaks for the court
                return replace(self.resolve(owner), mention=where)
            if mention[0].lower_ in ("the", "this", "that"):
                author = self._author_of(head)
                if author is not None:  # "Ford said in a filing ..." ... "according to the filing"
                    return replace(self.resolve(author), mention=where)
        possessed = self._possessed(mention, where)
        if possessed is not None:
            return possessed
        actor = _actor_at([head] + [t for t in mention if t.dep_ == "compound" and t.head is head])
        if actor is not None:
            speaker = self.from_actor(actor, mention)
            is_place = head.ent_type_ in ("GPE", "NORP", "LOC")
            if actor.kind != "person" and not is_place and actor.name.lower() not in mention.text.lower():
                # "the Emergencies Ministry" coded as RUSGOV: keep the state's codes, name the body
                earlier = self._described(mention) if self._is_description(mention) else None
                speaker = replace(speaker, name=earlier.name if earlier is not None and earlier.name else _body_name(mention))
            self.remember(speaker, mention.start_char, actor.kind == "person", body=actor.kind != "person" and not is_place)
            return speaker
        if self._is_description(mention):
            earlier = self._described(mention)
            if earlier is None and head.lower_ in _words()["body"]:
                earlier = self._body_before(mention.start_char, head.lower_)
            if earlier is not None:
                return Speaker(earlier.actor, earlier.name, earlier.code, earlier.country, earlier.sector, where)
            speaker = Speaker(name=_clean_name(mention.text), mention=where)
            self.remember(speaker, mention.start_char, True)  # "the head of ...": a "she" may follow
            return speaker
        if self._is_group(mention):
            group = self._group_before(mention.start_char, named=True)
            if group is not None:
                speaker = replace(group, mention=where)
                self.remember(speaker, mention.start_char, False, plural=True, pair=True)  # a chain
                return speaker
        spelled = self._spelled_out(mention) if head.pos_ == "PROPN" else None
        if spelled is not None:
            speaker = Speaker(name=spelled, mention=where)
            self.remember(speaker, mention.start_char, False, body=True)
            return speaker
        if head.pos_ == "PROPN" and mention[0].pos_ == "PROPN":
            fuller = self._fuller_name(mention)
            if fuller is not None:
                speaker = Speaker(name=_clean_name(fuller.text), mention=where)
                self.remember(speaker, mention.start_char, fuller.label_ in _PERSONISH)
                return speaker
        owned = head.lower_ in _words()["vehicle"] and len(mention) > 1 and mention[-2].pos_ == "PROPN"
        speaker = Speaker(name=_body_name(mention) if head.pos_ == "PROPN" or owned else _clean_name(mention.text), mention=where)
        named = any(t.ent_type_ in _NAMED for t in mention) or head.pos_ == "PROPN"
        if named:
            self.remember(speaker, mention.start_char, False, body=head.ent_type_ == "ORG")
        elif head.tag_ == "NNS" and head.lower_ not in _words()["vehicle"]:
            self.remember(speaker, mention.start_char, False, plural=True)  # "officials", "residents"
        return speaker

    # ------------------------------------------------------------ groups and bodies
    def _conjunct_name(self, token: Token) -> tuple[str, bool]:
        part = mention_of(token)
        person = _person_in(part)
        if person is not None:
            return _clean_name(person.text), True
        return _body_name(part), False

    def _coordinated(self, group: list[Token]) -> Speaker:
        """"The Investigative Committee and the FSB said": one speaker naming both."""
        doc = self.doc
        names = [self._conjunct_name(t) for t in group]
        first, last = mention_of(group[0]), mention_of(group[-1])
        span = doc[first.start : max(last.end, first.end)]
        actors = [_actor_at(mention_of(t)) for t in group]
        countries = {a.country for a in actors if a is not None}
        shared = countries.pop() if len(countries) == 1 and all(a is not None for a in actors) else None
        speaker = Speaker(
            name=" and ".join(n for n, _ in names),
            country=shared,  # two bodies of one state keep that state
            mention=TextSpan(span.text, span.start_char, span.end_char),
        )
        people = all(person for _, person in names)
        self.remember(speaker, span.start_char, False, plural=True, body=not people, pair=people)
        return speaker

    def _is_group(self, mention: Span) -> bool:
        """"the defendants", "both officers": plural people the text named before."""
        head = mention.root
        if head.lower_ in _words()["generic"]:
            return False  # "the media", "the sources": unnamed sources, kept as written
        return head.tag_ == "NNS" and not head.ent_type_ and mention[0].lower_ in _GROUP_DETERMINERS

    def _group_before(self, before: int, named: bool = False) -> Speaker | None:
        """The latest plural speaker (only names given together when ``named``), or two
        people named together ("officers A and B"), before ``before`` -- whichever came last."""
        best: tuple[int, Speaker] | None = None
        for k in self.known:
            if k.plural and (k.pair or not named) and k.position < before and (best is None or k.position > best[0]):
                best = (k.position, k.speaker)
        for token in self.doc:
            if token.idx >= before:
                break
            if token.pos_ != "PROPN" or token.dep_ == "compound" or self._quoted(token.idx):
                continue
            if token.idx < before - _PAIR_REACH:
                continue
            partner = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            if partner is None or partner.idx >= before or not self._two_people(token, partner):
                continue
            if best is None or token.idx > best[0]:
                name = f"{_proper_name(token)} and {_proper_name(partner)}"
                best = (token.idx, Speaker(name=name))
        return best[1] if best is not None else None

    def _two_people(self, a: Token, b: Token) -> bool:
        """Both tagged as people, or both written as given name + surname with the second a
        person (the tagger often calls "Antoine Quirin" an organisation)."""
        if a.ent_type_ == "PERSON" and b.ent_type_ == "PERSON":
            return True
        if b.ent_type_ != "PERSON" or a.ent_type_ not in ("", "ORG") or self._institution(a):
            return False
        return len(_proper_name(a).split()) >= 2 and len(_proper_name(b).split()) >= 2

    def _institution(self, token: Token) -> bool:
        """A name that is a body ("Stellenbosch University"), not a person."""
        ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
        words = list(ent) if ent is not None else [token] + [c for c in token.children if c.dep_ == "compound"]
        return any(w.lower_ in _words()["institution"] for w in words)

    def _body_before(self, before: int, noun: str = "") -> Speaker | None:
        """"the company", "the website": the latest organisation named as a speaker or subject."""
        best: tuple[int, Speaker] | None = None
        for k in self.known:
            if k.body and not k.plural and k.position < before and self._fits(noun, k.speaker.name):
                best = (k.position, k.speaker)
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent.end_char > before or self._quoted(ent.start_char):
                continue
            if not self._fits(noun, ent.text):
                continue
            if ent.root.dep_ in ("nsubj", "nsubjpass") and (best is None or ent.start_char > best[0]):
                best = (ent.start_char, Speaker(name=_body_name(ent)))
        return best[1] if best is not None else None

    def _fits(self, noun: str, name: str | None) -> bool:
        """"the company" may be "Nordvik Shipping" but not "the Department of Forestry"."""
        kinds = {w for w in (name or "").lower().split() if w in _words()["institution"]}
        return not noun or not kinds or noun in kinds

    def _author_of(self, noun: Token) -> Token | None:
        """Who wrote the document a definite "the filing" points back to: the subject of the
        verb that had it as object earlier ("Ford said in a filing", "X issued a statement")."""
        author = None
        for t in self.doc[: noun.i]:
            if t.lower_ != noun.lower_ or self._quoted(t.idx):
                continue
            verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" else None
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not c.lower_.endswith(("self", "selves"))),
                None,
            )
            if subject is not None and subject.lower_ not in _PRONOUNS and subject.tag_ not in ("WDT", "WP"):
                author = subject
        return author

    def _cataphor(self, pronoun: Token, mention: Span) -> tuple[Speaker, bool] | None:
        """"According to his publicist, Mendez died ...": a possessive in a phrase fronted
        before the sentence's subject points ahead to that subject when it is a person."""
        root = mention.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > mention.end), None)
        if subject is None or subject.pos_ != "PROPN" or mention.root.head.i > subject.i and mention.root.head is not root:
            return None
        if pronoun.lower_ not in ("his", "her") or self._quoted(subject.idx):
            return None
        if self._institution(subject):
            return None
        ent = next((e for e in self.doc.ents if e.start <= subject.i < e.end), None)
        name = self._full_person_name(ent, _PRONOUN_GENDER.get(pronoun.lower_)) if ent is not None else _proper_name(subject)
        known_person = ent is not None and name != _clean_name(ent.text)  # a surname of a person named before
        if subject.ent_type_ not in ("PERSON", "", "GPE", "NORP") and not known_person:
            return None  # (the tagger often takes a surname for a place or a body)
        if self._clashes(_PRONOUN_GENDER.get(pronoun.lower_), name, ent):
            return None
        return Speaker(name=name), True

    def _possessed(self, mention: Span, where: TextSpan) -> Speaker | None:
        """"his publicist", "its source": named through their owner ("Tony Mendez's
        publicist"; an organisation's without the possessive, "Znak.com source")."""
        first = mention[0]
        if len(mention) < 2 or first.lower_ not in ("his", "her", "its", "their") or mention.root.ent_type_:
            return None
        if self._is_description(mention):
            earlier = self._described(mention)
            if earlier is not None:
                return Speaker(earlier.actor, earlier.name, earlier.code, earlier.country, earlier.sector, where)
        owner, person = self._cataphor(first, mention) or self._antecedent(first)
        if owner is None or not owner.name:
            return None
        if mention.root.lower_ in _words()["vehicle"]:  # "its website", "her memoirs": the owner speaks
            return Speaker(owner.actor, owner.name, owner.code, owner.country, owner.sector, where)
        rest = mention.doc[first.i + 1 : mention.end].text
        name = f"{owner.name}'s {rest}" if person else f"{owner.name} {rest}"
        return Speaker(name=name, country=owner.country, mention=where)

    # ------------------------------------------------------------ descriptions and names
    def _full_person_name(self, ent: Span, gender: str | None) -> str:
        """A bare surname's full name: the first person named earlier with that surname and
        not of the other gender ("Baker" -> "Ginger Baker", not his daughter "Nettie Baker")."""
        name = _clean_name(ent.text)
        if len(name.split()) > 1:
            return name
        for other in self.doc.ents:
            if other.start_char >= ent.start_char:
                break
            words = _clean_name(other.text).split()
            if other.label_ in _PERSONISH and len(words) > 1 and words[-1] == name:
                if not self._clashes(gender, _clean_name(other.text), other):
                    return _clean_name(other.text)
        return name

    def _spelled_out(self, mention: Span) -> str | None:
        """An acronym's name as first written with it: "FSB" -> "Federal Security Service (FSB)"."""
        acronym = _clean_name(mention[-1].text if mention[0].lower_ == "the" else mention.text)
        if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
            return None
        found = re.search(
            r"((?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|on|the)\s+)*)+)\(" + re.escape(acronym) + r"\)",
            self.doc.text[: mention.start_char],
        )
        if found is None:
            return None
        words = found.group(1).split()
        while words and words[0].lower() in ("the", "of", "for", "and", "on"):
            words = words[1:]
        return f"{' '.join(words)} ({acronym})" if words else None

    def _fuller_name(self, mention: Span) -> Span | None:
        """The longest earlier form of a short name ("Ford" -> "Ford Motor Company")."""
        words = mention.text.split()
        best = None
        for ent in self.doc.ents:
            if ent.start_char >= mention.start_char or ent.label_ not in _NAMED or self._quoted(ent.start_char):
                continue
            ew = ent.text.split()
            if len(ew) > len(words) and (ew[: len(words)] == words or ew[-len(words) :] == words):
                if best is None or len(ent.text) > len(best.text):
                    best = ent
        return best

    def _described(self, mention: Span) -> Speaker | None:
        """The latest named speaker introduced with the description's head word
        ("the commissioner" after "trade commissioner Albert Muchanga")."""
        word = mention.root.lower_
        for k in reversed(self.known):
            where = k.speaker.mention
            if k.position < mention.start_char and where is not None and word in where.text.lower().split():
                return k.speaker
        for ent in self.doc.ents:
            if ent.end_char <= mention.start_char and ent.label_ in _NAMED and word in ent.text.lower().split():
                return Speaker(name=_clean_name(ent.text))
        for ent in self.doc.ents:  # "his daughter Nettie Baker" ... "his daughter said"
            if ent.end_char <= mention.start_char and ent.label_ in _PERSONISH and ent.start > 0:
                if self.doc[ent.start - 1].lower_ == word and not self._quoted(ent.start_char):
                    return Speaker(name=_clean_name(ent.text))
        return None

    def _is_description(self, mention: Span) -> bool:
        """"the Russian top diplomat", "his counterpart": definite, singular, unnamed."""
        head = mention.root
        if head.tag_ != "NN" or head.ent_type_ or any(t.pos_ == "PROPN" for t in mention):
            return False
        return mention[0].lower_ in _DEFINITE

    def _antecedent(self, pronoun: Token) -> tuple[Speaker | None, bool]:
        """Who a pronoun stands for, and whether that is a person: for "he"/"she" the latest
        named speaker or subject person of that gender, whichever came last; for "they"
        a group named before when there is one; for "it" the latest body."""
        word = pronoun.lower_
        gender = _PRONOUN_GENDER.get(word)
        personal = word in ("he", "she", "i", "him", "her", "his")
        if word in _PLURAL_PRONOUNS:
            group = self._group_before(pronoun.idx)
            if group is not None:
                return group, False
        if word in ("it", "its"):
            body = self._body_before(pronoun.idx)
            if body is not None:
                return body, False
        earlier = None
        for k in reversed(self.known):
            if k.plural and word not in _PLURAL_PRONOUNS:
                continue  # "it", "he", "we" never stand for "officials"
            if k.position < pronoun.idx and (k.person or not personal):
                if personal and self._clashes(gender, k.speaker.name or "", k.speaker_span(self.doc)):
                    continue
                earlier = k
                break
        ent = self._recent_person_entity(pronoun.idx, gender) if personal else None
        if ent is not None and (earlier is None or ent.start_char > earlier.position):
            actor = _actor_at(ent)
            if actor is not None and actor.kind == "person" and _same_surname(actor, ent.text):
                if not self._clashes(gender, actor.name):
                    return self.from_actor(actor, None), True
            return Speaker(name=self._full_person_name(ent, gender)), True
        if earlier is not None:
            return earlier.speaker, earlier.person
        if personal:
            name = self._proper_subject_before(pronoun.idx, gender)
            if name is not None:
                return Speaker(name=name), True
        return None, False

    def _proper_subject_before(self, before: int, gender: str | None) -> str | None:
        """Last resort for "he"/"she": the latest proper-noun subject the parser did not tag
        as a place or a body ("Quirin denied ...; ... he claimed")."""
        for token in reversed([t for t in self.doc if t.idx < before]):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN" or self._quoted(token.idx):
                continue
            if token.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"):
                continue
            name = _proper_name(token)
            if not self._clashes(gender, name):
                return name
        return None

    def _pronoun(self, pronoun: Token, where: TextSpan) -> Speaker:
        """A pronoun subject's speaker (see ``_antecedent``); the actor layer's reading when
        there is no such earlier speaker. (On the dev set the speaker-salience reading was
        right more often than plain coreference.)"""
        found, _ = self._antecedent(pronoun)
        if found is not None:
            gender = _PRONOUN_GENDER.get(pronoun.lower_)
            if gender and found.name and self._gender(found.name) is None:
                self.genders[found.name.lower()] = gender
            return Speaker(found.actor, found.name, found.code, found.country, found.sector, where)
        layer = _actor_at([pronoun])
        if layer is not None:
            return self.from_actor(layer, pronoun.doc[pronoun.i : pronoun.i + 1])
        return Speaker(mention=where)
