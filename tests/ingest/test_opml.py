"""OPML in and out: nested categories, duplicates, round trip, hostile XML."""

from __future__ import annotations

import pytest

from tui.ingest import OpmlError, OpmlFeed, export_opml, import_opml, parse_opml
from tui.store import Store

from .conftest import feed_bytes

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<opml version="2.0"><body><outline text="&lol4;" xmlUrl="https://x.example/feed"/></body></opml>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example/feed"/></body></opml>"""


def test_parse_nested_categories() -> None:
    feeds = parse_opml(feed_bytes("subscriptions.opml"))
    assert feeds == [
        OpmlFeed("https://renewalwatch.example/feed.xml", "Renewal Watch", "News"),
        OpmlFeed("https://setvisit.example/rss", "Set Visit Notes & More", "News/Trade"),
        OpmlFeed("https://teleschedule.example/index.rdf", "Teleschedule Reviews", "Reviews"),
        OpmlFeed("https://renewalwatch.example/feed.xml", "Renewal Watch (again)", "Reviews"),
        OpmlFeed("https://cliffhanger.example/feed.json", "Cliffhanger Weekly", None),
    ]  # the javascript: outline is dropped


def test_import_skips_feeds_already_present(store: Store) -> None:
    assert import_opml(store, feed_bytes("subscriptions.opml")) == (4, 1)
    feeds = {f.url: f for f in store.feeds()}
    assert feeds["https://setvisit.example/rss"].category == "News/Trade"
    assert feeds["https://setvisit.example/rss"].title == "Set Visit Notes & More"
    assert feeds["https://renewalwatch.example/feed.xml"].title == "Renewal Watch"
    assert import_opml(store, feed_bytes("subscriptions.opml")) == (0, 5)
    assert len(store.feeds()) == 4
    assert store.stats()["articles"] == 0  # nothing fetched


def test_export_round_trip(store: Store, tmp_path) -> None:
    store.add_feed("https://a.example/feed", 'Tom & Jerry <Reboot> "News"', category="Animation/Classic")
    store.add_feed("https://b.example/feed", "Plain", site_url="https://b.example/")
    store.add_feed("https://c.example/feed", "Sibling", category="Animation")
    text = export_opml(store)
    assert text.startswith("<?xml")
    assert 'version="2.0"' in text
    assert "Tom &amp; Jerry &lt;Reboot&gt; &quot;News&quot;" in text
    parsed = parse_opml(text.encode("utf-8"))
    assert sorted(parsed, key=lambda f: f.url) == [
        OpmlFeed("https://a.example/feed", 'Tom & Jerry <Reboot> "News"', "Animation/Classic"),
        OpmlFeed("https://b.example/feed", "Plain", None),
        OpmlFeed("https://c.example/feed", "Sibling", "Animation"),
    ]
    with Store(tmp_path / "other.db") as other:
        assert import_opml(other, text.encode()) == (3, 0)
        assert {(f.url, f.category) for f in other.feeds()} == {(f.url, f.category) for f in store.feeds()}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<opml><body><outline", "not well-formed"),
        (b"not xml at all", "not well-formed"),
        (b"<rss version='2.0'><channel/></rss>", "not an OPML document"),
        (b"<opml version='2.0'><head/></opml>", "no <body>"),
        (BILLION_LAUGHS, "unsafe XML"),
        (EXTERNAL_ENTITY, "unsafe XML"),
    ],
)
def test_bad_opml_is_refused(store: Store, data: bytes, message: str) -> None:
    with pytest.raises(OpmlError, match=message):
        import_opml(store, data)
    assert store.feeds() == []
