"""The actors component: every mention of a state, government, official or IGO, resolved.

Per Doc: the KB matcher (built once per process) finds names, roles and descriptions; the
mention finder turns them, the statistical NER and the parse into non-overlapping
candidates; the resolver (nlp/coref.py) decides who each one is on ``doc._.ref_date``.
Mentions of one identity become one :class:`~communique.records.Actor`, numbered a1, a2, ...
in order of first mention. ``doc._.token_actor`` maps every token of a mention, and every
resolved personal pronoun, to its actor id; pronouns are not listed in ``Actor.mentions``.
"""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from communique.kb.loader import KnowledgeBase, load_kb
from communique.nlp.actor_matcher import KBMatcher
from communique.nlp.actor_mentions import MentionFinder
from communique.nlp.actor_words import actor_words
from communique.nlp.coref import PRONOUNS_KEY, Resolved, Resolver, resolve_pronoun  # noqa: F401  (public helper)
from communique.nlp.extensions import register_extensions
from communique.records import Actor, TextSpan

register_extensions()


class ActorResolver:
    """Callable component; holds the matcher and resolver built once for one KB."""

    def __init__(self, nlp: Language, kb: KnowledgeBase):
        self.kb = kb
        self.matcher = KBMatcher(nlp, kb)
        self.finder = MentionFinder(kb, actor_words())
        self.resolver = Resolver(kb)

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.ref_date if isinstance(doc._.ref_date, date) else None
        pieces = self.matcher.pieces(doc)
        candidates = self.finder.find(doc, pieces, day)
        resolved = self.resolver.resolve(doc, candidates, day)
        doc._.actors, doc._.token_actor = collect_actors(doc, resolved)
        doc.user_data[PRONOUNS_KEY] = pronoun_index(doc, resolved, self.resolver.possessives)
        return doc


def pronoun_index(doc: Doc, resolved: list[Resolved], possessives: dict) -> dict[int, str]:
    """Token index of each resolved personal pronoun -> actor id (for ``resolve_pronoun``)."""
    ids = {}
    for r in resolved:
        if r.candidate.kind != "pronoun":
            actor_id = doc._.token_actor.get(r.candidate.start)
            if actor_id is not None:
                ids[r.identity.key] = actor_id
    out = {r.candidate.start: ids[r.identity.key] for r in resolved
           if r.candidate.kind == "pronoun" and r.identity.key in ids}
    out.update({i: ids[identity.key] for i, identity in possessives.items() if identity.key in ids})
    return out


def collect_actors(doc: Doc, resolved: list[Resolved]) -> tuple[list[Actor], dict[int, str]]:
    """Group resolved mentions by identity into Actors; index their tokens."""
    order: list[str] = []
    mentions: dict[str, list[TextSpan]] = {}
    identities = {}
    token_actor: dict[int, str] = {}
    ids: dict[str, str] = {}
    for r in sorted(resolved, key=lambda r: r.candidate.start):
        key = r.identity.key
        if key not in ids:
            if r.candidate.kind == "pronoun":
                continue  # a pronoun alone does not make an actor
            ids[key] = f"a{len(ids) + 1}"
            order.append(key)
            mentions[key] = []
            identities[key] = r.identity
        span = doc[r.candidate.start:r.candidate.end]
        for i in range(span.start, span.end):
            token_actor[i] = ids[key]
        if r.candidate.kind != "pronoun":
            mentions[key].append(TextSpan(span.text, span.start_char, span.end_char))
    actors = []
    for key in order:
        i = identities[key]
        actors.append(Actor(id=ids[key], name=i.name, code=i.code, country=i.country, sector=i.sector, role=i.role,
                            kind=i.kind, kb_id=i.kb_id, mentions=tuple(mentions[key])))
    return actors, token_actor


@Language.factory("communique_actors", assigns=["doc._.actors", "doc._.token_actor"],
                  requires=["token.dep", "doc.ents"], default_config={"kb_dir": None})
def make_actors(nlp: Language, name: str, kb_dir: str | None) -> ActorResolver:
    """Factory: the KB is the built-in data plus the user layer (``kb_dir`` or $COMMUNIQUE_KB_DIR)."""
    return ActorResolver(nlp, load_kb(kb_dir))
