"""Frozen records of the actor knowledge base (see kb/data/FORMAT.md).

They mirror the TSV files one to one, so a row can be read without the code; the
loader builds the lookup indexes on top of them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Country:
    """A state, observer, territory or predecessor state."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    kind: str = "state"
    start: date | None = None
    end: date | None = None
    successors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Igo:
    """An international organisation, one of its organs, or an informal group."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    parent: str | None = None
    kind: str = "org"


@dataclass(frozen=True, slots=True)
class Group:
    """A named non-state or sub-state actor: armed group, agency, party, outlet, NGO, company.

    ``country`` is the home state (None for transnational groups such as al-Qaeda, whose
    codes start ``IMG`` or ``NGO`` as CAMEO's do); ``kind`` says which of the six it is.
    """

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None
    sector: str = "REB"
    kind: str = "group"

    @property
    def actor_kind(self) -> str:
        """``records.Actor.kind``: armed groups, parties and agencies act as groups; outlets,
        NGOs and companies as organisations."""
        return "organisation" if self.kind in ORGANISATION_KINDS else "group"


ORGANISATION_KINDS = frozenset({"media", "ngo", "company"})


@dataclass(frozen=True, slots=True)
class Role:
    """An office or description and the CAMEO sector it maps to."""

    key: str
    sector: str
    phrases: tuple[str, ...] = ()
    rank: int = 4


@dataclass(frozen=True, slots=True)
class Term:
    """One stretch of time in which a person held ``roles`` for ``country``.

    ``code`` is set for entries imported from CAMEO-coded dictionaries (e.g. Phoenix),
    which give the full actor code (``AFGGOV``) instead of role keys.
    """

    country: str | None
    roles: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    code: str | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A named actor with dated terms; ``source`` says which layer it came from."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    source: str = "builtin"
    kind: str = "person"  # imported dictionaries also carry organisations and groups

    def terms_on(self, day: date) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.covers(day))


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name points at: ``kind`` is country | igo | org | person, ``field`` how it matched.

    ``org`` entries point at rows of groups.tsv (:class:`Group`)."""

    kind: str
    key: str
    field: str


@dataclass(frozen=True, slots=True)
class Holding:
    """A person holding a role on a date (the answer of ``KnowledgeBase.holders``)."""

    person: Person
    term: Term


@dataclass(frozen=True, slots=True)
class Affiliation:
    """Who an actor acts for on a date, as a CAMEO-style code and its parts."""

    code: str
    country: str | None
    sector: str | None
    role: str | None = None
