"""Inputs -> store: read each input through ``Reader`` and write what it gives, logging every input."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from communique.errors import StoreError
from communique.reader import Reader
from communique.sources import SourceOptions
from communique.store.database import Store
from communique.store.writer import Written


@dataclass(slots=True)
class IngestSummary:
    """Counts of what became of the inputs of one run."""

    stored: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    results: list[Written] = field(default_factory=list)

    def add(self, written: Written) -> None:
        setattr(self, written.status, getattr(self, written.status) + 1)
        self.results.append(written)

    def line(self) -> str:
        return f"{self.stored} stored, {self.unchanged} unchanged, {self.skipped} skipped, {self.failed} failed"


def ingest(
    inputs: Iterable[str],
    store: Store,
    options: SourceOptions = SourceOptions(),
    on_result: Callable[[Written], None] | None = None,
) -> IngestSummary:
    """Read and store every input, one transaction per article, one log row per input.

    A reader failure or a write failure is logged as "failed" with its reason and the run
    goes on; only a store that cannot even write its log stops it (``StoreError``).
    """
    writer = store.writer()
    summary = IngestSummary()
    for outcome in Reader(options).outcomes(inputs):
        if outcome.record is None:
            written = writer.log(outcome.source, outcome.status, outcome.reason)
        else:
            try:
                written = writer.write(outcome.record, outcome.source)
            except StoreError as err:
                written = writer.log(outcome.source, "failed", str(err), outcome.record.id)
        summary.add(written)
        if on_result is not None:
            on_result(written)
    return summary
