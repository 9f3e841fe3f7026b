"""Turn the subject of a reporting cue into a Speaker.

Order of trust: the actor layer (``doc._.token_actor``, which includes its coreference),
then a person named inside the subject, then, for a pronoun or a definite description
the actor layer left open, the most recent named speaker (or person) before it; last,
the subject's own words.
"""
from __future__ import annotations

from dataclasses import dataclass

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


def _actor_for(span: Span) -> Actor | None:
    index = span.doc._.token_actor or {}
    root = span.root
    ids = [index.get(root.i)] + [index.get(t.i) for t in span]
    actors = [a for a in (actor_by_id(span.doc, i) for i in ids if i) if a is not None]
    if not actors:
        return None
    people = [a for a in actors if a.kind == "person"]
    return people[0] if people and actors[0].kind != "person" and span.root.ent_type_ == "PERSON" else actors[0]


def _person_in(span: Span) -> Span | None:
    for ent in span.ents:
        if ent.label_ in _PERSONISH:
            return ent
    return None


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

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.known: list[_Known] = []

    def remember(self, speaker: Speaker, position: int, person: bool) -> None:
        if speaker.name:
            self.known.append(_Known(speaker, position, person))

    def _recent(self, before: int, want_person: bool) -> Speaker | None:
        for k in reversed(self.known):
            if k.position < before and (k.person or not want_person):
                return k.speaker
        return None

    def _recent_person_entity(self, before: int) -> Span | None:
        best = None
        for ent in self.doc.ents:
            if ent.label_ in _PERSONISH and ent.end_char <= before:
                best = ent
        return best

    def from_actor(self, actor: Actor, mention: Span | None) -> Speaker:
        return Speaker(
            actor=actor.id,
            name=actor.name,
            code=actor.code,
            country=actor.country,
            sector=actor.sector,
            mention=TextSpan(mention.text, mention.start_char, mention.end_char) if mention is not None else None,
        )

    def resolve(self, subject: Token | Span) -> Speaker:
        """A Speaker for a cue's subject token (or an "according to" object span)."""
        mention = subject if isinstance(subject, Span) else mention_of(subject)
        where = TextSpan(mention.text, mention.start_char, mention.end_char)
        actor = _actor_for(mention)
        if actor is not None:
            speaker = self.from_actor(actor, mention)
            self.remember(speaker, mention.start_char, actor.kind == "person")
            return speaker
        head = mention.root
        if head.lower_ in _PRONOUNS and len(mention) == 1:
            return self._pronoun(head, where)
        person = _person_in(mention)
        if person is not None:
            speaker = Speaker(name=_clean_name(person.text), mention=where)
            self.remember(speaker, mention.start_char, True)
            return speaker
        if self._is_description(mention):
            earlier = self._recent(mention.start_char, want_person=False)
            if earlier is not None:
                return Speaker(earlier.actor, earlier.name, earlier.code, earlier.country, earlier.sector, where)
        speaker = Speaker(name=_clean_name(mention.text), mention=where)
        named = any(t.ent_type_ in _NAMED for t in mention) or head.pos_ == "PROPN"
        if named:
            self.remember(speaker, mention.start_char, False)
        return speaker

    def _is_description(self, mention: Span) -> bool:
        """"the Russian top diplomat", "his counterpart": definite, singular, unnamed."""
        head = mention.root
        if head.tag_ != "NN" or head.ent_type_:
            return False
        return mention[0].lower_ in _DEFINITE

    def _pronoun(self, pronoun: Token, where: TextSpan) -> Speaker:
        earlier = self._recent(pronoun.idx, want_person=pronoun.lower_ in ("he", "she", "i"))
        if earlier is None:
            ent = self._recent_person_entity(pronoun.idx)
            if ent is not None:
                return Speaker(name=_clean_name(ent.text), mention=where)
            return Speaker(mention=where)
        return Speaker(earlier.actor, earlier.name, earlier.code, earlier.country, earlier.sector, where)
