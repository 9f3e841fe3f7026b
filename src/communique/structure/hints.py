"""Find the source's metadata (title, description, section) among the article's units.

HTML pages and feeds say what their headline and deck are; the text is what offsets point
into, so a hint is only used where the same words stand in the text. Titles often carry
the site's name ("Headline | Site"), descriptions are often cut ("...").
"""
from __future__ import annotations

import re
import unicodedata

from communique.records import TextSpan

_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ", " : ", " » ")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
_MIN_PREFIX_WORDS = 6


def normalise(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "}))
    return " ".join(text.split()).casefold()


def matches_title(unit: str, title: str | None) -> bool:
    u, t = normalise(unit), normalise(title)
    if not u or not t:
        return False
    if u == t:
        return True
    if len(u.split()) < 2:
        return False
    return any(t.startswith(u + sep) or t.endswith(sep + u) for sep in _TITLE_SEPARATORS)


def matches_description(unit: str, description: str | None) -> bool:
    u, d = normalise(unit), normalise(description)
    if not u or not d:
        return False
    if u == d:
        return True
    cut = _ELLIPSIS.sub("", d).rstrip()
    return cut != d and len(cut.split()) >= _MIN_PREFIX_WORDS and u.startswith(cut)


def matches_section(unit: str, section: str | None) -> bool:
    u, s = normalise(unit), normalise(section)
    if not u or not s:
        return False
    if u == s:
        return True
    crumbs = [c.strip() for c in re.split(r"\s(?:>|/|\||»|›|→)\s|[»›]", u)]
    return len(crumbs) > 1 and s in crumbs


def first_match(
    units: list[TextSpan], predicate, hint: str | None, limit: int, exclude: set[int] = frozenset()
) -> int | None:
    """Index of the first of the leading ``limit`` units the hint names (``exclude`` aside)."""
    if not hint:
        return None
    for i, unit in enumerate(units[:limit]):
        if i not in exclude and predicate(unit.text, hint):
            return i
    return None
