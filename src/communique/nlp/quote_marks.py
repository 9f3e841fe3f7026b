"""Find quoted stretches of text from the quotation marks alone (no parse needed).

Works one paragraph (block) at a time so that a stray mark can never swallow the rest of
the article. Straight double quotes are told apart as opening or closing by their
neighbours; curly and angle marks say which they are. Single marks nested inside a
double-quoted stretch are left alone (they belong to the quote). A block that opens a
quote without closing it is a quote running on into the next block when that block
opens with a mark (the newspaper convention); otherwise the stray mark is dropped,
unless the block itself opens with it (a lost closing mark: the quote runs to the block end).
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Quoted", "find_quoted", "find_nested", "blocks_of"]

OPENERS = frozenset("“„«‟")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
ALL_MARKS = OPENERS | CLOSERS | {STRAIGHT}
SINGLE_MARKS = frozenset("‘’")
_BEFORE_OPEN = frozenset(" \t\n\u00a0([{—–-/:;,")
_AFTER_CLOSE = frozenset(" \t\n\u00a0.,;:!?)]}—–-/\u2009")


@dataclass(frozen=True, slots=True)
class Quoted:
    """Characters between a pair of marks: ``start``/``end`` exclude the marks and
    surrounding whitespace; ``open_mark``/``close_mark`` are the marks' offsets
    (``close_mark`` is None when the quote runs on to the next block)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    block: int

    @property
    def runs_on(self) -> bool:
        return self.close_mark is None


def blocks_of(text: str) -> list[tuple[int, int]]:
    """Paragraph-like blocks: stretches between blank lines (or single newlines)."""
    blocks, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if text[start:i].strip():
                blocks.append((start, i))
            start = i + 1
    if text[start:].strip():
        blocks.append((start, len(text)))
    return blocks


def _role_single(text: str, i: int, lo: int, hi: int) -> str | None:
    """Single curly marks: ‘ opens; ’ closes only where it cannot be an apostrophe
    (after closing punctuation, or before punctuation / the block end)."""
    if text[i] == "‘":
        return "open"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev in ".,!?…" or (nxt in ".,;:!?—–)" or i + 1 >= hi) and not prev.isspace():
        return "close"
    return None


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the mark at ``i`` inside block [lo, hi)."""
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    can_open = (prev in _BEFORE_OPEN or prev in ALL_MARKS) and not nxt.isspace()
    can_close = (nxt in _AFTER_CLOSE or nxt in ALL_MARKS) and not prev.isspace()
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_with_mark(text: str, lo: int, hi: int, single: bool = False) -> bool:
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    if single:
        return i < hi and text[i] == "‘"
    return i < hi and (text[i] in OPENERS or text[i] == STRAIGHT)


def find_quoted(text: str, blocks: list[tuple[int, int]] | None = None, single: bool = False) -> list[Quoted]:
    """Every double-quoted stretch of ``text``, in order, never crossing a block.

    With ``single``, curly single marks are the quotation marks instead (for outlets that
    quote ‘like this’); double marks are then left alone as nested quotes."""
    blocks = blocks if blocks is not None else blocks_of(text)
    marks = SINGLE_MARKS if single else ALL_MARKS
    found: list[Quoted] = []
    for b, (lo, hi) in enumerate(blocks):
        open_at: int | None = None
        for i in range(lo, hi):
            if text[i] not in marks:
                continue
            role = _role_single(text, i, lo, hi) if single else _role(text, i, lo, hi)
            if role is None:
                continue
            if open_at is None:
                if role in ("open", "either"):
                    open_at = i
                continue
            if role in ("close", "either"):
                s, e = _trimmed(text, open_at + 1, i)
                if e > s:
                    found.append(Quoted(s, e, open_at, i, b))
                open_at = None
            else:  # a second opening mark: the first one was stray
                open_at = i
        if open_at is None:
            continue
        next_opens = b + 1 < len(blocks) and _opens_with_mark(text, *blocks[b + 1], single=single)
        starts_block = not text[lo:open_at].strip()
        if next_opens or starts_block:
            s, e = _trimmed(text, open_at + 1, hi)
            if e > s:
                found.append(Quoted(s, e, open_at, None, b))
    return found


_NESTED_OPEN = frozenset("'‘")
_NESTED_CLOSE = frozenset("'’")


def find_nested(text: str, outer: Quoted) -> list[Quoted]:
    """Single-quoted stretches inside a double-quoted one ("... and said, 'we've got a
    drummer', and ..."). An opening mark follows a space or a comma/colon and precedes a
    letter; a closing mark follows a non-space and precedes no letter, so apostrophes
    ("we've", "Spanton's") are never marks."""
    found: list[Quoted] = []
    open_at: int | None = None
    lo, hi = outer.start, outer.end
    for i in range(lo, hi):
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if ch in _NESTED_OPEN and (prev.isspace() or prev in ",:(") and nxt.isalpha():
                open_at = i
            continue
        if ch in _NESTED_CLOSE and not prev.isspace() and not nxt.isalpha():
            s, e = _trimmed(text, open_at + 1, i)
            if e > s:
                found.append(Quoted(s, e, open_at, i, outer.block))
            open_at = None
    return found
