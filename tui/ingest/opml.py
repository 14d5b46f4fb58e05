"""Subscription lists in and out as OPML; parsed with defusedxml, never the bare stdlib parser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..document import strip_controls
from ..store import Store

_FEED_SCHEMES = ("http", "https", "file")


class OpmlError(ValueError):
    """The data is not an OPML subscription list we can read."""


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One subscription an OPML file lists; `category` is "A/B" for nested outlines."""

    url: str
    title: str
    category: str | None = None


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _attr(element: ET.Element, name: str) -> str:
    # Exporters disagree on case (xmlUrl, xmlurl, XMLURL).
    for key, value in element.attrib.items():
        if key.lower() == name:
            return " ".join(strip_controls(value).split())
    return ""


def _walk(element: ET.Element, path: tuple[str, ...], out: list[OpmlFeed]) -> None:
    for outline in element:
        if _local(outline.tag) != "outline":
            continue
        label = _attr(outline, "text") or _attr(outline, "title")
        url = _attr(outline, "xmlurl")
        if url:
            if urlsplit(url).scheme.lower() in _FEED_SCHEMES:
                category = "/".join(path) or _attr(outline, "category").split(",")[0].strip("/ ") or None
                out.append(OpmlFeed(url, label or url, category))
            continue
        _walk(outline, (*path, label) if label else path, out)


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds an OPML document lists, nested outlines becoming "A/B" categories; raises OpmlError."""
    try:
        root = SafeET.fromstring(data)
    except DefusedXmlException as error:
        raise OpmlError(f"refused unsafe XML ({type(error).__name__})") from None
    except ET.ParseError as error:
        raise OpmlError(f"not well-formed XML: {error}") from None
    if _local(root.tag) != "opml":
        raise OpmlError(f"not an OPML document (root element is <{_local(root.tag)}>)")
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise OpmlError("OPML document has no <body>")
    feeds: list[OpmlFeed] = []
    _walk(body, (), feeds)
    return feeds


def import_opml(store: Store, data: bytes) -> tuple[int, int]:
    """Subscribe to every feed in an OPML document without fetching; returns (added, skipped)."""
    added = skipped = 0
    for item in parse_opml(data):
        if store.feed_by_url(item.url) is not None:
            skipped += 1
            continue
        store.add_feed(item.url, item.title, category=item.category)
        added += 1
    return added, skipped


def export_opml(store: Store) -> str:
    """Every subscription as OPML 2.0, categories as nested outlines."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "Greenroom subscriptions"
    ET.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    body = ET.SubElement(root, "body")
    folders: dict[tuple[str, ...], ET.Element] = {(): body}
    for feed in sorted(store.feeds(), key=lambda f: ((f.category or "").lower(), f.title.lower(), f.id)):
        path = tuple(part.strip() for part in (feed.category or "").split("/") if part.strip())
        for depth in range(1, len(path) + 1):
            if path[:depth] not in folders:
                name = strip_controls(path[depth - 1])
                folders[path[:depth]] = ET.SubElement(
                    folders[path[: depth - 1]], "outline", text=name, title=name
                )
        title = strip_controls(feed.title or feed.url)
        attributes = {"type": "rss", "text": title, "title": title, "xmlUrl": feed.url}
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        ET.SubElement(folders[path], "outline", attributes)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
