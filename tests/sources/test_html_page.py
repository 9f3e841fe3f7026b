from datetime import date

from communique.records import Document
from communique.sources import Rejected, iter_documents
from communique.sources.html_page import Block, PageExtract, lay_out


def only(results):
    results = list(results)
    assert len(results) == 1
    return results[0]


def test_page_gives_headline_standfirst_and_body(fixtures, offline):
    doc = only(iter_documents([str(fixtures / "summit_page.html")], offline))
    assert isinstance(doc, Document)
    assert doc.kind == "html"
    assert doc.title == "Foreign ministers agree to resume border talks"  # the on-page h1, no site name
    assert doc.description == "The two governments will send delegations to Geneva next month, a spokesman said."
    assert doc.published == date(2022, 3, 14)
    assert doc.section == "World"
    blocks = doc.text.split("\n\n")
    assert blocks[0] == doc.title
    assert blocks[1] == doc.description
    assert blocks[2].startswith("GENEVA, March 14 - The foreign ministers")
    assert "A long dispute" in blocks
    assert ("subheading", "A long dispute") in doc.metadata
    assert ("sitename", "The Harbour Courier") in doc.metadata
    assert "Most read" not in doc.text and "Copyright" not in doc.text and "Home" not in doc.text


def test_description_that_opens_the_body_is_not_repeated():
    page = PageExtract(
        title="Envoy arrives", description="The envoy arrived in the capital on Wednesday to meet both sides…",
        published=None, sitename=None, author=None, categories=(), tags=(), url=None,
        blocks=(Block("paragraph", "The envoy arrived in the capital on Wednesday to meet both sides of the conflict."),),
    )
    headline, standfirst, body = lay_out(page)
    assert headline == "Envoy arrives"
    assert standfirst is None
    assert len(body) == 1


def test_leading_heading_unlike_the_title_stays_in_the_body():
    page = PageExtract(
        title="Envoy arrives for ceasefire talks", description=None, published=None, sitename=None, author=None,
        categories=(), tags=(), url=None,
        blocks=(Block("heading", "Live updates"), Block("paragraph", "The envoy landed at noon.")),
    )
    headline, _, body = lay_out(page)
    assert headline == "Envoy arrives for ceasefire talks"
    assert body[0] == Block("heading", "Live updates")


def test_malformed_html_does_not_crash(tmp_path, offline):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><head><title>Talks resume<body><div><p>The ministers met on Monday in the capital to discuss "
        "the border <b>and agreed<p>to meet again next month, officials said.</div></span></table><p>Both sides "
        "called the meeting useful and said expert talks would follow before the summer",
        encoding="utf-8",
    )
    result = only(iter_documents([str(path)], offline))
    if isinstance(result, Document):
        assert "ministers met on Monday" in result.text
    else:
        assert result.reason and "\n" not in result.reason


def test_page_without_article_text_is_rejected(tmp_path, offline):
    path = tmp_path / "shell.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><<<>>></body></html>", encoding="utf-8")
    result = only(iter_documents([str(path)], offline))
    assert isinstance(result, Rejected)
    assert result.reason == "no article text found in the HTML page"


def test_site_name_and_date_are_cut_from_the_title():
    from communique.sources.html_page import strip_site_name

    assert strip_site_name("Ministers meet in Vienna | The Courier | 06.04.2021", "The Courier") == "Ministers meet in Vienna"
    assert strip_site_name("Ministers meet in Vienna - courier.example", None, "www.courier.example") == "Ministers meet in Vienna"
    # a dash that is part of the headline stays; so does a title too short to cut
    assert strip_site_name("Border talks - what happens next", "The Courier") == "Border talks - what happens next"
    assert strip_site_name("Home | The Courier", "The Courier") == "Home | The Courier"


def test_promotional_or_bylined_descriptions_are_not_standfirsts():
    body = (Block("paragraph", "By Ann Reporter GENEVA (Courier) - The ministers met on Monday to resume talks on the border."),)
    common = dict(title="Ministers meet", published=None, author=None, categories=(), tags=(), url=None, blocks=body)
    promo = PageExtract(description="Read 'Ministers meet' on Harbour Courier, your daily news.", sitename="Harbour Courier", **common)
    bylined = PageExtract(description="GENEVA (Courier) - The ministers met on Monday to resume talks on the border.", sitename=None, **common)
    deck = PageExtract(description="A first round of expert talks is due before the summer.", sitename="Harbour Courier", **common)
    assert lay_out(promo)[1] is None
    assert lay_out(bylined)[1] is None
    assert lay_out(deck)[1] == "A first round of expert talks is due before the summer."
