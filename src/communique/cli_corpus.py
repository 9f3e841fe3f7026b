"""Corpus commands over the store: dyad, quotes, events, issues, actors, export, refresh.

Each is a thin layer over a function in ``communique.analysis`` or ``communique.export``;
each prints a table by default, JSON Lines with ``--json`` and CSV with ``--csv``.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from communique.config import DB_ENV, DEFAULT_DB_NAME, resolve_db_path

db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False),
    help=f"SQLite database file. Default: ${DB_ENV} if set, else ./{DEFAULT_DB_NAME}.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
csv_option = click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
from_option = click.option("--from", "start", metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
to_option = click.option("--to", "end", metavar="DATE", help="Up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")
by_option = click.option(
    "--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True,
    help="Period of the series.",
)
plot_option = click.option("--plot", metavar="FILE", help="Also draw the timeline to FILE.png or FILE.html.")
limit_option = click.option("--limit", metavar="N", type=click.IntRange(min=1), default=None, help="At most N rows.")


def _emit(rows: Sequence[dict[str, Any]], as_json: bool, as_csv: bool, title: str, columns: Sequence[str] | None = None) -> None:
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    columns = list(columns or (rows[0].keys() if rows else []))
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    if not rows:
        click.echo(f"{title}: nothing found", err=True)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        if column in WIDE_COLUMNS:
            table.add_column(LABELS.get(column, column), overflow="fold", ratio=1, min_width=30)
        else:
            table.add_column(LABELS.get(column, column), no_wrap=True,
                             justify="right" if column in NUMERIC_COLUMNS else "left")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    console = Console(highlight=False)
    if not console.is_terminal:  # a file or a pipe: no terminal width to respect
        console = Console(highlight=False, width=200)
    console.print(table)


# Short headers for the tables people read; --json and --csv keep the full names.
LABELS = {
    "verbal_cooperation": "verb.coop", "material_cooperation": "mat.coop", "verbal_conflict": "verb.confl",
    "material_conflict": "mat.confl", "goldstein_sum": "G.sum", "goldstein_mean": "G.mean",
    "statements_ab": "A said", "statements_ba": "B said", "speaker_name": "speaker", "source_name": "source",
    "target_name": "target", "source_code": "src", "target_code": "tgt", "num_articles": "stories",
    "num_sources": "outlets", "num_mentions": "mentions", "article_id": "article",
}
WIDE_COLUMNS = {"text", "headline", "name"}
NUMERIC_COLUMNS = {
    "events", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
    "goldstein_sum", "goldstein_mean", "mentions", "articles", "outlets", "statements_ab", "statements_ba",
    "quotes", "tone", "start", "end", "num_articles", "num_sources", "num_mentions", "goldstein",
}


def _cell(value: Any):
    """Plain Text, so brackets in news copy ("[against Russia]") are never read as markup."""
    from rich.text import Text

    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:.2f}")
    return Text(str(value))


def _conn(db: str | None):
    from communique.store import Store

    return Store(resolve_db_path(db))


def _refreshed(store) -> None:
    from communique.analysis.corpus import refresh

    refresh(store.conn)


def _spec_or_usage(value: str | None, what: str):
    from communique.analysis.actor_spec import ActorSpec

    if value is None:
        return None
    try:
        return ActorSpec.parse(value)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint=what) from None


@click.command("dyad", short_help="Relations between two actors over time.")
@click.argument("a")
@click.argument("b")
@db_option
@from_option
@to_option
@by_option
@click.option("--ordered", is_flag=True, help="Only events from A to B (default: both directions).")
@click.option("--statements", is_flag=True, help="List the statements each side made about the other.")
@plot_option
@json_option
@csv_option
def dyad_command(a, b, db, start, end, by, ordered, statements, plot, as_json, as_csv) -> None:
    """Events between A and B per period (by quad class, Goldstein sum and mean, stories and
    outlets) and the statements each made about the other. A and B are country codes (RUS),
    country+sector (RUSGOV) or IGO codes (IGOUNO)."""
    from communique.analysis.dyads import dyad_series, dyad_statements

    spec_a, spec_b = _spec_or_usage(a, "A"), _spec_or_usage(b, "B")
    with _conn(db) as store:
        _refreshed(store)
        if statements:
            rows = dyad_statements(store.conn, spec_a, spec_b, start, end)
            _emit(rows, as_json, as_csv, f"Statements {spec_a} <-> {spec_b}",
                  ["direction", "published", "speaker_name", "text", "article_id", "start", "end"])
            return
        points = dyad_series(store.conn, spec_a, spec_b, by=by, start=start, end=end, ordered=ordered)
    title = f"{spec_a} {'->' if ordered else '<->'} {spec_b} by {by}"
    _emit([p.to_json() for p in points], as_json, as_csv, title)
    if plot:
        from communique.analysis.plots import plot_dyad

        try:
            click.echo(f"plot: {plot_dyad(points, title, plot)}", err=True)
        except ValueError as err:
            raise click.BadParameter(str(err), param_hint="--plot") from None


@click.command("quotes", short_help="Statements by speaker, about an actor, on an issue.")
@db_option
@click.option("--speaker", metavar="NAME", help="Speaker's name contains NAME (case-insensitive).")
@click.option("--speaker-actor", metavar="CODE", help="Speaker's country, country+sector or IGO code.")
@click.option("--about", metavar="CODE", help="The quote mentions this country, country+sector or IGO.")
@click.option("--issue", metavar="KEY", help="The quote is tagged with this issue (see `communique issues`).")
@from_option
@to_option
@limit_option
@json_option
@csv_option
def quotes_command(db, speaker, speaker_actor, about, issue, start, end, limit, as_json, as_csv) -> None:
    """Who said what: stored quotes with their speaker, tone and where they are
    (article id and character offsets)."""
    from communique.analysis import queries

    _spec_or_usage(speaker_actor, "--speaker-actor")
    _spec_or_usage(about, "--about")
    with _conn(db) as store:
        _refreshed(store)
        rows = queries.quotes(store.conn, speaker=speaker, speaker_actor=speaker_actor, about=about, issue=issue,
                              start=start, end=end, limit=limit)
    _emit(rows, as_json, as_csv, "Quotes",
          None if (as_json or as_csv) else ["published", "speaker_name", "kind", "text", "tone", "article_id", "start", "end"])


@click.command("events", short_help="Events by source, target, CAMEO root, issue, date.")
@db_option
@click.option("--source", metavar="CODE", help="Source country, country+sector or IGO code.")
@click.option("--target", metavar="CODE", help="Target country, country+sector or IGO code.")
@click.option("--root", metavar="NN", help="CAMEO root code, 01-20.")
@click.option("--issue", metavar="KEY", help="The event's sentence is tagged with this issue.")
@click.option("--negated", is_flag=True, help="Include negated events.")
@click.option("--merged", is_flag=True, help="Merge the same event across articles (GDELT-style counts).")
@click.option("--window", metavar="DAYS", type=click.IntRange(min=0), default=0, show_default=True,
              help="With --merged: dates this many days apart are one event.")
@from_option
@to_option
@limit_option
@json_option
@csv_option
def events_command(db, source, target, root, issue, negated, merged, window, start, end, limit, as_json, as_csv) -> None:
    """Who did what to whom: stored events with their evidence, or merged corpus events."""
    from dataclasses import asdict

    from communique.analysis import queries

    _spec_or_usage(source, "--source")
    _spec_or_usage(target, "--target")
    filters = dict(source=source, target=target, root=root, issue=issue, start=start, end=end)
    with _conn(db) as store:
        _refreshed(store)
        if merged:
            rows = [asdict(e) for e in queries.corpus_events(store.conn, window, **filters)][: limit or None]
            columns = ["date", "source_name", "source_code", "cameo", "plover", "target_name", "target_code",
                       "goldstein", "num_articles", "num_sources", "num_mentions"]
        else:
            rows = queries.events(store.conn, negated=negated, limit=limit, **filters)
            columns = ["date", "source_name", "source_code", "cameo", "plover", "target_name", "target_code", "negated", "text"]
    _emit(rows, as_json, as_csv, "Events", None if (as_json or as_csv) else columns)


@click.command("issues", short_help="Issues in the corpus, or one issue's timeline.")
@click.argument("name", required=False)
@db_option
@by_option
@from_option
@to_option
@plot_option
@json_option
@csv_option
def issues_command(name, db, by, start, end, plot, as_json, as_csv) -> None:
    """Without NAME: every tagged issue with its story, quote and event counts. With NAME
    (an issue key such as kuril_islands): its timeline and the actors who speak on it."""
    from communique.analysis import queries
    from communique.analysis.issues import issue_by_key, load_issues

    with _conn(db) as store:
        _refreshed(store)
        if not name:
            _emit(queries.issues_summary(store.conn), as_json, as_csv, "Issues")
            return
        issue = issue_by_key(name)
        if issue is None:
            known = ", ".join(i.key for i in load_issues())
            raise click.BadParameter(f"unknown issue {name!r}; known: {known}", param_hint="NAME")
        rows = queries.issue_timeline(store.conn, name, by, start, end)
        speakers = queries.issue_actors(store.conn, name)
    _emit(rows, as_json, as_csv, f"{issue.name} by {by}")
    if not (as_json or as_csv) and speakers:
        _emit(speakers, False, False, f"Who speaks on {issue.name}")
    if plot:
        from communique.analysis.plots import plot_issue

        try:
            click.echo(f"plot: {plot_issue(rows, f'{issue.name} by {by}', plot)}", err=True)
        except ValueError as err:
            raise click.BadParameter(str(err), param_hint="--plot") from None


@click.command("actors", short_help="The most reported actors.")
@db_option
@click.option("--top", metavar="N", type=click.IntRange(min=1), default=20, show_default=True, help="How many.")
@click.option("--kind", type=click.Choice(["person", "state", "igo", "organisation", "group"]), help="Only this kind.")
@json_option
@csv_option
def actors_command(db, top, kind, as_json, as_csv) -> None:
    """Actors ranked by the number of stories mentioning them (near-duplicates count once)."""
    from communique.analysis import queries

    with _conn(db) as store:
        _refreshed(store)
        rows = queries.top_actors(store.conn, top, kind)
    _emit(rows, as_json, as_csv, f"Top {top} actors")


@click.command("export", short_help="Export tables: JSON Lines, CSV, Parquet, GDELT TSV.")
@click.argument("table", type=click.Choice(["articles", "actors", "quotes", "events", "gdelt"]))
@click.argument("output", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
              help="Output format (default: from OUTPUT's extension; gdelt is always TSV).")
@click.option("--window", metavar="DAYS", type=click.IntRange(min=0), default=0, show_default=True,
              help="gdelt: dates this many days apart are one event.")
@click.option("--header", is_flag=True, help="gdelt: add a header line (GDELT's own files have none).")
def export_command(table, output, db, fmt, window, header) -> None:
    """Write TABLE to OUTPUT (- for standard output). `gdelt` writes merged corpus events in
    the GDELT 2.0 event-table column order, tab-separated."""
    from contextlib import nullcontext
    from pathlib import Path

    from communique.export import tables

    with _conn(db) as store:
        _refreshed(store)
        if table == "gdelt":
            from communique.analysis.queries import corpus_events
            from communique.export.gdelt import gdelt_lines

            events = corpus_events(store.conn, window)
            with (nullcontext(sys.stdout) if output == "-" else open(output, "w", encoding="utf-8")) as out:
                for line in gdelt_lines(events, header=header):
                    out.write(line)
            click.echo(f"{len(events)} events written", err=True)
            return
        fmt = fmt or {".csv": "csv", ".parquet": "parquet", ".jsonl": "jsonl", ".json": "jsonl"}.get(
            Path(output).suffix.lower(), "jsonl")
        if fmt == "parquet":
            if output == "-":
                raise click.BadParameter("Parquet needs a file, not standard output", param_hint="OUTPUT")
            n = tables.write_parquet(store.conn, table, output)
        else:
            write = tables.write_csv if fmt == "csv" else tables.write_jsonl
            with (nullcontext(sys.stdout) if output == "-" else open(output, "w", encoding="utf-8", newline="")) as out:
                n = write(store.conn, table, out)
    click.echo(f"{n} {table} rows written", err=True)


COMMANDS = (dyad_command, quotes_command, events_command, issues_command, actors_command, export_command)


def register(group: click.Group) -> None:
    for command in COMMANDS:
        group.add_command(command)
