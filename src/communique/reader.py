"""Inputs -> records, one direction: source -> Document -> Article -> Doc -> records."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from communique.nlp import analyse
from communique.records import ArticleRecord
from communique.sources import Rejected, SourceOptions, iter_documents
from communique.structure import build_article


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: a record, or the reason there is none."""

    source: str
    record: ArticleRecord | None
    status: str  # "read" | "unchanged" | "skipped" | "failed"
    reason: str | None = None
    article_id: str | None = None  # for "unchanged": the id the text is stored under


class Reader:
    """Reads inputs into records with fixed options; the CLI and the store use it.

    ``known`` maps a document's text to the id it is already stored under (or None): such
    documents come out "unchanged" without running the pipeline, so re-ingesting is cheap.
    """

    def __init__(self, options: SourceOptions = SourceOptions(), known: Callable[[str], str | None] | None = None) -> None:
        self.options = options
        self.known = known

    def outcomes(self, inputs: Iterable[str]) -> Iterator[Outcome]:
        for item in iter_documents(inputs, self.options):
            if isinstance(item, Rejected):
                yield Outcome(item.source, None, item.status, item.reason)
                continue
            stored_as = self.known(item.text) if self.known is not None else None
            if stored_as is not None:
                yield Outcome(item.source, None, "unchanged", None, stored_as)
                continue
            try:
                article = build_article(item, published=self.options.published)
                record = analyse(article)
            except Exception as err:  # one bad article never stops a batch
                yield Outcome(item.source, None, "failed", f"{type(err).__name__}: {err}".splitlines()[0])
                continue
            yield Outcome(item.source, record, "read")


def read(*inputs: str, published: date | str | None = None) -> list[ArticleRecord]:
    """Read files, directories, URLs or ``-`` and return the records found, in input order."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    reader = Reader(SourceOptions(published=published))
    return [o.record for o in reader.outcomes(inputs) if o.record is not None]
