import pytest
from corpus_fixtures import corpus

from communique.analysis import queries
from communique.analysis.corpus import refresh
from communique.store import Store


@pytest.fixture()
def conn(tmp_path):
    with Store(tmp_path / "c.db") as s:
        writer = s.writer()
        for r in corpus():
            writer.write(r)
        refresh(s.conn)
        yield s.conn


def test_quotes_by_speaker_and_about(conn):
    rows = queries.quotes(conn, speaker="lavrov", about="JPN")
    assert [(r["article_id"], r["text"]) for r in rows] == [("tass1", "Japan must respect the outcome.")]
    assert queries.quotes(conn, speaker="lavrov", about="FRA") == []
    assert [r["speaker_name"] for r in queries.quotes(conn, speaker_actor="JPNGOV")] == ["Taro Kono"]


def test_events_by_source_root_and_negation(conn):
    rows = queries.events(conn, source="JPN", root="16")
    assert [(r["article_id"], r["cameo"], r["date"]) for r in rows] == [("march1", "163", "2019-03-01")]
    assert queries.events(conn, source="RUS", root="10") == []
    assert len(queries.events(conn, source="RUS", root="10", negated=True)) == 1


def test_corpus_events_merge_reports_across_articles(conn):
    merged = queries.corpus_events(conn, source="RUS", target="JPN")
    (talks,) = merged
    assert (talks.cameo, talks.date, talks.num_articles, talks.num_sources, talks.num_mentions) == (
        "040", "2019-01-14", 2, 3, 3)


def test_issue_summary_and_timeline(conn):
    summary = {r["issue"]: r for r in queries.issues_summary(conn)}
    assert summary["kuril_islands"]["articles"] == 1  # the wire and its reprint are one story
    assert summary["sanctions"]["articles"] == 2  # other1 and march1
    assert summary["sanctions"]["name"] == "Sanctions"
    timeline = queries.issue_timeline(conn, "kuril_islands", by="month")
    assert [(r["period"], r["articles"]) for r in timeline] == [("2019-01", 1)]
    assert [(r["period"], r["articles"]) for r in queries.issue_timeline(conn, "sanctions")] == [
        ("2019-01", 1), ("2019-03", 1)]


def test_top_actors_count_stories(conn):
    top = queries.top_actors(conn, top=2)
    # every hand-built article names all three states: ties on stories break by name
    assert [(r["name"], r["articles"]) for r in top] == [("France", 3), ("Japan", 3)]
    assert [r["name"] for r in queries.top_actors(conn, kind="person")] == []
