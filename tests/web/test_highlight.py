from communique.web.highlight import Mark, article_blocks, highlight, record_marks

from web_fixtures import XSS_IMG, XSS_SCRIPT, structured_record, xss_record


def test_text_is_escaped_before_marks_are_inserted():
    text = "a <script>x()</script> b"
    html = str(highlight(text, 0, len(text), [Mark(2, 10, "actor", "<b>who</b>", "a1")]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'title="&lt;b&gt;who&lt;/b&gt;"' in html
    assert html.startswith('a <span class="hl-actor"')


def test_overlapping_marks_give_well_nested_pieces():
    text = "abcdefghij"
    marks = [Mark(1, 6, "quote", "S: direct quote", "q0"), Mark(4, 8, "actor", "A", "a1")]
    html = str(highlight(text, 0, len(text), marks))
    assert html.count("<span") == html.count("</span>") == 3
    assert 'class="hl-actor hl-quote"' in html  # the shared piece carries both
    # the text survives intact once tags are removed
    import re

    assert re.sub(r"<[^>]+>", "", html) == text


def test_marks_are_clipped_to_the_block():
    html = str(highlight("0123456789", 3, 6, [Mark(0, 5, "event", "E", "e0")]))
    assert html == '<span class="hl-event" data-refs="e0" title="E">34</span>5'


def test_blocks_follow_the_structure_in_text_order():
    record = structured_record()
    roles = [b.role for b in article_blocks(record)]
    assert roles == ["headline", "standfirst", "dateline", "paragraph", "subheading", "paragraph"]


def test_quote_pieces_name_their_speaker():
    record = structured_record()
    html = "".join(str(b.html) for b in article_blocks(record))
    assert html.count('data-quote="q0"') >= 1 and html.count('data-quote="q1"') >= 1
    assert 'data-speaker="Anna Berg"' in html


def test_event_evidence_spans_are_all_marked():
    marks = [m for m in record_marks(structured_record()) if m.kind == "event"]
    assert len(marks) == 2 and {m.ref for m in marks} == {"e0"}


def test_hostile_article_renders_as_text():
    import html as html_lib
    import re

    record = xss_record()
    blocks = article_blocks(record)
    html = "".join(str(b.html) for b in blocks)
    assert XSS_SCRIPT not in html and XSS_IMG not in html and "<b>" not in html and "<i>" not in html
    # only our own spans are tags; without them, the escaped text is the article's text
    assert set(re.findall(r"<(/?\w+)", html)) <= {"span", "/span"}
    plain = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    assert plain == "".join(record.article.text[b.start:b.end] for b in blocks)
