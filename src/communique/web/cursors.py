"""Opaque, stable page cursors: the sort key of the last row of a page, base64url JSON.

A cursor names a position in a fixed ordering rather than an offset, so a page never
repeats or skips rows when rows are added before it (keyset pagination).
"""
from __future__ import annotations

import base64
import json
from typing import Any


class BadCursor(ValueError):
    pass


def encode(key: list[Any] | tuple[Any, ...]) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(cursor: str, size: int) -> list[Any]:
    """The key inside ``cursor``; ``BadCursor`` unless it is a list of ``size`` scalars."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BadCursor("the cursor is not one this server gave out") from None
    if not isinstance(key, list) or len(key) != size or not all(
        isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in key
    ):
        raise BadCursor("the cursor is not one this server gave out")
    return key
