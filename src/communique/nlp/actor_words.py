"""The small word lists the actor resolver reads around KB names (kb/data/mention_words.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from communique.kb.loader import DATA_DIR

WORDS_FILE = DATA_DIR / "mention_words.yaml"


@dataclass(frozen=True)
class ActorWords:
    person_pronouns: frozenset[str]
    counterpart: tuple[str, ...]
    not_current: frozenset[str]
    courtesy_titles: frozenset[str]
    bare_titles: frozenset[str]
    group_nouns: dict[str, str]
    collective_roles: frozenset[str]
    not_name_endings: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    generic_roles: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")) or {}
    lower = lambda key: [str(w).lower() for w in data.get(key) or ()]  # noqa: E731
    return ActorWords(
        person_pronouns=frozenset(lower("person_pronouns")),
        counterpart=tuple(lower("counterpart")),
        not_current=frozenset(lower("not_current")),
        courtesy_titles=frozenset(lower("courtesy_titles")),
        bare_titles=frozenset(lower("bare_titles")),
        group_nouns={str(k).lower(): str(v).upper() for k, v in (data.get("group_nouns") or {}).items()},
        collective_roles=frozenset(lower("collective_roles")),
        not_name_endings=frozenset(lower("not_name_endings")),
        female_words=frozenset(lower("female_words")),
        male_words=frozenset(lower("male_words")),
        generic_roles={str(k): tuple(str(r) for r in v) for k, v in (data.get("generic_roles") or {}).items()},
    )
