"""What the app needs on top of the public `Greenroom` API: paged rows, ages, snippets, a DB thread.

Nothing here writes SQL; every query goes through `tui.services.Greenroom`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar

from rich.style import Style
from rich.text import Text

from ..document import strip_controls
from ..services import ALL, Greenroom, Source
from ..store import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, ArticleRow

T = TypeVar("T")

PAGE_SIZE = 200
CACHED_PAGES = 6


class ServiceThreads:
    """Bounded threads for blocking service calls.

    The store opens one SQLite connection per thread and keeps it; a Textual thread worker per
    keystroke would leave a connection behind each time. Workers hand their calls to these few
    long-lived threads instead, so an app open all day holds a fixed number of connections.
    """

    def __init__(self) -> None:
        self._query = ThreadPoolExecutor(2, thread_name_prefix="greenroom-db")
        self._network = ThreadPoolExecutor(1, thread_name_prefix="greenroom-net")

    def query(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a quick read on a query thread and wait for it (call from a worker thread)."""
        return self._query.submit(fn, *args, **kwargs).result()

    def network(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a fetch or write that may take seconds (add feed, refresh, demo, import)."""
        return self._network.submit(fn, *args, **kwargs).result()

    def shutdown(self) -> None:
        self._query.shutdown(wait=False, cancel_futures=True)
        self._network.shutdown(wait=False, cancel_futures=True)


class ArticlePager:
    """Rows of one source fetched a page at a time and kept in a small LRU of pages."""

    def __init__(self, service: Greenroom, source: Source = ALL, count: int = 0) -> None:
        self.service = service
        self.source = source
        self.count = count
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()

    def prime(self, page: int, rows: list[ArticleRow]) -> None:
        """Store a page fetched elsewhere (a worker)."""
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def row(self, index: int) -> ArticleRow | None:
        """The row at `index`, fetching its page on a miss (one indexed query of PAGE_SIZE rows)."""
        if not 0 <= index < self.count:
            return None
        page, within = divmod(index, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self.service.article_rows(self.source, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
            self.prime(page, rows)
        else:
            self._pages.move_to_end(page)
        return rows[within] if within < len(rows) else None

    def replace(self, row: ArticleRow) -> None:
        """Swap in a changed row (read or starred toggled) wherever it is cached."""
        for rows in self._pages.values():
            for i, cached in enumerate(rows):
                if cached.id == row.id:
                    rows[i] = row
                    return

    def clear(self) -> None:
        self._pages.clear()


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_time(value: str | None) -> datetime | None:
    """A stored UTC ISO string as an aware datetime, or None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def age(published: str | None, now: datetime) -> str:
    """A short age: 5m, 3h, 2d, then the date."""
    moment = parse_time(published)
    if moment is None:
        return ""
    seconds = (now - moment).total_seconds()
    if seconds < 0:
        return moment.strftime("%b %d")
    if seconds < 3600:
        return f"{max(1, int(seconds // 60))}m"
    if seconds < 86400:
        return f"{int(seconds // 3600)}h"
    if seconds < 86400 * 14:
        return f"{int(seconds // 86400)}d"
    if moment.year == now.year:
        return moment.strftime("%b %d")
    return moment.strftime("%Y-%m-%d")


def clean(value: str | None) -> str:
    """Feed text made safe to draw: no escape sequences or controls, one line."""
    return " ".join(strip_controls(value or "").split())


def snippet_text(snippet: str, highlight: Style | str) -> Text:
    """A search snippet with its HIGHLIGHT_OPEN/CLOSE markers turned into styled spans."""
    text = Text()
    highlighted = False
    buffer: list[str] = []
    for char in snippet:
        if char in (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE):
            text.append(_flat("".join(buffer)), highlight if highlighted else "")
            buffer = []
            highlighted = char == HIGHLIGHT_OPEN
        else:
            buffer.append(char)
    text.append(_flat("".join(buffer)), highlight if highlighted else "")
    return text


def _flat(value: str) -> str:
    # Keep the spaces around highlighted words; only controls and line breaks go.
    return strip_controls(value).replace("\n", " ").replace("\t", " ")
