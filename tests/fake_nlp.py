"""A stand-in for the NLP stage (``communique.reader.analyse``) for store and CLI tests, so
that they run fast and apart from the model; model runs are separate, marked tests."""
from __future__ import annotations

from communique.records import Actor, ArticleRecord, Event, Quote, Speaker, TextSpan

FAIL_MARK = "EXPLODE"


def fake_analyse(article):
    """A deterministic record: one actor on the first word of the body, a quote and an
    event over the first paragraph. Text containing FAIL_MARK fails, as a broken
    component would."""
    if FAIL_MARK in article.text:
        raise RuntimeError("component failed on purpose")
    first = article.paragraphs[0] if article.paragraphs else TextSpan(article.text, 0, len(article.text))
    words = first.text.split()
    word_end = first.start + len(words[0]) if words else first.start
    mention = TextSpan(article.text[first.start : word_end], first.start, word_end)
    actor = Actor("a1", mention.text, "TSTGOV", "TST", "GOV", mentions=(mention,))
    speaker = Speaker("a1", actor.name, "TSTGOV", "TST", "GOV", mention)
    quote = Quote(first.text, first.start, first.end, "indirect", "said", speaker)
    event = Event(actor.ref(), None, "010", "CONSULT", 0.0, 1, first.text, first.start, first.end, reported_by=0)
    return ArticleRecord(article, (actor,), (quote,), (event,))
