"""Pick the reader for each input. (Minimal: plain text files; extended by sources work.)"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.records import Document
from communique.sources.base import Rejected, SourceOptions


def iter_documents(inputs: Iterable[str], options: SourceOptions = SourceOptions()) -> Iterator[Document | Rejected]:
    for item in inputs:
        path = Path(item)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            yield Rejected(item, f"cannot read {item}: {err}")
            continue
        yield Document(
            id=hashlib.sha256(text.encode()).hexdigest()[:16],
            text=text,
            source=item,
            published=options.published,
        )
