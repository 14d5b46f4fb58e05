"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read into the same entries as XML feeds."""

from __future__ import annotations

import json
from typing import Any

from ..store.models import EntryRecord
from .entries import (
    NotAFeed,
    ParsedFeed,
    body_from_html,
    body_from_text,
    clean_text,
    entry_uid,
    iso_from_text,
    unique,
    web_url,
)


def looks_like_json_feed(content: bytes, content_type: str = "") -> bool:
    """True when the bytes are JSON (an object) or the server says they are."""
    if "json" in content_type.lower():
        return True
    head = content[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] == b"{"


def _authors(item: dict[str, Any]) -> str | None:
    authors = item.get("authors")
    if not isinstance(authors, list):
        single = item.get("author")  # version 1.0
        authors = [single] if isinstance(single, dict) else []
    names = [clean_text(a.get("name")) for a in authors if isinstance(a, dict)]
    names = [n for n in names if n]
    return ", ".join(names) or None


def _entry(item: dict[str, Any], feed_url: str, feed_author: str | None) -> EntryRecord:
    title = clean_text(item.get("title") if isinstance(item.get("title"), str) else "")
    link = web_url(item.get("url")) or web_url(item.get("external_url"))
    published = iso_from_text(item.get("date_published"))
    updated = iso_from_text(item.get("date_modified"))
    content_html = item.get("content_html") if isinstance(item.get("content_html"), str) else ""
    content_text = item.get("content_text") if isinstance(item.get("content_text"), str) else ""
    summary_raw = item.get("summary") if isinstance(item.get("summary"), str) else ""
    if content_html:
        clean_html, document = body_from_html(content_html, link or feed_url)
    else:
        clean_html, document = body_from_text(content_text or summary_raw)
    summary = clean_text(summary_raw) or None
    raw_id = item.get("id")
    uid = entry_uid(raw_id if isinstance(raw_id, (str, int, float)) else None, item.get("url"), title,
                    published or updated, document.text)  # fmt: skip
    tags = item.get("tags") if isinstance(item.get("tags"), list) else []
    return EntryRecord(
        uid=uid,
        title=title or (summary or document.text)[:80],
        url=link,
        author=_authors(item) or feed_author,
        published=published,
        updated=updated,
        summary=summary,
        content_html=clean_html,
        document=document,
        categories=unique([clean_text(t) for t in tags if isinstance(t, str)]),
    )


def parse_json_feed(content: bytes, *, url: str) -> ParsedFeed:
    """Parse a JSON Feed document; raises NotAFeed when it is not one."""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise NotAFeed(f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise NotAFeed("JSON document is not a JSON Feed object")
    version = data.get("version")
    items = data.get("items")
    is_json_feed = isinstance(version, str) and version.startswith("https://jsonfeed.org/version/")
    if not is_json_feed and not isinstance(items, list):
        raise NotAFeed("JSON document is not a JSON Feed (no version, no items)")
    feed_author = _authors(data)
    entries = tuple(_entry(item, url, feed_author) for item in (items or ()) if isinstance(item, dict))
    title = clean_text(data.get("title") if isinstance(data.get("title"), str) else "")
    return ParsedFeed(title=title, site_url=web_url(data.get("home_page_url")), entries=entries)
