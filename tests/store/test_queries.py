"""Reading the store back: lists, exact and prefix ids, records rebuilt from rows."""
from __future__ import annotations

from datetime import date

import pytest

from communique.records import Article, ArticleRecord, TextSpan
from communique.store import AmbiguousId, ArticleNotFound, Store, find_record, list_articles, load_record, resolve_id
from fake_nlp import fake_analyse


def _record(article_id: str, text: str, published: date | None = None, headline: str | None = None) -> ArticleRecord:
    article = Article(
        id=article_id,
        text=text,
        published=published,
        headline=TextSpan(headline, 0, len(headline)) if headline else None,
        paragraphs=(TextSpan(text, 0, len(text)),),
    )
    return fake_analyse(article)


@pytest.fixture
def store(db_path):
    with Store(db_path) as opened:
        writer = opened.writer()
        writer.write(_record("abc", "First text.", date(2019, 1, 2), "First"), "1")
        writer.write(_record("abcd", "Second text.", date(2019, 3, 4), "Second"), "2")
        writer.write(_record("a_c%", "Third text.", None, None), "3")
        yield opened


def test_exact_id_wins_over_a_longer_one_it_starts(store):
    assert resolve_id(store.conn, "abc") == "abc"
    assert resolve_id(store.conn, "abcd") == "abcd"


def test_prefixes_are_literal_not_patterns(store):
    assert resolve_id(store.conn, "a_") == "a_c%"
    with pytest.raises(ArticleNotFound):
        resolve_id(store.conn, "a%")


def test_ambiguous_and_unknown_prefixes(store):
    with pytest.raises(AmbiguousId, match="abc, abcd"):
        resolve_id(store.conn, "ab")
    with pytest.raises(ArticleNotFound):
        resolve_id(store.conn, "zz")
    with pytest.raises(ArticleNotFound):
        load_record(store.conn, "zz")


def test_list_is_newest_first_undated_last_with_counts(store):
    listed = list_articles(store.conn)
    assert [(s.id, s.published, s.headline) for s in listed] == [
        ("abcd", "2019-03-04", "Second"),
        ("abc", "2019-01-02", "First"),
        ("a_c%", None, None),
    ]
    assert (listed[0].actors, listed[0].quotes, listed[0].events) == (1, 1, 1)
    assert [s.id for s in list_articles(store.conn, limit=1)] == ["abcd"]


def test_unusual_characters_survive_the_store(store):
    text = "Nul\x00 byte, emoji \U0001F30D, combining e\u0301, RTL \u0645\u0631\u062d\u0628\u0627.\r\n"
    record = _record("odd", text)
    store.writer().write(record, "odd.txt")
    assert find_record(store.conn, "od") == record
