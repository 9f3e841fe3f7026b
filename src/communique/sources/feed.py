"""An RSS/Atom feed -> one Document per entry.

Each entry's page is fetched when the network is allowed (``allow_network`` and
``fetch_feed_pages``); otherwise, or when the fetch fails, the entry's own content or
summary is the text. The entry's title, link and date are carried onto the Document. An
entry with no text gives a ``Rejected`` for that entry and the rest go on.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

from communique.errors import CommuniqueError, InputError
from communique.records import Document
from communique.sources.base import Rejected, SourceOptions, content_id
from communique.sources.html_page import document_from_html
from communique.sources.web import fetch

_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")


def documents_from_feed(data: bytes, source: str, options: SourceOptions) -> Iterator[Document | Rejected]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.entries
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f": {str(problem).splitlines()[0]}" if problem else ""
        yield Rejected(source, f"feed has no entries{detail}")
        return
    for n, entry in enumerate(entries, 1):
        where = f"{source}#{n}"
        try:
            yield document_from_entry(entry, where, options)
        except CommuniqueError as err:
            yield Rejected(where, f"entry {n}: {err}")


def document_from_entry(entry, source: str, options: SourceOptions) -> Document:
    title = _plain(entry.get("title", ""))
    link = entry.get("link") or None
    published = options.published or _entry_date(entry)
    if link and options.allow_network and options.fetch_feed_pages:
        page = _fetched_page(link, source, options)
        if page is not None:
            return Document(
                id=page.id, text=page.text, source=source, kind="feed", url=page.url or link,
                title=page.title or title or None, description=page.description, section=page.section,
                published=published or page.published, metadata=page.metadata + (("feed_fetch", "page"),),
            )
    paragraphs = _paragraphs(_entry_html(entry))
    if title and paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise InputError("no text (neither content nor summary)" + ("" if title else " and no title"))
    text = "\n\n".join(([title] if title else []) + paragraphs)
    return Document(
        id=content_id(text), text=text, source=source, kind="feed", url=link, title=title or None,
        published=published, metadata=(("feed_fetch", "summary"),),
    )


def _fetched_page(link: str, source: str, options: SourceOptions) -> Document | None:
    """The entry's page read as HTML, or None (we fall back to the summary)."""
    try:
        fetched = fetch(link, options)
        if fetched.kind not in ("html", "xml"):
            return None
        return document_from_html(fetched.content, source, options, url=fetched.url, kind="feed")
    except CommuniqueError:
        return None


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(_plain(best)) >= len(_plain(summary)) else summary


def _paragraphs(fragment: str) -> list[str]:
    """Block texts of an HTML fragment (or plain text split on blank lines)."""
    if not fragment.strip():
        return []
    if "<" not in fragment:
        return [" ".join(p.split()) for p in fragment.split("\n\n") if p.strip()]
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return [_plain(fragment)] if _plain(fragment) else []
    blocks = [el for el in root.iter(*_BLOCK_TAGS) if not any(a.tag in _BLOCK_TAGS for a in el.iterancestors())]
    texts = [" ".join(el.text_content().split()) for el in blocks] if blocks else [" ".join(root.text_content().split())]
    return [t for t in texts if t]


def _plain(fragment: str) -> str:
    if "<" not in fragment:
        return " ".join(fragment.split())
    import lxml.html

    try:
        return " ".join(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content().split())
    except Exception:
        return " ".join(fragment.split())


def _entry_date(entry) -> date | None:
    """The entry's date as written (its own time zone: a dispatch dated 16 January in
    Moscow stays the 16th); feedparser's UTC reading only when the raw text is odd."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            written = _written_date(raw)
            if written is not None:
                return written
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date()
    return None


def _written_date(raw: str) -> date | None:
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
