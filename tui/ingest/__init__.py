"""Ingestion: fetch feeds, parse them, sanitize their HTML, refresh subscriptions, OPML in and out.

Names load on first use, so importing this package costs nothing at start-up: httpx and feedparser
come in only when something is fetched or parsed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "FetchError": "fetching",
    "FetchResult": "fetching",
    "USER_AGENT": "fetching",
    "fetch": "fetching",
    "NotAFeed": "entries",
    "ParsedFeed": "entries",
    "parse_feed": "parse",
    "parse_json_feed": "jsonfeed",
    "html_to_document": "sanitize",
    "html_to_text": "sanitize",
    "safe_url": "sanitize",
    "sanitize_html": "sanitize",
    "AddFeedError": "refresh",
    "AddResult": "refresh",
    "FeedResult": "refresh",
    "RefreshSummary": "refresh",
    "add_feed": "refresh",
    "refresh_feeds": "refresh",
    "OpmlError": "opml",
    "OpmlFeed": "opml",
    "export_opml": "opml",
    "import_opml": "opml",
    "parse_opml": "opml",
}

__all__ = [
    "USER_AGENT",
    "AddFeedError",
    "AddResult",
    "FeedResult",
    "FetchError",
    "FetchResult",
    "NotAFeed",
    "OpmlError",
    "OpmlFeed",
    "ParsedFeed",
    "RefreshSummary",
    "add_feed",
    "export_opml",
    "fetch",
    "html_to_document",
    "html_to_text",
    "import_opml",
    "parse_feed",
    "parse_json_feed",
    "parse_opml",
    "refresh_feeds",
    "safe_url",
    "sanitize_html",
]

if TYPE_CHECKING:
    from .entries import NotAFeed, ParsedFeed
    from .fetching import USER_AGENT, FetchError, FetchResult, fetch
    from .jsonfeed import parse_json_feed
    from .opml import OpmlError, OpmlFeed, export_opml, import_opml, parse_opml
    from .parse import parse_feed
    from .refresh import AddFeedError, AddResult, FeedResult, RefreshSummary, add_feed, refresh_feeds
    from .sanitize import html_to_document, html_to_text, safe_url, sanitize_html


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
