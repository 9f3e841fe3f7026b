"""Store fixtures: a fresh database path per test and the NLP stand-in."""
from __future__ import annotations

from pathlib import Path

import pytest

from fake_nlp import fake_analyse


@pytest.fixture
def fake_nlp(monkeypatch):
    monkeypatch.setattr("communique.reader.analyse", fake_analyse)
    return fake_analyse


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "test.db"
