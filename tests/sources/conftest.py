"""Helpers for source tests: fixture files and options that never touch the network."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.sources import SourceOptions

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def offline() -> SourceOptions:
    return SourceOptions(allow_network=False)
