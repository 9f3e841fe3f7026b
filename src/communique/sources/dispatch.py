"""Pick the reader for each input and keep to input order: path, directory, URL or "-".

Every input yields Documents or ``Rejected`` records with a one-line reason; nothing an
input contains stops the batch. The language gate runs last, on every Document.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.errors import CommuniqueError
from communique.language import confidently_outside, language_name
from communique.records import Document, replace
from communique.sources.base import Rejected, SourceOptions
from communique.sources.feed import documents_from_feed
from communique.sources.files import files_in, read_capped, read_stdin
from communique.sources.html_page import document_from_html
from communique.sources.json_records import documents_from_json, documents_from_jsonl
from communique.sources.decoding import check_bytes
from communique.sources.sniff import is_feed, is_html, kind_of
from communique.sources.text_file import document_from_text
from communique.sources.web import fetch, is_url


def iter_documents(inputs: Iterable[str], options: SourceOptions = SourceOptions()) -> Iterator[Document | Rejected]:
    for item in inputs:
        yield from _documents_of(str(item), options)


def _documents_of(item: str, options: SourceOptions) -> Iterator[Document | Rejected]:
    try:
        if item == "-":
            yield from documents_from_bytes(read_stdin(options), "-", options, kind="stdin", lenient_html=True)
        elif is_url(item):
            fetched = fetch(item, options)
            yield from documents_from_bytes(fetched.content, item, options, kind="url", url=fetched.url, content_kind=fetched.kind)
        elif Path(item).is_dir():
            yield from _directory(Path(item), options)
        else:
            path = Path(item)
            yield from documents_from_bytes(read_capped(path, options), item, options, suffix=path.suffix)
    except CommuniqueError as err:
        yield Rejected(item, str(err), "skipped" if err.code == "skipped" else "failed")
    except Exception as err:  # a bug or a library surprise on one input never stops the batch
        yield Rejected(item, _unexpected(err))


def _directory(directory: Path, options: SourceOptions) -> Iterator[Document | Rejected]:
    paths = list(files_in(directory))
    if not paths:
        yield Rejected(str(directory), "no readable files (.txt, .html, .htm, .json, .jsonl, .xml) in the directory")
        return
    for path in paths:
        yield from _documents_of(str(path), options)


def documents_from_bytes(
    data: bytes,
    source: str,
    options: SourceOptions,
    *,
    suffix: str = "",
    kind: str | None = None,
    url: str | None = None,
    content_kind: str | None = None,
    lenient_html: bool = False,
) -> Iterator[Document | Rejected]:
    """Documents from one input's bytes, by what the content is (JSON Lines if asked),
    each through the language gate."""
    for result in _read_bytes(data, source, options, suffix, kind, url, content_kind, lenient_html):
        yield _language_gate(result, options) if isinstance(result, Document) else result


def _content_kind(data: bytes, options: SourceOptions, suffix: str, declared: str | None, lenient_html: bool) -> str:
    """What to read the bytes as: --jsonl first, then a feed by its root element
    (whatever the name or the server says), then the server's type, then the file name."""
    if options.jsonl:
        return "jsonl"
    if is_feed(data):
        return "feed"
    content = declared or kind_of(data, suffix, lenient_html=lenient_html)
    if content == "xml":
        return "html" if is_html(data, lenient=True) else "xml"
    return content


def _read_bytes(
    data: bytes, source: str, options: SourceOptions, suffix: str, kind: str | None, url: str | None,
    content_kind: str | None, lenient_html: bool,
) -> Iterator[Document | Rejected]:
    problem = check_bytes(data)
    if problem:
        yield Rejected(source, problem)
        return
    content = _content_kind(data, options, suffix, content_kind, lenient_html)
    try:
        if content == "jsonl":
            yield from documents_from_jsonl(data, source, options)
        elif content == "json":
            yield from documents_from_json(data, source, options)
        elif content == "feed":
            yield from documents_from_feed(data, source, options)
        elif content == "html":
            yield document_from_html(data, source, options, url=url, kind=kind or "html")
        elif content == "xml":
            yield Rejected(source, "XML that is neither an RSS/Atom feed nor an HTML page")
        else:
            yield document_from_text(data, source, options, kind=kind or "text")
    except CommuniqueError as err:
        yield Rejected(source, str(err), "skipped" if err.code == "skipped" else "failed")
    except Exception as err:
        yield Rejected(source, _unexpected(err))


def _unexpected(err: Exception) -> str:
    detail = str(err).splitlines()[0] if str(err) else ""
    return f"unexpected error: {type(err).__name__}" + (f": {detail}" if detail else "")


def _language_gate(document: Document, options: SourceOptions) -> Document | Rejected:
    """Skip a document confidently in none of the accepted languages; name its language."""
    if not options.languages:
        return document
    outside = confidently_outside(document.text, options.languages)
    if outside is not None:
        wanted = " or ".join(language_name(code) for code in options.languages)
        return Rejected(document.source, f"not {wanted} (detected: {outside.name})", "skipped")
    if document.language is None:
        return replace(document, language=options.languages[0] if len(options.languages) == 1 else None)
    return document
