"""Subscribing to a feed and refreshing many at once: fetch and parse in threads, write one feed at a time."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

import httpx

from ..store import Feed, SaveResult, Store
from .entries import NotAFeed, ParsedFeed
from .fetching import USER_AGENT, FetchError, FetchResult, Timeout, fetch, is_local
from .parse import parse_feed

log = logging.getLogger(__name__)


class AddFeedError(Exception):
    """A feed could not be subscribed to; nothing was stored."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """The feed as stored after subscribing, and how many of its entries were new."""

    feed: Feed
    new: int


@dataclass(frozen=True, slots=True)
class FeedResult:
    """How refreshing one feed went."""

    feed_id: int
    url: str
    ok: bool
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """Every feed's result, with totals."""

    results: tuple[FeedResult, ...]
    ok: int
    failed: int
    new: int
    updated: int


def _normalize(url: str) -> str:
    url = url.strip()
    if url and is_local(url) and not url.lower().startswith("file:"):
        # A relative path would mean another file once the working directory changes.
        return os.path.abspath(os.path.expanduser(url))
    return url


def _client(concurrency: int) -> httpx.Client:
    limits = httpx.Limits(max_connections=max(concurrency, 1), max_keepalive_connections=max(concurrency, 1))
    return httpx.Client(headers={"User-Agent": USER_AGENT}, limits=limits)


def add_feed(
    store: Store,
    url: str,
    *,
    client: httpx.Client | None = None,
    timeout: Timeout = None,
    category: str | None = None,
) -> AddResult:
    """Fetch and parse `url` once, then subscribe and store its entries; raises AddFeedError."""
    url = _normalize(url)
    if not url:
        raise AddFeedError("no URL given")
    if store.feed_by_url(url) is not None:
        raise AddFeedError(f"already subscribed to {url}")
    try:
        fetched = fetch(url, client=client, timeout=timeout)
        parsed = parse_feed(fetched.content or b"", url=fetched.url, headers=fetched.headers)
    except FetchError as error:
        raise AddFeedError(f"could not fetch {url}: {error}") from None
    except NotAFeed as error:
        raise AddFeedError(f"{url} is not a feed: {error}") from None
    stored_url = fetched.permanent_redirect_url or url
    existing = store.feed_by_url(stored_url)
    if existing is not None:
        raise AddFeedError(f"already subscribed to {stored_url} (where {url} redirects)")
    try:
        feed = store.add_feed(stored_url, parsed.title, parsed.site_url, category)
    except sqlite3.IntegrityError:  # another add of the same URL won the race
        raise AddFeedError(f"already subscribed to {stored_url}") from None
    try:
        saved = store.save_entries(feed.id, parsed.entries)
        store.record_success(
            feed.id, etag=fetched.etag, last_modified=fetched.last_modified, title=parsed.title or None
        )
    except BaseException:
        store.remove_feed(feed.id)  # a half-added feed would be worse than none
        raise
    return AddResult(store.feed(feed.id), saved.new)


@dataclass(frozen=True, slots=True)
class _Fetched:
    feed: Feed
    result: FetchResult | None = None
    parsed: ParsedFeed | None = None
    error: str | None = None
    disable: bool = False


def _fetch_and_parse(feed: Feed, client: httpx.Client, timeout: Timeout) -> _Fetched:
    """The part of a refresh that runs in a worker thread: network and parsing, no writes."""
    try:
        result = fetch(
            feed.url, etag=feed.etag, last_modified=feed.last_modified, client=client, timeout=timeout
        )
        if result.not_modified:
            return _Fetched(feed, result)
        parsed = parse_feed(result.content or b"", url=result.url, headers=result.headers)
        return _Fetched(feed, result, parsed)
    except FetchError as error:
        return _Fetched(feed, error=error.message, disable=error.status == 410)
    except NotAFeed as error:
        return _Fetched(feed, error=f"not a feed: {error}")
    except Exception as error:  # one feed tripping a bug must not stop the others
        log.exception("refreshing %s failed", feed.url)
        return _Fetched(feed, error=f"unexpected error: {type(error).__name__}: {error}"[:200])


def _move(store: Store, feed: Feed, new_url: str | None) -> None:
    """Follow a permanent redirect, unless another subscription already has that URL."""
    if not new_url or new_url == feed.url:
        return
    other = store.feed_by_url(new_url)
    if other is None:
        store.update_feed(feed.id, url=new_url)
    else:
        log.info("feed %s moved to %s, which feed %s already has", feed.url, new_url, other.id)


def _store(store: Store, fetched: _Fetched) -> tuple[FeedResult, SaveResult | None]:
    """Write one feed's outcome: entries in one transaction, then its fetch state."""
    feed = fetched.feed
    if fetched.error is not None or fetched.result is None:
        error = fetched.error or "no response"
        store.record_failure(feed.id, error, disable=fetched.disable)
        return FeedResult(feed.id, feed.url, ok=False, error=error), None
    result = fetched.result
    _move(store, feed, result.permanent_redirect_url)
    if result.not_modified or fetched.parsed is None:
        store.record_success(feed.id, etag=result.etag, last_modified=result.last_modified)
        return FeedResult(feed.id, feed.url, ok=True, not_modified=True), None
    parsed = fetched.parsed
    saved = store.save_entries(feed.id, parsed.entries)
    store.record_success(
        feed.id,
        etag=result.etag,
        last_modified=result.last_modified,
        title=parsed.title or None,
        site_url=parsed.site_url,
    )
    return FeedResult(feed.id, feed.url, ok=True, new=saved.new, updated=saved.updated), saved


def _call(callback: Callable | None, *args: object) -> None:
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:  # a listener's bug must not cost the other feeds their refresh
        log.exception("refresh callback %r failed", callback)


def refresh_feeds(
    store: Store,
    feed_ids: Sequence[int] | None = None,
    *,
    concurrency: int = 8,
    timeout: Timeout = None,
    client: httpx.Client | None = None,
    on_result: Callable[[FeedResult], None] | None = None,
    on_saved: Callable[[int, SaveResult], None] | None = None,
) -> RefreshSummary:
    """Refresh enabled feeds (all, or those in `feed_ids`) concurrently; one failure never stops the rest."""
    wanted = None if feed_ids is None else set(feed_ids)
    feeds = [f for f in store.feeds() if f.enabled and (wanted is None or f.id in wanted)]
    results: list[FeedResult] = []
    if not feeds:
        return RefreshSummary((), 0, 0, 0, 0)
    own_client = client is None
    http = client or _client(concurrency)
    try:
        workers = max(1, min(concurrency, len(feeds)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="refresh") as pool:
            futures = [pool.submit(_fetch_and_parse, feed, http, timeout) for feed in feeds]
            # Writes happen here, in the caller's thread, one feed at a time: SQLite has one writer anyway,
            # and the callbacks never race each other.
            for future in as_completed(futures):
                fetched = future.result()
                try:
                    feed_result, saved = _store(store, fetched)
                except Exception as error:
                    log.exception("storing %s failed", fetched.feed.url)
                    feed = fetched.feed
                    feed_result = FeedResult(feed.id, feed.url, ok=False, error=str(error)[:200])
                    saved = None
                if saved is not None:
                    _call(on_saved, fetched.feed.id, saved)
                results.append(feed_result)
                _call(on_result, feed_result)
    finally:
        if own_client:
            http.close()
    ok = sum(1 for r in results if r.ok)
    return RefreshSummary(
        results=tuple(results),
        ok=ok,
        failed=len(results) - ok,
        new=sum(r.new for r in results),
        updated=sum(r.updated for r in results),
    )
