from communique.analysis.corpus import outlet_of, refresh
from communique.store import Store

from corpus_fixtures import corpus


def test_refresh_fills_outlets_groups_tags_and_is_idempotent(tmp_path):
    with Store(tmp_path / "c.db") as store:
        writer = store.writer()
        for r in corpus():
            writer.write(r)
        first = refresh(store.conn)
        assert (first.analysed, first.duplicate_groups, first.grouped_articles) == (4, 1, 2)
        again = refresh(store.conn)
        assert (again.analysed, again.issue_tags, again.duplicate_groups) == (0, 0, 1)
        conn = store.conn
        outlets = dict(conn.execute("SELECT id, outlet FROM articles"))
        assert outlets == {"tass1": "tass.com", "kyodo1": "kyodonews.net", "other1": "Kyodo", "march1": "example.org"}
        groups = dict(conn.execute("SELECT article_id, group_id FROM article_groups"))
        assert groups == {"tass1": "kyodo1", "kyodo1": "kyodo1"}
        issues = {(a, i) for a, i in conn.execute("SELECT article_id, issue FROM issue_tags WHERE item = 'article'")}
        assert {("tass1", "kuril_islands"), ("tass1", "peace_treaty"), ("march1", "sanctions")} <= issues
        assert conn.execute("SELECT count(*) FROM stances").fetchone()[0] == 2


def test_outlet_prefers_the_url_host_then_the_agency():
    assert outlet_of("https://www.reuters.com/world/x", "AP", "f.txt") == "reuters.com"
    assert outlet_of(None, "TASS", "f.txt") == "TASS"
    assert outlet_of(None, None, "f.txt") is None
