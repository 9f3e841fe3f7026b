"""Text -> units: the lines or paragraphs an article is made of, as spans of the text.

Blank lines separate blocks. Inside a block each line is its own unit (header lines and
paragraphs separated by single newlines), unless the block is one hard-wrapped paragraph.
Spans are trimmed of surrounding whitespace (``\\r`` of CRLF endings included); the text
itself is never changed.
"""
from __future__ import annotations

from communique.records import TextSpan

_WRAP_MIN_WIDTH = 40  # narrower blocks are lists of short lines, not a wrapped paragraph


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line terminators excluded."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        out.append((pos, pos + len(body)))
        pos += len(raw)
    return out


def _trimmed(text: str, start: int, end: int) -> TextSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return TextSpan(text[start:end], start, end) if end > start else None


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when every line but the last was broken only because the next word did not fit."""
    lines = [line.strip() for line in lines]
    if len(lines) < 2:
        return False
    if len(lines) == 2 and not lines[1][:1].islower():
        return False  # a long headline over a deck looks wrapped too; two lines cannot tell
    width = max(len(line) for line in lines)
    if width < _WRAP_MIN_WIDTH:
        return False
    for line, following in zip(lines, lines[1:]):
        first_word = following.split()[0] if following.split() else ""
        if len(line) < 0.6 * width or len(line) + 1 + len(first_word) <= width:
            return False
    return True


def split_units(text: str) -> list[TextSpan]:
    """The article's units in order: trimmed spans of ``text``."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if text[start:end].strip():
            current.append((start, end))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    units: list[TextSpan] = []
    for block in blocks:
        if is_hard_wrapped([text[s:e] for s, e in block]):
            pieces = [(block[0][0], block[-1][1])]
        else:
            pieces = block
        for start, end in pieces:
            span = _trimmed(text, start, end)
            if span is not None:
                units.append(span)
    return units
