"""Hand-built stores for the web tests: the dyad corpus of tests/analysis, an article with
its whole structure marked up, and an article whose text is an XSS attempt."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from communique.analysis.corpus import refresh
from communique.records import Actor, ActorRef, Article, ArticleRecord, Dateline, Event, Quote, Speaker, TextSpan
from communique.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))
from corpus_fixtures import corpus  # noqa: E402

SCREENSHOT_DIRS: list[Path] = []  # where browser tests saved screenshots (printed in the summary)
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss=2\">"


def _span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(part, start, start + len(part))


def structured_record() -> ArticleRecord:
    """An article (our own words) with headline, standfirst, dateline, a subheading, two
    quotes by one minister, actors with mentions and an event with two evidence spans."""
    headline = "Ministers meet over fishing rights"
    standfirst = "Talks in Reykjavik end without a deal."
    dateline = "REYKJAVIK, March 3."
    p1 = ("Foreign Minister Anna Berg of Norway met her Icelandic counterpart on Tuesday. "
          "\"We will keep talking until the quotas are fair,\" Berg said.")
    sub = "Next steps"
    p2 = "Berg said Iceland had agreed to a second round. \"Iceland listens,\" she added."
    text = "\n\n".join([headline, standfirst, f"{dateline} {p1}", sub, p2])
    h, s = _span(text, headline), _span(text, standfirst)
    d = _span(text, dateline)
    para1 = _span(text, p1)
    subh = _span(text, sub, para1.end)
    para2 = _span(text, p2)
    article = Article(
        id="struct1", text=text, published=date(2019, 3, 3), headline=h, standfirst=s,
        dateline=Dateline("REYKJAVIK", "March 3", None, date(2019, 3, 3), d.start, d.end),
        subheadings=(subh,), paragraphs=(para1, para2), url="https://example.org/fish",
    )
    berg_mentions = (_span(text, "Anna Berg"), _span(text, "Berg", para1.start + 100), _span(text, "Berg", para2.start))
    actors = (
        Actor("a1", "Anna Berg", "NORGOV", "NOR", "GOV", role="Foreign Minister", kind="person", kb_id="p-berg",
              mentions=berg_mentions),
        Actor("a2", "Iceland", "ISL", "ISL", kind="state", mentions=(_span(text, "Iceland", para2.start),)),
    )
    berg = Speaker("a1", "Anna Berg", "NORGOV", "NOR", "GOV", berg_mentions[1])
    q1 = _span(text, "We will keep talking until the quotas are fair,")
    q2 = _span(text, "Iceland listens,")
    quotes = (
        Quote(q1.text, q1.start, q1.end, "direct", "said", berg, ()),
        Quote(q2.text, q2.start, q2.end, "direct", "added", berg, ("a2",)),
    )
    met = _span(text, "met her Icelandic counterpart")
    agreed = _span(text, "Iceland had agreed to a second round")
    event = Event(ActorRef("a1", "Anna Berg", "NORGOV", "NOR", "GOV"), ActorRef("a2", "Iceland", "ISL", "ISL"),
                  "040", "CONSULT", 1.0, 1, met.text, met.start, met.end, date="2019-03-03", evidence=(met, agreed))
    return ArticleRecord(article, actors, quotes, (event,))


def xss_record() -> ArticleRecord:
    text = (f"Hostile markup test {XSS_SCRIPT} and an image {XSS_IMG} inside a dispatch. "
            "The minister said \"<b>bold</b> claims\" were false.")
    mention = _span(text, "minister")
    quote = _span(text, "<b>bold</b> claims")
    article = Article(id="xss1", text=text, published=date(2019, 3, 4),
                      headline=TextSpan(text[:19], 0, 19), paragraphs=(TextSpan(text[20:], 20, len(text)),))
    speaker = Speaker("a1", "<i>Minister</i>", "XSSGOV", "XSS", "GOV", mention)
    actors = (Actor("a1", "<i>Minister</i>", "XSSGOV", "XSS", "GOV", mentions=(mention,)),)
    # a mark whose offsets cut through the middle of the <script> tag
    script = _span(text, XSS_SCRIPT)
    event = Event(ActorRef("a1", "<i>Minister</i>", "XSSGOV", "XSS", "GOV"), None, "010", None, 0.0, 1,
                  text[script.start + 3:script.end - 5], script.start + 3, script.end - 5)
    return ArticleRecord(article, actors, (Quote(quote.text, quote.start, quote.end, "direct", "said", speaker),), (event,))


def build_store(path: Path) -> Path:
    with Store(path) as store:
        writer = store.writer()
        for record in [*corpus(), structured_record(), xss_record()]:
            writer.write(record)
        refresh(store.conn)
    return path
