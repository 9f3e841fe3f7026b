"""`communique serve`: options reach the app and uvicorn; loopback unless told otherwise."""
import click
from click.testing import CliRunner

from communique.cli_web import register, serve_command


def test_register_adds_serve_to_a_group():
    group = click.Group("main")
    register(group)
    assert "serve" in group.commands


def test_serve_binds_loopback_by_default_and_passes_settings(monkeypatch, web_db):
    calls = {}

    def fake_run(app, host, port, log_level):
        calls.update(app=app, host=host, port=port)

    monkeypatch.setattr("uvicorn.run", fake_run)
    monkeypatch.delenv("COMMUNIQUE_API_TOKEN", raising=False)
    result = CliRunner().invoke(serve_command, ["--db", str(web_db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8123
    settings = calls["app"].state.settings
    assert settings.token is None and settings.allow_fetch is False and settings.db == web_db


def test_token_comes_from_the_environment(monkeypatch, web_db):
    seen = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(settings=app.state.settings))
    monkeypatch.setenv("COMMUNIQUE_API_TOKEN", "from-env")
    result = CliRunner().invoke(serve_command, ["--db", str(web_db), "--allow-fetch"])
    assert result.exit_code == 0, result.output
    assert seen["settings"].token == "from-env" and seen["settings"].allow_fetch is True


def test_kb_entry_degrades_without_a_kb_lookup():
    from communique.web.views import kb_entry

    assert kb_entry(None) is None
    assert kb_entry("Q-nobody") is None  # communique.kb offers no lookup on this branch, or knows no such id
