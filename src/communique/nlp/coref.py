"""Within-article coreference for actors: who each surname, title, description and pronoun is.

Mentions that name their actor outright (full names, states, capitals, IGOs, descriptions
with a name) are resolved first; the rest are then read in text order and point at those:

- a bare surname -> the person of that surname named in the article (before, else after),
  else the one person of that surname in office on the article's date;
- "the Russian foreign minister" -> a person of that role and country named in the article,
  else the KB holder on the date;
- "the top diplomat", "the minister" -> the latest person with a compatible role (the
  standfirst looks at the headline first), else the first one after;
- "his Japanese counterpart" -> the holder, in Japan, of the role of the person "his" is;
- "the ministry" -> a government named in this or the previous sentence, else the home
  government (the dateline's country, when the story is mostly about it), else the latest
  actor with a country that is not a named non-state group (an "according to CNN" does not
  make "the army" American, nor "Hamas fired" the army Palestinian);
- "the Russian leader" -> the named head of state or government (generic roles, see
  kb/data/mention_words.yaml), else the KB holder;
- "the rebels", "the militants" -> a named armed group (groups.tsv) in this or the previous
  sentence, else no one;
- he/she/his/her -> a person earlier in the same sentence outside quotes, else the subject of
  the nearest earlier sentence that has a person, else the latest person; people whose
  title ("Ms", "spokesman") or earlier pronoun says otherwise are skipped.

Officials described without a country ("presidential aide X") take the home country.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from communique.kb.loader import KnowledgeBase, norm_name
from communique.kb.model import Person
from communique.nlp.actor_mentions import Candidate, quoted_tokens
from communique.nlp.actor_words import actor_words
from communique.nlp.extensions import actor_by_id
from communique.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ANCHORED = frozenset({"person", "named", "state", "gov", "igo", "org", "group"})


@dataclass(frozen=True, slots=True)
class Identity:
    """What a mention refers to; mentions with the same ``key`` become one Actor."""

    key: str
    name: str
    code: str
    country: str | None
    sector: str | None
    role: str | None
    kind: str
    kb_id: str | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    candidate: Candidate
    identity: Identity


class Resolver:
    """Resolves one Doc's candidates against the KB on the article's date."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    # ---------------------------------------------------------------- identities
    def person(self, person: Person, day: date | None) -> Identity:
        aff = self.kb.affiliation(person, day)
        if person.kind == "state" and aff.country:  # imported country entries
            return self.state(aff.country) if len(aff.code) == 3 else self.government(aff.country, aff.code[3:6])
        if person.kind == "igo" and aff.code.startswith("IGO"):
            if aff.code in self.kb.igos:
                return self.igo(aff.code)
            return Identity(key=aff.code, name=person.name, code=aff.code, country=None, sector="IGO", role=None,
                            kind="igo", kb_id=person.id)
        return Identity(key=f"person:{person.id}", name=person.name, code=aff.code, country=aff.country,
                        sector=aff.sector, role=aff.role, kind=person.kind, kb_id=person.id)

    def state(self, code: str) -> Identity:
        if code.startswith("IGO"):
            return self.igo(code)
        c = self.kb.countries.get(code)
        return Identity(key=code, name=c.name if c else code, code=code, country=code, sector=None, role=None,
                        kind="state", kb_id=code)

    def government(self, code: str, sector: str = "GOV") -> Identity:
        if code.startswith("IGO"):
            return self.igo(code)
        c = self.kb.countries.get(code)
        return Identity(key=f"{code}{sector}", name=c.name if c else code, code=f"{code}{sector}", country=code,
                        sector=sector, role=None, kind="state", kb_id=code)

    def igo(self, code: str) -> Identity:
        g = self.kb.igos.get(code)
        return Identity(key=code, name=g.name if g else code, code=code, country=None, sector="IGO", role=None,
                        kind="igo", kb_id=code)

    def org(self, code: str) -> Identity:
        """A named group of groups.tsv: its own code, home state, sector and kind."""
        g = self.kb.groups[code]
        return Identity(key=code, name=g.name, code=g.code, country=g.country, sector=g.sector, role=None,
                        kind=g.actor_kind, kb_id=code)

    def org_person(self, c: Candidate) -> Identity:
        """Someone described by a named group and a title ("CIA director", "Hamas leader X"):
        the group's code, country and sector, unless the KB knows the person."""
        if c.person_ids:
            return self.person(self._best_person(c.person_ids, c), self._day)
        g = self.kb.groups[c.extra["org"]]
        if c.name:
            key, name = f"name:{norm_name(c.name)}", c.name
        else:
            label = self._doc[c.start:c.end].text
            first = label.split(" ", 1)
            name = first[1] if len(first) == 2 and first[0].lower() in ("the", "a", "an") else label
            key = f"desc:{g.code}:{c.role or c.title}"
        return Identity(key=key, name=name, code=g.code, country=g.country, sector=g.sector, role=c.role,
                        kind="person")

    def unknown(self, name: str, country: str | None, role: str | None, key: str | None = None) -> Identity:
        """Someone the KB does not know: code from what the text says about them."""
        r = self.kb.roles.get(role) if role else None
        sector = r.sector if r else None
        if country and country.startswith("IGO"):
            code, country, sector = country, None, "IGO"
        else:
            code = f"{country or '---'}{sector or ''}"
        return Identity(key=key or f"name:{norm_name(name)}", name=name, code=code, country=country,
                        sector=sector, role=role, kind="person")

    # ---------------------------------------------------------------- the pass
    def resolve(self, doc: Doc, candidates: list[Candidate], day: date | None) -> list[Resolved]:
        self._doc, self._day = doc, day
        self._quoted = quoted_tokens(doc)
        self._home = None
        self._done: dict[int, Resolved] = {}  # candidate start -> resolution
        self.possessives: dict[int, Identity] = {}  # "his" inside "his Japanese counterpart" -> whose
        self._gender: dict[str, str] = {}  # identity key -> "f" | "m", from titles and earlier pronouns
        for c in candidates:
            if c.kind in ANCHORED or (c.kind == "description" and (c.name or c.extra.get("org"))):
                identity = self._anchored(c)
                if identity is not None:
                    self._done[c.start] = Resolved(c, identity)
        self._home = self._home_country(self._dateline_country(doc))
        for r in list(self._done.values()):
            self._learn_gender(r)
        for c in candidates:
            if c.start in self._done:
                continue
            identity = self._dependent(c)
            if identity is not None:
                self._done[c.start] = Resolved(c, identity)
                self._learn_gender(self._done[c.start])
        for c in candidates:
            if c.possessor is not None:
                owner = self._pronoun(c.possessor)
                if owner is not None:
                    self.possessives[c.possessor] = owner
        return [self._done[k] for k in sorted(self._done)]

    def _dateline_country(self, doc: Doc) -> str | None:
        """The state whose capital or name heads the dateline: a wire story's officials of no
        stated country are that state's ("MOSCOW ... Foreign Ministry spokeswoman ...")."""
        art = doc._.article
        if art is None or art.dateline is None or not art.dateline.place:
            return None
        for e in self.kb.lookup(art.dateline.place):
            if e.kind == "country" and e.field in ("capital", "name", "alias"):
                return e.key
        return None

    def _home_country(self, dateline: str | None) -> str | None:
        """The dateline's country, if the story is mostly about it (a SINGAPORE-datelined story
        about Russia and Japan has no home for its unnamed officials)."""
        if dateline is None:
            return None
        counts: dict[str, int] = {}
        for r in self._done.values():
            if r.identity.country and self._speaks_for_state(r.identity):  # outlets quoted do not make a home
                counts[r.identity.country] = counts.get(r.identity.country, 0) + 1
        return dateline if counts.get(dateline, 0) and counts[dateline] == max(counts.values()) else None

    def _group_anaphor(self, c: Candidate) -> Identity | None:
        """"the rebels", "the fighters" -> the latest named armed group (rebels, militias,
        mercenaries alike) in this or the previous sentence."""
        near = self._doc[c.start].sent.start
        if near > 0:
            near = self._doc[near - 1].sent.start

        def armed(i: Identity) -> bool:
            g = self.kb.groups.get(i.key)
            return g is not None and g.sector in ("REB", "UAF")

        return self._latest(c.start, armed, since=near)

    def _speaks_for_state(self, identity: Identity) -> bool:
        """Not a named non-state group: Hamas or CNN do not make "the army" theirs."""
        g = self.kb.groups.get(identity.key)
        return g is None or g.kind == "agency"

    def _state_body(self, identity: Identity) -> bool:
        """A government, a sector of a state ("RUSMIL") or a named state agency ("State Department")."""
        if identity.kind == "state":
            return identity.sector is not None
        g = self.kb.groups.get(identity.key)
        return g is not None and g.kind == "agency"

    def _state_role(self, role: str | None) -> bool:
        r = self.kb.roles.get(role) if role else None
        return r is not None and r.sector in ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")

    def _anchored(self, c: Candidate) -> Identity | None:
        if c.kind == "state":
            return self.state(c.country) if c.country else None
        if c.kind == "gov":
            return self.government(c.country) if c.country else None
        if c.kind == "igo":
            return self.igo(c.country) if c.country else None
        if c.kind == "group":
            return self.government(c.country, c.sector or "GOV") if c.country else None
        if c.kind == "org":
            return self.org(c.extra["org"])
        if c.extra.get("org"):
            return self.org_person(c)
        if c.kind == "person":
            return self.person(self._best_person(c.person_ids, c), self._day)
        if c.kind == "named":
            return self.unknown(c.name or "", None, None)
        # description with a name
        if c.person_ids:
            return self.person(self._best_person(c.person_ids, c), self._day)
        if c.extra.get("surname_only"):
            found = self._kb_by_surname(c.name or "", c.country, c.role)
            if found is not None:
                return self.person(found, self._day)
            return None  # resolved later against the article's people
        if c.country is None and self._state_role(c.role):
            return None  # its country may be the dateline's, known after this pass
        return self.unknown(c.name or "", c.country, c.role)

    def _dependent(self, c: Candidate) -> Identity | None:
        if c.kind == "surname":
            return self._surname(c)
        if c.kind == "description" and c.name:  # a surname after a title, e.g. "President Trump"
            country = c.country or (self._home if self._state_role(c.role) else None)
            return self._surname(c) or self.unknown(c.name, country, c.role)
        if c.kind == "description":
            return self._description(c)
        if c.kind == "counterpart":
            return self._counterpart(c)
        if c.kind == "bare_group":
            if c.extra.get("org_anaphor"):
                return self._group_anaphor(c)
            if c.sector == "IGO":
                return self._latest(c.start, lambda i: i.kind == "igo")
            near = self._doc[c.start].sent.start
            if near > 0:
                near = self._doc[near - 1].sent.start  # this sentence and the one before
            latest = self._latest(c.start, lambda i: self._state_body(i) and i.country is not None, since=near)
            if latest is None and self._home is None:
                latest = self._latest(c.start, lambda i: self._state_body(i) and i.country)
            country = latest.country if latest else self._home
            if country is None:
                latest = self._latest(c.start, lambda i: i.country is not None and self._speaks_for_state(i))
                country = latest.country if latest else None
            return self.government(country, c.sector or "GOV") if country else None
        if c.kind == "pronoun":
            return self._pronoun(c.start)
        return None

    # ---------------------------------------------------------------- helpers
    def _best_person(self, ids: tuple[str, ...], c: Candidate) -> Person:
        people = [self.kb.people[i] for i in ids if i in self.kb.people]

        def score(p: Person) -> tuple[int, int]:
            aff = self.kb.affiliation(p, self._day)
            on = bool(self._day and p.terms_on(self._day))
            return (-(c.country is not None and aff.country == c.country) - (c.role is not None and aff.role == c.role),
                    -on)

        return sorted(people, key=score)[0]

    def _kb_by_surname(self, surname: str, country: str | None, role: str | None, *, loose: bool = False) -> Person | None:
        """The one KB person of that surname in office on the date; ``loose`` also allows
        someone out of office (then the one whose term is nearest the date)."""
        people = self.kb.people_with_surname(surname)
        day = self._day
        current = [p for p in people if day is None or p.terms_on(day)]
        if country or role:
            current = [p for p in current if self._fits(self.kb.affiliation(p, day), country, role)]
        if len(current) == 1 or (current and not loose):
            return current[0] if len(current) == 1 else None
        if not loose:
            return None
        fitting = [p for p in people if any(self._term_fits(t, country, role) for t in p.terms)]
        if not (country or role):  # a bare surname out of office: only with their country in the story
            fitting = [p for p in fitting if any(t.country in self._countries() for t in p.terms)]
        if not fitting:
            return None
        if day is None or len(fitting) == 1:
            return fitting[0] if len(fitting) == 1 else None
        return min(fitting, key=lambda p: min(self._distance(t, day) for t in p.terms))

    @staticmethod
    def _term_fits(term, country: str | None, role: str | None) -> bool:
        return (country is None or term.country == country or (term.code or "").startswith(country)) and (
            role is None or role in term.roles)

    @staticmethod
    def _distance(term, day: date) -> int:
        if term.covers(day):
            return 0
        if term.start and day < term.start:
            return (term.start - day).days
        return (day - term.end).days if term.end else 0

    @staticmethod
    def _fits(aff, country: str | None, role: str | None) -> bool:
        return (country is None or aff.country == country or aff.code == country) and (role is None or aff.role == role)

    def _countries(self) -> set[str]:
        return {r.identity.country for r in self._done.values() if r.identity.country}

    def _people(self):
        return [r for r in self._done.values() if r.identity.kind == "person"]

    def _surname(self, c: Candidate) -> Identity | None:
        surname = c.name or ""
        named = [r for r in self._people() if r.candidate.kind != "pronoun" and surname in r.identity.name.split()]
        if c.country or c.role:
            named = [r for r in named if self._fits(r.identity, c.country, c.role)] or named
        before = [r for r in named if r.candidate.start < c.start]
        if before:
            return before[-1].identity
        if named:
            return min(named, key=lambda r: r.candidate.start).identity
        loose = bool(c.extra.get("ner_person")) or (c.kind == "description" and c.role is not None)
        person = self._kb_by_surname(surname, c.country, c.role, loose=loose)
        if person is not None:
            return self.person(person, self._day)
        if c.extra.get("ner_person"):
            return self.unknown(surname, c.country, c.role)
        return None

    def _compatible(self, identity: Identity, c: Candidate) -> bool:
        if identity.kind != "person":
            return False
        if c.country and identity.country != c.country and identity.code != c.country:
            return False
        if c.role:
            return identity.role in self._roles_meant(c.role)
        if c.title and identity.role in self.kb.roles:
            return any(c.title in phrase.split() for phrase in self.kb.roles[identity.role].phrases)
        return False

    def _description(self, c: Candidate) -> Identity | None:
        if c.not_current:
            return None
        if c.extra.get("indefinite") and c.name is None and c.country and c.role:
            # "a Russian spokesman" introduces someone new: not a known holder, not an earlier person
            label = self._doc[c.start + 1:c.end].text
            return self.unknown(label, c.country, c.role, key=f"desc:{c.country}:{c.role}:{c.start}")
        article = [r for r in self._people() if self._compatible(r.identity, c)]
        preferred = self._headline_first(c, article)
        if preferred is not None:
            return preferred
        before = [r for r in article if r.candidate.start < c.start]
        if before:
            return before[-1].identity
        if c.country and c.role:
            holders = self._holders(c.country, c.role)
            if holders:
                return self.person(holders[0], self._day)
        if not c.country and c.role and self._home and c.definite and self._state_role(c.role):
            holders = self._holders(self._home, c.role)
            if holders:
                return self.person(holders[0], self._day)
        if article:
            return min(article, key=lambda r: r.candidate.start).identity
        if c.country and c.role:
            label = self._doc[c.start:c.end].text
            label = label.split(" ", 1)[1] if label.split(" ", 1)[0].lower() in ("the", "a", "an") and " " in label else label
            return self.unknown(label, c.country, c.role, key=f"desc:{c.country}:{c.role}")
        return None

    @staticmethod
    def _roles_meant(role: str) -> tuple[str, ...]:
        return actor_words().generic_roles.get(role, (role,))

    def _holders(self, country: str, role: str) -> list[Person]:
        for key in self._roles_meant(role):
            found = self.kb.holders(country, key, on=self._day)
            if found:
                return found
        return []

    def _headline_first(self, c: Candidate, article: list[Resolved]) -> Identity | None:
        """A standfirst's "the minister" is the headline's person."""
        art = self._doc._.article
        if art is None or art.standfirst is None or art.headline is None:
            return None
        here = self._doc[c.start].idx
        if not art.standfirst.start <= here < art.standfirst.end:
            return None
        in_headline = [r for r in article if art.headline.start <= self._doc[r.candidate.start].idx < art.headline.end]
        return in_headline[0].identity if in_headline else None

    def _counterpart(self, c: Candidate) -> Identity | None:
        other = self._pronoun(c.possessor) if c.possessor is not None else None
        if other is None:
            latest = [r for r in self._people() if r.candidate.start < c.start]
            other = latest[-1].identity if latest else None
        if other is None or other.role is None:
            return None
        if c.country is None:
            return None
        probe = Candidate(c.start, c.end, "description", head=c.head, country=c.country, role=other.role)
        found = [r for r in self._people() if self._compatible(r.identity, probe) and r.identity.key != other.key]
        if found:
            return found[-1].identity
        holders = [p for p in self.kb.holders(c.country, other.role, on=self._day)]
        if holders:
            return self.person(holders[0], self._day)
        return self.unknown(self._doc[c.start:c.end].text, c.country, other.role, key=f"desc:{c.country}:{other.role}")

    def _latest(self, before: int, test, since: int = 0) -> Identity | None:
        for start in sorted((k for k in self._done if since <= k < before), reverse=True):
            identity = self._done[start].identity
            if test(identity):
                return identity
        return None

    def _learn_gender(self, r: Resolved) -> None:
        """Remember "Ms", "spokesman", or the pronoun a person was just referred to by."""
        if r.identity.kind != "person" or r.identity.key in self._gender:
            return
        words = actor_words()
        span = self._doc[max(r.candidate.start - 1, 0):r.candidate.end]  # with a courtesy title before it
        lowered = {t.lower_ for t in span}
        if r.candidate.kind == "pronoun" or r.candidate.kind in ("description", "person", "named", "surname"):
            if lowered & words.female_words and not lowered & words.male_words:
                self._gender[r.identity.key] = "f"
            elif lowered & words.male_words and not lowered & words.female_words and r.candidate.possessor is None:
                self._gender[r.identity.key] = "m"

    def _pronoun(self, index: int) -> Identity | None:
        doc = self._doc
        token = doc[index]
        words = actor_words()
        wanted = "f" if token.lower_ in words.female_words else "m" if token.lower_ in words.male_words else None
        people = sorted((r for r in self._people() if r.candidate.kind != "pronoun" and r.candidate.start < index
                         and self._gender.get(r.identity.key, wanted) == wanted),
                        key=lambda r: r.candidate.start)
        if not people:
            return None
        sent = token.sent
        same = [r for r in people if r.candidate.start >= sent.start and r.candidate.start not in self._quoted]
        if same and index not in self._quoted:
            return same[-1].identity
        if same and index in self._quoted:
            return same[-1].identity
        for earlier in reversed(people):
            if earlier.candidate.start >= sent.start:
                continue
            esent = doc[earlier.candidate.start].sent
            in_sent = [r for r in people if esent.start <= r.candidate.start < esent.end]
            subjects = [r for r in in_sent if self._is_subject(r.candidate)]
            return (subjects or in_sent)[0].identity if subjects else earlier.identity
        return people[-1].identity

    def _is_subject(self, c: Candidate) -> bool:
        return any(t.dep_ in SUBJECT_DEPS for t in self._doc[c.start:c.end])


PRONOUNS_KEY = "communique_pronouns"


def resolve_pronoun(token: Token) -> Actor | None:
    """The actor a personal pronoun refers to.

    Pronouns standing alone are also in ``doc._.token_actor``; a possessive inside a
    description ("his" in "his Japanese counterpart") is only here, since its tokens belong
    to the description's actor there.
    """
    own = (token.doc.user_data.get(PRONOUNS_KEY) or {}).get(token.i)
    if own is not None:
        return actor_by_id(token.doc, own)
    if token.lower_ not in {"he", "him", "his", "she", "her", "hers", "himself", "herself"}:
        return None
    index = token.doc._.token_actor or {}
    return actor_by_id(token.doc, index.get(token.i))
