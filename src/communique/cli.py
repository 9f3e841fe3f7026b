"""Command line: one subcommand per job, each a thin layer over an importable function."""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from communique.reader import Reader
from communique.sources import SourceOptions


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


@click.group()
@click.version_option(package_name="communique")
def main() -> None:
    """communique: news dispatches -> structure, actors, quotes and events."""


@main.command("read")
@click.argument("inputs", nargs=-1)
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False), help="A JSON Lines file of records.")
@click.option("--published", callback=_parse_date, help="Publication date YYYY-MM-DD for the inputs.")
@click.option("--json", "as_json", is_flag=True, help="Print the contract JSON (JSON Lines for several).")
def read_command(inputs: tuple[str, ...], jsonl: str | None, published: date | None, as_json: bool) -> None:
    """Read PATH... (files, directories, URLs, or - for stdin) and print what was found."""
    sources = list(inputs) + ([jsonl] if jsonl else [])
    if not sources:
        raise click.UsageError("give at least one input, '-' for standard input, or --jsonl FILE")
    reader = Reader(SourceOptions(published=published, jsonl=bool(jsonl)))
    failed = 0
    for outcome in reader.outcomes(sources):
        if outcome.record is None:
            failed += outcome.status == "failed"
            click.echo(f"{outcome.status}: {outcome.source}: {outcome.reason}", err=True)
            continue
        if as_json:
            sys.stdout.write(json.dumps(outcome.record.to_json(), ensure_ascii=False) + "\n")
        else:
            click.echo(outcome.record.article.headline.text if outcome.record.article.headline else outcome.record.id)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
