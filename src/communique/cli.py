"""Command line: one subcommand per job, each a thin layer over an importable function.

User errors (bad options, a database that cannot be opened, an unknown article id) end in
one ``Error: ...`` line and exit status 1 or 2, never a traceback.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import click

from communique.config import DB_ENV, DEFAULT_DB_NAME, resolve_db_path
from communique.errors import CommuniqueError

DB_HELP = (
    f"SQLite database file. Default: ${DB_ENV} if set, else ./{DEFAULT_DB_NAME} in the current directory."
)


class CommuniqueGroup(click.Group):
    """Turns communique's own errors into one-line messages and a closed pipe into a quiet exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CommuniqueError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:  # e.g. `communique read --json ... | head -1`
            _silence_stdout()
            ctx.exit(0)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(file=sys.stderr if stderr else sys.stdout, highlight=False)


def _print_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _note(status: str, source: str, reason: str | None) -> str:
    return f"{status}: {source}: {reason or status}"


db_option = click.option("--db", "db", metavar="PATH", type=click.Path(dir_okay=False), help=DB_HELP)


def source_options(command):
    """The options of how inputs are read, shared by `read` and `ingest`."""
    for option in reversed(
        (
            click.option("--published", metavar="DATE", callback=_parse_date,
                         help="Publication date YYYY-MM-DD for the inputs."),
            click.option("--max-bytes", metavar="N", type=click.IntRange(min=1), default=20 * 1024 * 1024,
                         show_default=True, help="Refuse inputs larger than N bytes."),
            click.option("--offline", is_flag=True, help="Never use the network (URLs fail, feeds use summaries)."),
            click.option("--any-language", is_flag=True, help="Read articles in any language (default: English only)."),
            click.option("--no-fetch-entries", is_flag=True,
                         help="For feeds, use each entry's summary instead of fetching its page."),
        )
    ):
        command = option(command)
    return command


def _source_options(published, max_bytes, offline, any_language, no_fetch_entries, jsonl=False):
    from communique.sources import SourceOptions

    return SourceOptions(
        published=published,
        max_bytes=max_bytes,
        allow_network=not offline,
        languages=() if any_language else ("en",),
        fetch_feed_pages=not no_fetch_entries,
        jsonl=jsonl,
    )


@click.group(cls=CommuniqueGroup)
@click.version_option(package_name="communique")
def main() -> None:
    """communique: news dispatches -> structure, actors, quotes and events.

    `read` prints what it finds; `ingest` stores it in a SQLite database (--db PATH, else
    $COMMUNIQUE_DB, else ./communique.db) that `articles` and `show` read back.
    """


@main.command("read", short_help="Read articles and print what was found (summary or --json).")
@click.argument("inputs", nargs=-1)
@click.option("--jsonl", "jsonl", metavar="FILE", type=click.Path(dir_okay=False), help="A JSON Lines file of records.")
@source_options
@click.option("--json", "as_json", is_flag=True, help="Print the contract JSON (JSON Lines for several).")
def read_command(
    inputs: tuple[str, ...], jsonl: str | None, published: date | None, max_bytes: int, offline: bool,
    any_language: bool, no_fetch_entries: bool, as_json: bool,
) -> None:
    """Read PATH... (files, directories, URLs, or - for stdin) and print what was found.

    Prints a readable summary of each article, or with --json the contract object (one JSON
    object per line, in input order). Skipped and failed inputs get one line each on
    stderr; the exit status is 1 if any input failed.
    """
    from itertools import chain

    from communique.reader import Reader
    from communique.render import render_record

    if not inputs and not jsonl:
        raise click.UsageError("give at least one input, '-' for standard input, or --jsonl FILE")
    options = _source_options(published, max_bytes, offline, any_language, no_fetch_entries)
    outcomes = chain(
        Reader(options).outcomes(inputs),
        Reader(_source_options(published, max_bytes, offline, any_language, no_fetch_entries, jsonl=True)).outcomes(
            [jsonl] if jsonl else []
        ),
    )
    console = None if as_json else _console()
    failed = shown = 0
    for outcome in outcomes:
        if outcome.record is None:
            failed += outcome.status == "failed"
            click.echo(_note(outcome.status, outcome.source, outcome.reason), err=True)
            continue
        if as_json:
            _print_json(outcome.record.to_json())
        else:
            if shown:
                console.rule()
            render_record(outcome.record, console)
        shown += 1
    sys.exit(1 if failed else 0)


