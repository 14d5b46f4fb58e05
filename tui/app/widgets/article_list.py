"""The article list: a line-API widget that draws only the rows on screen, paged from the service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...services import Greenroom, Source
from ...store import ArticleRow
from ..data import ArticlePager, age, clean

OUTLET_WIDTH = 18
AGE_WIDTH = 11


class ArticleList(ScrollView, can_focus=True):
    """Newest-first articles of one source; knows the row count and asks for rows by page."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("enter", "open", "Open"),
        Binding("m", "toggle_read", "Read/unread"),
        Binding("asterisk", "toggle_star", "Star"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--read",
        "article-list--meta",
        "article-list--star",
        "article-list--empty",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Opened(Message):
        """Enter (or a click) on a row."""

        def __init__(self, row: ArticleRow) -> None:
            super().__init__()
            self.row = row

    class Changed(Message):
        """Read or starred was toggled here; the app writes it."""

        def __init__(self, row: ArticleRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, service: Greenroom, now: Callable[[], datetime], **kwargs) -> None:
        super().__init__(**kwargs)
        self.service = service
        self.now = now
        self.pager = ArticlePager(service)
        self.empty_message = "No articles here yet."

    @property
    def source(self) -> Source:
        return self.pager.source

    def show_page(
        self, source: Source, count: int, first_page: list[ArticleRow], *, keep: bool = False
    ) -> None:
        """Show `source` with its count and first page (fetched by a worker)."""
        same = keep and source == self.pager.source
        current = self.current_row if same else None
        self.pager = ArticlePager(self.service, source, count)
        self.pager.prime(0, first_page)
        self.virtual_size = Size(self.size.width, count)
        if current is not None:
            # New articles arrived above: keep the cursor on the same article when it is near the top.
            for index, row in enumerate(first_page):
                if row.id == current.id:
                    self.cursor = index
                    break
            else:
                self.cursor = min(self.cursor, max(0, count - 1))
        else:
            self.cursor = 0
            self.scroll_to(y=0, animate=False)
        self.refresh()

    @property
    def current_row(self) -> ArticleRow | None:
        return self.pager.row(self.cursor)

    def watch_cursor(self, old: int, new: int) -> None:
        if self._scroll_cursor_into_view():
            self.refresh()
        else:
            # Only the two rows whose cursor mark changed need drawing again.
            self.refresh_line(old)
            self.refresh_line(new)

    def _scroll_cursor_into_view(self) -> bool:
        """Scroll so the cursor row is visible; True when the view moved."""
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)
        else:
            return False
        return True

    def _move(self, delta: int) -> None:
        if self.pager.count:
            self.cursor = max(0, min(self.pager.count - 1, self.cursor + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        self._move(-self.cursor)

    def action_last(self) -> None:
        self._move(self.pager.count)

    def action_open(self) -> None:
        if (row := self.current_row) is not None:
            self.post_message(self.Opened(row))

    def action_toggle_read(self) -> None:
        if (row := self.current_row) is not None:
            self.update_row(replace(row, read=not row.read))
            self.post_message(self.Changed(self.pager.row(self.cursor)))

    def action_toggle_star(self) -> None:
        if (row := self.current_row) is not None:
            self.update_row(replace(row, starred=not row.starred))
            self.post_message(self.Changed(self.pager.row(self.cursor)))

    def update_row(self, row: ArticleRow) -> None:
        """Redraw a row whose read or starred mark changed elsewhere."""
        self.pager.replace(row)
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < self.pager.count:
            self.cursor = index
            self.action_open()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if self.pager.count == 0:
            if y == 1:
                text = Text(
                    "  " + self.empty_message, style=self.get_component_rich_style("article-list--empty")
                )
                return Strip(text.render(self.app.console), text.cell_len).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        row = self.pager.row(index)
        if row is None:
            return Strip.blank(width, base)
        text = self._row_text(row, width)
        if index == self.cursor:
            text.stylize(self.get_component_rich_style("article-list--cursor"))
        segments = list(Segment.apply_style(text.render(self.app.console), base))
        return Strip(segments, text.cell_len).adjust_cell_length(width, base)

    def _row_text(self, row: ArticleRow, width: int) -> Text:
        meta = self.get_component_rich_style("article-list--meta")
        title_style = self.get_component_rich_style(
            "article-list--read" if row.read else "article-list--unread"
        )
        outlet_width = OUTLET_WIDTH if width >= 70 else 0
        title_width = max(4, width - 4 - outlet_width - AGE_WIDTH - 1)
        title = _truncate(clean(row.title) or "(untitled)", title_width)
        text = Text(no_wrap=True, end="")
        text.append(" " if row.read else "●", title_style)
        text.append("★" if row.starred else " ", self.get_component_rich_style("article-list--star"))
        text.append(" ")
        text.append(title + " " * (title_width - cell_len(title)), title_style)
        if outlet_width:
            text.append(
                " " + _truncate(clean(row.feed_title), outlet_width - 1).ljust(outlet_width - 1), meta
            )
        text.append(age(row.published, self.now()).rjust(AGE_WIDTH), meta)
        text.append(" ")
        return text


def _truncate(value: str, width: int) -> str:
    if cell_len(value) <= width:
        return value
    return set_cell_size(value, width - 1) + "…"
