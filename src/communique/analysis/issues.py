"""Issue (topic) tagging from a lexicon kept as data (``analysis/data/issues.tsv``).

An issue is tagged where one of its phrases occurs on word boundaries; every hit keeps
its offsets so a tag can always be traced to the characters that justify it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Issue:
    key: str
    name: str
    category: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IssueHit:
    key: str
    text: str
    start: int
    end: int


def parse_lexicon(lines: list[str]) -> tuple[Issue, ...]:
    issues: list[Issue] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 4:
            raise ValueError(f"issues lexicon line {number}: expected 4 tab-separated cells, got {len(cells)}")
        key, name, category, phrases = cells
        if key in seen:
            raise ValueError(f"issues lexicon line {number}: duplicate key {key!r}")
        seen.add(key)
        words = tuple(p.strip().lower() for p in phrases.split("|") if p.strip())
        if not words:
            raise ValueError(f"issues lexicon line {number}: no phrases for {key!r}")
        issues.append(Issue(key, name, category, words))
    return tuple(issues)


@lru_cache(maxsize=1)
def load_issues() -> tuple[Issue, ...]:
    text = resources.files("communique.analysis").joinpath("data/issues.tsv").read_text(encoding="utf-8")
    return parse_lexicon(text.splitlines())


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation over every phrase (longest first), and phrase -> issue key."""
    owner: dict[str, str] = {}
    for issue in load_issues():
        for phrase in issue.phrases:
            owner.setdefault(phrase, issue.key)
    alternation = "|".join(re.escape(p) for p in sorted(owner, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), owner


def tag_text(text: str) -> list[IssueHit]:
    """Every issue phrase in ``text`` with its offsets, in order."""
    pattern, owner = _matcher()
    normalised = text.replace("\u2019", "'")
    return [
        IssueHit(owner[m.group(0).lower()], text[m.start() : m.end()], m.start(), m.end())
        for m in pattern.finditer(normalised)
    ]


def issue_keys(text: str) -> tuple[str, ...]:
    """Distinct issues of ``text`` in order of first appearance."""
    return tuple(dict.fromkeys(hit.key for hit in tag_text(text)))


def issue_by_key(key: str) -> Issue | None:
    return next((i for i in load_issues() if i.key == key), None)
