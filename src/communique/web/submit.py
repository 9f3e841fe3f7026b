"""``POST /api/v1/articles``: who may submit, what a submission is, and storing it.

Off unless a token is configured; the token is compared in constant time. A submission is
exactly one of ``text``, ``html`` or ``url`` (URLs only when fetching is enabled); it is
read like any other input (sources -> structure -> NLP) and written by the store's writer.
Nothing in a request names a file on the server.
"""
from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import date

from communique.web.errors import ApiError, bad_request

FIELDS = ("text", "html", "url")


@dataclass(frozen=True, slots=True)
class Submission:
    kind: str  # text | html | url
    content: str
    published: date | None = None


def authorise(settings, header: str | None) -> None:
    if not settings.token:
        raise ApiError(403, "submission-disabled",
                       "submitting articles is off: start the server with --token or COMMUNIQUE_API_TOKEN")
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ApiError(401, "unauthorised", "a valid 'Authorization: Bearer <token>' header is required")


def parse_submission(body: bytes, allow_fetch: bool) -> Submission:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise bad_request("the body must be a JSON object such as {\"text\": \"...\"}", "invalid-body") from None
    if not isinstance(data, dict):
        raise bad_request("the body must be a JSON object such as {\"text\": \"...\"}", "invalid-body")
    given = [f for f in FIELDS if data.get(f) is not None]
    if len(given) != 1:
        raise bad_request("give exactly one of text, html or url", "invalid-body")
    kind = given[0]
    content = data[kind]
    if not isinstance(content, str) or not content.strip():
        raise bad_request(f"{kind} must be a non-empty string", "invalid-body")
    if kind == "url":
        if not allow_fetch:
            raise ApiError(403, "fetch-disabled", "fetching URLs is off: start the server with --allow-fetch")
        if not content.startswith(("http://", "https://")):
            raise bad_request("url must start with http:// or https://", "invalid-body")
    published = None
    if data.get("published") is not None:
        try:
            published = date.fromisoformat(str(data["published"]))
        except ValueError:
            raise bad_request("published must be a date YYYY-MM-DD", "invalid-body") from None
    return Submission(kind, content, published)


def read_submission(submission: Submission, http_transport=None):
    """The ``Outcome`` of reading a submission, as ``Reader`` would give it for a file or URL."""
    from communique.reader import Outcome, Reader
    from communique.sources import Rejected, SourceOptions, documents_from_bytes
    from communique.nlp import analyse
    from communique.structure import build_article

    options = SourceOptions(published=submission.published, allow_network=submission.kind == "url",
                            fetch_feed_pages=False, http_transport=http_transport)
    if submission.kind == "url":
        return next(iter(Reader(options).outcomes([submission.content])), Outcome("api:url", None, "failed", "nothing read"))
    source = f"api:{submission.kind}"
    documents = list(documents_from_bytes(submission.content.encode("utf-8"), source, options,
                                          kind=submission.kind, content_kind=submission.kind))
    if not documents:
        return Outcome(source, None, "failed", "no article found in the submission")
    item = documents[0]
    if isinstance(item, Rejected):
        return Outcome(source, None, item.status, item.reason)
    try:
        record = analyse(build_article(item, published=submission.published))
    except Exception as err:  # one bad submission never takes the server down
        return Outcome(source, None, "failed", f"{type(err).__name__}: {err}".splitlines()[0])
    return Outcome(source, record, "read")


def store_submission(connections, submission: Submission, http_transport=None):
    """Read, then write through the store's writer (one lock for writes) and refresh."""
    from communique.analysis.corpus import refresh
    from communique.errors import StoreError
    from communique.store.writer import ArticleWriter

    outcome = read_submission(submission, http_transport)
    with connections.write_lock:
        conn = connections.get()
        writer = ArticleWriter(conn)
        if outcome.record is None:
            return writer.log(outcome.source, outcome.status, outcome.reason)
        try:
            written = writer.write(outcome.record, outcome.source)
        except StoreError as err:
            return writer.log(outcome.source, "failed", str(err), outcome.record.id)
        refresh(conn)
        return written
