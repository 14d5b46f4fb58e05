"""What every feed format parses into, and the small cleaners all of them share."""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from ..document import Document, document_from_text, strip_controls
from ..store.models import EntryRecord
from .sanitize import html_to_text, sanitize_html


class NotAFeed(ValueError):
    """The bytes are not a feed we can read (an HTML page, garbage, an empty broken document)."""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's title, home page and entries, ready for the store."""

    title: str
    site_url: str | None
    entries: tuple[EntryRecord, ...]
    bozo_message: str | None = None


def clean_text(value: object, *, is_html: bool = False) -> str:
    """Plain one-line text from a feed field: markup removed or entities decoded, controls stripped."""
    if not value:
        return ""
    text = str(value)
    if is_html and "<" in text:
        return html_to_text(text)
    if "&" in text:
        # Many publishers escape twice; feedparser undoes one level, this the other.
        text = html.unescape(text)
    return " ".join(strip_controls(text).split())


def web_url(value: object) -> str | None:
    """`value` when it is an absolute http(s) URL, else None (no javascript: links to open)."""
    if not value or not isinstance(value, str):
        return None
    url = strip_controls(value.strip())
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def iso_from_struct(value: object) -> str | None:
    """A feedparser time tuple (already UTC) as an ISO 8601 string."""
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC).isoformat()  # type: ignore[index, misc]
    except (TypeError, ValueError, OverflowError):
        return None


def iso_from_text(value: object) -> str | None:
    """An RFC 3339 date (as JSON Feed carries them) as a UTC ISO 8601 string."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(microsecond=0).isoformat()


def entry_uid(entry_id: object, link: object, title: str, date: str | None, body: str = "") -> str:
    """An entry's identity: its id, else its link, else a hash of its title and date."""
    for candidate in (entry_id, link):
        if candidate is not None and str(candidate).strip():
            return str(candidate).strip()
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{title}\0{date or ''}".encode("utf-8", "surrogatepass"))
    if not title and not date:
        # Nothing else tells such entries apart; their text at least keeps them from merging.
        digest.update(body.encode("utf-8", "surrogatepass"))
    return "hash:" + digest.hexdigest()


def body_from_html(value: str, base_url: str | None) -> tuple[str, Document]:
    """Sanitized HTML and its document."""
    return sanitize_html(value, base_url)


def body_from_text(value: str) -> tuple[str, Document]:
    """Plain text as paragraphs, with the HTML that shows it."""
    document = document_from_text(value)
    clean = "".join(f"<p>{html.escape(document.block_text(b), quote=False)}</p>" for b in document.blocks)
    return clean, document


def unique(values: list[str]) -> tuple[str, ...]:
    """Non-empty values, first occurrence kept."""
    return tuple(dict.fromkeys(v for v in values if v))
