"""Bytes -> str for text inputs: UTF-8 first, then the legacy code page that reads best.

UTF-8 input is decoded unchanged (offsets point into exactly the file's characters).
For anything else, charset detectors guess badly on what news files usually are — English
with a few accented or Cyrillic names — so we try the common code pages and keep the
decoding that looks least like mojibake, asking charset-normalizer only as one more
candidate (it is good on long texts in one language).
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from communique.errors import InputError

# Tried in this order; earlier wins a tie. cp1252 covers latin-1 text as well.
_CODE_PAGES = ("cp1252", "cp1251", "cp1250", "koi8_r", "iso8859_2", "latin_1")
_SNIFF = 64 * 1024
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_FINE_SYMBOLS = set("€£¥°§©®™±×÷µ¶·•…‰′″")


def check_bytes(data: bytes) -> str | None:
    """Why these bytes cannot be an article at all (empty, binary), or None."""
    if not data.strip():
        return "empty file"
    if not _is_utf16(data) and b"\x00" in data[:_SNIFF]:
        return "binary file (contains NUL bytes), not text"
    return None


def _is_utf16(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes or raise InputError with a one-line reason."""
    problem = check_bytes(data)
    if problem:
        raise InputError(problem)
    if _is_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("undecodable UTF-16 text") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _control_ratio(text) > 0.01:
        raise InputError("binary file (control characters), not text")
    if not text.strip():
        raise InputError("empty file")
    return text


def _decode_legacy(data: bytes) -> str:
    candidates: list[str] = []
    for encoding in _CODE_PAGES:
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        candidates.append(guess)
    if not candidates:
        raise InputError("undecodable text: not UTF-8 nor a known code page")
    return min(candidates, key=_mojibake_score)  # min keeps the first of equal scores


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _control_ratio(text: str) -> float:
    sample = text[:_SNIFF]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return controls / max(1, len(sample))


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
_MAX_SCORED_WORDS = 5000


def _mojibake_score(text: str) -> float:
    """Lower reads better. Penalises what wrong code pages produce: symbols and control
    characters inside prose, words mixing scripts (``Zьrich``), words of nothing but
    accented letters (``Ëàâðîâ`` is Cyrillic read as cp1252), capitals inside lower-case
    words, and ideographs in otherwise ASCII text. Only words with non-ASCII characters
    can differ between candidates, so only those are looked at (the first few thousand)."""
    sample = text[:_SNIFF]
    ascii_share = sum(ch.isascii() for ch in sample) / max(1, len(sample))
    penalty = 0.0
    for n, match in enumerate(_NON_ASCII_WORD.finditer(text)):
        if n >= _MAX_SCORED_WORDS:
            break
        penalty += _word_penalty(match.group(0), ascii_share)
    return penalty


def _word_penalty(word: str, ascii_share: float) -> float:
    penalty = 0.0
    letters = [ch for ch in word if ch.isalpha()]
    scripts = {_script(ch) for ch in letters}
    non_ascii_letters = [ch for ch in letters if not ch.isascii()]
    for ch in word:
        if ch.isascii() or ch.isalpha():
            continue
        if unicodedata.category(ch)[0] in "PZ" or ch in _FINE_SYMBOLS:
            continue
        penalty += 1.0  # stray symbol, control or private-use character
    if len(scripts) > 1:
        penalty += len(non_ascii_letters)
    elif scripts == {"LATIN"} and len(non_ascii_letters) >= 4 and len(non_ascii_letters) > 0.75 * len(letters):
        penalty += len(non_ascii_letters)
    if any(a.islower() and b.isupper() for a, b in zip(letters, letters[1:])):
        penalty += 0.5
    if ascii_share > 0.5 and scripts - {"LATIN", "CYRILLIC", "GREEK"}:
        penalty += len(non_ascii_letters)
    return penalty
