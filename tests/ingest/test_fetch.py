"""fetch() against a real server on 127.0.0.1 and real files."""

from __future__ import annotations

import gzip
import socket
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tui.ingest import USER_AGENT, FetchError, fetch

from .conftest import FEEDS, feed_bytes


def test_plain_get_sends_user_agent_and_returns_headers(httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(feed_bytes("seed.rss"), content_type="application/rss+xml", headers={"ETag": '"v1"'})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    result = fetch(httpserver.url_for("/feed"), timeout=5)
    assert result.status == 200 and not result.not_modified
    assert result.content == feed_bytes("seed.rss")
    assert result.etag == '"v1"'
    assert result.headers["content-type"] == "application/rss+xml"
    assert result.permanent_redirect_url is None
    assert seen[0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("Greenroom/") and "terminal TV-coverage reader" in USER_AGENT
    assert "If-None-Match" not in seen[0].headers


def test_conditional_get_sends_validators(httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"' and request.headers.get("If-Modified-Since"):
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(b"changed", status=200)

    httpserver.expect_request("/feed").respond_with_handler(handler)
    url = httpserver.url_for("/feed")
    result = fetch(url, etag='"v1"', last_modified="Wed, 01 May 2024 10:00:00 GMT", timeout=5)
    assert result.not_modified and result.status == 304 and result.content is None
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 01 May 2024 10:00:00 GMT"  # kept when the 304 omits it
    assert fetch(url, etag='"v0"', timeout=5).content == b"changed"


def test_gzip_is_decoded(httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        assert "gzip" in request.headers.get("Accept-Encoding", "")
        body = gzip.compress(feed_bytes("atom.xml"))
        return Response(body, content_type="application/atom+xml", headers={"Content-Encoding": "gzip"})

    httpserver.expect_request("/gz").respond_with_handler(handler)
    assert fetch(httpserver.url_for("/gz"), timeout=5).content == feed_bytes("atom.xml")


@pytest.mark.parametrize(("status", "permanent"), [(301, True), (308, True), (302, False), (307, False)])
def test_redirects_tell_permanent_from_temporary(
    httpserver: HTTPServer, status: int, permanent: bool
) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=status, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(feed_bytes("seed.rss"))
    result = fetch(httpserver.url_for("/old"), timeout=5)
    assert result.url == httpserver.url_for("/new")
    assert result.content == feed_bytes("seed.rss")
    assert result.permanent_redirect_url == (httpserver.url_for("/new") if permanent else None)


def test_permanent_then_temporary_redirect_moves_only_to_the_permanent_target(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/c"})
    httpserver.expect_request("/c").respond_with_data(b"<rss/>")
    result = fetch(httpserver.url_for("/a"), timeout=5)
    assert result.permanent_redirect_url == httpserver.url_for("/b")
    assert result.url == httpserver.url_for("/c")


def test_redirect_loop_is_an_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(httpserver.url_for("/loop"), timeout=5)


@pytest.mark.parametrize(
    ("status", "message"),
    [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone"), (500, "HTTP 500 Internal Server Error")],
)
def test_http_errors(httpserver: HTTPServer, status: int, message: str) -> None:
    httpserver.expect_request("/feed").respond_with_data("nope", status=status)
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/feed"), timeout=5)
    assert str(raised.value) == message
    assert raised.value.status == status


def test_slow_server_times_out(httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response(b"late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s"):
        fetch(httpserver.url_for("/slow"), timeout=0.3)
    assert time.monotonic() - started < 0.9


def test_oversized_body_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 50_000)
    with pytest.raises(FetchError, match="response larger than 20000 bytes"):
        fetch(httpserver.url_for("/big"), timeout=5, max_bytes=20_000)


def test_oversized_gzip_body_is_refused_by_decoded_size(httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b"<" * 200_000)  # a few hundred bytes on the wire
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="response larger than"):
        fetch(httpserver.url_for("/bomb"), timeout=5, max_bytes=50_000)


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        fetch(f"http://127.0.0.1:{port}/feed", timeout=2)


def test_local_path_and_file_url(tmp_path) -> None:
    path = FEEDS / "seed.rss"
    by_path = fetch(str(path))
    by_url = fetch(path.as_uri())
    assert by_path.content == by_url.content == path.read_bytes()
    assert by_path.last_modified
    # An unchanged file answers like a 304, so refreshing local feeds costs no parsing.
    again = fetch(str(path), last_modified=by_path.last_modified)
    assert again.not_modified and again.content is None
    with pytest.raises(FetchError, match="file not found"):
        fetch(str(tmp_path / "missing.xml"))


def test_unsupported_scheme() -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme"):
        fetch("ftp://example.com/feed.xml")
