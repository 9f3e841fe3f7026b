"""Shared fixtures: paths to ../shared (skipping cleanly when absent) and the model."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "acceptance" / "seed" / "tass-2019-01-16-lavrov-japan.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED} (a sibling 'shared/' checkout)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "acceptance" / "seed" / "tass-2019-01-16-lavrov-japan.txt"


@pytest.fixture(scope="session")
def nlp():
    """The pinned spaCy pipeline with communique's components."""
    from communique.nlp.pipeline import load_pipeline

    return load_pipeline()