@main.command("ingest", short_help="Read sources into the database.")
@click.argument("sources", nargs=-1, required=True)
@db_option
@source_options
@click.option("--jsonl", "jsonl", is_flag=True, help="Treat every SOURCE as JSON Lines of records.")
def ingest_command(
    sources: tuple[str, ...], db: str | None, published: date | None, max_bytes: int, offline: bool,
    any_language: bool, no_fetch_entries: bool, jsonl: bool,
) -> None:
    """Read SOURCE... (files, directories, URLs, feeds, - for stdin) into the database.

    Articles are identified by the SHA-256 of their text: ingesting one again changes
    nothing ("unchanged"). Every input gets a row in the ingest log; skipped and failed
    inputs also get one line each on stderr. Ends with the line
    "N stored, N unchanged, N skipped, N failed"; the exit status is 1 if any input failed.
    """
    from communique.store import Store
    from communique.store.ingest import ingest

    options = _source_options(published, max_bytes, offline, any_language, no_fetch_entries, jsonl)
    with Store(resolve_db_path(db)) as store, _IngestProgress() as progress:
        summary = ingest(sources, store, options, on_result=progress.update)
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)


class _IngestProgress:
    """A spinner with counts on stderr while ingesting, only when stderr is a terminal;
    one line per skipped or failed input either way."""

    def __init__(self) -> None:
        self.progress = None
        self.task = None
        self.counts = {"stored": 0, "unchanged": 0, "skipped": 0, "failed": 0}

    def __enter__(self) -> "_IngestProgress":
        if sys.stderr.isatty():
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} inputs"),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=_console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("", total=None)
        return self

    def update(self, written) -> None:
        self.counts[written.status] += 1
        if written.status in ("skipped", "failed"):
            line = _note(written.status, written.source, written.reason)
            if self.progress is not None:
                self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                click.echo(line, err=True)
        if self.progress is not None:
            summary = ", ".join(f"{n} {s}" for s, n in self.counts.items() if n)
            self.progress.update(self.task, advance=1, description=summary)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@main.command("articles", short_help="List stored articles.")
@db_option
@click.option("--limit", metavar="N", type=click.IntRange(min=1), default=None, help="Show at most N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per article (JSON Lines).")
def articles_command(db: str | None, limit: int | None, as_json: bool) -> None:
    """List stored articles: id, published date, headline, counts of actors, quotes, events."""
    from communique.render import articles_view
    from communique.store import Store, list_articles

    with Store(resolve_db_path(db), create=False) as store:
        summaries = list_articles(store.conn, limit)
    if as_json:
        for summary in summaries:
            _print_json(summary.to_json())
        return
    if not summaries:
        click.echo("no articles stored yet (communique ingest SOURCE... stores some)", err=True)
        return
    console = _console()
    console.print(articles_view(summaries, console.width))


@main.command("show", short_help="Print one stored article as read does.")
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the contract JSON.")
def show_command(article_id: str, db: str | None, as_json: bool) -> None:
    """Print one stored article as `read` does. ARTICLE_ID may be the start of an id if only
    one id starts that way."""
    from communique.render import render_record
    from communique.store import Store, find_record

    with Store(resolve_db_path(db), create=False) as store:
        record = find_record(store.conn, article_id)
    if as_json:
        _print_json(record.to_json())
    else:
        render_record(record, _console())


def _register_command_groups() -> None:
    from communique import cli_corpus, cli_web
    from communique.cli_kb import kb

    cli_corpus.register(main)
    cli_web.register(main)
    main.add_command(kb)


_register_command_groups()

if __name__ == "__main__":
    main()
