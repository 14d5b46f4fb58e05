"""feedparser's own test feeds: none may break ingestion, and what feedparser finds we must keep."""

from __future__ import annotations

import io
import re
from pathlib import Path

import feedparser
import pytest

from tui.ingest import NotAFeed, parse_feed

from .test_sanitize import assert_consistent

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FILES = (
    sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md") if CORPUS.is_dir() else []
)
_HEADER = re.compile(r"^Header:\s*([\w-]+):\s*(.*?)\s*$", re.MULTILINE)


def _headers(data: bytes) -> dict[str, str]:
    """The HTTP headers feedparser's suite sends with a file, from its header comment."""
    head = data[:4000].decode("latin-1")
    return {name.lower(): value for name, value in _HEADER.findall(head)}


def test_corpus_is_there() -> None:
    assert len(FILES) >= 1800, f"expected the feedparser corpus under {CORPUS}"


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file(path: Path) -> None:
    data = path.read_bytes()
    headers = _headers(data)
    url = "http://127.0.0.1:8097/" + path.name
    try:
        parsed = parse_feed(data, url=url, headers=headers)
    except NotAFeed:
        parsed = None
    if parsed is not None:
        for entry in parsed.entries:
            assert entry.uid
            assert "\x1b" not in entry.title and "\x1b" not in entry.document.text
            assert_consistent(entry.document)
    if path.relative_to(CORPUS).parts[0] == "feedparser-wellformed":
        reference = feedparser.parse(io.BytesIO(data), response_headers=headers)
        if reference.entries:
            assert parsed is not None, "feedparser found entries but we said it is not a feed"
            assert len(parsed.entries) == len(reference.entries)
