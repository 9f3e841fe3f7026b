"""Where things live: the one place that decides which database a command uses.

Order of precedence: an explicit path (``--db``), then the environment variable
``COMMUNIQUE_DB``, then ``./communique.db`` in the current directory. The default is a
plain file next to the user's work, like a sqlite-utils or datasette database: easy to
see, copy, open with ``sqlite3`` or delete.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DB_ENV = "COMMUNIQUE_DB"
DEFAULT_DB_NAME = "communique.db"


def default_db_path(cwd: Path | None = None) -> Path:
    """The documented default: ``communique.db`` in the current directory."""
    return (cwd or Path.cwd()) / DEFAULT_DB_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The database path a command should use: ``--db``, else ``$COMMUNIQUE_DB``, else the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = (os.environ if environ is None else environ).get(DB_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return default_db_path()
