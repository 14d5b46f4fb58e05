"""Fixtures for the ingestion tests: a real SQLite file per test, the fixture feeds, a local HTTP server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tui.store import Store

FEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "feeds"
RSS = "application/rss+xml"


def feed_bytes(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "g.db") as db:
        yield db


@pytest.fixture
def serve(httpserver: HTTPServer) -> Callable[..., str]:
    """Serve `body` at `path` on 127.0.0.1 and return its URL."""

    def _serve(
        path: str,
        body: bytes | str = b"",
        *,
        content_type: str = RSS,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        httpserver.expect_request(path).respond_with_data(
            body, status=status, content_type=content_type, headers=headers or {}
        )
        return httpserver.url_for(path)

    return _serve
