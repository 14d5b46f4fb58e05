"""Records that cross the store's boundary: small frozen dataclasses, never rows or widgets."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    title: str
    site_url: str | None = None
    category: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_fetched: str | None = None
    last_error: str | None = None
    failures: int = 0
    enabled: bool = True
    article_count: int = 0
    unread_count: int = 0


@dataclass(frozen=True, slots=True)
class EntryRecord:
    """One parsed feed entry, ready to be stored. `uid` is its stable identity within the feed."""

    uid: str
    title: str
    url: str | None = None
    author: str | None = None
    published: str | None = None  # UTC ISO 8601
    updated: str | None = None
    summary: str | None = None
    content_html: str | None = None  # sanitized
    document: Document = field(default_factory=Document)
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article as a list shows it: no body."""

    id: int
    feed_id: int
    feed_title: str
    title: str
    url: str | None
    published: str | None
    read: bool
    starred: bool


@dataclass(frozen=True, slots=True)
class Article:
    """An article in full, for the reader."""

    id: int
    feed_id: int
    feed_title: str
    uid: str
    title: str
    url: str | None
    author: str | None
    published: str | None
    updated: str | None
    summary: str | None
    document: Document
    categories: tuple[str, ...]
    read: bool
    starred: bool
    first_seen: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What storing one feed's entries did."""

    new_ids: tuple[int, ...] = ()
    updated_ids: tuple[int, ...] = ()

    @property
    def new(self) -> int:
        return len(self.new_ids)

    @property
    def updated(self) -> int:
        return len(self.updated_ids)


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    title: str
    feed_id: int
    feed_title: str
    published: str | None
    url: str | None
    snippet: str
    read: bool
    starred: bool

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "feed": self.feed_title,
            "feed_id": self.feed_id,
            "published": self.published,
            "url": self.url,
            "snippet": self.snippet,
            "read": self.read,
            "starred": self.starred,
        }


@dataclass(frozen=True, slots=True)
class SearchPage:
    query: str
    hits: tuple[SearchHit, ...]
    limit: int
    offset: int
    has_more: bool
