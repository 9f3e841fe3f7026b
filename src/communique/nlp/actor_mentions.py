"""Turns KB pieces, NER and the parse into mention candidates (not yet resolved).

A candidate is one stretch of text that names or describes one actor: a full name, a
description with or without a name ("Russian Foreign Minister Sergey Lavrov", "his Japanese
counterpart"), a state, a capital used for its government, an IGO, a bare surname, a
pronoun, a named group ("Hamas", "the CIA", "Lebanon's Hezbollah", "Houthi rebels").
Candidates never overlap, so every token belongs to at most one mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from communique.kb.loader import KnowledgeBase
from communique.nlp.actor_matcher import Piece
from communique.nlp.actor_words import ActorWords

DETERMINERS = frozenset({"the", "a", "an"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
POSSESSIVES = frozenset({"his", "her", "its", "their"})
GENITIVE = frozenset({"'s", "’s", "'", "’"})
NAME_LABELS = frozenset({"PERSON"})
# "the ministry", "the army", "the alliance" point back to an earlier state or IGO; "the church"
# or "the company" alone are too loose to pin on one.
ANAPHORIC_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"})
# "the rebels", "the militias" point back to a named armed group (groups.tsv), never to a state.
GROUP_ANAPHOR_SECTORS = frozenset({"REB", "UAF"})
GROUP_WORDS = frozenset({"group", "movement", "organisation", "organization", "militia", "insurgency"})  # not "the terrorist"
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"})


@dataclass(frozen=True)
class Candidate:
    """An unresolved mention: tokens [start, end) and what the text says about its actor."""

    start: int
    end: int
    kind: str  # person | named | surname | state | gov | igo | org | group | description | counterpart | title | bare_group | pronoun
    head: int  # token that stands for the mention in the parse
    country: str | None = None  # ISO3 or IGO code named in the mention
    role: str | None = None  # role key
    sector: str | None = None
    person_ids: tuple[str, ...] = ()
    name: str | None = None  # a personal name found in the text
    title: str | None = None  # bare title word ("minister")
    not_current: bool = False
    possessor: int | None = None  # token of "his"/"her" inside a description
    definite: bool = False
    extra: dict = field(default_factory=dict, compare=False)


def quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (straight or curly)."""
    inside: set[int] = set()
    spans = [(m.start(), m.end()) for m in re.finditer(r"\"[^\"]*\"|“[^”]*”", doc.text)]
    if not spans:
        return inside
    for token in doc:
        for a, b in spans:
            if a < token.idx < b:
                inside.add(token.i)
                break
    return inside


def _dateline_tokens(doc: Doc) -> set[int]:
    """Tokens of the dateline place, which names where the story was filed, not an actor."""
    article = doc._.article
    out: set[int] = set()
    if article is not None and article.dateline is not None:
        d = article.dateline
        for token in doc:
            if d.start <= token.idx < d.end:
                out.add(token.i)
        return out
    for sent in doc.sents:  # no structure: an upper-case place opening a line, then a comma
        first = sent[0]
        if first.text.isupper() and len(first.text) > 2:
            j = first.i
            while j < sent.end and doc[j].text.isupper() and doc[j].text.isalpha():
                j += 1
            if j < len(doc) and doc[j].text == ",":
                out.update(range(first.i, j))
    return out


