"""Finds knowledge-base names in a Doc: one set of spaCy PhraseMatchers built once per KB.

Names, adjectives, capitals, seats and role phrases match case-insensitively (LOWER) but a
name must start with a capital letter in the text ("Male" the capital, not "male");
acronyms ("UN", "G7", "CIA") and bare surnames match case-sensitively (ORTH). Named groups
(groups.tsv: armed groups, agencies, parties, outlets, NGOs, companies) come out as ``org``
pieces, which win over the generic role phrases and collective nouns they overlap ("State
Department", "Revolutionary Guards"); their acronyms are not read in all-capital text, where
"IS" and "AP" are ordinary words.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from communique.kb.loader import KnowledgeBase
from communique.kb.model import Entry
from communique.nlp.actor_words import actor_words

# What a piece of text is, in the order ties are broken (lower wins).
PRIORITY = {"person": 0, "igo": 1, "country": 2, "org": 3, "group": 4, "role": 5, "counterpart": 6, "title": 7,
            "surname": 8}
NAMED_KINDS = ("person", "igo", "country", "org")


@dataclass(frozen=True, slots=True)
class Piece:
    """A matched stretch of tokens [start, end) and what it may name."""

    start: int
    end: int
    type: str  # person | igo | country | org | role | group | counterpart | title | surname
    entries: tuple[Entry, ...] = ()
    value: str = ""  # role key, group sector, title word or surname

    @property
    def field(self) -> str:
        return self.entries[0].field if self.entries else ""


class KBMatcher:
    """All KB-driven phrase matching for one knowledge base and one vocabulary."""

    def __init__(self, nlp: Language, kb: KnowledgeBase):
        self.kb = kb
        words = actor_words()
        self._names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._payload: dict[str, tuple[str, tuple[Entry, ...], str]] = {}
        # Named groups must be capitalised as written ("Russia Today" the channel, not "visited
        # Russia today"): per label, the token positions each spelling capitalises.
        self._capitals: dict[str, list[tuple[bool, ...]]] = {}
        make = nlp.make_doc

        def add(matcher: PhraseMatcher, label: str, texts: list[str], payload) -> None:
            self._payload[label] = payload
            matcher.add(label, [make(t) for t in texts])

        for key, entries in kb.name_keys().items():
            builtin = [e for e in entries if e.kind != "person" or kb.people[e.key].source == "builtin"]
            by_kind: dict[str, list[Entry]] = {}
            for e in builtin or entries:  # built-in knowledge wins over an imported layer's
                by_kind.setdefault(e.kind, []).append(e)
            forms = kb.surface_forms(key)
            upper = {f for f in forms if f.replace(".", "").isupper() and " " not in f}
            lower = forms - upper - {key} if upper and key in {f.lower() for f in upper} else forms - upper
            for kind, group in by_kind.items():
                if lower:
                    texts = sorted(lower | {f.replace("'", "’") for f in lower if "'" in f})
                    add(self._names, f"{kind}|{key}", texts, (kind, tuple(group), ""))
                    if kind == "org":
                        caps = [tuple(t.text[:1].isupper() for t in make(f)) for f in texts]
                        self._capitals[f"{kind}|{key}"] = [c for c in caps if any(c)] or caps
                if upper:  # "US", "UK": only as written, never "us"
                    add(self._exact, f"{kind}|={key}", sorted(upper), (kind, tuple(group), ""))
        for acronym, entries in kb.acronym_keys().items():
            kind = "org" if all(e.kind == "org" for e in entries) else "igo"
            chosen = tuple(e for e in entries if (e.kind == "org") == (kind == "org"))
            add(self._exact, f"acronym|{acronym}", [acronym], (kind, chosen, ""))
        for surname in kb.surname_keys():
            add(self._exact, f"surname|{surname}", [surname], ("surname", (), surname))
        for phrase, role in kb.role_phrases().items():
            if role in words.collective_roles:
                add(self._names, f"group|{phrase}", [phrase], ("group", (), kb.roles[role].sector))
            else:
                add(self._names, f"role|{phrase}", [phrase], ("role", (), role))
        for phrase, sector in words.group_nouns.items():
            if kb.role_of_phrase(phrase) is None:
                add(self._names, f"group|{phrase}", [phrase], ("group", (), sector))
        for phrase in words.counterpart:
            add(self._names, f"counterpart|{phrase}", [phrase], ("counterpart", (), phrase))
        for word in words.bare_titles:
            if kb.role_of_phrase(word) is None:
                add(self._names, f"title|{word}", [word], ("title", (), word))

    def pieces(self, doc: Doc) -> list[Piece]:
        """Non-overlapping pieces, longest first, then by PRIORITY."""
        found: list[Piece] = []
        for matcher in (self._names, self._exact):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                kind, entries, value = self._payload[label]
                if label in self._capitals:  # "al-Qaeda" starts in lower case, "Russia today" is no channel
                    if not _capitalised_as_written(doc[start:end], self._capitals[label]):
                        continue
                elif kind in NAMED_KINDS and label.startswith(tuple(f"{k}|" for k in NAMED_KINDS)):
                    if not doc[start].text[:1].isupper():
                        continue
                if kind == "org" and label.startswith("acronym|"):
                    if _shouting(doc[start].sent if doc.has_annotation("SENT_START") else doc[:]):
                        continue
                found.append(Piece(start, end, kind, entries, value))
        found.sort(key=lambda p: (-(p.end - p.start), PRIORITY[p.type], p.start))
        taken: set[int] = set()
        kept: list[Piece] = []
        for piece in found:
            span = set(range(piece.start, piece.end))
            if span & taken:
                continue
            taken |= span
            kept.append(piece)
        return sorted(kept, key=lambda p: p.start)


def _shouting(sent) -> bool:
    """A sentence written mostly in capitals (a headline, a slogan): its short capitalised
    words are not acronyms there."""
    words = [t.text for t in sent if t.text.isalpha() and len(t.text) > 1]
    return len(words) >= 3 and sum(w.isupper() for w in words) * 2 > len(words)


def _capitalised_as_written(span, spellings: list[tuple[bool, ...]]) -> bool:
    """Some spelling of the same length capitalises no word the text leaves in lower case."""
    upper = tuple(t.text[:1].isupper() for t in span)
    return any(len(caps) == len(upper) and all(u or not c for u, c in zip(upper, caps)) for caps in spellings)
