"""Getting a feed's bytes: HTTP with conditional GET and our own redirect handling, or a local file."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import httpx

from .. import __version__

USER_AGENT = f"Greenroom/{__version__} (+terminal TV-coverage reader)"
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9,"
    " application/xml;q=0.9, application/json;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
_PERMANENT = (301, 308)
_REDIRECTS = (301, 302, 303, 307, 308)

Timeout = float | tuple[float, float] | None


class FetchError(Exception):
    """A feed could not be fetched; `str()` is a short message fit for the feed list."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch brought back; `content` is None when the server answered 304."""

    status: int
    url: str
    permanent_redirect_url: str | None = None
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def is_local(url: str) -> bool:
    """True for file:// URLs and plain paths."""
    scheme = urlsplit(url).scheme.lower()
    return scheme == "file" or scheme == "" or (len(scheme) == 1 and os.name == "nt")


def local_path(url: str) -> Path:
    """The filesystem path a file:// URL or plain path names."""
    if urlsplit(url).scheme.lower() == "file":
        return Path(url2pathname(urlsplit(url).path))
    return Path(url).expanduser()


def _timeouts(timeout: Timeout) -> tuple[float, float]:
    if timeout is None:
        return CONNECT_TIMEOUT, READ_TIMEOUT
    if isinstance(timeout, tuple):
        return float(timeout[0]), float(timeout[1])
    return float(timeout), float(timeout)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"


def _fetch_file(url: str, last_modified: str | None, max_bytes: int) -> FetchResult:
    path = local_path(url)
    try:
        stat = path.stat()
        if not path.is_file():
            raise FetchError(f"not a file: {path}")
        stamp = formatdate(stat.st_mtime, usegmt=True)
        # The file's mtime plays Last-Modified, so an unchanged local feed costs no parsing either.
        if last_modified and last_modified == stamp:
            return FetchResult(304, url, last_modified=stamp, not_modified=True)
        if stat.st_size > max_bytes:
            raise FetchError(f"file larger than {_size(max_bytes)}")
        content = path.read_bytes()
    except FileNotFoundError:
        raise FetchError(f"file not found: {path}") from None
    except PermissionError:
        raise FetchError(f"permission denied: {path}") from None
    except IsADirectoryError:
        raise FetchError(f"not a file: {path}") from None
    except OSError as error:
        raise FetchError(f"could not read {path}: {error.strerror or error}") from None
    return FetchResult(200, url, content=content, last_modified=stamp)


def _connect_message(error: Exception) -> str:
    text = str(error).lower()
    if "refused" in text:
        return "connection refused"
    if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return "could not resolve host"
    if "certificate" in text or "ssl" in text:
        return "TLS error: " + (str(error) or "handshake failed")[:120]
    return "could not connect: " + (str(error) or type(error).__name__)[:120]


def _read_body(response: httpx.Response, max_bytes: int, deadline: float, read_timeout: float) -> bytes:
    length = response.headers.get("content-length", "")
    # Content-Length counts compressed bytes; the decoded size is checked below as it streams.
    if length.isdigit() and int(length) > max_bytes and not response.headers.get("content-encoding"):
        raise FetchError(f"response larger than {_size(max_bytes)}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response larger than {_size(max_bytes)}")
        if time.monotonic() > deadline:
            # A server trickling a byte at a time never trips the read timeout; this bounds it.
            raise FetchError(f"timed out after {read_timeout * 3:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _get(
    client: httpx.Client,
    url: str,
    headers: dict[str, str],
    timeouts: tuple[float, float],
    max_bytes: int,
) -> FetchResult:
    connect, read = timeouts
    timeout = httpx.Timeout(read, connect=connect)
    deadline = time.monotonic() + connect + read * 3
    current = url
    permanent_url: str | None = None
    still_permanent = True
    for _ in range(MAX_REDIRECTS + 1):
        with client.stream(
            "GET", current, headers=headers, timeout=timeout, follow_redirects=False
        ) as response:
            status = response.status_code
            location = response.headers.get("location")
            if status in _REDIRECTS and location:
                target = urljoin(current, location.strip())
                if urlsplit(target).scheme.lower() not in ("http", "https"):
                    raise FetchError(f"redirect to an unsupported URL: {target[:120]}", status=status)
                # Only a chain of permanent redirects from the stored URL says the feed has moved.
                still_permanent = still_permanent and status in _PERMANENT
                if still_permanent:
                    permanent_url = target
                current = target
                continue
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            etag = response_headers.get("etag")
            last_modified = response_headers.get("last-modified")
            if status == 304:
                return FetchResult(
                    status, current, permanent_url, None, response_headers,
                    etag or headers.get("If-None-Match"), last_modified or headers.get("If-Modified-Since"),
                    not_modified=True,
                )  # fmt: skip
            if status >= 400 or status < 200 or status in _REDIRECTS:
                # The standard phrase, not the server's spelling of it ("NOT FOUND", "Gone Away").
                reason = httpx.codes.get_reason_phrase(status) or response.reason_phrase or ""
                raise FetchError(f"HTTP {status} {reason}".strip(), status=status)
            content = _read_body(response, max_bytes, deadline, read)
            return FetchResult(status, current, permanent_url, content, response_headers, etag, last_modified)
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
    timeout: Timeout = None,
    max_bytes: int = MAX_BYTES,
) -> FetchResult:
    """Fetch a feed over HTTP(S) or from disk; raises FetchError with a short message."""
    url = url.strip()
    if is_local(url):
        return _fetch_file(url, last_modified, max_bytes)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme: {urlsplit(url).scheme}")
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeouts = _timeouts(timeout)
    own_client = client is None
    if client is None:
        client = httpx.Client(headers={"User-Agent": USER_AGENT})
    try:
        return _get(client, url, headers, timeouts, max_bytes)
    except httpx.ConnectTimeout:
        raise FetchError(f"timed out after {timeouts[0]:g} s connecting") from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeouts[1]:g} s") from None
    except httpx.ConnectError as error:
        raise FetchError(_connect_message(error)) from None
    except httpx.DecodingError:
        raise FetchError("could not decode the response (bad compression)") from None
    except httpx.InvalidURL as error:
        raise FetchError(f"invalid URL: {error}") from None
    except httpx.HTTPError as error:
        raise FetchError(f"connection error: {str(error) or type(error).__name__}"[:160]) from None
    finally:
        if own_client:
            client.close()