class MentionFinder:
    """Builds candidates for one Doc from its pieces, entities and parse."""

    def __init__(self, kb: KnowledgeBase, words: ActorWords):
        self.kb = kb
        self.words = words
        self.day = None

    def find(self, doc: Doc, pieces: list[Piece], day=None) -> list[Candidate]:
        self.day = day
        pieces = self._settle_orgs(doc, pieces)
        ends = {p.end: p for p in pieces}
        starts = {p.start: p for p in pieces}
        used: set[int] = set()
        skip = _dateline_tokens(doc)
        out: list[Candidate] = []

        def take(c: Candidate) -> None:
            out.append(c)
            used.update(range(c.start, c.end))

        # 0. named groups, with their home state before them and a collective noun after them
        for p in pieces:
            if p.type == "org" and p.start not in used and p.start not in skip:
                c = self._org(doc, p, starts, ends)
                if c is not None:
                    take(c)
        # 1. descriptions built around role, group, counterpart and title pieces
        for p in pieces:
            if p.type not in ("role", "group", "counterpart", "title") or p.start in used:
                continue
            c = self._description(doc, p, starts, ends, used)
            if c is not None:
                take(c)
        # 2. names, states, IGOs and surnames left over
        for p in pieces:
            if p.start in used or p.start in skip:
                continue
            c = self._standalone(doc, p)
            if c is not None:
                take(c)
        # 3. people the statistical NER found and the KB did not
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS or any(i in used for i in range(ent.start, ent.end)):
                continue
            c = self._named(doc, ent.start, ent.end)
            if c is not None:
                take(c)
        # 4. surnames of people named in full earlier in this article ("Ali Motahari" ... "Motahari")
        surnames = {c.name.split()[-1] for c in out if c.name and len(c.name.split()) > 1 and c.kind != "surname"}
        for token in doc:
            if token.i not in used and token.text in surnames and token.ent_type_ not in NOT_NAME_LABELS:
                take(Candidate(token.i, token.i + 1, "surname", head=token.i, name=token.text,
                               extra={"ner_person": True}))
        # 5. personal pronouns
        for token in doc:
            if token.i not in used and token.lower_ in self.words.person_pronouns and token.pos_ in ("PRON", "DET"):
                take(Candidate(token.i, token.i + 1, "pronoun", head=token.i))
        return sorted(out, key=lambda c: c.start)

    # -- pieces of a description
    def _description(self, doc: Doc, p: Piece, starts, ends, used) -> Candidate | None:
        sent = doc[p.start].sent
        last = doc[p.end - 1]
        plural = last.tag_ in ("NNS", "NNPS") and p.type != "group"
        if plural and p.type != "role":
            return None  # "counterparts", "ministers": several people, no one actor
        if p.type in ("role", "title") and self._inside_other_name(doc, p):
            return None  # "General Santos City", "Martin Luther King Jr. Day", "Sultan Qaboos Mosque"
        start, country, possessor, not_current, definite = p.start, None, None, False, False
        indefinite = False  # "a Russian spokesman": someone new, never a known office holder
        org = None  # "CIA director", "Hamas's political chief": a person acting for a named group
        sector = p.value if p.type == "group" else None
        if plural:  # "Iranian officials": the body they serve, if the text names it
            sector = self.kb.roles[p.value].sector if p.value in self.kb.roles else None
        i = p.start - 1
        while i >= sent.start and i not in used:
            tok = doc[i]
            left = ends.get(i + 1)
            if tok.text in GENITIVE and ends.get(i) is not None and ends[i].type in ("country", "igo", "org"):
                left = ends[i]
            if (left is not None and left.type == "org" and org is None and country is None and not plural
                    and p.type in ("role", "title") and left.start not in used):
                org, start, i = left.entries[0].key, left.start, left.start - 1
                continue
            if left is not None and left.type in ("country", "igo") and left.start not in used:
                if country is None:
                    country = self._code_of(left)
                start, i = left.start, left.start - 1
                continue
            if left is not None and left.type == "group" and p.type in ("role", "title"):
                start, i = left.start, left.start - 1
                continue
            low = tok.lower_
            if low in self.words.not_current or low.rstrip("-") in self.words.not_current:
                not_current, start, i = True, i, i - 1
                continue
            if tok.text == "-" and i - 1 >= sent.start and doc[i - 1].lower_ in self.words.not_current:
                start, i = i, i - 1
                continue
            if low in DETERMINERS or (low in DEMONSTRATIVES and tok.dep_ == "det"):
                start, definite, indefinite = i, low not in ("a", "an"), low in ("a", "an")
            elif low in POSSESSIVES:
                start, possessor, definite = i, i, True
            break
        end, name, person_ids, surname_only = p.end, None, (), None
        if country is None:  # "UN secretary-general" is one role phrase with its IGO inside
            country = self._code_inside(doc, p)
        if p.type in ("role", "title", "counterpart", "group"):
            j = p.end
            if j + 1 < sent.end and doc[j].lower_ == "of":
                k = j + 1 + (doc[j + 1].lower_ == "the")
                right = starts.get(k)
                if right is not None and right.type in ("country", "igo") and right.field not in ("adjective",):
                    country = country or self._code_of(right)
                    j = end = right.end
            if p.type in ("role", "title", "counterpart") and j < sent.end:
                while j < sent.end and doc[j].lower_ in self.words.courtesy_titles:
                    j += 1
                named = self._name_at(doc, j, starts, sent.end, used)
                if named is not None:
                    n_end, name, person_ids, surname_only = named
                    end = n_end
        if plural:
            if country is None or doc[p.end - 1].lower_ in ("and", "or"):
                return None
            return Candidate(start, end, "group", head=p.end - 1, country=country, sector=sector or "GOV")
        if p.type == "group":
            if (country is None and definite and not possessor and sector in GROUP_ANAPHOR_SECTORS
                    and (last.tag_ in ("NNS", "NNPS") or last.lower_ in GROUP_WORDS)):
                # "the rebels", "the militants": a named armed group of the last two sentences, if any
                return Candidate(start, p.end, "bare_group", head=p.end - 1, sector=sector, definite=True,
                                 extra={"org_anaphor": True})
            if country is None:
                if definite and not possessor and last.tag_ not in ("NNS", "NNPS") and sector in ANAPHORIC_SECTORS:
                    return Candidate(start, p.end, "bare_group", head=p.end - 1, sector=sector, definite=True)
                return None
            if sector == "IGO" and not country.startswith("IGO"):
                return None  # "an American group": not an IGO, and too vague for a state sector
            return Candidate(start, end, "group", head=p.end - 1, country=country, sector=sector)
        if org is not None:
            return Candidate(start, end, "description", head=p.end - 1, role=p.value if p.type == "role" else None,
                             title=doc[p.start:p.end].text.lower() if p.type == "title" else None,
                             person_ids=person_ids, name=name, possessor=possessor, definite=True,
                             extra={"surname_only": surname_only, "org": org})
        if p.type == "counterpart" and name is not None:  # "his Japanese counterpart Taro Kono"
            return Candidate(start, end, "description", head=p.end - 1, country=country, person_ids=person_ids,
                             name=name, possessor=possessor, definite=definite, extra={"surname_only": surname_only})
        if p.type == "counterpart":
            if not definite and country is None:
                return None
            return Candidate(start, end, "counterpart", head=p.end - 1, country=country, possessor=possessor,
                             definite=definite)
        role = p.value if p.type == "role" else None
        title = doc[p.start:p.end].text.lower() if p.type == "title" else None
        if name is None and not definite and country is None:
            if p.type == "title" or not doc[p.start].text[:1].isupper():
                return None  # "minister" in passing, not a mention of someone
        if name is None and p.type == "title" and country is None and not definite:
            return None
        kind = "description"
        return Candidate(start, end, kind, head=p.end - 1, country=country, role=role, title=title,
                         person_ids=person_ids, name=name, not_current=not_current, possessor=possessor,
                         definite=definite, extra={"surname_only": surname_only, "indefinite": indefinite})

    def _settle_orgs(self, doc: Doc, pieces: list[Piece]) -> list[Piece]:
        """Named-group pieces that hold: an acronym two groups share ("RSF") goes to the one the
        article names in full or whose home state it mentions, else to none; a name that is the
        tail of a longer name ("Christian Democratic Party") is dropped; after another state, a
        party's or agency's name stands for that state's body of the same sector ("Japan's
        Democratic Party" JPNPTY, "the Belarusian KGB" BLRSPY)."""
        named = {e.key for p in pieces if p.type == "org" and len(p.entries) == 1 for e in p.entries}
        # "Wagner" is a group, but not in an article about Richard Wagner
        surnames = set()
        for ent in doc.ents:
            words = [t.text for t in ent if t.text not in GENITIVE]
            if ent.label_ == "PERSON" and len(words) > 1:
                surnames.add(words[-1])
        states = {e.key for p in pieces if p.type == "country" for e in p.entries}
        ends = {p.end: p for p in pieces}
        out: list[Piece] = []
        for p in pieces:
            if p.type != "org":
                out.append(p)
                continue
            entries = p.entries
            if p.end - p.start == 1 and doc[p.start].text in surnames:
                continue
            if len(entries) > 1:
                entries = tuple(e for e in entries if e.key in named) or tuple(
                    e for e in entries if self.kb.groups[e.key].country in states)
                if len(entries) != 1:
                    continue
                p = Piece(p.start, p.end, p.type, entries, p.value)
            verdict = self._tail_of_other_name(doc, p, ends)
            if verdict == "other_state":  # "the Belarusian KGB": that state's body of the same sector
                out.append(Piece(p.start, p.end, "group", (), self.kb.groups[p.entries[0].key].sector))
            elif not verdict:
                out.append(p)
        return out

    def _tail_of_other_name(self, doc: Doc, p: Piece, ends) -> str:
        """"other_state", "longer_name" or "" (the piece holds)."""
        group = self.kb.groups[p.entries[0].key]
        if p.start == 0:
            return ""
        before = doc[p.start - 1]
        left = ends.get(p.start)
        if left is None and before.text in GENITIVE:
            left = ends.get(p.start - 1)
        if left is not None and left.type == "country":
            mismatch = group.kind in ("party", "agency") and group.country not in {e.key for e in left.entries}
            return "other_state" if mismatch else ""
        if left is not None and not (left.type == "surname" and left.end == p.start):
            return ""  # a bare surname right before it may be the first word of a longer name
        if not before.text[:1].isupper() or before.pos_ not in ("ADJ", "PROPN") or before.is_sent_start:
            return ""
        # a title-case headline capitalises every word: judge by the words around the name
        words = [t for t in before.sent if t.is_alpha and len(t) > 3 and not before.i <= t.i < p.end]
        return "longer_name" if sum(t.text[:1].isupper() for t in words) * 2 <= len(words) else ""

    def _org(self, doc: Doc, p: Piece, starts, ends) -> Candidate | None:
        """A named group, taking in its own home state before it ("Israel's Mossad", "Russian
        Gazprom") and a collective noun after it ("Houthi rebels", "Hamas officials"). Left to
        the descriptions when a person's title follows ("Hamas leader Ismail Haniyeh")."""
        group = self.kb.groups.get(p.entries[0].key)
        if group is None:
            return None
        start, end = p.start, p.end
        right = starts.get(p.end)
        if right is None and p.end < len(doc) and doc[p.end].text in GENITIVE:  # "Gazprom's chief executive"
            after = starts.get(p.end + 1)
            if after is not None and after.type in ("role", "title") and doc[after.end - 1].tag_ not in ("NNS", "NNPS"):
                return None
        if right is not None and right.type in ("role", "title", "counterpart"):
            plural = doc[right.end - 1].tag_ in ("NNS", "NNPS")
            if not (plural and right.type == "role"):
                return None
            end = right.end
        elif right is not None and right.type == "group":
            end = right.end
        left = ends.get(p.start)
        if left is None and p.start > 0 and doc[p.start - 1].text in GENITIVE:
            left = ends.get(p.start - 1)
        if left is not None and left.type == "country" and group.country is not None and (
                group.country in {e.key for e in left.entries}) and left.field != "capital":
            start = left.start
        return Candidate(start, end, "org", head=p.end - 1, country=group.country, sector=group.sector,
                         extra={"org": group.code})

    def _name_at(self, doc: Doc, j: int, starts, limit: int, used):
        """A personal name starting at token j: (end, text, KB ids, surname?) or None."""
        if j >= limit or j in used:
            return None
        piece = starts.get(j)
        if piece is not None and piece.type == "person":
            return piece.end, doc[piece.start:piece.end].text, tuple(e.key for e in piece.entries), None
        if piece is not None and piece.type == "surname" and not self._name_goes_on(doc, piece.end, limit):
            return piece.end, piece.value, (), piece.value
        tok = doc[j]
        if tok.ent_type_ in NOT_NAME_LABELS or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
            return None
        if piece is not None and piece.type != "surname":
            return None
        k = j
        while k < limit and k - j < 4 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and (
                k not in starts or starts[k].type == "surname"):
            k += 1
        if k == j or doc[k - 1].lower_ in self.words.not_name_endings:
            return None
        if k < len(doc) and doc[k].lower_ in self.words.not_name_endings:
            return None
        text = doc[j:k].text
        return k, text, (), (text if k - j == 1 else None)

    @staticmethod
    def _inside_longer_entity(doc: Doc, p: Piece) -> bool:
        for ent in doc.ents:
            if ent.start <= p.start < ent.end:
                longer = ent.end > p.end or any(t.pos_ != "DET" for t in doc[ent.start:p.start])
                return ent.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT") and longer and (
                    doc[ent.end - 1].pos_ != "PART")
        return False

    @staticmethod
    def _inside_other_name(doc: Doc, p: Piece) -> bool:
        """A title word that is part of a place, event or organisation name."""
        first = doc[p.start]
        if p.start > first.sent.start:
            before = doc[p.start - 1]
            if before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ == "PERSON":
                return True  # "Martin Luther King"
        if first.ent_type_ and first.ent_type_ != "PERSON" and p.end < len(doc):
            after = doc[p.end]
            return after.ent_iob_ == "I" and after.ent_type_ == first.ent_type_ and after.ent_type_ not in ("NORP",)
        return False

    @staticmethod
    def _name_goes_on(doc: Doc, k: int, limit: int) -> bool:
        return k < limit and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"

    def _code_inside(self, doc: Doc, p: Piece) -> str | None:
        """The IGO or state named inside one role phrase: "UN secretary-general", "Kremlin
        spokesman", "White House press secretary" (a seat of government stands for its state)."""
        for i in range(p.start, p.end):
            for j in range(p.end, i, -1):
                text = doc[i:j].text
                entries = [e for e in (*self.kb.lookup(text), *self.kb.lookup(f"the {text}"))
                           if e.kind == "igo" or (e.kind == "country" and e.field in ("name", "alias", "adjective", "seat"))]
                if not entries:
                    continue
                igo = next((e for e in entries if e.kind == "igo"), None)
                return igo.key if igo else self._country_of(Piece(i, j, "country", tuple(entries)))
        return None

    def _code_of(self, piece: Piece) -> str:
        return piece.entries[0].key if piece.type == "igo" else self._country_of(piece)

    def _country_of(self, piece: Piece) -> str:
        """Of several countries sharing a name (Moscow: RUS and SUN), the one of the day."""
        keys = [e.key for e in piece.entries if e.kind == "country"]
        day = self.day
        if day is not None:
            alive = [k for k in keys if self._exists(k, day)]
            keys = alive or keys
        order = {"state": 0, "territory": 1, "observer": 2, "former": 3}
        keys.sort(key=lambda k: order.get(self.kb.countries[k].kind, 4) if k in self.kb.countries else 5)
        return keys[0] if keys else None

    def _exists(self, code: str, day) -> bool:
        c = self.kb.countries.get(code)
        return c is not None and (c.start is None or c.start <= day) and (c.end is None or day <= c.end)

    def _standalone(self, doc: Doc, p: Piece) -> Candidate | None:
        if p.type == "person":
            start = p.start
            if start > 0 and doc[start - 1].lower_ in self.words.courtesy_titles:
                start -= 1
            return Candidate(start, p.end, "person", head=p.end - 1, person_ids=tuple(e.key for e in p.entries),
                             name=doc[p.start:p.end].text)
        if p.type == "igo":
            return Candidate(p.start, p.end, "igo", head=p.end - 1, country=p.entries[0].key)
        if p.type == "org":  # left for a description that did not form: the group alone
            group = self.kb.groups[p.entries[0].key]
            return Candidate(p.start, p.end, "org", head=p.end - 1, country=group.country, sector=group.sector,
                             extra={"org": group.code})
        if p.type == "country":
            code = self._country_of(p)
            if p.field in ("capital", "seat"):
                if self._inside_longer_entity(doc, p):
                    return None  # "Moscow State University", "Tokyo Stock Exchange"
                return Candidate(p.start, p.end, "gov", head=p.end - 1, country=code, sector="GOV")
            return Candidate(p.start, p.end, "state", head=p.end - 1, country=code)
        if p.type == "surname":
            tok = doc[p.start]
            if tok.ent_type_ in NOT_NAME_LABELS:
                return None
            if self._name_goes_on(doc, p.end, tok.sent.end) or (
                    p.start > tok.sent.start and doc[p.start - 1].pos_ == "PROPN" and doc[p.start - 1].text[:1].isupper()
                    and doc[p.start - 1].lower_ not in self.words.courtesy_titles):
                return None  # "Harris County", "Dwayne Johnson": someone or something else
            ent = next((e for e in doc.ents if e.start <= p.start < e.end), None)
            if ent is not None and ent.label_ == "PERSON" and len(ent) > 1:
                return None  # part of a longer name the NER found ("Ali Motahari")
            if tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and tok.pos_ != "PROPN":
                return None
            start = p.start
            if start > 0 and doc[start - 1].lower_ in self.words.courtesy_titles:
                start -= 1
            return Candidate(start, p.end, "surname", head=p.start, name=p.value,
                             extra={"ner_person": tok.ent_type_ == "PERSON" or tok.dep_ in ("nsubj", "nsubjpass")})
        return None

    def _named(self, doc: Doc, start: int, end: int) -> Candidate | None:
        while start < end and (doc[start].lower_ in self.words.courtesy_titles or doc[start].lower_ in DETERMINERS):
            start += 1
        while end > start and (doc[end - 1].text in GENITIVE or not doc[end - 1].text.strip()):
            end -= 1
        if start >= end or doc[end - 1].lower_ in self.words.not_name_endings:
            return None
        text = doc[start:end].text
        if end - start == 1:
            return Candidate(start, end, "surname", head=start, name=text, extra={"ner_person": True})
        return Candidate(start, end, "named", head=end - 1, name=text)
