"""Subscribing and refreshing against a real server, into a real SQLite file."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tui.ingest import AddFeedError, FeedResult, add_feed, refresh_feeds
from tui.store import SaveResult, Store

from .conftest import FEEDS, feed_bytes

SEED = feed_bytes("seed.rss")


def test_add_feed_stores_feed_and_entries(store: Store, serve) -> None:
    url = serve("/atom", feed_bytes("atom.xml"), content_type="application/atom+xml")
    result = add_feed(store, url, timeout=5)
    assert result.new == 3
    assert result.feed.url == url
    assert result.feed.title == "Screenbeat: Interviews"
    assert result.feed.site_url == "https://screenbeat.example/interviews/"
    assert store.count_articles(feed_id=result.feed.id) == 3
    article = store.article(store.article_ids(result.feed.id)[0])
    assert article.document.text.startswith("Andrew Scott had never read Patricia Highsmith")


def test_add_of_a_non_feed_stores_nothing(store: Store, serve) -> None:
    url = serve("/page", feed_bytes("not_a_feed.html"), content_type="text/html")
    with pytest.raises(AddFeedError, match="is not a feed"):
        add_feed(store, url, timeout=5)
    assert store.feeds() == []
    assert store.stats()["articles"] == 0


def test_add_of_a_missing_feed_stores_nothing(store: Store, serve) -> None:
    url = serve("/gone", "", status=404)
    with pytest.raises(AddFeedError, match="HTTP 404 Not Found"):
        add_feed(store, url, timeout=5)
    assert store.feeds() == []


def test_add_twice_is_refused(store: Store, serve) -> None:
    url = serve("/seed", SEED)
    add_feed(store, url, timeout=5)
    with pytest.raises(AddFeedError, match="already subscribed"):
        add_feed(store, url, timeout=5)
    assert len(store.feeds()) == 1


def test_add_follows_a_permanent_redirect(store: Store, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(SEED, content_type="application/rss+xml")
    result = add_feed(store, httpserver.url_for("/old"), timeout=5)
    assert result.feed.url == httpserver.url_for("/new")


def test_add_local_path_and_file_url(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    by_url = add_feed(store, (FEEDS / "rdf.xml").as_uri())
    assert by_url.new == 2
    (tmp_path / "local.xml").write_bytes(feed_bytes("summary_only.rss"))
    monkeypatch.chdir(tmp_path)
    by_path = add_feed(store, "local.xml")
    assert by_path.new == 3
    assert by_path.feed.url == str(tmp_path / "local.xml")  # stored absolute
    # Unchanged on disk: the refresh costs no parsing.
    summary = refresh_feeds(store, [by_path.feed.id])
    assert summary.results[0].not_modified


def test_etag_round_trip_and_304(store: Store, httpserver: HTTPServer) -> None:
    conditional: list[str | None] = []

    def handler(request: Request) -> Response:
        conditional.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"seed-1"':
            return Response(status=304)
        return Response(SEED, content_type="application/rss+xml", headers={"ETag": '"seed-1"'})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    feed = store.add_feed(httpserver.url_for("/feed"))
    first = refresh_feeds(store, timeout=5)
    assert first.results[0].new == 1 and not first.results[0].not_modified
    assert store.feed(feed.id).etag == '"seed-1"'
    assert store.feed(feed.id).title == "Seed Coverage (rich)"
    second = refresh_feeds(store, timeout=5)
    assert second.results[0] == FeedResult(feed.id, feed.url, ok=True, not_modified=True)
    assert conditional == [None, '"seed-1"']
    assert store.count_articles() == 1


def test_last_modified_round_trip_and_304(store: Store, httpserver: HTTPServer) -> None:
    stamp = "Tue, 13 Dec 2016 18:30:00 GMT"

    def handler(request: Request) -> Response:
        if request.headers.get("If-Modified-Since") == stamp:
            return Response(status=304)
        return Response(SEED, content_type="application/rss+xml", headers={"Last-Modified": stamp})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    feed = store.add_feed(httpserver.url_for("/feed"))
    assert refresh_feeds(store, timeout=5).new == 1
    assert store.feed(feed.id).last_modified == stamp
    assert refresh_feeds(store, timeout=5).results[0].not_modified


@pytest.mark.parametrize(("status", "moves"), [(301, True), (308, True), (302, False)])
def test_redirect_updates_url_only_when_permanent(
    store: Store, httpserver: HTTPServer, status: int, moves: bool
) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=status, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(SEED, content_type="application/rss+xml")
    feed = store.add_feed(httpserver.url_for("/old"))
    summary = refresh_feeds(store, timeout=5)
    assert summary.ok == 1 and summary.new == 1
    expected = httpserver.url_for("/new") if moves else httpserver.url_for("/old")
    assert store.feed(feed.id).url == expected


def test_permanent_redirect_onto_an_existing_subscription_keeps_the_url(
    store: Store, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(SEED, content_type="application/rss+xml")
    old = store.add_feed(httpserver.url_for("/old"))
    store.add_feed(httpserver.url_for("/new"))
    summary = refresh_feeds(store, timeout=5)
    assert summary.ok == 2
    assert store.feed(old.id).url == httpserver.url_for("/old")


@pytest.mark.parametrize(("status", "disabled"), [(404, False), (410, True), (500, False), (503, False)])
def test_http_failures_are_recorded(store: Store, serve, status: int, disabled: bool) -> None:
    url = serve("/feed", "error", status=status)
    feed = store.add_feed(url)
    summary = refresh_feeds(store, timeout=5)
    assert summary.failed == 1 and summary.ok == 0
    assert summary.results[0].error is not None and f"HTTP {status}" in summary.results[0].error
    stored = store.feed(feed.id)
    assert stored.failures == 1
    assert stored.last_error == summary.results[0].error
    assert stored.enabled is not disabled
    # A disabled feed is left alone by the next refresh.
    assert len(refresh_feeds(store, timeout=5).results) == (0 if disabled else 1)


def test_timeout_is_recorded(store: Store, httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.8)
        return Response(SEED)

    httpserver.expect_request("/slow").respond_with_handler(slow)
    feed = store.add_feed(httpserver.url_for("/slow"))
    summary = refresh_feeds(store, timeout=0.2)
    assert summary.results[0].error == "timed out after 0.2 s"
    assert store.feed(feed.id).failures == 1 and store.feed(feed.id).enabled


def test_text_plain_and_json_feed_over_http(store: Store, serve) -> None:
    plain = store.add_feed(serve("/plain", SEED, content_type="text/plain"))
    json_feed = store.add_feed(
        serve("/json", feed_bytes("jsonfeed11.json"), content_type="application/feed+json")
    )
    latin = store.add_feed(
        serve("/latin", feed_bytes("latin1.rss"), content_type="text/xml; charset=ISO-8859-1")
    )
    summary = refresh_feeds(store, timeout=5)
    assert summary.failed == 0
    assert store.count_articles(feed_id=plain.id) == 1
    assert store.count_articles(feed_id=json_feed.id) == 3
    assert store.feed(latin.id).title == "Télé Québec Échos"
    titles = [row.title for row in store.article_rows(feed_id=latin.id)]
    assert "Sophie Nélisse rejoint la distribution de Yellowjackets" in titles


def test_entries_without_ids_do_not_duplicate(store: Store, serve) -> None:
    serve("/noguid", feed_bytes("no_guids.rss"))
    store.add_feed(serve("/noguid", feed_bytes("no_guids.rss")))
    assert refresh_feeds(store, timeout=5).new == 3
    store.update_feed(store.feeds()[0].id, etag=None, last_modified=None)
    again = refresh_feeds(store, timeout=5)
    assert again.new == 0 and again.updated == 0
    assert store.count_articles() == 3


def test_changed_entry_updates_its_row(store: Store, httpserver: HTTPServer) -> None:
    versions = [SEED, SEED.replace(b"Will Explore Trish", b"Will Dig Into Trish")]

    def handler(request: Request) -> Response:
        return Response(versions[0], content_type="application/rss+xml")

    httpserver.expect_request("/feed").respond_with_handler(handler)
    store.add_feed(httpserver.url_for("/feed"))
    saved: list[SaveResult] = []
    first = refresh_feeds(store, timeout=5, on_saved=lambda feed_id, result: saved.append(result))
    assert first.new == 1
    (article_id,) = store.article_ids()
    versions.pop(0)
    second = refresh_feeds(store, timeout=5, on_saved=lambda feed_id, result: saved.append(result))
    assert second.new == 0 and second.updated == 1
    assert store.article_ids() == [article_id]
    assert store.article(article_id).title.startswith("Jessica Jones Season 2 Will Dig Into Trish")
    assert [s.updated_ids for s in saved] == [(), (article_id,)]


def test_stored_articles_survive_a_feed_that_drops_them(store: Store, httpserver: HTTPServer) -> None:
    bodies = [
        feed_bytes("summary_only.rss"),
        b"<rss version='2.0'><channel><title>Renewal Watch</title></channel></rss>",
    ]
    httpserver.expect_request("/feed").respond_with_handler(lambda request: Response(bodies[0]))
    store.add_feed(httpserver.url_for("/feed"))
    refresh_feeds(store, timeout=5)
    bodies.pop(0)
    assert refresh_feeds(store, timeout=5).ok == 1
    assert store.count_articles() == 3


@pytest.fixture
def threaded_server():
    """A server that answers requests in parallel, so overlapping fetches can be seen."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_many_feeds_at_once_and_one_bad_never_stops_the_others(
    store: Store, threaded_server: HTTPServer
) -> None:
    httpserver = threaded_server
    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def good(body: bytes):
        def handler(request: Request) -> Response:
            nonlocal in_flight, peak
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(0.2)
            with lock:
                in_flight -= 1
            return Response(body, content_type="application/rss+xml")

        return handler

    for name in ("seed.rss", "atom.xml", "rdf.xml", "summary_only.rss"):
        httpserver.expect_request(f"/{name}").respond_with_handler(good(feed_bytes(name)))
    httpserver.expect_request("/broken").respond_with_data("boom", status=500)
    httpserver.expect_request("/html").respond_with_data(
        feed_bytes("not_a_feed.html"), content_type="text/html"
    )
    good_ids = [
        store.add_feed(httpserver.url_for(f"/{n}")).id
        for n in ("seed.rss", "atom.xml", "rdf.xml", "summary_only.rss")
    ]
    broken = store.add_feed(httpserver.url_for("/broken"))
    html = store.add_feed(httpserver.url_for("/html"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        refused = store.add_feed(f"http://127.0.0.1:{sock.getsockname()[1]}/feed")
    results: list[FeedResult] = []
    saved: dict[int, SaveResult] = {}
    summary = refresh_feeds(
        store, concurrency=4, timeout=5, on_result=results.append, on_saved=saved.__setitem__
    )
    assert summary.ok == 4 and summary.failed == 3
    assert peak >= 2  # the fetches really overlapped
    assert summary.new == 1 + 3 + 2 + 3
    assert sorted(r.feed_id for r in results) == sorted(f.id for f in store.feeds())
    assert sorted(saved) == sorted(good_ids)
    errors = {r.feed_id: r.error for r in summary.results if not r.ok}
    assert errors[broken.id] == "HTTP 500 Internal Server Error"
    assert errors[html.id].startswith("not a feed")
    assert errors[refused.id] == "connection refused"
    for feed_id in good_ids:
        assert store.feed(feed_id).failures == 0 and store.feed(feed_id).last_error is None


def test_a_failing_callback_does_not_stop_the_refresh(store: Store, serve) -> None:
    store.add_feed(serve("/a", SEED))
    store.add_feed(serve("/b", feed_bytes("rdf.xml")))

    def explode(result: FeedResult) -> None:
        raise RuntimeError("listener bug")

    summary = refresh_feeds(store, timeout=5, on_result=explode)
    assert summary.ok == 2 and store.count_articles() == 3


def test_refresh_selected_feeds_only(store: Store, serve) -> None:
    wanted = store.add_feed(serve("/a", SEED))
    store.add_feed(serve("/b", feed_bytes("rdf.xml")))
    summary = refresh_feeds(store, [wanted.id], timeout=5)
    assert [r.feed_id for r in summary.results] == [wanted.id]
    assert store.count_articles() == 1


def test_importing_the_package_loads_no_network_or_parser_modules() -> None:
    code = "import sys, tui.ingest; print('httpx' in sys.modules, 'feedparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert out.stdout.split() == ["False", "False"]
