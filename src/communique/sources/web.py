"""Fetch a URL with httpx: timeout, redirects followed, a size cap enforced while
streaming, and only content we can read (pages, text, feeds, JSON).

``SourceOptions.http_transport`` is passed to the client, so tests use
``httpx.MockTransport`` and never touch the network.
"""
from __future__ import annotations

from dataclasses import dataclass

from communique.errors import FetchError
from communique.sources.base import SourceOptions, human_size

USER_AGENT = "communique/0.1 (news dispatch reader)"
READABLE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str  # media type without parameters, lower case
    kind: str  # html | text | feed | xml | json | jsonl


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def fetch(url: str, options: SourceOptions) -> Fetched:
    """The body of ``url``; FetchError with a one-line reason otherwise."""
    import httpx

    if not options.allow_network:
        raise FetchError("network access is disabled")
    try:
        with httpx.Client(
            timeout=options.timeout,
            follow_redirects=True,
            max_redirects=5,
            transport=options.http_transport,
            headers={"User-Agent": USER_AGENT},
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = READABLE_TYPES.get(media_type)
            if kind is None:
                raise FetchError(f"unsupported content type {media_type or '(none)'}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(f"too large: {human_size(int(declared))} (limit {human_size(options.max_bytes)})")
            content = _read_capped(response, options.max_bytes)
            return Fetched(str(response.url), content, media_type, kind)
    except FetchError:
        raise
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {options.timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise FetchError("too many redirects") from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise FetchError(f"cannot fetch: {reason}") from None


def _read_capped(response, limit: int) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(f"too large: over {human_size(limit)} limit")
        chunks.append(chunk)
    return b"".join(chunks)
