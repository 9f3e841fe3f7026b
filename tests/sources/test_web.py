from datetime import date

import httpx
import pytest

from communique.records import Document
from communique.sources import Rejected, SourceOptions, iter_documents


def options_for(handler, **kw) -> SourceOptions:
    return SourceOptions(http_transport=httpx.MockTransport(handler), **kw)


def one(url, options):
    (result,) = iter_documents([url], options)
    return result


def test_html_url_follows_redirects(fixtures):
    page = (fixtures / "summit_page.html").read_bytes()

    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "https://news.example/new"})
        return httpx.Response(200, content=page, headers={"content-type": "text/html"})

    doc = one("https://news.example/old", options_for(handler))
    assert isinstance(doc, Document)
    assert doc.kind == "url" and doc.source == "https://news.example/old"
    assert doc.url == "https://news.example/new"
    assert doc.published == date(2022, 3, 14)


def test_plain_text_url():
    text = "The minister arrived in Rome on Monday for two days of talks on migration and trade."

    doc = one("https://news.example/a.txt", options_for(lambda r: httpx.Response(200, text=text, headers={"content-type": "text/plain"})))
    assert doc.text == text


def test_feed_url(fixtures):
    feed = (fixtures / "agency_feed.atom").read_bytes()
    handler = lambda r: httpx.Response(200, content=feed, headers={"content-type": "application/atom+xml"})  # noqa: E731
    (doc,) = iter_documents(["https://agency.example/feed"], options_for(handler, fetch_feed_pages=False))
    assert doc.kind == "feed" and doc.title == "Central bank leaves interest rate unchanged"


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx.Response(404), "HTTP 404 Not Found"),
        (httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"}), "unsupported content type image/png"),
        (httpx.Response(200, content=b"x" * 5000, headers={"content-type": "text/plain"}), "too large: 4.9 KB (limit 1000 bytes)"),
    ],
)
def test_bad_responses_are_rejected(response, reason):
    result = one("https://news.example/x", options_for(lambda r: response, max_bytes=1000))
    assert isinstance(result, Rejected)
    assert result.reason == reason


def test_size_cap_is_enforced_while_streaming():
    chunks_sent = []

    def body():
        for _ in range(100):
            chunks_sent.append(1)
            yield b"y" * 400

    def handler(request):  # chunked: no content-length to go by
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=body())

    result = one("https://news.example/stream", options_for(handler, max_bytes=1000))
    assert isinstance(result, Rejected) and result.reason == "too large: over 1000 bytes limit"
    assert len(chunks_sent) < 100  # stopped reading early


def test_declared_length_over_the_cap_is_refused_before_reading():
    def handler(request):
        return httpx.Response(200, headers={"content-type": "text/html", "content-length": "999999"}, content=b"<p>x</p>")

    result = one("https://news.example/big", options_for(handler, max_bytes=1000))
    assert isinstance(result, Rejected) and result.reason.startswith("too large: 976.6 KB")


def test_timeout_is_one_line():
    def handler(request):
        raise httpx.ReadTimeout("read timed out", request=request)

    result = one("https://news.example/slow", options_for(handler, timeout=3))
    assert isinstance(result, Rejected) and result.reason == "timed out after 3 s"


def test_network_disabled():
    result = one("https://news.example/a", SourceOptions(allow_network=False))
    assert isinstance(result, Rejected) and result.reason == "network access is disabled"


def test_feed_served_as_html_is_still_a_feed(fixtures):
    feed = (fixtures / "agency_feed.atom").read_bytes()
    handler = lambda r: httpx.Response(200, content=feed, headers={"content-type": "text/html"})  # noqa: E731
    (doc,) = iter_documents(["https://agency.example/feed"], options_for(handler, fetch_feed_pages=False))
    assert doc.kind == "feed"


def test_xml_that_is_not_a_feed_is_refused():
    body = b'<?xml version="1.0"?><settings><colour>blue</colour></settings>'
    handler = lambda r: httpx.Response(200, content=body, headers={"content-type": "application/xml"})  # noqa: E731
    result = one("https://news.example/settings.xml", options_for(handler))
    assert isinstance(result, Rejected) and result.reason == "XML that is neither an RSS/Atom feed nor an HTML page"
