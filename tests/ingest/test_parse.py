"""Each fixture feed beside what parsing it must give."""

from __future__ import annotations

import json

import pytest

from tui.ingest import NotAFeed, ParsedFeed, parse_feed

from .conftest import feed_bytes
from .test_sanitize import assert_consistent


def parse(name: str, url: str = "https://feeds.example/feed", headers: dict | None = None) -> ParsedFeed:
    parsed = parse_feed(feed_bytes(name), url=url, headers=headers)
    for entry in parsed.entries:
        assert_consistent(entry.document)
    return parsed


def test_seed_rss_with_content_encoded() -> None:
    parsed = parse("seed.rss")
    assert parsed.title == "Seed Coverage (rich)"
    assert parsed.site_url == "https://coverage.example/"
    (entry,) = parsed.entries
    assert entry.uid == "seed-jj-s2-rich"
    assert entry.title == "Jessica Jones Season 2 Will Explore Trish and Jessica's Relationship"
    assert entry.url == "https://coverage.example/jessica-jones-season-2-trish"
    assert entry.author == "Staff Writer"
    assert entry.published == "2016-12-13T18:30:00+00:00"
    assert entry.categories == ("Jessica Jones", "Netflix")
    # content:encoded is longer than the description, so it is the body.
    assert len(entry.document.text) > len(entry.summary or "") > 100
    assert "<blockquote>" in (entry.content_html or "")
    assert any(block.quoted for block in entry.document.blocks)
    assert "Melissa Rosenberg" in entry.document.text


def test_atom_html_title_xml_base_and_dates() -> None:
    parsed = parse("atom.xml")
    assert parsed.title == "Screenbeat: Interviews"
    assert [e.uid for e in parsed.entries] == [
        "tag:screenbeat.example,2024:ripley-scott",
        "tag:screenbeat.example,2024:shogun-sawai",
        "tag:screenbeat.example,2024:bear-s3-curtis",
    ]
    ripley, shogun, bear = parsed.entries
    assert ripley.url == "https://screenbeat.example/interviews/andrew-scott-ripley"  # via xml:base
    assert ripley.published == "2024-04-04T13:15:00+00:00"  # -04:00 converted to UTC
    assert ripley.updated == "2024-04-05T14:00:00+00:00"
    assert ripley.summary == "Andrew Scott talks about playing Tom Ripley for Steven Zaillian."
    assert "https://screenbeat.example/reviews/ripley" in [s.href for s in ripley.document.spans]
    assert shogun.title == "Shōgun: Anna Sawai on Mariko's Final Choice"  # type="html": tags removed
    assert "<" not in (shogun.summary or "")
    assert [b.quoted for b in shogun.document.blocks] == [0, 1, 0]
    assert bear.published is None and bear.updated == "2024-02-12T18:30:00+00:00"
    assert bear.document.text.startswith("Jamie Lee Curtis")


def test_rss_1_0_rdf() -> None:
    parsed = parse("rdf.xml")
    assert parsed.title == "Teleschedule Reviews"
    assert len(parsed.entries) == 2
    horses, severance = parsed.entries
    assert horses.author == "Priya Natarajan"
    assert horses.categories == ("Slow Horses",)
    assert horses.updated == "2024-09-04T06:00:00+00:00"
    assert "Mick Herron" in horses.document.text
    assert severance.document.text.startswith("Adam Scott and Britt Lower")


def test_json_feed_1_1() -> None:
    parsed = parse("jsonfeed11.json")
    assert parsed.title == "Cliffhanger Weekly"
    assert parsed.site_url == "https://cliffhanger.example/"
    dever, fallout, hacks = parsed.entries
    assert dever.uid == "https://cliffhanger.example/2024/the-last-of-us-s2-casting"
    assert dever.author == "Jonah Feld"
    assert dever.categories == ("The Last of Us", "HBO", "Casting")
    assert dever.published == "2024-01-10T01:05:00+00:00"
    assert dever.updated == "2024-01-10T17:00:00+00:00"
    assert dever.summary == "Kaitlyn Dever joins HBO's The Last of Us as Abby."
    assert "https://cliffhanger.example/places/vancouver" in [s.href for s in dever.document.spans]
    assert fallout.author == "Cliffhanger Staff"  # the feed's authors stand in
    assert len(fallout.document.blocks) == 2  # content_text paragraphs
    assert hacks.uid == "42" and hacks.url is None


def test_json_feed_1_0_and_detection_by_content_type() -> None:
    parsed = parse("jsonfeed10.json", headers={"Content-Type": "application/feed+json"})
    assert parsed.title == "Couch Critic"
    shrinking, abbott = parsed.entries
    assert shrinking.author == "R. Okafor"  # 1.0's single author object
    assert shrinking.published == "2024-10-16T06:00:00+00:00"
    assert abbott.document.text == "Quinta Brunson's mockumentary returns with a field trip."


