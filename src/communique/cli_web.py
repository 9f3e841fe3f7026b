"""``communique serve``: the web dashboard and REST API over a store (loopback by default)."""
from __future__ import annotations

import click

from communique.config import DB_ENV, DEFAULT_DB_NAME, resolve_db_path


@click.command("serve", short_help="Web dashboard and REST API over the store.")
@click.option("--db", "db", type=click.Path(dir_okay=False),
              help=f"SQLite database file. Default: ${DB_ENV} if set, else ./{DEFAULT_DB_NAME}.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default serves this machine only; anything else exposes the store.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="COMMUNIQUE_API_TOKEN", default=None,
              help="Bearer token that enables POST /api/v1/articles (default: $COMMUNIQUE_API_TOKEN; unset = off).")
@click.option("--allow-fetch", is_flag=True, help="Let submissions name a URL for the server to fetch.")
def serve_command(db, host, port, token, allow_fetch) -> None:
    """Serve pages (home, article, actor, dyad, issue, search) and /api/v1 (OpenAPI at
    /api/v1/openapi.json) over the store."""
    import uvicorn

    from communique.web.app import Settings, create_app

    path = resolve_db_path(db)
    app = create_app(Settings(db=path, token=token or None, allow_fetch=allow_fetch))
    click.echo(f"serving {path} on http://{host}:{port}/ (submissions {'on' if token else 'off'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(group: click.Group) -> None:
    group.add_command(serve_command)
