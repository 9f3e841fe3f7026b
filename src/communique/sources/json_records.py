"""JSON Lines (or a .json object / list) of records -> Documents, one per record.

A record is ``{"id"?, "text" | "html", "url"?, "title"?, "published" | "date"?}``. ``text``
is kept exactly as given (offsets point into it); ``html`` goes through the HTML path.
The record's ``id`` is kept; without one the id is derived from the text (``content_id``).
A bad record gives a ``Rejected`` naming its line, and the rest of the file goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from communique.errors import CommuniqueError, InputError
from communique.records import Document
from communique.sources.base import Rejected, SourceOptions, content_id
from communique.sources.decoding import decode_text
from communique.sources.html_page import document_from_html


def documents_from_jsonl(data: bytes, source: str, options: SourceOptions) -> Iterator[Document | Rejected]:
    text = decode_text(data)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    for n, line in lines:
        where = f"{source}#{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(where, f"line {n}: invalid JSON ({err.msg} at column {err.colno})")
            continue
        yield _from_record_or_rejected(record, where, f"line {n}", options)


def documents_from_json(data: bytes, source: str, options: SourceOptions) -> Iterator[Document | Rejected]:
    """A .json file: one record, a list of records, or (failing that) JSON Lines."""
    text = decode_text(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from documents_from_jsonl(data, source, options)
        return
    if isinstance(value, dict):
        yield _from_record_or_rejected(value, source, "record", options)
    elif isinstance(value, list):
        for n, record in enumerate(value, 1):
            yield _from_record_or_rejected(record, f"{source}#{n}", f"record {n}", options)
    else:
        yield Rejected(source, f"expected a JSON object or a list of objects, got {type(value).__name__}")


def _from_record_or_rejected(record: Any, where: str, label: str, options: SourceOptions) -> Document | Rejected:
    try:
        return document_from_record(record, where, options)
    except CommuniqueError as err:
        return Rejected(where, f"{label}: {err}")


def document_from_record(record: Any, source: str, options: SourceOptions) -> Document:
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError("no 'text' or 'html' field")
    published = options.published or _record_date(record.get("published", record.get("date")))
    url = _str(record.get("url"))
    rid = record.get("id")
    rid = str(rid) if rid is not None and str(rid).strip() else None
    if isinstance(text, str):
        if not text.strip():
            raise InputError("empty 'text'")
        return Document(
            id=rid or content_id(text),
            text=text,
            source=source,
            kind="jsonl",
            url=url,
            title=_str(record.get("title")),
            description=_str(record.get("description")),
            section=_str(record.get("section")),
            published=published,
        )
    page = document_from_html(html, source, options, url=url, kind="jsonl")
    return Document(
        id=rid or page.id,
        text=page.text,
        source=source,
        kind="jsonl",
        url=page.url,
        title=page.title or _str(record.get("title")),
        description=page.description,
        section=page.section or _str(record.get("section")),
        published=published or page.published,
        metadata=page.metadata,
    )


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _record_date(value: Any) -> date | None:
    """ISO dates and datetimes; other spellings through dateparser; unreadable -> None
    (a record without a usable date is still a record)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    except Exception:
        return None
    return parsed.date() if parsed else None
