"""Whatever the bytes, a source yields Documents or one-line Rejected reasons."""
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.records import Document
from communique.sources import Rejected, SourceOptions, documents_from_bytes
from communique.sources.decoding import decode_text

OFFLINE = SourceOptions(allow_network=False)
SNIPPETS = [b"<html>", b"<p>", b"</div>", b"<rss>", b"<item>", b"{\"text\": ", b"\"", b"}", b"\n", b"\x00",
            b"\xd0\x9b", b"\xff", b"The minister said on Monday that talks would resume. "]


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.one_of(st.sampled_from(SNIPPETS), st.binary(max_size=40)), max_size=25),
    suffix=st.sampled_from(["", ".txt", ".html", ".xml", ".json", ".jsonl"]),
)
def test_arbitrary_bytes_never_raise(parts, suffix):
    for result in documents_from_bytes(b"".join(parts), "fuzz", OFFLINE, suffix=suffix):
        assert isinstance(result, (Document, Rejected))
        if isinstance(result, Rejected):
            assert result.reason and "\n" not in result.reason
            assert "unexpected error" not in result.reason


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1).filter(lambda t: t.strip() and "\x00" not in t))
def test_utf8_text_round_trips_exactly(text):
    data = text.encode("utf-8")
    try:
        assert decode_text(data) == text
    except Exception as err:  # only control-character noise may be refused
        assert str(err).startswith("binary file")