def test_summary_only_rss() -> None:
    parsed = parse("summary_only.rss")
    assert len(parsed.entries) == 3
    reacher = parsed.entries[0]
    assert reacher.summary == reacher.document.text
    assert "<em>Reacher</em>" in (reacher.content_html or "")
    assert [s.kind for s in reacher.document.spans] == ["em"]


def test_entries_without_guids_or_links_get_stable_ids() -> None:
    first, second = parse("no_guids.rss"), parse("no_guids.rss")
    uids = [e.uid for e in first.entries]
    assert uids == [e.uid for e in second.entries]
    assert uids[0] == "https://setvisit.example/white-lotus-thailand"
    assert uids[1].startswith("hash:") and uids[2].startswith("hash:")
    assert len(set(uids)) == 3
    assert first.entries[1].url is None


def test_non_utf8_feed_decodes() -> None:
    for headers in (None, {"content-type": "application/rss+xml; charset=ISO-8859-1"}):
        parsed = parse("latin1.rss", headers=headers)
        assert parsed.title == "Télé Québec Échos"
        assert parsed.entries[0].title == "Sophie Nélisse rejoint la distribution de Yellowjackets"
        assert "Rémy Girard" in parsed.entries[1].document.text


def test_windows_1252_declared_by_http_header_only() -> None:
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Caf\u00e9 TV</title><item>"
        "<title>\u201cThe Bear\u201d returns \u2014 Carmy\u2019s kitchen</title><guid>bear</guid>"
        "</item></channel></rss>"
    ).encode("cp1252")
    parsed = parse_feed(
        body, url="https://x.example/", headers={"Content-Type": "text/xml; charset=windows-1252"}
    )
    assert parsed.title == "Café TV"
    assert parsed.entries[0].title == "\u201cThe Bear\u201d returns \u2014 Carmy\u2019s kitchen"


def test_text_plain_content_type_still_parses() -> None:
    parsed = parse("seed.rss", headers={"Content-Type": "text/plain"})
    assert len(parsed.entries) == 1
    assert parsed.entries[0].uid == "seed-jj-s2-rich"


def test_malformed_feed_is_read_leniently() -> None:
    parsed = parse("malformed.xml")
    assert parsed.bozo_message
    assert [e.uid for e in parsed.entries] == [
        "https://broken.example/loki-finale",
        "https://broken.example/what-if-season-2",
    ]
    assert "Tom Hiddleston & Owen Wilson" in parsed.entries[0].title


def test_hostile_feed_is_defanged() -> None:
    parsed = parse("hostile.rss")
    st5, crown = parsed.entries
    fields = [parsed.title]
    for entry in parsed.entries:
        fields += [
            entry.title,
            entry.author or "",
            entry.summary or "",
            entry.content_html or "",
            entry.document.text,
        ]
        fields += list(entry.categories)
    for value in fields:
        assert "\x1b" not in value and "\x07" not in value
    assert st5.title == "[bold red]Breaking[/bold red]: Stranger Things 5 Wraps Filming"  # markup is text
    assert st5.categories == ("[blink]Stranger Things[/blink]",)
    html = (st5.content_html or "") + (crown.content_html or "")
    for bad in (
        "<script",
        "<style",
        "<iframe",
        "<form",
        "<img",
        "<svg",
        "onclick",
        "javascript",
        "data:",
        "evil",
    ):
        assert bad not in html.lower()
    assert [s.href for s in st5.document.spans if s.kind == "a"] == ["https://hostile.example/trailer"]
    assert "[bold]goodbye[/bold]" in st5.document.text
    assert crown.url is None  # a javascript: link is no article URL
    assert crown.title == "The Crown’s Final Season <script>alert(1)</script>"  # escaped in the feed: text


@pytest.mark.parametrize(
    "content",
    [
        feed_bytes("not_a_feed.html"),
        b"\x00\x01\x02 garbage \xff\xfe",
        b"",
        b"   \n",
        b"{not json",
        json.dumps({"name": "a package.json, not a feed"}).encode(),
        b"[1, 2, 3]",
        b"<?xml version='1.0'?><html><body><p>Hello</p></body></html>",
    ],
)
def test_not_a_feed(content: bytes) -> None:
    with pytest.raises(NotAFeed):
        parse_feed(content, url="https://x.example/")


def test_empty_but_valid_feed_has_no_entries() -> None:
    parsed = parse_feed(b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>", url="https://x/")
    assert parsed.title == "Quiet" and parsed.entries == ()


def test_feed_bytes_are_never_opened_as_a_path(tmp_path) -> None:
    # feedparser opens a str or bytes argument as a file or URL when it can; ours never reaches it.
    secret = tmp_path / "feed.xml"
    secret.write_bytes(feed_bytes("seed.rss"))
    with pytest.raises(NotAFeed):
        parse_feed(str(secret).encode(), url="https://x.example/")
