"""An HTML page -> Document: trafilatura finds the main text and metadata, htmldate the
date when trafilatura has none.

The canonical text is built so the structure stage can find each part by position::

    headline \\n\\n standfirst (the page description, unless the body already opens with it)
    \\n\\n paragraph \\n\\n paragraph ...

Each block is one line (inner whitespace collapsed), so a blank line always separates
blocks. Sub-headings stay in the body as their own blocks and are also listed in
``Document.metadata`` as ``("subheading", text)`` pairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from communique.errors import InputError
from communique.records import Document
from communique.sources.base import SourceOptions, content_id

_BLOCK_TAGS = {"p": "paragraph", "head": "heading", "quote": "paragraph", "code": "paragraph"}
_SKIPPED_TAGS = {"graphic", "table", "ref", "lb"}


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "heading" | "paragraph"
    text: str


@dataclass(frozen=True, slots=True)
class PageExtract:
    """What trafilatura (and htmldate) found in a page, before we lay out the text."""

    title: str | None
    description: str | None
    published: date | None
    sitename: str | None
    author: str | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    url: str | None
    blocks: tuple[Block, ...]
    hostname: str | None = None


def extract_page(data: bytes | str, url: str | None = None) -> PageExtract:
    """Main text and metadata of a page; InputError when there is no article to find."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            output_format="python",
        )
    except Exception as err:  # trafilatura/lxml on hostile markup: report, never crash
        raise InputError(f"unreadable HTML ({type(err).__name__})") from None
    if found is None or found.body is None:
        raise InputError("no article text found in the HTML page")
    blocks = tuple(_blocks(found.body))
    if not any(b.kind == "paragraph" for b in blocks):
        raise InputError("no article text found in the HTML page")
    published = _to_date(found.date) or _htmldate(data, url)
    return PageExtract(
        title=_clean(found.title),
        description=_clean(found.description),
        published=published,
        sitename=_clean(found.sitename),
        author=_clean(found.author),
        categories=tuple(c for c in (_clean(x) for x in found.categories or ()) if c),
        tags=tuple(t for t in (_clean(x) for x in found.tags or ()) if t),
        url=found.url or url,
        blocks=blocks,
        hostname=_clean(found.hostname),
    )


def document_from_html(
    data: bytes | str, source: str, options: SourceOptions, url: str | None = None, kind: str = "html"
) -> Document:
    page = extract_page(data, url)
    headline, standfirst, body = lay_out(page)
    parts = [p for p in (headline, standfirst) if p] + [b.text for b in body]
    text = "\n\n".join(parts)
    metadata = [("sitename", page.sitename), ("author", page.author), ("categories", "; ".join(page.categories) or None),
                ("tags", "; ".join(page.tags) or None)]
    metadata += [("subheading", b.text) for b in body if b.kind == "heading"]
    return Document(
        id=content_id(text),
        text=text,
        source=source,
        kind=kind,
        url=page.url,
        title=headline,
        description=standfirst,
        section=page.categories[0] if page.categories else None,
        published=options.published or page.published,
        metadata=tuple((k, v) for k, v in metadata if v),
    )


def lay_out(page: PageExtract) -> tuple[str | None, str | None, list[Block]]:
    """(headline, standfirst, body blocks). The page's own leading heading wins over the
    <title> when they say the same thing: <title> often carries the site name or an
    older wording, while the on-page h1 is what readers see."""
    blocks = list(page.blocks)
    headline = strip_site_name(page.title, page.sitename, page.hostname) if page.title else None
    if blocks and blocks[0].kind == "heading":
        first = blocks[0].text
        if headline is None or _similar(first, headline):
            headline = first
            blocks.pop(0)
    while blocks and headline and _norm(blocks[0].text) == _norm(headline):
        blocks.pop(0)  # the headline repeated at the top of the body
    standfirst = page.description
    if standfirst and (
        _norm(standfirst) == _norm(headline or "")
        or _opens_body(standfirst, blocks)
        or _names_site(standfirst, page.sitename, page.hostname)
    ):
        standfirst = None
    return headline, standfirst, blocks


_SEPARATOR = re.compile(r"\s+(\||-|–|—|::|·|»)\s+")
_DATE_LIKE = re.compile(r"^[\d\s./:-]+$")
_MIN_HEADLINE_WORDS = 3
_MAX_BRAND_WORDS = 5


def strip_site_name(title: str, sitename: str | None = None, hostname: str | None = None) -> str:
    """"Headline | Site | 19.01.2020" -> "Headline". A trailing part goes when it names
    the site (its name or host), is a date, or — after a "|" — is short enough to be a
    brand; the headline left must keep a few words."""
    site_keys = {k for k in (_norm(sitename or ""), _norm((hostname or "").removeprefix("www."))) if k}
    while True:
        matches = list(_SEPARATOR.finditer(title))
        if not matches:
            return title
        last = matches[-1]
        head, separator, tail = title[: last.start()], last.group(1), title[last.end():]
        if len(head.split()) < _MIN_HEADLINE_WORDS:
            return title
        tail_key = _norm(tail)
        names_site = any(k in tail_key or tail_key in k for k in site_keys) if tail_key else False
        brand = separator == "|" and len(tail.split()) <= _MAX_BRAND_WORDS
        if not (names_site or _DATE_LIKE.match(tail) or brand):
            return title
        title = head.rstrip()


def _blocks(body) -> list[Block]:
    out: list[Block] = []
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED_TAGS:
            continue
        if tag == "list":
            out += [Block("paragraph", t) for t in (_text(item) for item in element.iter("item")) if t]
            continue
        text = _text(element)
        if text:
            out.append(Block(_BLOCK_TAGS.get(tag, "paragraph"), text))
    return out


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(str(value).split())
    return value or None


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _htmldate(data: bytes | str, url: str | None) -> date | None:
    try:
        from htmldate import find_date

        return _to_date(find_date(data, url=url, original_date=True, extensive_search=True))
    except Exception:  # a date is a nicety; a page without one is still a page
        return None


_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _similar(a: str, b: str) -> bool:
    """Same headline in two wordings (site name added, a word changed)?"""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na in nb or nb in na:
        return True
    wa, wb = set(na.split()), set(nb.split())
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _opens_body(description: str, blocks: list[Block]) -> bool:
    """Is the description the body's opening (or a cut of it, maybe with a byline in
    front)? Most of its first word 6-grams must stand in the first blocks."""
    head = f" {_norm(' '.join(b.text for b in blocks[:3]))} "
    words = _norm(description.rstrip(".…  ")).split()[:30]
    grams = [" ".join(words[i:i + 6]) for i in range(max(1, len(words) - 5))]
    found = sum(f" {g} " in head for g in grams)
    return bool(grams) and found >= len(grams) / 2


def _names_site(description: str, sitename: str | None, hostname: str | None) -> bool:
    """Promotional blurbs ("Read ... on Example News") name the site; decks do not."""
    text = f" {_norm(description)} "
    keys = [_norm(k) for k in (sitename, (hostname or "").removeprefix("www.").split(".")[0]) if k]
    return any(len(k) > 2 and f" {k} " in text for k in keys)
