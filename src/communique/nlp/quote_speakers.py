"""Turn the subject of a reporting cue into a Speaker.

Order of trust: the actor layer (``doc._.token_actor``, which includes its coreference),
then a person named inside the subject, then, for a pronoun or a definite description
the actor layer left open, the most recent named speaker (or person) before it; last,
the subject's own words.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from communique.nlp.extensions import actor_by_id
from communique.records import Actor, Speaker, TextSpan

__all__ = ["mention_of", "SpeakerResolver"]

_KEEP_RIGHT = ("compound", "flat", "nummod", "poss", "case")
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "you"})
_DEFINITE = frozenset({"the", "his", "her", "its", "their", "this", "that"})
_PERSONISH = ("PERSON",)
_NAMED = ("PERSON", "ORG", "GPE", "NORP")


def mention_of(subject: Token) -> Span:
    """The words naming the speaker: the subject phrase without relative clauses or
    trailing asides; an appositive person name wins over the title it explains
    ("The Vice President, Mike Pence" -> "Mike Pence")."""
    doc = subject.doc
    for child in subject.children:
        if child.dep_ == "appos" and child.ent_type_ in _PERSONISH and subject.ent_type_ not in _PERSONISH:
            subject = child
            break
    lo = subject.left_edge.i
    # never reach back across a comma or a quote mark inside the subject's left side
    for t in doc[lo : subject.i]:
        if t.is_punct and t.text in {",", '"', "“", "”", "(", ")"}:
            lo = t.i + 1
    hi = subject.i + 1
    for child in subject.rights:
        if child.dep_ in _KEEP_RIGHT or (child.dep_ == "prep" and child.lower_ == "of"):
            if any(t.is_punct and t.text == "," for t in doc[hi : child.i]):
                break
            hi = max(hi, child.right_edge.i + 1)
        else:
            break
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return doc[lo:hi]


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


def _body_name(mention: Span) -> str:
    """A body's name as written, without a leading article ("The Emergencies Ministry")."""
    words = list(mention)
    if words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return _clean_name(mention.doc[words[0].i : words[-1].i + 1].text) if words else mention.text


def _clean_name(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


@dataclass
class _Known:
    speaker: Speaker
    position: int  # character offset where this speaker was named
    person: bool


class SpeakerResolver:
    """Resolves cue subjects in reading order, remembering who has been named."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.known: list[_Known] = []
        self.quoted = list(quoted)

    def remember(self, speaker: Speaker, position: int, person: bool) -> None:
        if speaker.name:
            self.known.append(_Known(speaker, position, person))

    def _recent(self, before: int, want_person: bool) -> Speaker | None:
        for k in reversed(self.known):
            if k.position < before and (k.person or not want_person):
                return k.speaker
        return None

    def _recent_person_entity(self, before: int) -> Span | None:
        """The latest person named as a subject (or a subject's possessor/apposition)
        before ``before``, outside quotation marks."""
        best = None
        for ent in self.doc.ents:
            if ent.label_ not in _PERSONISH or ent.end_char > before or self._quoted(ent.start_char):
                continue
            root = ent.root
            role = root.dep_
            if role in ("poss", "appos", "compound"):
                role = root.head.dep_
            if role in ("nsubj", "nsubjpass"):
                best = ent
        return best

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
        person = _person_in(mention) or _person_in(extent)
        if person is not None:
            mention = person if not (mention.start <= person.start and person.end <= mention.end) else mention
            where = TextSpan(mention.text, mention.start_char, mention.end_char)
            actor = _actor_at(person)
            if actor is not None and actor.kind == "person" and _same_surname(actor, person.text):
                speaker = self.from_actor(actor, mention)
            else:
                speaker = Speaker(name=_clean_name(person.text), mention=where)
            self.remember(speaker, mention.start_char, True)
            return speaker
        where = TextSpan(mention.text, mention.start_char, mention.end_char)
        actor = _actor_at([head] + [t for t in mention if t.dep_ == "compound" and t.head is head])
        if actor is not None:
            speaker = self.from_actor(actor, mention)
            is_place = head.ent_type_ in ("GPE", "NORP", "LOC")
            if actor.kind != "person" and not is_place and actor.name.lower() not in mention.text.lower():
                # "the Emergencies Ministry" coded as RUSGOV: keep the state's codes, name the body
                speaker = replace(speaker, name=_body_name(mention))
            self.remember(speaker, mention.start_char, actor.kind == "person")
            return speaker
        if self._is_description(mention):
            earlier = self._described(mention)
            if earlier is not None:
                return Speaker(earlier.actor, earlier.name, earlier.code, earlier.country, earlier.sector, where)
            speaker = Speaker(name=_clean_name(mention.text), mention=where)
            self.remember(speaker, mention.start_char, True)  # "the head of ...": a "she" may follow
            return speaker
        if head.pos_ == "PROPN" and mention[0].pos_ == "PROPN":
            fuller = self._fuller_name(mention)
            if fuller is not None:
                speaker = Speaker(name=_clean_name(fuller.text), mention=where)
                self.remember(speaker, mention.start_char, fuller.label_ in _PERSONISH)
                return speaker
        speaker = Speaker(name=_clean_name(mention.text), mention=where)
        named = any(t.ent_type_ in _NAMED for t in mention) or head.pos_ == "PROPN"
        if named:
            self.remember(speaker, mention.start_char, False)
        return speaker

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
        return None

    def _is_description(self, mention: Span) -> bool:
        """"the Russian top diplomat", "his counterpart": definite, singular, unnamed."""
        head = mention.root
        if head.tag_ != "NN" or head.ent_type_:
            return False
        return mention[0].lower_ in _DEFINITE

    def _pronoun(self, pronoun: Token, where: TextSpan) -> Speaker:
        """The latest named speaker or subject person, whichever came last; the actor
        layer's reading when it agrees or when there is no such person. (On the dev set
        the speaker-salience reading was right more often than plain coreference.)"""
        layer = _actor_at([pronoun])
        personal = pronoun.lower_ in ("he", "she", "i", "him", "her")
        earlier = None
        for k in reversed(self.known):
            if k.position < pronoun.idx and (k.person or not personal):
                earlier = k
                break
        ent = self._recent_person_entity(pronoun.idx) if personal else None
        if ent is not None and (earlier is None or ent.start_char > earlier.position):
            actor = _actor_at(ent)
            if actor is not None and actor.kind == "person" and _same_surname(actor, ent.text):
                return self.from_actor(actor, pronoun.doc[pronoun.i : pronoun.i + 1])
            return Speaker(name=_clean_name(ent.text), mention=where)
        if earlier is not None:
            e = earlier.speaker
            return Speaker(e.actor, e.name, e.code, e.country, e.sector, where)
        if layer is not None:
            return self.from_actor(layer, pronoun.doc[pronoun.i : pronoun.i + 1])
        return Speaker(mention=where)
