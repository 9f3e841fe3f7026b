"""Hand-built stores whose right answers are known."""
from __future__ import annotations

from datetime import date

from communique.records import Actor, ActorRef, Article, ArticleRecord, Dateline, Event, Quote, Speaker

RUS = ActorRef("a1", "Russia", "RUSGOV", "RUS", "GOV")
JPN = ActorRef("a2", "Japan", "JPNGOV", "JPN", "GOV")
FRA = ActorRef("a3", "France", "FRA", "FRA", None)


def event(source, target, cameo, day, goldstein, quad, text="x", negated=False):
    return Event(source, target, cameo, None, goldstein, quad, text, 0, len(text), date=day, negated=negated)


def record(article_id, text, published, events=(), quotes=(), url=None, agency=None):
    actors = (
        Actor("a1", "Russia", "RUSGOV", "RUS", "GOV", kind="state"),
        Actor("a2", "Japan", "JPNGOV", "JPN", "GOV", kind="state"),
        Actor("a3", "France", "FRA", "FRA", kind="state"),
    )
    dateline = Dateline("MOSCOW", "x", agency, None, 0, 0) if agency else None
    article = Article(id=article_id, text=text, published=date.fromisoformat(published), url=url, dateline=dateline)
    return ArticleRecord(article, actors, tuple(quotes), tuple(events))


def quote(text, speaker_country, about):
    name = {"RUS": "Sergey Lavrov", "JPN": "Taro Kono"}[speaker_country]
    return Quote(text, 0, len(text), "direct", "said", Speaker("a9", name, speaker_country + "GOV", speaker_country, "GOV"), about)


WIRE = (
    "Russia and Japan held talks on a peace treaty on Monday, the first in a series of meetings on the "
    "Kuril Islands, while officials from both sides said they would meet again next month in Tokyo."
)


def corpus():
    """Three outlets report the Jan 14 talks (two of them reprint one wire); a sanction in March;
    a negated demand; an unrelated France-Japan event; statements each way."""
    talks = lambda: [  # noqa: E731
        event(RUS, JPN, "040", "2019-01-14", 1.0, 1),
        event(JPN, RUS, "040", "2019-01-14", 1.0, 1),
    ]
    return [
        record("tass1", WIRE, "2019-01-16", talks(), [quote("Japan must respect the outcome.", "RUS", ("a2",))],
               url="https://tass.com/a"),
        record("kyodo1", WIRE + " Updated.", "2019-01-16", talks(), url="https://www.kyodonews.net/b"),
        record("other1", "A different story about the same meeting with its own words entirely, about sanctions.",
               "2019-01-17", talks(), [quote("We hope for progress with Russia.", "JPN", ("a1",))], agency="Kyodo"),
        record("march1", "Japan imposed sanctions on Russia over the islands.", "2019-03-02",
               [event(JPN, RUS, "163", "2019-03-01", -8.0, 4),
                event(RUS, JPN, "100", "2019-03-01", -5.0, 3, negated=True),
                event(FRA, JPN, "036", "2019-03-01", 4.0, 1)],
               url="https://example.org/c"),
    ]
