"""Stance: the tone of each quote toward the actors it is about.

VADER's lexicon and rules, with a small diplomatic lexicon of our own layered on top
(``data/stance_lexicon.tsv``), scored on the sentences of the quote that mention the
target — not the whole quote — so one quote can praise one side and blame another.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communique.records import ArticleRecord

SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass(frozen=True, slots=True)
class Stance:
    article_id: str
    quote: int  # index into the article's quotes
    speaker: str | None  # speaker name
    speaker_country: str | None
    target: str  # actor id within the article
    target_name: str
    target_country: str | None
    score: float  # VADER compound, -1 .. 1
    date: str | None


@lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    text = resources.files("communique.analysis").joinpath("data/stance_lexicon.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, valence = line.split("\t")
            analyser.lexicon[word.strip()] = float(valence)
    return analyser


def tone(text: str) -> float:
    """VADER compound score of ``text`` in [-1, 1]."""
    return float(analyzer().polarity_scores(text)["compound"])


def _sentences_about(record: ArticleRecord, quote_index: int, actor_id: str) -> str:
    quote = record.quotes[quote_index]
    actor = next((a for a in record.actors if a.id == actor_id), None)
    if actor is None:
        return quote.text
    picked = []
    for match in SENTENCE.finditer(quote.text):
        start, end = quote.start + match.start(), quote.start + match.end()
        if any(m.start < end and m.end > start for m in actor.mentions):
            picked.append(match.group(0))
    return " ".join(picked) or quote.text


def quote_stances(record: ArticleRecord) -> list[Stance]:
    """One stance per (quote, actor it is about), the speaker's own actor excluded."""
    actors = {a.id: a for a in record.actors}
    published = record.article.published.isoformat() if record.article.published else None
    out: list[Stance] = []
    for index, quote in enumerate(record.quotes):
        for actor_id in quote.about:
            target = actors.get(actor_id)
            if target is None or actor_id == quote.speaker.actor:
                continue
            if target.country and target.country == quote.speaker.country:
                continue  # a speaker's own side is not a target of stance
            out.append(
                Stance(
                    article_id=record.id,
                    quote=index,
                    speaker=quote.speaker.name,
                    speaker_country=quote.speaker.country,
                    target=actor_id,
                    target_name=target.name,
                    target_country=target.country,
                    score=tone(_sentences_about(record, index, actor_id)),
                    date=published,
                )
            )
    return out


def stances(records: Iterable[ArticleRecord]) -> list[Stance]:
    return [s for r in records for s in quote_stances(r)]
