"""Feeds and articles: CRUD, entry identity and updates, paging, flags, and cascading deletes."""

from __future__ import annotations

import dataclasses

import pytest

from tui.store import Feed, FeedNotFound, Store

from .entries import entry, fts_consistent


def _ids(store: Store, query: str) -> set[int]:
    return {hit.id for hit in store.search(query, limit=100).hits}


def test_feeds_are_added_found_updated_and_removed(store: Store) -> None:
    a = store.add_feed("https://a.example/rss", "Alpha")
    b = store.add_feed("https://b.example/rss", category="tv")
    assert store.find_feed(a.id) == a
    assert store.find_feed(str(b.id)) == b
    assert store.find_feed(" https://b.example/rss ").id == b.id
    assert b.title == "https://b.example/rss"  # an untitled feed shows its URL
    store.update_feed(a.id, title="Alpha Prime", etag='"v2"')
    assert store.feed(a.id).title == "Alpha Prime"
    assert store.feed(a.id).etag == '"v2"'
    store.record_failure(a.id, "timeout")
    store.record_failure(a.id, "timeout", disable=True)
    failing = store.feed(a.id)
    assert (failing.failures, failing.enabled, failing.last_error) == (2, False, "timeout")
    store.record_success(a.id, etag=None, last_modified="Mon")
    assert store.feed(a.id).failures == 0
    assert store.feed(a.id).last_error is None
    assert {f.title for f in store.feeds()} == {"Alpha Prime", "https://b.example/rss"}
    store.remove_feed(b.id)
    assert [f.id for f in store.feeds()] == [a.id]
    with pytest.raises(FeedNotFound):
        store.find_feed(b.id)
    with pytest.raises(FeedNotFound):
        store.find_feed("https://nowhere.example/rss")
    with pytest.raises(FeedNotFound):
        store.remove_feed(b.id)
    with pytest.raises(ValueError, match="unknown feed fields"):
        store.update_feed(a.id, id=99)


def test_the_same_uid_is_stored_once(store: Store, feed: Feed) -> None:
    first = store.save_entries(feed.id, [entry("u1", "Pilot"), entry("u2", "Finale")])
    again = store.save_entries(feed.id, [entry("u1", "Pilot"), entry("u2", "Finale")])
    assert first.new == 2
    assert (again.new, again.updated) == (0, 0)
    assert store.count_articles() == 2


def test_the_same_uid_in_another_feed_is_another_article(store: Store, feed: Feed) -> None:
    other = store.add_feed("https://other.example/rss", "Other")
    store.save_entries(feed.id, [entry("u1")])
    assert store.save_entries(other.id, [entry("u1")]).new == 1
    assert store.count_articles() == 2


def test_changed_content_updates_the_row_and_the_index(store: Store, feed: Feed) -> None:
    (article_id,) = store.save_entries(feed.id, [entry("u1", "Recap", "Jessica punches a zeppelin")]).new_ids
    store.set_read([article_id])
    result = store.save_entries(feed.id, [entry("u1", "Recap, updated", "Trish tames a walrus")])
    assert result.updated_ids == (article_id,)
    assert result.new == 0
    article = store.article(article_id)
    assert (article.title, article.document.text) == ("Recap, updated", "Trish tames a walrus")
    assert article.read  # an edit is not a new article
    assert _ids(store, "zeppelin") == set()
    assert _ids(store, "walrus") == {article_id}
    assert _ids(store, "updated") == {article_id}
    assert fts_consistent(store)


def test_a_feed_repeating_a_uid_in_one_batch_keeps_one_copy(store: Store, feed: Feed) -> None:
    result = store.save_entries(feed.id, [entry("u1", "First"), entry("u1", "Second"), entry("u2")])
    assert result.new == 2
    assert [r.title for r in store.article_rows() if r.title in ("First", "Second")] == ["First"]


def test_article_round_trips_with_its_document(store: Store, feed: Feed) -> None:
    record = dataclasses.replace(
        entry("u1", "Pilot", "One.\n\nTwo.", author="Kay"), categories=("recap", "tv"), summary="S"
    )
    (article_id,) = store.save_entries(feed.id, [record]).new_ids
    article = store.article(article_id)
    assert article.document == record.document
    assert (article.author, article.categories, article.summary) == ("Kay", ("recap", "tv"), "S")
    assert article.feed_title == "Vulture"


def test_article_rows_page_newest_first_with_filters(store: Store, feed: Feed) -> None:
    other = store.add_feed("https://other.example/rss", "Other")
    store.save_entries(
        feed.id, [entry(f"v{i}", published=f"2024-01-{i + 1:02d}T00:00:00+00:00") for i in range(10)]
    )
    store.save_entries(other.id, [entry("o1", published="2024-01-05T12:00:00+00:00")])
    rows = store.article_rows(limit=4)
    assert [r.title for r in rows] == ["Article v9", "Article v8", "Article v7", "Article v6"]
    page2 = store.article_rows(limit=4, offset=4)
    assert [r.title for r in page2] == ["Article v5", "Article o1", "Article v4", "Article v3"]
    assert len(store.article_rows(limit=100, offset=8)) == 3
    assert store.article_rows(limit=5, offset=11) == []
    assert [r.title for r in store.article_rows(feed_id=other.id)] == ["Article o1"]
    assert store.count_articles(feed_id=feed.id) == 10
    v9, v8 = rows[0].id, rows[1].id
    store.set_read([v9, v8])
    unread = store.article_rows(unread_only=True, limit=2)
    assert [r.title for r in unread] == ["Article v7", "Article v6"]
    assert store.count_articles(unread_only=True) == 9
    store.set_starred(v8, True)
    assert [r.id for r in store.article_rows(starred_only=True)] == [v8]
    assert store.article_rows(starred_only=True, unread_only=True) == []
    assert store.article_rows(limit=1)[0].read is True
    store.set_read([v9], read=False)
    store.set_starred(v8, False)
    assert store.count_articles(unread_only=True) == 10
    assert store.count_articles(starred_only=True) == 0
    assert store.feed(feed.id).unread_count == 9
    assert store.stats() == {"feeds": 2, "articles": 11, "unread": 10}


def test_removing_a_feed_cascades_and_keeps_the_index_consistent(store: Store, feed: Feed) -> None:
    other = store.add_feed("https://other.example/rss", "Other")
    store.save_entries(feed.id, [entry(f"v{i}", text=f"Kilgrave scene {i}") for i in range(5)])
    (kept,) = store.save_entries(other.id, [entry("o1", text="Kilgrave elsewhere")]).new_ids
    store.remove_feed(feed.id)
    assert store.count_articles() == 1
    assert store.article_ids() == [kept]
    assert _ids(store, "Kilgrave") == {kept}
    assert _ids(store, "scene") == set()
    assert fts_consistent(store)
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
