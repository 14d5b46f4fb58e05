"""The store's public face: feeds and articles in, dataclasses out."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..document import Document
from .coverage import CoverageStore
from .database import Database, utc_now
from .models import Article, ArticleRow, EntryRecord, Feed, SaveResult, SearchPage
from .search import search_articles

_FEED_COUNTS = """
SELECT feeds.*,
       (SELECT count(*) FROM articles WHERE feed_id = feeds.id) AS article_count,
       (SELECT count(*) FROM articles WHERE feed_id = feeds.id AND read = 0) AS unread_count
FROM feeds
"""


_REVERSE_AFTER = 2_000


class FeedNotFound(LookupError):
    pass


class ArticleNotFound(LookupError):
    pass


def _feed(row: dict) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"] or row["url"],
        site_url=row["site_url"],
        category=row["category"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_fetched=row["last_fetched"],
        last_error=row["last_error"],
        failures=row["failures"],
        enabled=bool(row["enabled"]),
        article_count=row.get("article_count", 0) or 0,
        unread_count=row.get("unread_count", 0) or 0,
    )


def _content_hash(entry: EntryRecord) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in (entry.title, entry.url, entry.author, entry.updated, entry.summary, entry.document.text):
        digest.update((part or "").encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class Store:
    """Greenroom's database. Safe to share between threads; each gets its own connection."""

    def __init__(self, path: str | Path) -> None:
        self.db = Database(path)
        self.path = self.db.path
        self.coverage = CoverageStore(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Feeds

    def add_feed(
        self, url: str, title: str = "", site_url: str | None = None, category: str | None = None
    ) -> Feed:
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO feeds (url, title, site_url, category, added) VALUES (?, ?, ?, ?, ?)",
                (url, title, site_url, category, utc_now()),
            )
        return self.feed(cursor.lastrowid)

    def feed(self, feed_id: int) -> Feed:
        rows = list(self.db.query(_FEED_COUNTS + " WHERE feeds.id = ?", (feed_id,)))
        if not rows:
            raise FeedNotFound(f"no feed with id {feed_id}")
        return _feed(rows[0])

    def feed_by_url(self, url: str) -> Feed | None:
        rows = list(self.db.query(_FEED_COUNTS + " WHERE feeds.url = ?", (url,)))
        return _feed(rows[0]) if rows else None

    def find_feed(self, id_or_url: str | int) -> Feed:
        """A feed by its id or its URL."""
        text = str(id_or_url).strip()
        if text.isdigit():
            return self.feed(int(text))
        feed = self.feed_by_url(text)
        if feed is None:
            raise FeedNotFound(f"no feed with id or URL {text!r}")
        return feed

    def feeds(self) -> list[Feed]:
        order = " ORDER BY lower(coalesce(nullif(feeds.title, ''), feeds.url)), feeds.id"
        rows = self.db.query(_FEED_COUNTS + order)
        return [_feed(row) for row in rows]

    def remove_feed(self, feed_id: int) -> None:
        with self.db.transaction() as conn:
            if conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount == 0:
                raise FeedNotFound(f"no feed with id {feed_id}")

    def update_feed(self, feed_id: int, **fields: object) -> None:
        allowed = {
            "url", "title", "site_url", "category", "etag", "last_modified",
            "last_fetched", "last_error", "failures", "enabled",
        }  # fmt: skip
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown feed fields: {sorted(unknown)}")
        if not fields:
            return
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.db.transaction() as conn:
            conn.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", (*fields.values(), feed_id))

    def record_success(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        site_url: str | None = None,
    ) -> None:
        fields: dict[str, object] = {
            "etag": etag,
            "last_modified": last_modified,
            "last_fetched": utc_now(),
            "last_error": None,
            "failures": 0,
        }
        if title:
            fields["title"] = title
        if site_url:
            fields["site_url"] = site_url
        self.update_feed(feed_id, **fields)

    def record_failure(self, feed_id: int, error: str, *, disable: bool = False) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE feeds SET last_error = ?, last_fetched = ?, failures = failures + 1,"
                " enabled = CASE WHEN ? THEN 0 ELSE enabled END WHERE id = ?",
                (error, utc_now(), disable, feed_id),
            )

    # Articles

    def save_entries(self, feed_id: int, entries: Iterable[EntryRecord]) -> SaveResult:
        """Insert new entries and update changed ones, all in one transaction; never duplicates."""
        new_ids: list[int] = []
        updated_ids: list[int] = []
        now = utc_now()
        seen: set[str] = set()
        with self.db.transaction() as conn:
            for entry in entries:
                if entry.uid in seen:  # a feed repeating an entry keeps its first copy
                    continue
                seen.add(entry.uid)
                digest = _content_hash(entry)
                values = (
                    entry.url,
                    entry.title,
                    entry.author,
                    entry.published,
                    entry.updated,
                    entry.summary,
                    entry.content_html,
                    entry.document.text,
                    json.dumps(entry.document.to_json(), separators=(",", ":")),
                    json.dumps(list(entry.categories)),
                    digest,
                )
                row = conn.execute(
                    "SELECT id, content_hash FROM articles WHERE feed_id = ? AND uid = ?",
                    (feed_id, entry.uid),
                ).fetchone()
                if row is None:
                    sort_key = entry.published or entry.updated or now
                    cursor = conn.execute(
                        "INSERT INTO articles (url, title, author, published, updated, summary,"
                        " content_html, text, structure, categories, content_hash,"
                        " feed_id, uid, first_seen, sort_key)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, feed_id, entry.uid, now, sort_key),
                    )
                    new_ids.append(cursor.lastrowid)
                elif row[1] != digest:
                    conn.execute(
                        "UPDATE articles SET url = ?, title = ?, author = ?, published = ?, updated = ?,"
                        " summary = ?, content_html = ?, text = ?, structure = ?, categories = ?,"
                        " content_hash = ? WHERE id = ?",
                        (*values, row[0]),
                    )
                    updated_ids.append(row[0])
        return SaveResult(tuple(new_ids), tuple(updated_ids))

    def article(self, article_id: int) -> Article:
        rows = list(
            self.db.query(
                "SELECT articles.*, coalesce(nullif(feeds.title, ''), feeds.url) AS feed_title"
                " FROM articles JOIN feeds ON feeds.id = articles.feed_id WHERE articles.id = ?",
                (article_id,),
            )
        )
        if not rows:
            raise ArticleNotFound(f"no article with id {article_id}")
        row = rows[0]
        structure = json.loads(row["structure"]) if row["structure"] else None
        return Article(
            id=row["id"],
            feed_id=row["feed_id"],
            feed_title=row["feed_title"],
            uid=row["uid"],
            title=row["title"],
            url=row["url"],
            author=row["author"],
            published=row["published"],
            updated=row["updated"],
            summary=row["summary"],
            document=Document.from_json(row["text"], structure),
            categories=tuple(json.loads(row["categories"] or "[]")),
            read=bool(row["read"]),
            starred=bool(row["starred"]),
            first_seen=row["first_seen"],
        )

    def article_ids(self, feed_id: int | None = None) -> list[int]:
        if feed_id is None:
            return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]
        return [
            r[0] for r in self.db.execute("SELECT id FROM articles WHERE feed_id = ? ORDER BY id", (feed_id,))
        ]

    def _article_filter(
        self, feed_id: int | None, show_id: int | None, unread_only: bool, starred_only: bool
    ) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        if feed_id is not None:
            clauses.append("a.feed_id = ?")
            params.append(feed_id)
        if show_id is not None:
            clauses.append("a.id IN (SELECT article_id FROM article_shows WHERE entity_id = ?)")
            params.append(show_id)
        if unread_only:
            clauses.append("a.read = 0")
        if starred_only:
            clauses.append("a.starred = 1")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def count_articles(
        self,
        *,
        feed_id: int | None = None,
        show_id: int | None = None,
        unread_only: bool = False,
        starred_only: bool = False,
    ) -> int:
        where, params = self._article_filter(feed_id, show_id, unread_only, starred_only)
        return self.db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]

    def article_rows(
        self,
        *,
        feed_id: int | None = None,
        show_id: int | None = None,
        unread_only: bool = False,
        starred_only: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> list[ArticleRow]:
        """One page of articles, newest first."""
        where, params = self._article_filter(feed_id, show_id, unread_only, starred_only)
        order, reverse = "DESC", False
        if offset > _REVERSE_AFTER:
            # OFFSET walks every skipped row; past the middle, walk from the oldest end instead.
            total = self.count_articles(
                feed_id=feed_id, show_id=show_id, unread_only=unread_only, starred_only=starred_only
            )
            if total - offset < offset:
                limit = max(0, min(limit, total - offset))
                offset, order, reverse = max(0, total - offset - limit), "ASC", True
        rows = self.db.execute(
            "SELECT a.id, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.title, a.url, a.published,"
            f" a.read, a.starred FROM articles a JOIN feeds f ON f.id = a.feed_id{where}"
            f" ORDER BY a.sort_key {order}, a.id {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        if reverse:
            rows.reverse()
        return [ArticleRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7])) for r in rows]

    def set_read(self, article_ids: Sequence[int], read: bool = True) -> None:
        with self.db.transaction() as conn:
            conn.executemany(
                "UPDATE articles SET read = ? WHERE id = ?", [(int(read), i) for i in article_ids]
            )

    def set_starred(self, article_id: int, starred: bool) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE articles SET starred = ? WHERE id = ?", (int(starred), article_id))

    def stats(self) -> dict[str, int]:
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM feeds), (SELECT count(*) FROM articles),"
            " (SELECT count(*) FROM articles WHERE read = 0)"
        ).fetchone()
        return {"feeds": row[0], "articles": row[1], "unread": row[2]}

    # Search

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
        """Ranked full-text search; raises QueryError for a malformed query."""
        return search_articles(self.db, query, limit=limit, offset=offset)
