"""Feed bytes to `ParsedFeed`: feedparser for RSS/Atom/RDF, our own reader for JSON Feed."""

from __future__ import annotations

import io
from typing import Any

import feedparser

from ..store.models import EntryRecord
from .entries import (
    NotAFeed,
    ParsedFeed,
    body_from_html,
    body_from_text,
    clean_text,
    entry_uid,
    iso_from_struct,
    unique,
    web_url,
)
from .jsonfeed import looks_like_json_feed, parse_json_feed

__all__ = ["NotAFeed", "ParsedFeed", "parse_feed"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TITLE_FROM_TEXT = 80
_EXCERPT = 300


def _is_html(detail: Any) -> bool:
    return isinstance(detail, dict) and detail.get("type") in _HTML_TYPES


def _longest_body(entry: dict) -> dict | None:
    """The fullest version of the entry's text: content:encoded, content or summary."""
    best: dict | None = None
    candidates = list(dict.get(entry, "content") or ())
    summary = dict.get(entry, "summary_detail")
    if summary:
        candidates.append(summary)
    for detail in candidates:
        value = detail.get("value") or ""
        if best is None or len(value) > len(best.get("value") or ""):
            best = detail
    return best


def _excerpt(text: str) -> str:
    """The start of an article, cut at a word, for a summary the feed did not give apart from the body."""
    text = " ".join(text.split())
    if len(text) <= _EXCERPT:
        return text
    cut = text.rfind(" ", 0, _EXCERPT)
    return text[: cut if cut > _EXCERPT // 2 else _EXCERPT].rstrip(" ,;:") + "…"


def _author(entry: dict) -> str | None:
    detail = dict.get(entry, "author_detail")
    name = detail.get("name") if isinstance(detail, dict) else None
    return clean_text(name or dict.get(entry, "author")) or None


def _entry(entry: dict, feed_url: str) -> EntryRecord:
    raw_link = dict.get(entry, "link")
    link = web_url(raw_link)
    title = clean_text(dict.get(entry, "title"), is_html=_is_html(dict.get(entry, "title_detail")))
    published = iso_from_struct(dict.get(entry, "published_parsed"))
    updated = iso_from_struct(dict.get(entry, "updated_parsed"))
    body = _longest_body(entry)
    if body is None or not (body.get("value") or "").strip():
        content_html, document = "", body_from_text("")[1]
    elif body.get("type") == "text/plain":
        content_html, document = body_from_text(body["value"])
    else:
        content_html, document = body_from_html(body["value"], link or body.get("base") or feed_url)
    summary_detail = dict.get(entry, "summary_detail")
    raw_summary = dict.get(entry, "summary")
    if body is not None and (summary_detail is body or raw_summary == body.get("value")):
        summary = _excerpt(document.text)  # already sanitized once; no second pass
    else:
        # feedparser leaves out the detail when it copied the summary from elsewhere: assume HTML then.
        is_html = _is_html(summary_detail) if summary_detail else "<" in (raw_summary or "")
        summary = clean_text(raw_summary, is_html=is_html)
    uid = entry_uid(dict.get(entry, "id"), raw_link, title, published or updated, document.text)
    tags = dict.get(entry, "tags") or ()
    categories = unique([clean_text(t.get("term") or t.get("label")) for t in tags if isinstance(t, dict)])
    return EntryRecord(
        uid=uid,
        title=title or " ".join((summary or document.text)[:_TITLE_FROM_TEXT].split()),
        url=link,
        author=_author(entry),
        published=published,
        updated=updated,
        summary=summary or None,
        content_html=content_html or None,
        document=document,
        categories=categories,
    )


def parse_feed(content: bytes, *, url: str, headers: dict | None = None) -> ParsedFeed:
    """Parse RSS, Atom, RDF or JSON Feed bytes; raises NotAFeed for anything else."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    if not content or not content.strip():
        raise NotAFeed("the document is empty")
    if looks_like_json_feed(content, headers.get("content-type", "")):
        return parse_json_feed(content, url=url)
    response_headers = dict(headers)
    # Without a media type feedparser flags every local file as bozo; application/xml lets the XML
    # declaration choose the encoding, as it should.
    response_headers.setdefault("content-type", "application/xml")
    # feedparser resolves relative links (entry.link, xml:base) against the document's location.
    if url and "content-location" not in response_headers and "://" in url:
        response_headers["content-location"] = url
    # A BytesIO, never the bytes themselves: given a str or bytes feedparser may open it as a path or URL.
    result = feedparser.parse(
        io.BytesIO(content),
        response_headers=response_headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    bozo_message = (str(result.get("bozo_exception") or "") or None) if result.get("bozo") else None
    feed = result.get("feed") or {}
    title = clean_text(dict.get(feed, "title"), is_html=_is_html(dict.get(feed, "title_detail")))
    raw_entries = result.get("entries") or []
    if not raw_entries and (not result.get("version") or (bozo_message and not title)):
        raise NotAFeed(bozo_message or "no feed found (no RSS, Atom or JSON Feed document)")
    entries = tuple(_entry(entry, url) for entry in raw_entries)
    return ParsedFeed(
        title=title,
        site_url=web_url(dict.get(feed, "link")),
        entries=entries,
        bozo_message=bozo_message,
    )
