"""The reporting-cue lexicon: verbs and phrases that introduce what someone said.

The words live in ``lexicon/data/cues.tsv`` (one cue a line: cue, type, class, appeal flag)
so that adding a verb is a data edit. The quote extractor asks "is this token a cue?";
the event coder asks "does this cue signal an appeal or a demand?".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

__all__ = ["Cue", "CueLexicon", "load_cues", "parse_cues", "load_speaker_words", "parse_speaker_words"]

_TYPES = frozenset({"verb", "phrasal", "phrase"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting cue.

    ``type``: ``verb`` (a lemma), ``phrasal`` (verb lemma + particle, "point out"),
    ``phrase`` (fixed words, "according to"). ``appeal`` marks appeals and demands.
    """

    text: str
    type: str
    cls: str
    appeal: bool

    @property
    def head(self) -> str:
        """The first word: the verb lemma of a phrasal cue, the first word of a phrase."""
        return self.text.split()[0]


@dataclass(frozen=True)
class CueLexicon:
    cues: tuple[Cue, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_text", {c.text: c for c in self.cues})

    def __len__(self) -> int:
        return len(self.cues)

    def get(self, text: str) -> Cue | None:
        return self._by_text.get(text.lower())  # type: ignore[attr-defined]

    @cached_property
    def verbs(self) -> frozenset[str]:
        """Lemmas that are reporting verbs on their own."""
        return frozenset(c.text for c in self.cues if c.type == "verb")

    @cached_property
    def phrasal(self) -> dict[str, frozenset[str]]:
        """Verb lemma -> particles that make it a reporting cue ("point" -> {"out", "to"})."""
        out: dict[str, set[str]] = {}
        for c in self.cues:
            if c.type == "phrasal":
                verb, *rest = c.text.split()
                out.setdefault(verb, set()).add(" ".join(rest))
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def phrases(self) -> tuple[str, ...]:
        """Fixed phrases, longest first so the longest match wins."""
        return tuple(
            sorted((c.text for c in self.cues if c.type == "phrase" and c.cls != "naming"), key=len, reverse=True)
        )

    @cached_property
    def naming(self) -> tuple[str, ...]:
        """Words that introduce a quoted name or term ("so-called", "the term"): not speech."""
        return tuple(sorted((c.text for c in self.cues if c.cls == "naming"), key=len, reverse=True))

    def is_appeal(self, text: str) -> bool:
        cue = self.get(text)
        return bool(cue and cue.appeal)


def parse_cues(text: str) -> CueLexicon:
    """Parse the TSV; a malformed line raises ValueError naming the line."""
    cues: list[Cue] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 4:
            raise ValueError(f"cues.tsv line {n}: expected 4 tab-separated cells, got {len(cells)}")
        cue, kind, cls, appeal = cells
        if kind not in _TYPES:
            raise ValueError(f"cues.tsv line {n}: unknown type {kind!r}")
        if appeal not in ("0", "1"):
            raise ValueError(f"cues.tsv line {n}: appeal flag must be 0 or 1, got {appeal!r}")
        key = cue.lower()
        if key in seen:
            raise ValueError(f"cues.tsv line {n}: duplicate cue {cue!r}")
        seen.add(key)
        cues.append(Cue(text=key, type=kind, cls=cls, appeal=appeal == "1"))
    return CueLexicon(tuple(cues))


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged lexicon, read once per process."""
    data = resources.files("communique.lexicon").joinpath("data", "cues.tsv").read_text(encoding="utf-8")
    return parse_cues(data)


_WORD_KINDS = frozenset(
    {"male_title", "female_title", "male_name", "female_name", "body", "vehicle", "speech", "institution", "generic"}
)


def parse_speaker_words(text: str) -> dict[str, frozenset[str]]:
    """Parse ``speaker_words.tsv`` into kind -> words; a malformed line raises ValueError."""
    out: dict[str, set[str]] = {k: set() for k in _WORD_KINDS}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2:
            raise ValueError(f"speaker_words.tsv line {n}: expected 2 tab-separated cells, got {len(cells)}")
        word, kind = cells
        if kind not in _WORD_KINDS:
            raise ValueError(f"speaker_words.tsv line {n}: unknown kind {kind!r}")
        out[kind].add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load_speaker_words() -> dict[str, frozenset[str]]:
    """Titles, given names and nouns that help name a speaker (gender, bodies, speech nouns)."""
    data = resources.files("communique.lexicon").joinpath("data", "speaker_words.tsv").read_text(encoding="utf-8")
    return parse_speaker_words(data)
