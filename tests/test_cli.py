"""The command line through click's CliRunner; the NLP stage is the fake unless marked model."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.schema import validate_record
from fake_nlp import FAIL_MARK, fake_analyse

SUMMARY = re.compile(r"^(\d+) stored, (\d+) unchanged, (\d+) skipped, (\d+) failed$", re.M)

VIENNA = "Talks end without a deal\n\nVIENNA, May 4 (Wire) - Negotiators met again on Monday.\n\nA statement followed.\n"
NAIROBI = "NAIROBI, June 2 (Wire) - The regional bloc called for a ceasefire in the north.\n"


@pytest.fixture(autouse=True)
def fake_nlp(request, monkeypatch):
    if "model" not in request.keywords:
        monkeypatch.setattr("communique.reader.analyse", fake_analyse)


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.delenv("COMMUNIQUE_DB", raising=False)
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    directory.mkdir()
    (directory / "vienna.txt").write_text(VIENNA, encoding="utf-8")
    (directory / "nairobi.txt").write_text(NAIROBI, encoding="utf-8")
    return directory


@pytest.fixture
def mixed(corpus: Path) -> Path:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "broken.txt").write_text(f"ROME, May 5 - A dispatch that makes the pipeline {FAIL_MARK}.\n", encoding="utf-8")
    return corpus


def _json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# read ---------------------------------------------------------------------------------------

def test_read_prints_a_readable_summary(runner, corpus):
    result = runner.invoke(main, ["read", str(corpus / "vienna.txt")])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for part in ("headline", "dateline", "paragraphs", "Actors (1)", "Quotes (1)", "Events (1)", "TSTGOV", "010"):
        assert part in out
    assert "{" not in out.splitlines()[0]


def test_read_json_prints_the_contract_object(runner, corpus):
    result = runner.invoke(main, ["read", "--json", str(corpus / "vienna.txt")])
    assert result.exit_code == 0
    (record,) = _json_lines(result.stdout)
    validate_record(record)
    assert record["text"] == VIENNA


def test_read_several_inputs_gives_json_lines_in_input_order(runner, corpus):
    paths = [str(corpus / "nairobi.txt"), str(corpus / "vienna.txt")]
    result = runner.invoke(main, ["read", "--json", *paths])
    assert [r["text"] for r in _json_lines(result.stdout)] == [NAIROBI, VIENNA]


def test_read_jsonl_keeps_record_ids_and_order(runner, tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("n1", NAIROBI), ("v1", VIENNA))) + "\n", encoding="utf-8"
    )
    result = runner.invoke(main, ["read", "--jsonl", str(jsonl), "--json"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in _json_lines(result.stdout)] == ["n1", "v1"]


def test_read_published_sets_the_date_and_bad_dates_are_usage_errors(runner, corpus):
    result = runner.invoke(main, ["read", "--json", "--published", "2021-05-04", str(corpus / "vienna.txt")])
    assert _json_lines(result.stdout)[0]["published"] == "2021-05-04"
    bad = runner.invoke(main, ["read", "--published", "4 May", str(corpus / "vienna.txt")])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output and "Traceback" not in bad.output


def test_read_failed_inputs_get_one_stderr_line_each_and_exit_1(runner, mixed):
    paths = [str(mixed / "vienna.txt"), str(mixed / "empty.txt"), str(mixed / "broken.txt"), str(mixed / "nairobi.txt")]
    result = runner.invoke(main, ["read", "--json", *paths])
    assert result.exit_code == 1
    assert len(_json_lines(result.stdout)) == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and all(line.startswith("failed: ") for line in errors)
    assert "Traceback" not in result.output


def test_read_without_inputs_is_a_usage_error(runner):
    result = runner.invoke(main, ["read"])
    assert result.exit_code == 2 and "give at least one input" in result.output


def test_read_standard_input(runner):
    result = runner.invoke(main, ["read", "--json", "-"], input=NAIROBI)
    assert result.exit_code == 0, result.output
    assert _json_lines(result.stdout)[0]["text"] == NAIROBI


# ingest -------------------------------------------------------------------------------------

def test_ingest_mixed_directory_exits_1_with_the_summary_line(runner, mixed, tmp_path):
    db = tmp_path / "c.db"
    result = runner.invoke(main, ["ingest", str(mixed), "--db", str(db)])
    assert result.exit_code == 1
    assert SUMMARY.search(result.stdout).groups() == ("2", "0", "0", "2")
    assert result.stdout.strip().splitlines()[-1] == "2 stored, 0 unchanged, 0 skipped, 2 failed"
    reasons = result.stderr.splitlines()
    assert len(reasons) == 2 and all(line.startswith("failed: ") for line in reasons)
    assert "Traceback" not in result.output


def test_ingest_twice_second_run_is_unchanged_and_exits_0(runner, corpus, tmp_path):
    db = str(tmp_path / "c.db")
    first = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    second = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.stdout.strip() == "2 stored, 0 unchanged, 0 skipped, 0 failed"
    assert second.stdout.strip() == "0 stored, 2 unchanged, 0 skipped, 0 failed"


def test_ingest_jsonl_and_published(runner, tmp_path):
    jsonl = tmp_path / "records.txt"  # --jsonl reads it as records whatever its name
    jsonl.write_text(json.dumps({"id": "j1", "text": VIENNA}) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = runner.invoke(main, ["ingest", "--jsonl", "--published", "2019-05-04", str(jsonl), "--db", db])
    assert result.exit_code == 0, result.output
    listed = _json_lines(runner.invoke(main, ["articles", "--db", db, "--json"]).stdout)
    assert [(a["id"], a["published"]) for a in listed] == [("j1", "2019-05-04")]


def test_database_path_comes_from_env_then_default(runner, corpus, tmp_path, monkeypatch):
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("COMMUNIQUE_DB", str(env_db))
    assert runner.invoke(main, ["ingest", str(corpus)]).exit_code == 0
    assert env_db.exists()
    monkeypatch.delenv("COMMUNIQUE_DB")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    assert runner.invoke(main, ["ingest", str(corpus / "vienna.txt")]).exit_code == 0
    assert (cwd / "communique.db").exists()
    listed = runner.invoke(main, ["articles", "--json"])
    assert len(_json_lines(listed.stdout)) == 1


def test_ingest_into_something_that_is_not_a_database_is_one_error_line(runner, corpus, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 100)
    result = runner.invoke(main, ["ingest", str(corpus), "--db", str(notes)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


# articles / show ----------------------------------------------------------------------------

@pytest.fixture
def stored_db(runner, corpus, tmp_path) -> str:
    db = str(tmp_path / "stored.db")
    jsonl = tmp_path / "ids.jsonl"
    jsonl.write_text(
        "\n".join(
            json.dumps({"id": i, "text": t, "published": p})
            for i, t, p in (("abc-one", VIENNA, "2020-05-04"), ("abd-two", NAIROBI, "2020-06-02"))
        )
        + "\n",
        encoding="utf-8",
    )
    assert runner.invoke(main, ["ingest", "--jsonl", str(jsonl), "--db", db]).exit_code == 0
    return db


def test_articles_lists_ids_dates_headlines_counts(runner, stored_db):
    result = runner.invoke(main, ["articles", "--db", stored_db])
    assert result.exit_code == 0
    for part in ("abc-one", "abd-two", "2020-05-04", "published", "headline", "actors", "quotes", "events"):
        assert part in result.stdout
    listed = _json_lines(runner.invoke(main, ["articles", "--db", stored_db, "--json"]).stdout)
    assert [a["id"] for a in listed] == ["abd-two", "abc-one"]  # newest first
    assert {k: listed[1][k] for k in ("actors", "quotes", "events")} == {"actors": 1, "quotes": 1, "events": 1}


def test_articles_limit(runner, stored_db):
    listed = _json_lines(runner.invoke(main, ["articles", "--db", stored_db, "--json", "--limit", "1"]).stdout)
    assert len(listed) == 1
    assert runner.invoke(main, ["articles", "--db", stored_db, "--limit", "0"]).exit_code == 2


def test_articles_on_an_empty_database_says_so(runner, tmp_path):
    from communique.store import Store

    Store(tmp_path / "empty.db").close()
    result = runner.invoke(main, ["articles", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 0 and "no articles stored yet" in result.stderr


@pytest.mark.parametrize("command", [["articles"], ["show", "abc"]])
def test_reading_commands_do_not_create_a_database(runner, tmp_path, command):
    missing = tmp_path / "typo.db"
    result = runner.invoke(main, [*command, "--db", str(missing)])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no database at")
    assert not missing.exists()


def test_show_prints_what_read_prints(runner, stored_db, tmp_path):
    shown = runner.invoke(main, ["show", "abc-one", "--db", stored_db, "--json"])
    assert shown.exit_code == 0
    (record,) = _json_lines(shown.stdout)
    validate_record(record)
    path = tmp_path / "vienna-again.txt"
    path.write_text(VIENNA, encoding="utf-8")
    read = _json_lines(runner.invoke(main, ["read", "--json", "--published", "2020-05-04", str(path)]).stdout)[0]
    for key in ("text", "published", "headline", "dateline", "paragraphs", "actors", "quotes", "events"):
        assert record[key] == read[key]
    summary = runner.invoke(main, ["show", "abc-one", "--db", stored_db])
    assert summary.exit_code == 0 and "Actors (1)" in summary.stdout and "abc-one" in summary.stdout


def test_show_accepts_a_unique_prefix_and_refuses_an_ambiguous_or_unknown_one(runner, stored_db):
    assert _json_lines(runner.invoke(main, ["show", "abd", "--db", stored_db, "--json"]).stdout)[0]["id"] == "abd-two"
    ambiguous = runner.invoke(main, ["show", "ab", "--db", stored_db])
    assert ambiguous.exit_code == 1 and "abc-one" in ambiguous.stderr and "abd-two" in ambiguous.stderr
    unknown = runner.invoke(main, ["show", "zzz", "--db", stored_db])
    assert unknown.exit_code == 1 and unknown.stderr.startswith("Error: no stored article")
    assert "Traceback" not in ambiguous.output + unknown.output


# the real pipeline ----------------------------------------------------------------------------

@pytest.mark.model
def test_ingest_and_show_with_the_model(runner, corpus, tmp_path):
    db = str(tmp_path / "model.db")
    result = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2 stored, 0 unchanged, 0 skipped, 0 failed"
    listed = _json_lines(runner.invoke(main, ["articles", "--db", db, "--json"]).stdout)
    shown = _json_lines(runner.invoke(main, ["show", listed[0]["id"], "--db", db, "--json"]).stdout)[0]
    validate_record(shown)
