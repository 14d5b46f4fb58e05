"""Store test fixtures: a real SQLite file per test and a small way to make entries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.store import Feed, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "greenroom.db")
    yield opened
    opened.close()


@pytest.fixture
def feed(store: Store) -> Feed:
    return store.add_feed("https://vulture.example/feed", "Vulture")
