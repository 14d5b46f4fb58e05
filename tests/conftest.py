"""Shared test fixtures: paths to the shared seed and corpus, and a fresh database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed"
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "greenroom.db"


@pytest.fixture
def seed_feed_bytes() -> bytes:
    return (SEED / "feed.rss").read_bytes()
