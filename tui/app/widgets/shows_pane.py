"""The shows pane: All coverage, Starred, shows by recent coverage with unread counts, then the feeds."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...services import ALL, STARRED, Source
from ...store import Feed, ShowSummary
from ..data import clean


class ShowsPane(OptionList):
    """Where the article list's source is chosen; j/k move, the list follows the highlight."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("f", "toggle_feeds", "Feeds"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"shows-pane--failed"}

    class SourceChosen(Message):
        def __init__(self, source: Source) -> None:
            super().__init__()
            self.source = source

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.show_feeds = True
        self._sources: dict[str, Source] = {}
        self._shows: list[ShowSummary] = []
        self._feeds: list[Feed] = []
        self._stats: dict[str, int] = {}
        self._chosen: Source = ALL

    def set_data(self, shows: list[ShowSummary], feeds: list[Feed], stats: dict[str, int]) -> None:
        """Rebuild the options, keeping the highlight on the same source."""
        self._shows, self._feeds, self._stats = shows, feeds, stats
        self._rebuild()

    def _rebuild(self) -> None:
        keep = self._key(self._chosen)
        options: list[Option | None] = []
        self._sources = {}

        def add(source: Source, label: SourceLabel) -> None:
            key = self._key(source)
            self._sources[key] = source
            options.append(Option(label, id=key))

        # Only the colour: a background of its own would paint over the highlighted row.
        failed_style = Style(foreground=self.get_component_styles("shows-pane--failed").color)
        add(ALL, SourceLabel("All coverage", self._stats.get("unread", 0), style="bold"))
        add(STARRED, SourceLabel("★ Starred", None))
        if self._shows:
            options.append(Option(Text("SHOWS", style="dim bold"), disabled=True))
        for show in self._shows:
            add(Source("show", show.id, clean(show.name)), SourceLabel(clean(show.name), show.unread))
        if self._feeds:
            marker = "▾" if self.show_feeds else "▸"
            options.append(Option(Text(f"FEEDS {marker} (f)", style="dim bold"), disabled=True))
        if self.show_feeds:
            for feed in self._feeds:
                failed = bool(feed.last_error)
                name = ("⚠ " if failed else "") + (clean(feed.title) or clean(feed.url))
                label = SourceLabel(name, feed.unread_count, style=failed_style if failed else "")
                add(Source("feed", feed.id, clean(feed.title) or clean(feed.url)), label)
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            index = self._index_of(keep)
            self.highlighted = index or 0
        if index is None:
            self._choose(ALL)

    def _index_of(self, key: str) -> int | None:
        for index in range(self.option_count):
            if self.get_option_at_index(index).id == key:
                return index
        return None

    @staticmethod
    def _key(source: Source) -> str:
        return f"{source.kind}:{source.id}"

    @property
    def chosen(self) -> Source:
        return self._chosen

    def _choose(self, source: Source) -> None:
        if source != self._chosen:
            self._chosen = source
            self.post_message(self.SourceChosen(source))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id in self._sources:
            self._choose(self._sources[event.option.id])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in self._sources:
            self._choose(self._sources[event.option.id])
            self.screen.focus_next()

    def action_toggle_feeds(self) -> None:
        self.show_feeds = not self.show_feeds
        self._rebuild()


class SourceLabel(Visual):
    """One row of the pane: the unread count sits at the right edge and the name takes what is left,
    ending in "…" when it does not fit, so a narrow pane (an 80-column terminal) still shows every count."""

    def __init__(self, name: str, count: int | None, *, style: Style | str = "") -> None:
        self.name = Content.styled(name, style)
        self.count = Content.styled(f"{count:,}", "bold") if count else Content()

    def row(self, width: int) -> Content:
        """The row laid out `width` cells wide."""
        if not self.count:
            return self.name.truncate(width, ellipsis=True)
        room = width - self.count.cell_length - 1  # one space at least between name and count
        if room < 2:
            return self.count.truncate(width)
        return Content.assemble(self.name.truncate(room, ellipsis=True, pad=True), " ", self.count)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.row(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        count = self.count.cell_length
        return self.name.cell_length + (count + 2 if count else 0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1
