"""What kind of content a byte string holds, by its content first and its name second."""
from __future__ import annotations

import re

_HEAD = 4096
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|h1|h2|br|span|section|title|meta)\b[^>]*>", re.I)
_PROLOGUE = re.compile(rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*", re.S)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text"}
READABLE_SUFFIXES = HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES


def _start(data: bytes) -> bytes:
    head = data[:_HEAD].lstrip(b"\xef\xbb\xbf")
    return head[_PROLOGUE.match(head).end():]


def is_feed(data: bytes) -> bool:
    """An RSS, Atom or RDF feed: its root element says so (after any XML prologue)."""
    return bool(_FEED_ROOT.match(_start(data)))


def is_html(data: bytes, *, lenient: bool = False) -> bool:
    """An HTML page: starts like one; ``lenient`` also takes a fragment of common tags
    (for standard input, where there is no file name to go by)."""
    start = _start(data)
    if _HTML_START.match(start):
        return True
    return lenient and start.startswith(b"<") and len(_HTML_TAGS.findall(data[:_HEAD])) >= 2


def kind_of(data: bytes, suffix: str = "", *, lenient_html: bool = False) -> str:
    """'feed' | 'html' | 'json' | 'jsonl' | 'text' for a file's bytes and suffix."""
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if is_feed(data):
        return "feed"
    if suffix in HTML_SUFFIXES or is_html(data, lenient=lenient_html):
        return "html"
    if suffix in FEED_SUFFIXES:
        return "xml"  # XML that is neither a feed nor a page
    return "text"
