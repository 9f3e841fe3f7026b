"""A hand-written article and a record over it with every part filled (actors, quotes,
events of each shape): shared by the schema and render tests."""
from __future__ import annotations

from datetime import date

from communique.records import Actor, ActorRef, Article, ArticleRecord, Dateline, Event, Quote, Speaker, TextSpan

TEXT = (
    "Talks on river water resume\n\n"
    "GENEVA, March 3 (Wire) - The foreign ministers of Kenya and Uganda met in Geneva on Tuesday "
    "to discuss the shared river.\n\n"
    "\"We will not accept any delay,\" the Kenyan minister told reporters after the meeting.\n\n"
    "Uganda's government said it would send a delegation to Nairobi next month.\n"
)


def _span(text: str) -> TextSpan:
    start = TEXT.index(text)
    return TextSpan(text, start, start + len(text))


def hand_built_record() -> ArticleRecord:
    """A record with every part filled, built by hand over TEXT."""
    kenya = Actor("a1", "Kenya", "KEN", "KEN", None, kind="state", mentions=(_span("Kenya"),))
    uganda = Actor("a2", "Uganda", "UGAGOV", "UGA", "GOV", kind="state", mentions=(_span("Uganda's government"),))
    minister = Actor("a3", "Kenyan minister", "KENGOV", "KEN", "GOV", role="Foreign Minister", mentions=(_span("the Kenyan minister"),))
    quote_span = _span("We will not accept any delay")
    quote = Quote(
        quote_span.text, quote_span.start, quote_span.end, "direct", "told",
        Speaker("a3", "Kenyan minister", "KENGOV", "KEN", "GOV", _span("the Kenyan minister")),
    )
    meet = _span("met in Geneva on Tuesday")
    send = _span("would send a delegation to Nairobi")
    events = (
        Event(kenya.ref(), uganda.ref(), "040", "CONSULT", 1.0, 1, meet.text, meet.start, meet.end, date="2020-03-03"),
        Event(uganda.ref(), kenya.ref(), "036", "CONSULT", 4.0, 1, send.text, send.start, send.end, date="2020-04", modality="intent"),
        Event(ActorRef("a3", "Kenyan minister", "KENGOV", "KEN", "GOV"), None, "125", "REJECT", -5.0, 3,
              quote.text, quote.start, quote.end, negated=True, reported_by=0),
    )
    paragraphs = tuple(_span(p) for p in TEXT.split("\n\n")[1:])
    article = Article(
        id="hand-1", text=TEXT, published=date(2020, 3, 3),
        headline=_span("Talks on river water resume"),
        dateline=Dateline("GENEVA", "March 3", "Wire", date(2020, 3, 3), TEXT.index("GENEVA"), TEXT.index("The foreign")),
        paragraphs=paragraphs,
    )
    return ArticleRecord(article, (kenya, uganda, minister), (quote,), events)
