from communique.sources.sniff import is_feed, is_html, kind_of


def test_feeds_by_root_element_after_prologue():
    assert is_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- wire -->\n<rss version="2.0"><channel/></rss>')
    assert is_feed(b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>')
    assert not is_feed(b"<html><body><p>rss feed links</p></body></html>")


def test_html_strict_and_lenient():
    assert is_html(b"  <!DOCTYPE html><html><body></body></html>")
    fragment = b"<div><p>The minister spoke.</p><p>He left.</p></div>"
    assert not is_html(fragment)
    assert is_html(fragment, lenient=True)
    assert not is_html(b"Plain words about <p> tags in prose.", lenient=True)


def test_kind_by_content_then_suffix():
    assert kind_of(b"<rss><channel/></rss>", ".txt") == "feed"
    assert kind_of(b'{"text": "x"}', ".jsonl") == "jsonl"
    assert kind_of(b"<p>one</p><p>two</p>", ".htm") == "html"
    assert kind_of(b"<settings/>", ".xml") == "xml"
    assert kind_of(b"MOSCOW, January 16. The minister said.", "") == "text"
