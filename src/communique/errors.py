"""One exception hierarchy: every error communique raises on purpose carries a code
and a one-line reason fit for a log line or a summary."""
from __future__ import annotations


class CommuniqueError(Exception):
    """Base class. ``code`` is stable and machine-readable; ``str(err)`` is one line."""

    code = "error"

    def __init__(self, reason: str) -> None:
        super().__init__(reason.splitlines()[0] if reason else self.code)
        self.reason = str(self)


class InputError(CommuniqueError):
    """An input that cannot be read as an article (empty, binary, too big, malformed)."""

    code = "bad-input"


class SkippedInput(CommuniqueError):
    """An input deliberately not processed (e.g. not English); not a failure."""

    code = "skipped"


class FetchError(InputError):
    """A URL that could not be fetched (network, status, content type, size)."""

    code = "fetch-failed"


class StoreError(CommuniqueError):
    code = "store"


class KnowledgeBaseError(CommuniqueError):
    code = "kb"
