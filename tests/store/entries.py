"""Helpers for store tests: entries as ingestion would make them, and the FTS consistency check."""

from __future__ import annotations

from tui.document import document_from_text
from tui.store import EntryRecord, Store


def entry(
    uid: str,
    title: str = "",
    text: str = "",
    *,
    published: str | None = "2024-01-01T12:00:00+00:00",
    author: str | None = None,
    url: str | None = None,
) -> EntryRecord:
    """An entry as ingestion would hand it to the store."""
    return EntryRecord(
        uid=uid,
        title=title or f"Article {uid}",
        url=url or f"https://example.com/{uid}",
        author=author,
        published=published,
        document=document_from_text(text or f"Body of {uid}."),
    )


def fts_consistent(store: Store) -> bool:
    """FTS5's own check that the index matches the articles table; it raises when it does not."""
    store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    return True
