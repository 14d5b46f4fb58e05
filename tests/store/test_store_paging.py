"""Deep pages come from the oldest end but must equal what plain OFFSET paging gives."""

from tui.document import document_from_text
from tui.store import EntryRecord, Store
from tui.store import store as store_module


def test_deep_pages_match_forward_paging(tmp_path, monkeypatch):
    store = Store(tmp_path / "g.db")
    feed = store.add_feed("https://a.example/rss", "A")
    entries = [
        EntryRecord(
            uid=str(i),
            title=f"Story {i}",
            published=f"2020-01-{1 + i % 28:02d}T00:00:00+00:00",  # ties on purpose: order falls to id
            document=document_from_text(f"text {i}"),
        )
        for i in range(137)
    ]
    store.save_entries(feed.id, entries)
    forward = [row.id for row in store.article_rows(limit=1000)]
    monkeypatch.setattr(store_module, "_REVERSE_AFTER", 5)
    for offset in (0, 6, 60, 69, 70, 100, 130, 136, 137, 200):
        for limit in (1, 7, 50):
            page = [row.id for row in store.article_rows(limit=limit, offset=offset)]
            assert page == forward[offset : offset + limit], (offset, limit)
    only_feed = [row.id for row in store.article_rows(feed_id=feed.id, limit=10, offset=120)]
    assert only_feed == forward[120:130]
