"""Search as you type: debounced, in an exclusive worker, snippets with the matched terms highlighted."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...store import QueryError, SearchHit, SearchPage
from ..data import age, clean, snippet_text
from ..widgets.footer import KeyFooter

DEBOUNCE = 0.15
PAGE = 50
HINT = 'Filters: feed:name after:2024-01-01 before:… is:unread is:starred "a phrase" prefix* OR -exclude'


class SearchResults(OptionList):
    """The hits; the next page loads when the cursor reaches the last one."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Read"),
    ]

    def action_cursor_down(self) -> None:
        # No wrapping to the top: at the end the next page is on its way (or there is none).
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted in (None, 0):
            self.screen.action_focus_input()
        else:
            super().action_cursor_up()


class SearchScreen(Screen[int | None]):
    """Type to search; down or enter moves to the results; enter on one opens it in the reader."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("escape", "close", "Close"),
        Binding("down", "results", "Results", show=False),
        Binding("slash", "focus_input", "Edit query", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"search--match", "search--meta"}

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self._timer: Timer | None = None
        self.last_page: SearchPage | None = None
        # Hits shown so far (every page loaded for the current query).
        self.hits: list[SearchHit] = []
        self._loading_more = False
        # Downs pressed before the results of the typed query arrived: applied when they land.
        self._pending_downs = 0
        # The results have focus, or it was asked for and lands on the next idle.
        self._in_results = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(self.initial, placeholder="Search all coverage…", id="search-input")
        yield Static(HINT, id="search-status")
        yield SearchResults(id="search-results")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Search"
        self.query_one(Input).focus()
        if self.initial:
            self.run_search(self.initial)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._pending_downs = 0
        if self._timer is not None:
            self._timer.stop()
        value = event.value
        self._timer = self.set_timer(DEBOUNCE, lambda: self.run_search(value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.run_search(event.value, then_focus=True)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, then_focus: bool = False) -> None:
        app = self.app
        if not query.strip():
            app.call_from_thread(self._show, query, None, HINT, then_focus)
            return
        try:
            page = app.threads.query(app.service.search, query, limit=PAGE)
        except QueryError as error:
            app.call_from_thread(self._show, query, None, str(error), False, error=True)
            return
        except Exception as error:
            app.call_from_thread(app.report_error, "Search failed", error)
            return
        app.call_from_thread(self._show, query, page, "", then_focus)

    def _show(
        self, query: str, page: SearchPage | None, message: str, then_focus: bool, *, error: bool = False
    ) -> None:
        if query != self.query_one(Input).value:
            return  # a newer query is on its way
        status = self.query_one("#search-status", Static)
        status.set_class(error, "-error")
        results = self.query_one(SearchResults)
        self.last_page = page
        self.hits = []
        self._loading_more = False
        pending, self._pending_downs = self._pending_downs, 0
        if page is None:
            status.update(Text(message))
            results.clear_options()
            return
        self.hits = list(page.hits)
        self._update_status()
        results.set_options([self._option(hit) for hit in page.hits])
        if page.hits:
            results.highlighted = min(max(0, pending - 1), len(page.hits) - 1)
            if then_focus or pending:
                self._focus_results()

    def _update_status(self) -> None:
        page = self.last_page
        if page is None:
            return
        count = len(self.hits)
        more = "+" if page.has_more else ""
        found = f"{count:,}{more} result{'s' * (count != 1 or bool(more))} for {page.query}"
        if page.has_more:
            found += " (more load as you scroll down)"
        status = self.query_one("#search-status", Static)
        status.update(Text(found if self.hits else "No results."))

    def _option(self, hit: SearchHit) -> Option:
        match = self.get_component_rich_style("search--match")
        # Only the colour: the full style carries the screen's background, which would show as a band
        # across the highlighted result (and a partial one loses the blend of a translucent colour).
        meta = Style(color=self.get_component_rich_style("search--meta").color)
        title = Text(no_wrap=True, overflow="ellipsis")
        title.append("● " if not hit.read else "  ", "bold")
        title.append(clean(hit.title) or "(untitled)", "bold")
        detail = Text(f"  {clean(hit.feed_title)} · {age(hit.published, self.app.now())}", style=meta)
        snippet = snippet_text(hit.snippet, match)
        snippet.pad_left(2)
        return Option(Group(title, detail, snippet), id=f"article:{hit.id}")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        page = self.last_page
        at_end = event.option_index >= event.option_list.option_count - 1
        if at_end and page is not None and page.has_more and not self._loading_more:
            self._loading_more = True
            self.load_more(page.query, len(self.hits))

    @work(thread=True, exclusive=True, group="search-more")
    def load_more(self, query: str, offset: int) -> None:
        """The next page of the current query, appended when it lands."""
        app = self.app
        try:
            page = app.threads.query(app.service.search, query, limit=PAGE, offset=offset)
        except Exception as error:
            app.call_from_thread(app.report_error, "Search failed", error)
            app.call_from_thread(setattr, self, "_loading_more", False)
            return
        app.call_from_thread(self._append, page)

    def _append(self, page: SearchPage) -> None:
        current = self.last_page
        if current is None or page.query != current.query or page.offset != len(self.hits):
            return  # the query changed while this page was on its way
        self._loading_more = False
        self.last_page = page
        self.hits.extend(page.hits)
        results = self.query_one(SearchResults)
        results.add_options([self._option(hit) for hit in page.hits])
        self._update_status()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int((event.option.id or "article:0").partition(":")[2]))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._in_results = isinstance(event.widget, SearchResults)

    def _focus_results(self) -> None:
        self._in_results = True
        self.query_one(SearchResults).focus()

    def action_results(self) -> None:
        """Down from the query: into the results on the first hit; further downs move on.

        Focus lands on the next idle, so downs that arrive before it (fast typing, key repeat)
        move the cursor here; downs before the results of the typed query arrive are counted.
        """
        results = self.query_one(SearchResults)
        if self._in_results:
            results.action_cursor_down()
            return
        shown = self.last_page.query if self.last_page is not None else None
        if shown != self.query_one(Input).value and self.query_one(Input).value.strip():
            self._pending_downs += 1
            return
        if results.option_count:
            results.highlighted = 0
            self._focus_results()

    def action_focus_input(self) -> None:
        self._in_results = False
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)
