"""What a single unit (line or paragraph) looks like: heading, deck, paragraph or noise.

These are judgements of shape only -- length, terminal punctuation, capitals -- and know
nothing of position; :mod:`communique.structure.article` decides by position.
"""
from __future__ import annotations

import re

from communique.structure import resources

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = ".!?…;:"
_BREADCRUMB = re.compile(r"\s(?:>|/|\||»|›|→|::)\s|[»›]")
_CLOCK_OR_NUMERIC_DATE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b")
_CLOCK_TOKEN = re.compile(r"\d{1,2}[:.]\d{2}(?:am|pm)?")
_PHOTO_CREDIT = re.compile(
    r"[(\[](?:photo|photograph|picture|image|credits?|file|courtesy)\b[^)\]]*[)\]]\s*$"
    r"|[(\[][^)\]]*\b(?:photo|photograph|/getty images|via getty)\b[^)\]]*[)\]]\s*$",
    re.IGNORECASE,
)
_STAMP_WORDS = frozenset({"at", "gmt", "utc", "msk", "am", "pm", "a.m", "p.m", "of", "on", "/", "|", "-"})
MAX_STAMP_WORDS = 12  # "January 22, 2019 / 4:32 PM / Updated 2 hours ago"

MAX_SECTION_WORDS = 5
MAX_HEADLINE_WORDS = 30
MAX_STANDFIRST_WORDS = 70
MAX_SUBHEADING_WORDS = 12
MAX_SUBHEADING_CHARS = 90
MIN_PARAGRAPH_WORDS = 12
MIN_DECK_WORDS = 10  # a line this long under a very short one reads as a deck, not a headline


def word_count(text: str) -> int:
    return len(text.split())


def last_mark(text: str) -> str:
    """The last character once closing quotes and brackets are set aside."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def ends_sentence(text: str) -> bool:
    return last_mark(text) in _SENTENCE_END


def ends_with_period(text: str) -> bool:
    return last_mark(text) in ".…;:"


def starts_like_title(text: str) -> bool:
    """Opens with a capital or a digit, as headings do."""
    first = text.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def is_noise(text: str) -> bool:
    """Bylines, time stamps, photo credits: short header lines that carry no structure
    ("By Jane Doe" is one; "By Tuesday, the ministry had reported ..." is a sentence)."""
    if is_caption(text):
        return True
    if word_count(text) > MAX_STAMP_WORDS:
        return False
    lowered = text.strip().lower()
    if lowered in resources.header_labels():
        return True
    for prefix in resources.header_noise():
        if lowered == prefix or lowered.startswith(prefix + " ") or lowered.startswith(prefix + ":"):
            return True
    return is_timestamp(text)


def is_caption(text: str) -> bool:
    """A photo caption, which ends with its credit: "... Punjab. (Credits: PTI)"."""
    return word_count(text) <= MAX_STANDFIRST_WORDS and bool(_PHOTO_CREDIT.search(text))


def is_timestamp(text: str) -> bool:
    """A line that only dates the story: "16 Jan 2019, 14:30", "January 16, 2019"."""
    words = text.split()
    if not words or len(words) > MAX_STAMP_WORDS:
        return False
    if _CLOCK_OR_NUMERIC_DATE.search(text):
        return True
    calendar = set(resources.months()) | resources.weekdays() | _STAMP_WORDS
    tokens = [w.strip(",.()").lower() for w in words]
    dated = all(t in calendar or t.isdigit() or _CLOCK_TOKEN.fullmatch(t) or not t for t in tokens)
    return dated and any(t.isdigit() for t in tokens)


def is_breadcrumb(text: str) -> bool:
    return bool(_BREADCRUMB.search(text)) and word_count(text) <= 3 * MAX_SECTION_WORDS


def is_section_like(text: str) -> bool:
    """A short label such as "World", "All news" or "Politics > Europe"."""
    return is_labelled_section(text) or (_could_be_label(text) and word_count(text) <= 2)


def is_labelled_section(text: str) -> bool:
    """A label that says it is one: a breadcrumb, or a short line with a section word."""
    if not _could_be_label(text):
        return False
    if is_breadcrumb(text):
        return True
    words = text.split()
    vocabulary = resources.section_words()
    return len(words) <= MAX_SECTION_WORDS and any(w.strip("&,").lower() in vocabulary for w in words)


def _could_be_label(text: str) -> bool:
    return bool(text.strip()) and "\n" not in text and not ends_sentence(text)


def opens_with_words(text: str) -> bool:
    """Starts with a letter, digit or quotation mark (not a bullet, bracket or symbol)."""
    first = text.lstrip()[:1]
    return bool(first) and (first.isalnum() or first in "\"'“‘«")


def is_headline_like(text: str) -> bool:
    """One line, not too long, not closed by a full stop (a ? or ! may close it)."""
    return (
        "\n" not in text
        and 0 < word_count(text) <= MAX_HEADLINE_WORDS
        and not ends_with_period(text)
        and opens_with_words(text)
    )


def is_standfirst_like(text: str) -> bool:
    """A deck: a sentence or two, longer than a label, shorter than a body paragraph."""
    n = word_count(text)
    return 4 <= n <= MAX_STANDFIRST_WORDS and opens_with_words(text) and not is_noise(text)


def is_paragraph_like(text: str) -> bool:
    """Body text: a sentence of some length closed by punctuation, or simply long."""
    n = word_count(text)
    return (n >= MIN_PARAGRAPH_WORDS and ends_sentence(text)) or n > MAX_STANDFIRST_WORDS


def is_subheading_like(text: str) -> bool:
    """A short title line without closing punctuation (a question is a paragraph)."""
    stripped = text.strip()
    if "\n" in stripped or not stripped or not starts_like_title(stripped):
        return False
    if word_count(stripped) > MAX_SUBHEADING_WORDS or len(stripped) > MAX_SUBHEADING_CHARS:
        return False
    if stripped[0] in "\"“‘'([«" or is_noise(stripped):
        return False
    if stripped.split()[-1].lower() in resources.dangling_words():
        return False  # "... to empower residents to" is a broken sentence, not a heading
    return last_mark(stripped) not in _SENTENCE_END and stripped[-1] not in _CLOSERS + ",-—–"
