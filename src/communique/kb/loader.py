"""Loads the actor knowledge base once per process and answers questions about it.

Layers: the built-in TSVs in ``kb/data`` first, then a user layer directory (``--kb-dir``,
else ``$COMMUNIQUE_KB_DIR``, else ``$XDG_DATA_HOME/communique/kb``) holding files of the same
names, whose rows add to or replace built-in rows with the same key, and ``*.actors.tsv``
files of CAMEO-coded actors written by importers such as ``kb import-phoenix``.

Bad rows never stop loading: they are skipped and described in ``KnowledgeBase.problems``
(the schema test requires that list to be empty for the built-in data).
"""
from __future__ import annotations

import calendar
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from communique.kb.model import Affiliation, Country, Entry, Group, Holding, Igo, Person, Role, Term

DATA_DIR = Path(__file__).resolve().parent / "data"
KB_DIR_ENV = "COMMUNIQUE_KB_DIR"

COLUMNS: dict[str, tuple[str, ...]] = {
    "countries.tsv": ("code", "name", "aliases", "adjectives", "demonyms", "capital", "seats", "kind", "from", "to", "successors"),
    "igos.tsv": ("code", "name", "aliases", "acronyms", "parent", "kind"),
    "roles.tsv": ("role", "sector", "phrases", "rank"),
    "people.tsv": ("id", "name", "aliases", "country", "roles", "start", "end"),
    "groups.tsv": ("code", "name", "aliases", "acronyms", "country", "sector", "kind"),
}
ACTORS_COLUMNS: tuple[str, ...] = ("id", "name", "aliases", "code", "start", "end", "kind")
ACTORS_SUFFIX = ".actors.tsv"

ISO3 = re.compile(r"^[A-Z]{3}$")
IGO_CODE = re.compile(r"^IGO[A-Z]{0,12}$")
ACTOR_CODE = re.compile(r"^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$")
COUNTRY_KINDS = frozenset({"state", "observer", "territory", "former"})
IGO_KINDS = frozenset({"org", "organ", "group"})
GROUP_KINDS = frozenset({"group", "agency", "party", "media", "ngo", "company"})
# Sectors a named group may carry (CAMEO's, plus PTY for parties as ICEWS and Phoenix write it).
GROUP_SECTORS = frozenset({"REB", "UAF", "OPP", "CRM", "GOV", "MIL", "SPY", "COP", "JUD", "PTY", "MED", "NGO", "BUS"})
# Codes of groups with no home state start with one of these (international militant group, NGO).
STATELESS_PREFIXES = ("IMG", "NGO")
# Languages whose names put the family name first in English-language news as well.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "KHM", "VNM"})


class KBDataError(ValueError):
    """A row or file of the knowledge base that cannot be used."""


# ---------------------------------------------------------------- reading

def default_user_dir() -> Path:
    """Where user layers live when no directory is given."""
    env = os.environ.get(KB_DIR_ENV)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "communique" / "kb"


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV with a header, as (line number, {column: cell}); comments skipped."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                yield number, {"__header__": "\t".join(header)}
                continue
            cells += [""] * (len(header) - len(cells))
            yield number, {name: cells[i].strip() for i, name in enumerate(header)}


