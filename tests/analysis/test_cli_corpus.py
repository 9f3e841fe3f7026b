import csv
import io
import json

import click
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from corpus_fixtures import corpus

from communique.cli_corpus import register
from communique.export.gdelt import COLUMNS
from communique.store import Store


@click.group()
def cli():
    pass


register(cli)


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        writer = store.writer()
        for r in corpus():
            writer.write(r)
    return str(path)


def run(*args):
    result = CliRunner().invoke(cli, list(args))
    return result


def test_dyad_json_and_csv(db):
    result = run("dyad", "RUS", "JPN", "--db", db, "--from", "2019-01", "--to", "2019-12", "--by", "month", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["period"], r["events"]) for r in rows] == [("2019-01", 2), ("2019-03", 1)]
    table = list(csv.DictReader(io.StringIO(run("dyad", "RUS", "JPN", "--db", db, "--csv").stdout)))
    assert table[0]["period"] == "2019-01" and table[0]["verbal_cooperation"] == "2"


def test_dyad_plot_files(db, tmp_path):
    for name in ("d.png", "d.html"):
        result = run("dyad", "RUS", "JPN", "--db", db, "--plot", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 1000
    assert run("dyad", "RUS", "JPN", "--db", db, "--plot", str(tmp_path / "d.svg")).exit_code != 0


def test_dyad_rejects_a_bad_selector(db):
    result = run("dyad", "Russia", "JPN", "--db", db)
    assert result.exit_code == 2 and "not an actor selector" in result.output


def test_quotes_events_issues_actors(db):
    quotes = run("quotes", "--db", db, "--speaker", "Lavrov", "--about", "JPN", "--json")
    assert [json.loads(x)["text"] for x in quotes.stdout.splitlines()] == ["Japan must respect the outcome."]
    events = run("events", "--db", db, "--source", "JPN", "--root", "16", "--json")
    assert [json.loads(x)["cameo"] for x in events.stdout.splitlines()] == ["163"]
    merged = run("events", "--db", db, "--source", "RUS", "--target", "JPN", "--merged", "--json")
    assert json.loads(merged.stdout.splitlines()[0])["num_articles"] == 2
    issues = run("issues", "--db", db, "--json")
    assert "kuril_islands" in {json.loads(x)["issue"] for x in issues.stdout.splitlines()}
    timeline = run("issues", "sanctions", "--db", db, "--csv")
    assert timeline.exit_code == 0 and timeline.stdout.startswith("period,articles,quotes,events")
    assert run("issues", "no_such_issue", "--db", db).exit_code == 2
    actors = run("actors", "--db", db, "--top", "2", "--json")
    assert len(actors.stdout.splitlines()) == 2


def test_exports_read_back(db, tmp_path):
    for table in ("articles", "actors", "quotes", "events"):
        path = tmp_path / f"{table}.parquet"
        assert run("export", table, str(path), "--db", db).exit_code == 0
        assert pq.read_table(path).num_rows > 0
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert {e["cameo"] for e in events} == {"040", "163", "100", "036"}
    out = run("export", "quotes", "-", "--db", db, "--format", "csv").stdout
    assert {r["speaker_name"] for r in csv.DictReader(io.StringIO(out))} == {"Sergey Lavrov", "Taro Kono"}
    gdelt = tmp_path / "events.tsv"
    assert run("export", "gdelt", str(gdelt), "--db", db).exit_code == 0
    lines = gdelt.read_text().splitlines()
    assert lines and all(len(line.split("\t")) == len(COLUMNS) == 61 for line in lines)
    assert {line.split("\t")[COLUMNS.index("EventCode")] for line in lines} == {"040", "163", "036"}


def test_tables_show_brackets_in_news_copy_as_text(tmp_path):
    from communique.records import Article, ArticleRecord, Quote, Speaker

    text = 'Japan did not join some sanctions [against Russia], the minister said.'
    path = tmp_path / "b.db"
    quote = Quote(text[:50], 0, 50, "indirect", "said", Speaker(name="Minister", country="RUS"))
    with Store(path) as store:
        store.writer().write(ArticleRecord(Article(id="b1", text=text), quotes=(quote,)))
    result = run("quotes", "--db", str(path))
    assert result.exit_code == 0 and "[against Russia]" in result.stdout
