"""Test helpers: fixtures built through the real ingestion path (tui.ingest.sanitize)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import Catalog, load_starter_catalog
from tui.document import Document, document_from_text
from tui.ingest.sanitize import html_to_document

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed"
FIXTURES = ROOT / "fixtures" / "annotated"


def document_from_html(html: str) -> Document:
    """The Document ingestion makes of an HTML page (the real sanitizer, not a stand-in)."""
    return html_to_document(html)


def load_fixture_document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return document_from_html(text) if path.suffix == ".html" else document_from_text(text)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_starter_catalog()


@pytest.fixture(scope="session")
def seed_html() -> Document:
    return document_from_html((SEED / "article.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> Document:
    return document_from_text((SEED / "article.txt").read_text(encoding="utf-8"))
