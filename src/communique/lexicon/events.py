"""The event lexicon: which words name which CAMEO event, and where their actors are.

The words are data (``data/event_lexicon.tsv``, written by this team); this module only
reads them into lookup tables the coder can use without knowing the file's layout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from communique.lexicon.cameo import cameo, cameo_table

__all__ = ["EventEntry", "EventLexicon", "event_lexicon", "parse_lexicon"]

KNOWN_FLAGS = {"sym", "of_source", "no_target", "needs_target", "needs_object", "verbal_by_person", "direct_target"}
DEFAULT_VERB_TARGETS = ("obj", "against", "on", "with", "to")
DEFAULT_NOUN_TARGETS = ("against", "on", "with", "to", "of")


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One trigger: a predicate lemma plus the words that must go with it.

    For verbs ``extra`` are words that must hang off the verb (particle, preposition,
    object: "call on", "impose sanction"); for nouns they are the words that must come
    right before it ("hunger strike" is keyed by "strike" with extra ("hunger",)).
    """

    head: str
    extra: tuple[str, ...]
    pos: str  # verb | noun
    cameo: str
    targets: tuple[str, ...]
    symmetric: bool = False
    of_source: bool = False
    no_target: bool = False
    needs_target: bool = False
    needs_object: bool = False
    plover: str | None = None  # the PLOVER type when it is not the CAMEO code's default
    verbal_by_person: bool = False
    direct_target: bool = False

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    verbs: dict[str, tuple[EventEntry, ...]]  # head lemma -> entries, longest first
    nouns: dict[str, tuple[EventEntry, ...]]
    light_verbs: dict[str, tuple[str, ...]]  # head lemma -> required extra words
    modal_verbs: frozenset[str]
    say_verbs: frozenset[str]
    intent_codes: dict[str, str]  # CAMEO root -> code of the intention to do it
    agent_nouns: frozenset[str] = frozenset()
    stative_passives: frozenset[str] = frozenset()
    irrealis_verbs: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    undoing_verbs: frozenset[str] = frozenset()
    implicit_sectors: dict[str, str] = field(default_factory=dict)  # "the government" -> GOV
    growth_verbs: frozenset[str] = frozenset()

    def entries(self, lemma: str, pos: str) -> tuple[EventEntry, ...]:
        table = self.verbs if pos == "verb" else self.nouns
        return table.get(lemma, ())

    def intent_code(self, code: str) -> str | None:
        return self.intent_codes.get(code[:2])

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def _plover_types() -> set[str]:
    return {c.plover for c in cameo_table().values() if c.plover}


def parse_lexicon(text: str) -> EventLexicon:
    """Parse the TSV; a malformed line raises ValueError naming its line number."""
    verbs: dict[str, list[EventEntry]] = {}
    nouns: dict[str, list[EventEntry]] = {}
    light: dict[str, tuple[str, ...]] = {}
    modal: set[str] = set()
    say: set[str] = set()
    intent: dict[str, str] = {}
    agents: set[str] = set()
    stative: set[str] = set()
    irrealis: set[str] = set()
    hearsay: set[str] = set()
    refusal: set[str] = set()
    undo: set[str] = set()
    implicit: dict[str, str] = {}
    grow: set[str] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t") + [""] * 6
        trigger, pos, code, target, flags, plover = (c.strip() for c in cells[:6])
        words = tuple(trigger.lower().split())
        if not words or pos not in {"verb", "noun", "light", "modal", "say", "intent", "agent", "stative", "irrealis", "hearsay", "refusal", "undo", "implicit", "grow"}:
            raise ValueError(f"event lexicon line {number}: cannot read {raw!r}")
        if pos == "light":
            light[words[0]] = words[1:]
            continue
        if pos == "modal":
            modal.add(words[-1])
            continue
        if pos == "irrealis":
            irrealis.add(words[0])
            continue
        if pos == "grow":
            grow.add(words[0])
            continue
        if pos == "implicit":
            implicit[words[0]] = code
            continue
        if pos == "undo":
            undo.add(words[0])
            continue
        if pos == "refusal":
            refusal.add(words[0])
            continue
        if pos == "hearsay":
            hearsay.add(words[0])
            continue
        if pos == "stative":
            stative.add(words[0])
            continue
        if pos == "agent":
            agents.add(words[0])
            continue
        if pos == "say":
            say.add(words[0])
            continue
        try:
            cameo(code)
        except (KeyError, ValueError):
            raise ValueError(f"event lexicon line {number}: unknown CAMEO code {code!r}") from None
        if pos == "intent":
            intent[trigger] = code
            continue
        flag_set = set(filter(None, flags.split("|")))
        if flag_set - KNOWN_FLAGS:
            raise ValueError(f"event lexicon line {number}: unknown flag(s) {sorted(flag_set - KNOWN_FLAGS)}")
        if plover and plover not in _plover_types():
            raise ValueError(f"event lexicon line {number}: unknown PLOVER type {plover!r}")
        defaults = DEFAULT_VERB_TARGETS if pos == "verb" else DEFAULT_NOUN_TARGETS
        head, extra = (words[0], words[1:]) if pos == "verb" else (words[-1], words[:-1])
        entry = EventEntry(
            head=head,
            extra=extra,
            pos=pos,
            cameo=code,
            targets=tuple(filter(None, target.split("|"))) or defaults,
            symmetric="sym" in flag_set,
            of_source="of_source" in flag_set,
            no_target="no_target" in flag_set,
            needs_target="needs_target" in flag_set,
            needs_object="needs_object" in flag_set,
            plover=plover or None,
            verbal_by_person="verbal_by_person" in flag_set,
            direct_target="direct_target" in flag_set,
        )
        (verbs if pos == "verb" else nouns).setdefault(head, []).append(entry)
    order = lambda entries: tuple(sorted(entries, key=lambda e: -len(e.extra)))  # noqa: E731
    return EventLexicon(
        verbs={k: order(v) for k, v in verbs.items()},
        nouns={k: order(v) for k, v in nouns.items()},
        light_verbs=light,
        modal_verbs=frozenset(modal),
        say_verbs=frozenset(say),
        intent_codes=intent,
        agent_nouns=frozenset(agents),
        stative_passives=frozenset(stative),
        irrealis_verbs=frozenset(irrealis),
        hearsay_nouns=frozenset(hearsay),
        refusal_verbs=frozenset(refusal),
        undoing_verbs=frozenset(undo),
        implicit_sectors=implicit,
        growth_verbs=frozenset(grow),
    )


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    text = resources.files("communique.lexicon").joinpath("data/event_lexicon.tsv").read_text(encoding="utf-8")
    return parse_lexicon(text)
