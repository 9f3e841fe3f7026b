"""FTS5 search (communique.analysis.search) and the migration that keeps its index."""
import pytest

from communique.analysis.actor_spec import ActorSpec
from communique.analysis.search import MARK_END, MARK_START, SearchFilters, fts_query, search
from communique.store import Store


@pytest.fixture()
def conn(web_db):
    with Store(web_db) as store:
        yield store.conn


def test_user_words_become_quoted_terms():
    assert fts_query('kuril "islands" OR NEAR(x') == '"kuril" "islands" "OR" "NEAR" "x"'
    assert fts_query("treat*") == '"treat"*'
    with pytest.raises(ValueError):
        fts_query('"" ** -')


def test_articles_and_quotes_are_found_with_marked_snippets(conn):
    hits = search(conn, "quotas")
    kinds = {(h["kind"], h["article_id"]) for h in hits}
    assert kinds == {("article", "struct1"), ("quote", "struct1")}
    quote = next(h for h in hits if h["kind"] == "quote")
    assert quote["speaker_name"] == "Anna Berg" and quote["position"] == 0
    assert f"{MARK_START}quotas{MARK_END}" in quote["snippet"]


def test_prefix_and_filters(conn):
    assert {h["article_id"] for h in search(conn, "sanction*")} == {"march1", "other1"}
    only_march = search(conn, "sanction*", SearchFilters(start="2019-03"))
    assert {h["article_id"] for h in only_march} == {"march1"}
    assert search(conn, "sanction*", SearchFilters(root="16"))[0]["article_id"] == "march1"
    assert search(conn, "quotas", SearchFilters(kind="quote"))[0]["kind"] == "quote"
    assert search(conn, "quotas", SearchFilters(country="NOR"))
    assert not search(conn, "quotas", SearchFilters(country="JPN"))
    speakers = search(conn, "Japan", SearchFilters(kind="quote", actor=ActorSpec.parse("RUSGOV")))
    assert [h["article_id"] for h in speakers] == ["tass1"]
    assert {h["article_id"] for h in search(conn, "Japan", SearchFilters(issue="sanctions", kind="article"))} == {"march1"}
    assert not search(conn, "quotas", SearchFilters(issue="sanctions"))


def test_keyset_pages_cover_every_hit_once(conn):
    everything = search(conn, "japan", limit=100)
    assert len(everything) >= 4
    seen, after = [], None
    while True:
        page = search(conn, "japan", after=after, limit=2)
        if not page:
            break
        seen += page
        last = page[-1]
        after = (last["score"], last["kind"], last["article_id"], last["position"])
    assert [(h["kind"], h["article_id"], h["position"]) for h in seen] == [
        (h["kind"], h["article_id"], h["position"]) for h in everything]


def test_index_follows_deletes_and_replacements(conn):
    conn.execute("DELETE FROM articles WHERE id = 'struct1'")
    assert search(conn, "quotas") == []
    assert conn.execute("SELECT count(*) FROM quotes_fts WHERE article_id = 'struct1'").fetchone()[0] == 0
    conn.execute("UPDATE articles SET text = 'fresh words about quotas' WHERE id = 'march1'")
    assert [h["article_id"] for h in search(conn, "quotas")] == ["march1"]


def test_ids_are_not_searchable_and_odd_ids_are_still_unindexed(conn):
    assert search(conn, "struct1") == []  # the id column is for the triggers only
    from communique.records import Article, ArticleRecord, Quote

    text = "A dispatch about quotas under an id without word characters."
    record = ArticleRecord(Article(id="-_-", text=text), quotes=(Quote("about quotas", 11, 23, "direct"),))
    from communique.store.writer import ArticleWriter

    ArticleWriter(conn).write(record)
    assert {h["article_id"] for h in search(conn, "quotas")} == {"struct1", "-_-"}
    conn.execute("DELETE FROM articles WHERE id = '-_-'")
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE article_id = '-_-'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM quotes_fts WHERE article_id = '-_-'").fetchone()[0] == 0
