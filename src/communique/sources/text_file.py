"""Plain text -> Document. The decoded text is kept exactly: offsets point into it."""
from __future__ import annotations

from communique.records import Document
from communique.sources.base import SourceOptions, content_id
from communique.sources.decoding import decode_text


def document_from_text(data: bytes, source: str, options: SourceOptions, kind: str = "text") -> Document:
    """Raises InputError (empty, binary, undecodable) with a one-line reason."""
    text = decode_text(data)
    return Document(id=content_id(text), text=text, source=source, kind=kind, published=options.published)
