"""The Doc attributes communique's components read and write.

Components communicate only through these:

- ``doc._.article``      the structured :class:`~communique.records.Article` the Doc was made from
- ``doc._.ref_date``     the article's reference date (publication date, else dateline date)
- ``doc._.actors``       list of :class:`~communique.records.Actor`, set by the actor component
- ``doc._.token_actor``  dict token index -> actor id, for every token inside a resolved mention
- ``doc._.quotes``       list of :class:`~communique.records.Quote`, set by the quote component
- ``doc._.events``       list of :class:`~communique.records.Event`, set by the event component
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.records import Actor

_DOC_ATTRS = ("article", "ref_date", "actors", "token_actor", "quotes", "events")


def register_extensions() -> None:
    """Idempotent: safe to call from every component module."""
    for name in _DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def actor_by_id(doc: Doc, actor_id: str | None) -> Actor | None:
    if actor_id is None:
        return None
    for actor in doc._.actors or ():
        if actor.id == actor_id:
            return actor
    return None


def actor_of_token(token: Token) -> Actor | None:
    """The resolved actor whose mention covers ``token``, if any."""
    index = token.doc._.token_actor or {}
    return actor_by_id(token.doc, index.get(token.i))


def actors_in(span: Span) -> list[Actor]:
    """Distinct actors mentioned inside ``span``, in order of first mention."""
    index = span.doc._.token_actor or {}
    seen: dict[str, None] = {}
    for token in span:
        actor_id = index.get(token.i)
        if actor_id is not None:
            seen.setdefault(actor_id)
    return [a for a in (actor_by_id(span.doc, i) for i in seen) if a is not None]


register_extensions()
