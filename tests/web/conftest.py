"""Web fixtures: a hand-built store and an in-process client over it."""
from __future__ import annotations

import warnings

import pytest

from web_fixtures import SCREENSHOT_DIRS, build_store

with warnings.catch_warnings():  # starlette's note on httpx, once, at import
    warnings.simplefilter("ignore")
    import fastapi.testclient  # noqa: F401


def pytest_configure(config):
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with:DeprecationWarning")


@pytest.fixture()
def web_db(tmp_path):
    return build_store(tmp_path / "web.db")


@pytest.fixture()
def make_client(web_db):
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from communique.web.app import Settings, create_app

    def make(**settings):
        return TestClient(create_app(Settings(db=web_db, **settings)))

    return make


@pytest.fixture()
def client(make_client):
    return make_client()


def pytest_terminal_summary(terminalreporter):
    for directory in SCREENSHOT_DIRS:
        count = len(list(directory.glob("*.png")))
        terminalreporter.write_line(f"browser screenshots: {directory} ({count} files)")
