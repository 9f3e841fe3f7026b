"""Which language a document is in, offline (py3langid, pinned), and whether we are sure.

Only a confident guess may turn a document away: short texts (a headline, one sentence
full of names) are often misread, so a guess counts as *reliable* only with enough words
and a high normalised probability.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_SAMPLE_CHARS = 10_000
_MIN_WORDS = 12  # fewer words than this is never reason enough to reject
_MIN_LETTERS_UNSPACED = 40  # for scripts written without spaces (Chinese, Japanese, Thai)
_MIN_PROBABILITY = 0.9
_MAX_ACCEPTED_PROBABILITY = 0.02  # below this, the text is confidently none of the accepted languages


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1, or 639-3 where there is no two-letter code
    name: str  # English name, e.g. "Russian"
    probability: float
    reliable: bool


def detect_language(text: str) -> tuple[str, str]:
    """(ISO 639-1 code, English name) of the language ``text`` is most likely in."""
    guess = guess_language(text)
    return guess.code, guess.name


def guess_language(text: str) -> LanguageGuess:
    sample = text[:_SAMPLE_CHARS]
    code, probability = _identifier().classify(sample)
    return LanguageGuess(code, language_name(code), float(probability), _enough_material(sample) and probability >= _MIN_PROBABILITY)


def confidently_outside(text: str, accepted: Iterable[str]) -> LanguageGuess | None:
    """The guess, when ``text`` is surely in none of the ``accepted`` languages; else None.

    Asks "how likely is it one of ours?" rather than "how sure is the top guess?": a
    Chinese page may split its probability between zh, wuu and yue, yet be surely not
    English.
    """
    sample = text[:_SAMPLE_CHARS]
    if not _enough_material(sample):
        return None
    ranked = _identifier().rank(sample)
    wanted = set(accepted)
    if sum(p for code, p in ranked if code in wanted) >= _MAX_ACCEPTED_PROBABILITY:
        return None
    code, probability = ranked[0]
    return LanguageGuess(code, language_name(code), float(probability), probability >= _MIN_PROBABILITY)


def language_name(code: str) -> str:
    return _names().get(code, code)


def _enough_material(sample: str) -> bool:
    if len(sample.split()) >= _MIN_WORDS:
        return True
    letters = [ch for ch in sample if ch.isalpha()]
    non_ascii = sum(not ch.isascii() for ch in letters)
    return non_ascii >= _MIN_LETTERS_UNSPACED and non_ascii >= 0.8 * len(letters)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    table = resources.files("communique.sources").joinpath("data/languages.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {code: name.strip() for code, name in rows}
