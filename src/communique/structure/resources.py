"""Word lists of the structure stage, read once from ``structure/data``.

They are data, not code, so adding an agency or a month spelling is a one-line edit.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

_PACKAGE = "communique.structure"


def _rows(name: str) -> list[list[str]]:
    text = resources.files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=None)
def agencies() -> dict[str, str]:
    """Lower-cased alias -> canonical agency name."""
    return {alias.lower(): canonical for alias, canonical in _rows("agencies.tsv")}


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    """Lower-cased month spelling (no dot) -> month number."""
    return {name.lower(): int(number) for name, number in _rows("months.tsv")}


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows(name))


@lru_cache(maxsize=None)
def weekdays() -> frozenset[str]:
    return _words("weekdays.txt")


@lru_cache(maxsize=None)
def place_particles() -> frozenset[str]:
    return _words("place_particles.txt")


@lru_cache(maxsize=None)
def section_words() -> frozenset[str]:
    return _words("section_words.txt")


@lru_cache(maxsize=None)
def header_noise() -> tuple[str, ...]:
    return tuple(sorted(_words("header_noise.txt"), key=len, reverse=True))


def canonical_agency(name: str) -> str | None:
    """The agency's canonical name, or None when the table does not know it."""
    key = " ".join(name.strip().strip("/").split()).lower()
    return agencies().get(key)


@lru_cache(maxsize=None)
def not_places() -> frozenset[str]:
    return _words("not_places.txt")


@lru_cache(maxsize=None)
def dangling_words() -> frozenset[str]:
    return _words("dangling_words.txt")


@lru_cache(maxsize=None)
def header_labels() -> frozenset[str]:
    return _words("header_labels.txt")
