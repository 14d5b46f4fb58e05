"""The CLI end to end: feeds served over real HTTP on 127.0.0.1, a real database file."""

from __future__ import annotations

import json

from click.testing import CliRunner
from werkzeug import Response

from tests.conftest import SEED
from tui.cli import cli


def run(db, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def serve_seed(httpserver, path="/feed.rss"):
    httpserver.expect_request(path).respond_with_data(
        (SEED / "feed.rss").read_bytes(), content_type="application/rss+xml"
    )
    return httpserver.url_for(path)


def test_add_then_search_finds_the_seed_article_with_a_snippet(httpserver, db_path):
    url = serve_seed(httpserver)
    added = run(db_path, "add", url)
    assert added.exit_code == 0, added.output
    assert "Seed Coverage (rich)" in added.output
    assert "(1 new article)" in added.output
    found = run(db_path, "search", "Trish", "--json")
    assert found.exit_code == 0, found.output
    hits = json.loads(found.output)
    assert len(hits) == 1
    hit = hits[0]
    assert hit["title"].startswith("Jessica Jones Season 2")
    assert hit["feed"] == "Seed Coverage (rich)"
    assert hit["url"] == "https://coverage.example/jessica-jones-season-2-trish"
    assert hit["published"].startswith("2016-12-13")
    assert "Trish" in hit["snippet"]
    assert {"id", "title", "feed", "published", "url", "snippet"} <= hit.keys()


def test_adding_something_that_is_not_a_feed_stores_nothing(httpserver, db_path):
    httpserver.expect_request("/page").respond_with_data(
        "<html><body><h1>Hello</h1><p>Just a page.</p></body></html>", content_type="text/html"
    )
    result = run(db_path, "add", httpserver.url_for("/page"))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert json.loads(run(db_path, "feeds", "--json").output) == []


def test_adding_the_same_feed_twice_is_refused(httpserver, db_path):
    url = serve_seed(httpserver)
    assert run(db_path, "add", url).exit_code == 0
    again = run(db_path, "add", url)
    assert again.exit_code == 2
    assert len(json.loads(run(db_path, "feeds", "--json").output)) == 1


def test_refresh_reports_failed_feeds_and_exits_1(httpserver, db_path):
    good = serve_seed(httpserver)
    assert run(db_path, "add", good).exit_code == 0
    httpserver.expect_request("/broken.rss").respond_with_data(
        (SEED / "feed.rss").read_bytes(), content_type="application/rss+xml"
    )
    assert run(db_path, "add", httpserver.url_for("/broken.rss")).exit_code == 0
    httpserver.clear()
    serve_seed(httpserver)
    httpserver.expect_request("/broken.rss").respond_with_response(Response("oops", status=500))
    result = run(db_path, "refresh")
    assert result.exit_code == 1, result.output
    assert "1 feed ok, 1 failed" in result.output
    feeds = {f["url"]: f for f in json.loads(run(db_path, "feeds", "--json").output)}
    broken = feeds[httpserver.url_for("/broken.rss")]
    assert broken["failures"] == 1
    assert "500" in broken["last_error"]
    assert broken["articles"] == 1  # nothing stored is lost on failure


def test_refresh_of_unchanged_feeds_succeeds_with_nothing_new(httpserver, db_path):
    url = serve_seed(httpserver)
    assert run(db_path, "add", url).exit_code == 0
    result = run(db_path, "refresh", "--json")
    assert result.exit_code == 0, result.output
    results = json.loads(result.output)
    assert [(r["ok"], r["new"]) for r in results] == [(True, 0)]


def test_show_prints_the_article_as_readable_text(db_path):
    assert run(db_path, "add", str(SEED / "feed.rss")).exit_code == 0
    hit = json.loads(run(db_path, "search", "Sarandos", "--json").output)[0]
    shown = run(db_path, "show", str(hit["id"]))
    assert shown.exit_code == 0
    assert shown.output.startswith("Jessica Jones Season 2 Will Explore Trish and Jessica's Relationship\n")
    assert "│ Yes, for sure." in shown.output  # interview answers are block quotes
    assert "<p>" not in shown.output


def test_opml_export_and_import_round_trip(httpserver, db_path, tmp_path):
    url = serve_seed(httpserver)
    assert run(db_path, "add", url).exit_code == 0
    opml = tmp_path / "subs.opml"
    assert run(db_path, "export-opml", str(opml)).exit_code == 0
    other = tmp_path / "other.db"
    imported = run(other, "import-opml", str(opml))
    assert imported.exit_code == 0, imported.output
    assert "Imported 1 feed," in imported.output
    assert [f["url"] for f in json.loads(run(other, "feeds", "--json").output)] == [url]
    again = run(other, "import-opml", str(opml))
    assert "skipped 1" in again.output


def test_bad_opml_is_a_clear_error(db_path, tmp_path):
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    result = run(db_path, "import-opml", str(bad))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