def alternatives(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def parse_date(text: str, *, end: bool = False) -> date | None:
    """ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a partial end date means the period's last day."""
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) > 3 or len(parts[0]) != 4:
        raise KBDataError(f"bad date {text!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        if not 1 <= month <= 12:
            raise KBDataError(f"bad month in {text!r}")
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    try:
        return date(year, month, int(parts[2]))
    except ValueError as e:
        raise KBDataError(f"bad date {text!r}: {e}") from None


def norm_name(text: str) -> str:
    """The lookup key of a name: case, spacing, apostrophes and a leading 'the' ignored."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text[4:] if text.startswith("the ") else text


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------- the knowledge base

@dataclass
class KnowledgeBase:
    """Countries, IGOs, named groups, roles and people with lookups; built by :func:`load_kb`."""

    countries: dict[str, Country] = field(default_factory=dict)
    igos: dict[str, Igo] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    layers: list[str] = field(default_factory=list)
    _names: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    _surfaces: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _acronyms: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    _surnames: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _role_phrases: dict[str, str] = field(default_factory=dict, repr=False)
    _holders: dict[tuple[str, str], list[Holding]] = field(default_factory=dict, repr=False)

    # -- indexes
    def build_indexes(self) -> None:
        names: dict[str, list[Entry]] = defaultdict(list)
        acronyms: dict[str, list[Entry]] = defaultdict(list)
        surfaces: dict[str, set[str]] = defaultdict(set)

        def add(name: str, entry: Entry) -> None:
            for form in {name, fold_accents(name)}:
                key = norm_name(form)
                if not key:
                    continue
                if entry not in names[key]:
                    names[key].append(entry)
                bare = re.sub(r"(?i)^the\s+", "", form.replace("_", " ").strip())
                surfaces[key].update({key, bare})

        for c in self.countries.values():
            for fld, values in (("name", (c.name,)), ("alias", c.aliases), ("adjective", c.adjectives),
                                ("demonym", c.demonyms), ("capital", c.capitals), ("seat", c.seats)):
                for value in values:
                    add(value, Entry("country", c.code, fld))
        for o in self.groups.values():
            add(o.name, Entry("org", o.code, "name"))
            for value in o.aliases:
                add(value, Entry("org", o.code, "alias"))
            for value in o.acronyms:
                acronyms[value].append(Entry("org", o.code, "acronym"))
        for g in self.igos.values():
            add(g.name, Entry("igo", g.code, "name"))
            for value in g.aliases:
                add(value, Entry("igo", g.code, "alias"))
            for value in g.acronyms:
                acronyms[value].append(Entry("igo", g.code, "acronym"))
        surnames: dict[str, list[str]] = defaultdict(list)
        holders: dict[tuple[str, str], list[Holding]] = defaultdict(list)
        for p in self.people.values():
            add(p.name, Entry("person", p.id, "name"))
            for value in p.aliases:
                add(value, Entry("person", p.id, "alias"))
            if p.kind == "person" and p.source == "builtin":  # imported names are too noisy for bare surnames
                for surname in self._surnames_of(p):
                    if p.id not in surnames[surname]:
                        surnames[surname].append(p.id)
            for t in p.terms:
                for role in t.roles:
                    holders[(t.country or "", role)].append(Holding(p, t))
        for value in holders.values():
            value.sort(key=lambda h: h.term.start or date.min, reverse=True)
        phrases: dict[str, str] = {}
        for r in sorted(self.roles.values(), key=lambda r: r.rank):
            for phrase in r.phrases:
                phrases.setdefault(norm_name(phrase), r.key)
        self._names, self._acronyms, self._surnames = dict(names), dict(acronyms), dict(surnames)
        self._surfaces = dict(surfaces)
        self._role_phrases, self._holders = phrases, dict(holders)

    def _surnames_of(self, person: Person) -> set[str]:
        out: set[str] = set()
        family_first = any(t.country in FAMILY_NAME_FIRST for t in person.terms)
        for name in (person.name, *person.aliases):
            words = name.replace("_", " ").split()
            if len(words) < 2:
                continue
            out.add(words[-1])
            out.add(fold_accents(words[-1]))
            if family_first:
                out.add(words[0])
        return {s for s in out if s[:1].isupper() and len(s) > 1}

    # -- lookups
    def lookup(self, name: str) -> list[Entry]:
        """Entries named ``name`` by any name, alias, adjective, demonym, capital, seat or acronym."""
        found = list(self._acronyms.get(name.strip(), ()))
        for entry in self._names.get(norm_name(name), ()):
            if entry not in found:
                found.append(entry)
        return found

    def name_keys(self) -> dict[str, list[Entry]]:
        """Every lower-case name key and what it names (for building matchers)."""
        return self._names

    def surface_forms(self, key: str) -> set[str]:
        """The spellings behind a name key, for tokenizing patterns as the text is tokenized."""
        return self._surfaces.get(key, {key})

    def acronym_keys(self) -> dict[str, list[Entry]]:
        return self._acronyms

    def surname_keys(self) -> dict[str, list[str]]:
        return self._surnames

    def people_with_surname(self, surname: str) -> list[Person]:
        return [self.people[i] for i in self._surnames.get(surname, ())]

    def role_of_phrase(self, phrase: str) -> Role | None:
        key = self._role_phrases.get(norm_name(phrase))
        return self.roles.get(key) if key else None

    def role_phrases(self) -> dict[str, str]:
        return self._role_phrases

    def holders(self, country: str, role: str, on: date | None = None) -> list[Person]:
        """People holding ``role`` for ``country`` (ISO3 or IGO code) on ``on`` (any time if None)."""
        return [h.person for h in self.holdings(country, role, on)]

    def holdings(self, country: str, role: str, on: date | None = None) -> list[Holding]:
        out: list[Holding] = []
        for h in self._holders.get((country, role), ()):
            if (on is None or h.term.covers(on)) and all(h.person.id != o.person.id for o in out):
                out.append(h)
        return out

    def person_terms(self, person: Person | str) -> tuple[Term, ...]:
        p = self.people.get(person) if isinstance(person, str) else person
        return tuple(sorted(p.terms, key=lambda t: t.start or date.min)) if p else ()

    def country_on(self, code: str) -> Country | None:
        return self.countries.get(code)

    def affiliation(self, person: Person, on: date | None) -> Affiliation:
        """The person's CAMEO-style code on a date: the term in force, else former (ELI)."""
        terms = self.person_terms(person)
        if not terms:
            return Affiliation(code="---", country=None, sector=None)
        current = [t for t in terms if on is None or t.covers(on)]
        if current:
            best = min(current, key=self._term_rank)
            return self._affiliation_of(best)
        past = [t for t in terms if t.end is not None and on is not None and t.end < on]
        term = past[-1] if past else terms[0]
        aff = self._affiliation_of(term)
        if term.code:  # imported entries keep their own codes, dated or not
            return aff
        base = aff.country or aff.code[:3]
        return Affiliation(code=f"{base}ELI" if base else "---", country=aff.country, sector="ELI", role=None)

    def _term_rank(self, term: Term) -> tuple[int, int]:
        """Higher office first; a dated term before an undated default code."""
        ranks = [self.roles[r].rank for r in term.roles if r in self.roles]
        return (min(ranks) if ranks else 9, 0 if (term.start or term.end) else 1)

    def _affiliation_of(self, term: Term) -> Affiliation:
        if term.code:
            return split_code(term.code, self)
        roles = sorted((self.roles[r] for r in term.roles if r in self.roles), key=lambda r: r.rank)
        role = roles[0] if roles else None
        country = term.country or None
        if country and country.startswith("IGO"):
            return Affiliation(code=country, country=None, sector="IGO", role=role.key if role else None)
        sector = role.sector if role else None
        return Affiliation(code=f"{country or '---'}{sector or ''}", country=country, sector=sector,
                           role=role.key if role else None)


def split_code(code: str, kb: KnowledgeBase | None = None) -> Affiliation:
    """``RUSGOV`` -> (RUS, GOV); ``IGOUNO`` -> (None, IGO); unknown prefixes keep the code whole."""
    code = code.strip().upper()
    if code.startswith("IGO"):
        return Affiliation(code=code, country=None, sector="IGO")
    head, rest = code[:3], code[3:]
    if ISO3.match(head) and (kb is None or head in kb.countries or not kb.countries):
        return Affiliation(code=code, country=head, sector=rest[:3] or None)
    return Affiliation(code=code, country=None, sector=code[:3] or None)


# ---------------------------------------------------------------- building from rows

def _problem(kb: KnowledgeBase, path: Path, line: int, reason: str) -> None:
    kb.problems.append(f"{path.name}:{line}: {reason}")


def _check_header(kb: KnowledgeBase, path: Path, rows: Iterable[tuple[int, dict[str, str]]],
                  expected: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    for line, row in rows:
        if "__header__" in row:
            got = tuple(row["__header__"].split("\t"))
            if got != expected:
                _problem(kb, path, line, f"columns {got} differ from {expected}")
            continue
        yield line, row


def _date_range(row: dict[str, str], first: str, last: str, label: str):
    """The row's dates (an open end reads as the last day of its precision); an inverted
    range is a data error naming the row."""
    start, end = parse_date(row.get(first, "")), parse_date(row.get(last, ""), end=True)
    if start and end and start > end:
        raise KBDataError(f"{label}: {first} {start} after {last} {end}")
    return start, end


def _load_countries(kb: KnowledgeBase, path: Path) -> None:
    for line, row in _check_header(kb, path, read_tsv(path), COLUMNS["countries.tsv"]):
        code = row.get("code", "")
        try:
            if not (ISO3.match(code) or code == "XKX"):
                raise KBDataError(f"code {code!r} is not an ISO3 code")
            if not row.get("name"):
                raise KBDataError(f"{code}: empty name")
            kind = row.get("kind") or "state"
            if kind not in COUNTRY_KINDS:
                raise KBDataError(f"{code}: kind {kind!r} not one of {sorted(COUNTRY_KINDS)}")
            start, end = _date_range(row, "from", "to", code)
        except KBDataError as e:
            _problem(kb, path, line, str(e))
            continue
        if code in kb.countries and path.parent == DATA_DIR:
            _problem(kb, path, line, f"duplicate code {code}")
        kb.countries[code] = Country(
            code=code, name=row["name"], aliases=alternatives(row.get("aliases", "")),
            adjectives=alternatives(row.get("adjectives", "")), demonyms=alternatives(row.get("demonyms", "")),
            capitals=alternatives(row.get("capital", "")), seats=alternatives(row.get("seats", "")),
            kind=kind, start=start, end=end, successors=alternatives(row.get("successors", "")),
        )


def _load_igos(kb: KnowledgeBase, path: Path) -> None:
    for line, row in _check_header(kb, path, read_tsv(path), COLUMNS["igos.tsv"]):
        code = row.get("code", "")
        kind = row.get("kind") or "org"
        if not IGO_CODE.match(code):
            _problem(kb, path, line, f"code {code!r} does not start with IGO")
            continue
        if not row.get("name"):
            _problem(kb, path, line, f"{code}: empty name")
            continue
        if kind not in IGO_KINDS:
            _problem(kb, path, line, f"{code}: kind {kind!r} not one of {sorted(IGO_KINDS)}")
            continue
        if code in kb.igos and path.parent == DATA_DIR:
            _problem(kb, path, line, f"duplicate code {code}")
        kb.igos[code] = Igo(code=code, name=row["name"], aliases=alternatives(row.get("aliases", "")),
                            acronyms=alternatives(row.get("acronyms", "")), parent=row.get("parent") or None,
                            kind=kind)


def _group_code_fits(code: str, country: str | None) -> bool:
    """A group's code starts with its home state (``LBNREBHEZ``), or with NGO and then the
    home state (``NGOSYRHRISOH``); a group with no home state starts ``IMG`` or ``NGO``."""
    if country is None:
        return code.startswith(STATELESS_PREFIXES)
    return code.startswith(country) or code.startswith("NGO" + country)


def _load_groups(kb: KnowledgeBase, path: Path) -> None:
    for line, row in _check_header(kb, path, read_tsv(path), COLUMNS["groups.tsv"]):
        code, name = row.get("code", ""), row.get("name", "")
        country = row.get("country") or None
        sector, kind = row.get("sector", ""), row.get("kind", "")
        try:
            if not ACTOR_CODE.match(code) or len(code) < 6:
                raise KBDataError(f"code {code!r} is not a CAMEO-style code of two or more blocks")
            if not name:
                raise KBDataError(f"{code}: empty name")
            if country is not None and not (ISO3.match(country) or country == "XKX"):
                raise KBDataError(f"{code}: country {country!r} is not an ISO3 code")
            if not _group_code_fits(code, country):
                raise KBDataError(f"{code}: code does not start with its country {country!r} (or IMG/NGO)")
            if sector not in GROUP_SECTORS:
                raise KBDataError(f"{code}: sector {sector!r} not one of {sorted(GROUP_SECTORS)}")
            if kind not in GROUP_KINDS:
                raise KBDataError(f"{code}: kind {kind!r} not one of {sorted(GROUP_KINDS)}")
        except KBDataError as e:
            _problem(kb, path, line, str(e))
            continue
        if code in kb.groups and path.parent == DATA_DIR:
            _problem(kb, path, line, f"duplicate code {code}")
        kb.groups[code] = Group(code=code, name=name, aliases=alternatives(row.get("aliases", "")),
                                acronyms=alternatives(row.get("acronyms", "")), country=country, sector=sector,
                                kind=kind)


def _load_roles(kb: KnowledgeBase, path: Path) -> None:
    for line, row in _check_header(kb, path, read_tsv(path), COLUMNS["roles.tsv"]):
        key, sector = row.get("role", ""), row.get("sector", "")
        if not re.match(r"^[a-z][a-z0-9_]*$", key):
            _problem(kb, path, line, f"role key {key!r} is not snake_case")
            continue
        if not re.match(r"^[A-Z]{3}$", sector):
            _problem(kb, path, line, f"{key}: sector {sector!r} is not a 3-letter code")
            continue
        try:
            rank = int(row.get("rank") or 4)
        except ValueError:
            _problem(kb, path, line, f"{key}: rank {row.get('rank')!r} is not a number")
            continue
        if key in kb.roles and path.parent == DATA_DIR:
            _problem(kb, path, line, f"duplicate role {key}")
        kb.roles[key] = Role(key=key, sector=sector, phrases=tuple(p.lower() for p in alternatives(row.get("phrases", ""))),
                             rank=rank)


def _merge_person(kb: KnowledgeBase, pid: str, name: str, aliases: tuple[str, ...], term: Term,
                  source: str, kind: str = "person") -> None:
    old = kb.people.get(pid)
    if old is None:
        kb.people[pid] = Person(id=pid, name=name, aliases=aliases, terms=(term,), source=source, kind=kind)
        return
    merged_aliases = old.aliases + tuple(a for a in aliases if a not in old.aliases and a != old.name)
    kb.people[pid] = Person(id=pid, name=old.name, aliases=merged_aliases, terms=old.terms + (term,),
                            source=old.source, kind=old.kind)


def _load_people(kb: KnowledgeBase, path: Path, source: str) -> None:
    for line, row in _check_header(kb, path, read_tsv(path), COLUMNS["people.tsv"]):
        pid, name, country = row.get("id", ""), row.get("name", ""), row.get("country", "")
        try:
            if not re.match(r"^[a-z0-9][a-z0-9-]*$", pid):
                raise KBDataError(f"id {pid!r} is not a lower-case slug")
            if not name:
                raise KBDataError(f"{pid}: empty name")
            if not (ISO3.match(country) or IGO_CODE.match(country) or country == "XKX"):
                raise KBDataError(f"{pid}: country {country!r} is neither ISO3 nor an IGO code")
            roles = alternatives(row.get("roles", ""))
            if not roles:
                raise KBDataError(f"{pid}: no roles")
            start, end = _date_range(row, "start", "end", pid)
        except KBDataError as e:
            _problem(kb, path, line, str(e))
            continue
        _merge_person(kb, pid, name, alternatives(row.get("aliases", "")),
                      Term(country=country, roles=roles, start=start, end=end), source)


def _load_actors(kb: KnowledgeBase, path: Path) -> None:
    """CAMEO-coded actors (importer output): one row per dated code."""
    for line, row in _check_header(kb, path, read_tsv(path), ACTORS_COLUMNS):
        pid, name, code = row.get("id", ""), row.get("name", ""), row.get("code", "").upper()
        try:
            if not pid or not name:
                raise KBDataError("empty id or name")
            if not ACTOR_CODE.match(code):
                raise KBDataError(f"{pid}: code {code!r} is not a CAMEO-style code")
            start, end = _date_range(row, "start", "end", pid)
        except KBDataError as e:
            _problem(kb, path, line, str(e))
            continue
        aff = split_code(code)
        term = Term(country=aff.country, roles=(), start=start, end=end, code=code)
        _merge_person(kb, pid, name, alternatives(row.get("aliases", "")), term, source=path.name,
                      kind=row.get("kind") or "person")


def _load_layer(kb: KnowledgeBase, folder: Path, source: str) -> None:
    loaders = (("countries.tsv", _load_countries), ("igos.tsv", _load_igos), ("groups.tsv", _load_groups),
               ("roles.tsv", _load_roles))
    for name, loader in loaders:
        if (folder / name).is_file():
            loader(kb, folder / name)
    # people.tsv, then people-*.tsv (regional files), in name order; rows of one id merge
    for path in sorted(folder.glob("people*.tsv"), key=lambda p: (p.name != "people.tsv", p.name)):
        _load_people(kb, path, source)
    for path in sorted(folder.glob(f"*{ACTORS_SUFFIX}")):
        _load_actors(kb, path)
    kb.layers.append(str(folder))


def _cross_check(kb: KnowledgeBase) -> None:
    for p in kb.people.values():
        for t in p.terms:
            for role in t.roles:
                if role not in kb.roles:
                    kb.problems.append(f"people.tsv: {p.id}: role {role!r} not in roles.tsv")
            if t.country and not t.code and t.country not in kb.countries and t.country not in kb.igos:
                kb.problems.append(f"people.tsv: {p.id}: country {t.country!r} not in countries.tsv or igos.tsv")
    for o in kb.groups.values():
        if o.country and o.country not in kb.countries:
            kb.problems.append(f"groups.tsv: {o.code}: country {o.country!r} not in countries.tsv")
    for g in kb.igos.values():
        if g.parent and g.parent not in kb.igos:
            kb.problems.append(f"igos.tsv: {g.code}: parent {g.parent!r} unknown")
    for c in kb.countries.values():
        for s in c.successors:
            if s not in kb.countries:
                kb.problems.append(f"countries.tsv: {c.code}: successor {s!r} unknown")


def build_kb(*folders: Path) -> KnowledgeBase:
    """A knowledge base from layer folders, later ones on top of earlier ones."""
    kb = KnowledgeBase()
    for i, folder in enumerate(folders):
        if folder.is_dir():
            _load_layer(kb, folder, "builtin" if i == 0 else str(folder))
    _cross_check(kb)
    kb.build_indexes()
    return kb


@lru_cache(maxsize=8)
def _cached(builtin: str, user: str | None) -> KnowledgeBase:
    folders = [Path(builtin)] + ([Path(user)] if user else [])
    return build_kb(*folders)


def load_kb(kb_dir: str | Path | None = None, *, builtin: str | Path = DATA_DIR, user_layer: bool = True) -> KnowledgeBase:
    """The knowledge base for this process (cached): built-in data plus the user layer."""
    user = None
    if user_layer:
        folder = Path(kb_dir).expanduser() if kb_dir else default_user_dir()
        user = str(folder.resolve()) if folder.is_dir() else None
    return _cached(str(Path(builtin).resolve()), user)


def clear_cache() -> None:
    """Forget loaded knowledge bases (after an import wrote a new user layer)."""
    _cached.cache_clear()
