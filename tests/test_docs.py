"""Every CLI command and every option it takes is documented in README.md."""
from __future__ import annotations

import re
from pathlib import Path

import click

from communique.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _commands(group: click.Group, prefix: str = "communique"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


def test_the_group_has_the_documented_jobs():
    assert {"read", "ingest", "articles", "show"} <= set(main.commands)


def test_every_command_and_option_appears_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    missing = []
    for path, command in _commands(main):
        if path not in readme:
            missing.append(path)
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and not re.search(re.escape(option) + r"\b", readme):
                    missing.append(f"{path} {option}")
    for param in main.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--") and option not in readme:
                missing.append(f"communique {option}")
    assert missing == []


def test_the_readme_keeps_the_quick_start_commands():
    readme = README.read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_the_default_database_is_the_same_in_readme_and_help():
    from communique.config import DB_ENV, DEFAULT_DB_NAME
    from communique.cli import DB_HELP

    readme = README.read_text(encoding="utf-8")
    assert DB_ENV in readme and DB_ENV in DB_HELP
    assert f"`{DEFAULT_DB_NAME}` in the current directory" in readme and DEFAULT_DB_NAME in DB_HELP
