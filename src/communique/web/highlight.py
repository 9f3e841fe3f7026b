"""Article text with actors, quotes and events marked, safe to insert into a page.

The text is cut at every mark boundary; each piece is HTML-escaped first and only then
wrapped in a ``<span>`` whose attributes are escaped too. Overlapping marks share a piece
(one span with several classes), so the markup is always well nested whatever the
offsets are, and nothing from the article can ever become a tag.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from communique.records import ArticleRecord


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # actor | quote | event
    label: str  # shown on hover
    ref: str  # "q3", "e0", "a1": which item of the record


@dataclass(frozen=True, slots=True)
class Block:
    """One structural part of the article and its highlighted HTML."""

    role: str  # headline | standfirst | dateline | subheading | paragraph | text
    start: int
    end: int
    html: Markup


def record_marks(record: ArticleRecord) -> list[Mark]:
    marks: list[Mark] = []
    for actor in record.actors:
        label = f"{actor.name} ({actor.code})"
        marks += [Mark(m.start, m.end, "actor", label, actor.id) for m in actor.mentions]
    for index, quote in enumerate(record.quotes):
        speaker = quote.speaker.name or "unknown speaker"
        marks.append(Mark(quote.start, quote.end, "quote", f"{speaker}: {quote.kind} quote", f"q{index}"))
    for index, event in enumerate(record.events):
        label = f"{event.source.name or '?'} → {event.target.name if event.target else '—'}: CAMEO {event.cameo}"
        spans = event.evidence or ()
        marks += [Mark(s.start, s.end, "event", label, f"e{index}") for s in spans] or [
            Mark(event.start, event.end, "event", label, f"e{index}")
        ]
    return [m for m in marks if 0 <= m.start < m.end]


def _wrap(piece: str, covering: Sequence[Mark]) -> str:
    text = str(escape(piece))
    if not covering:
        return text
    kinds = sorted({m.kind for m in covering})
    classes = " ".join(f"hl-{k}" for k in kinds)
    refs = " ".join(dict.fromkeys(m.ref for m in covering))
    title = "; ".join(dict.fromkeys(m.label for m in covering))
    quote = next((m for m in covering if m.kind == "quote"), None)
    extra = ""
    if quote is not None:
        extra = f' data-quote="{escape(quote.ref)}" data-speaker="{escape(quote.label.split(": ")[0])}"'
    return f'<span class="{classes}" data-refs="{escape(refs)}" title="{escape(title)}"{extra}>{text}</span>'


def highlight(text: str, start: int, end: int, marks: Iterable[Mark]) -> Markup:
    """``text[start:end]`` as escaped HTML with the marks that fall in it."""
    start, end = max(0, start), min(len(text), end)
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out = []
    for left, right in zip(cuts, cuts[1:]):
        covering = [m for m in inside if m.start <= left and m.end >= right]
        out.append(_wrap(text[left:right], covering))
    return Markup("".join(out))


def article_blocks(record: ArticleRecord) -> list[Block]:
    """The article's structure in text order, each part highlighted; the whole text when
    the structure stage found no parts."""
    article = record.article
    parts: list[tuple[str, int, int]] = []
    for role, span in (("section", article.section), ("headline", article.headline), ("standfirst", article.standfirst)):
        if span is not None:
            parts.append((role, span.start, span.end))
    if article.dateline is not None and article.dateline.start >= 0:
        parts.append(("dateline", article.dateline.start, article.dateline.end))
    parts += [("subheading", s.start, s.end) for s in article.subheadings]
    parts += [("paragraph", p.start, p.end) for p in article.paragraphs]
    parts = [p for p in parts if 0 <= p[1] < p[2] <= len(article.text)]
    if not parts:
        parts = [("text", 0, len(article.text))]
    marks = record_marks(record)
    parts.sort(key=lambda p: (p[1], p[2]))
    return [Block(role, s, e, highlight(article.text, s, e, marks)) for role, s, e in parts]
