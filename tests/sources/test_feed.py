from datetime import date

import httpx

from communique.records import Document
from communique.sources import Rejected, SourceOptions, iter_documents


def test_rss_entries_in_order_and_broken_entry_rejected(fixtures, offline):
    results = list(iter_documents([str(fixtures / "ministry_feed.rss")], offline))
    assert [type(r) for r in results] == [Document, Rejected, Document]
    first, broken, third = results
    assert first.title == "Parliament approves new trade agreement"
    assert first.url == "https://courier.example/world/trade-agreement"
    assert first.published == date(2022, 3, 15)
    assert first.kind == "feed"
    assert first.text.split("\n\n") == [
        "Parliament approves new trade agreement",
        "The parliament voted on Tuesday to approve a trade agreement with its largest neighbour, ending months of debate over farm tariffs.",
        "The agreement still needs the signature of the president, who has said he supports it.",
    ]
    assert broken.source.endswith("ministry_feed.rss#2")
    assert broken.reason.startswith("entry 2: no text")
    assert third.source.endswith("#3") and third.published == date(2022, 3, 16)


def test_atom_entry_keeps_its_own_date(fixtures, offline):
    (doc,) = iter_documents([str(fixtures / "agency_feed.atom")], offline)
    assert doc.title == "Central bank leaves interest rate unchanged"
    assert doc.published == date(2022, 4, 2)
    assert doc.url == "https://agency.example/wire/1"


def test_feed_is_detected_by_content_not_extension(tmp_path, fixtures, offline):
    path = tmp_path / "wire.txt"
    path.write_bytes((fixtures / "agency_feed.atom").read_bytes())
    (doc,) = iter_documents([str(path)], offline)
    assert doc.kind == "feed"


def test_entry_pages_are_fetched_when_allowed(fixtures):
    page = (fixtures / "summit_page.html").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/world/trade-agreement":
            return httpx.Response(200, content=page, headers={"content-type": "text/html; charset=utf-8"})
        return httpx.Response(404)

    options = SourceOptions(http_transport=httpx.MockTransport(handler))
    results = list(iter_documents([str(fixtures / "ministry_feed.rss")], options))
    fetched = results[0]
    assert isinstance(fetched, Document)
    assert fetched.title == "Foreign ministers agree to resume border talks"  # from the page
    assert fetched.published == date(2022, 3, 15)  # the feed's date is kept
    assert ("feed_fetch", "page") in fetched.metadata
    # a page that cannot be fetched falls back to the entry's summary
    assert results[2].text.startswith("Envoy arrives for ceasefire talks\n\nThe special envoy")


def test_feed_without_entries_is_rejected(tmp_path, offline):
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>')
    (result,) = iter_documents([str(path)], offline)
    assert isinstance(result, Rejected)
    assert result.reason.startswith("feed has no entries")
