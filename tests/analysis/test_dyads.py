import pytest

from communique.analysis.corpus import refresh
from communique.analysis.dyads import dyad_series, dyad_statements
from communique.store import Store

from corpus_fixtures import corpus


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "c.db") as s:
        writer = s.writer()
        for r in corpus():
            writer.write(r)
        refresh(s.conn)
        yield s


def test_monthly_series_counts_each_fact_once_and_stories_by_group(store):
    jan, mar = dyad_series(store.conn, "RUS", "JPN", by="month")
    assert jan.period == "2019-01"
    # RUS->JPN and JPN->RUS talks on Jan 14: two facts, told by three articles (six rows)
    assert (jan.events, jan.verbal_cooperation, jan.mentions) == (2, 2, 6)
    assert jan.goldstein_sum == 2.0 and jan.goldstein_mean == 1.0
    # tass1 and kyodo1 are one story (a reprint); other1 is another: two stories, three outlets
    assert (jan.articles, jan.outlets) == (2, 3)
    assert (jan.statements_ab, jan.statements_ba) == (1, 1)
    # March: the sanction counts, the negated demand does not, France-Japan is another dyad
    assert (mar.period, mar.events, mar.material_conflict, mar.verbal_conflict) == ("2019-03", 1, 1, 0)
    assert mar.goldstein_sum == -8.0


def test_ordered_dyad_keeps_one_direction(store):
    points = dyad_series(store.conn, "JPN", "RUS", by="month", ordered=True)
    assert [(p.period, p.events) for p in points] == [("2019-01", 1), ("2019-03", 1)]


def test_day_granularity_and_date_range(store):
    points = dyad_series(store.conn, "RUSGOV", "JPN", by="day", start="2019-01", end="2019-01", ordered=True)
    assert [(p.period, p.events) for p in points] == [("2019-01-14", 1), ("2019-01-16", 0), ("2019-01-17", 0)]
    assert points[1].statements_ab == 1 and points[2].statements_ba == 1


def test_unknown_selector_is_a_clear_error(store):
    with pytest.raises(ValueError, match="not an actor selector"):
        dyad_series(store.conn, "Russia", "JPN")
    with pytest.raises(ValueError, match="unknown granularity"):
        dyad_series(store.conn, "RUS", "JPN", by="decade")


def test_statements_carry_their_provenance(store):
    rows = dyad_statements(store.conn, "RUS", "JPN")
    assert [(r["direction"], r["article_id"], r["speaker_name"]) for r in rows] == [
        ("RUS->JPN", "tass1", "Sergey Lavrov"),
        ("JPN->RUS", "other1", "Taro Kono"),
    ]
