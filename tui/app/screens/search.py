"""Search as you type: debounced, in an exclusive worker, snippets with the matched terms highlighted."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...store import QueryError, SearchPage
from ..data import age, clean, snippet_text

DEBOUNCE = 0.15
HINT = 'Filters: feed:name after:2024-01-01 before:… is:unread is:starred "a phrase" prefix* OR -exclude'


class SearchResults(OptionList):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Read"),
    ]


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

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(self.initial, placeholder="Search all coverage…", id="search-input")
        yield Static(HINT, id="search-status")
        yield SearchResults(id="search-results")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Search"
        self.query_one(Input).focus()
        if self.initial:
            self.run_search(self.initial)

    def on_input_changed(self, event: Input.Changed) -> None:
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
            page = app.threads.query(app.service.search, query, limit=50)
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
        if page is None:
            status.update(Text(message))
            results.clear_options()
            return
        more = "+" if page.has_more else ""
        found = f"{len(page.hits)}{more} result{'s' * (len(page.hits) != 1 or bool(more))}"
        status.update(Text(f"{found} for {query}" if page.hits else "No results."))
        match = self.get_component_rich_style("search--match")
        meta = self.get_component_rich_style("search--meta")
        now = self.app.now()
        options = []
        for hit in page.hits:
            title = Text(no_wrap=True, overflow="ellipsis")
            title.append("● " if not hit.read else "  ", "bold")
            title.append(clean(hit.title) or "(untitled)", "bold")
            detail = Text(f"  {clean(hit.feed_title)} · {age(hit.published, now)}", style=meta, no_wrap=True)
            snippet = snippet_text(hit.snippet, match)
            snippet.pad_left(2)
            options.append(Option(Group(title, detail, snippet), id=f"article:{hit.id}"))
        results.set_options(options)
        if options:
            results.highlighted = 0
            if then_focus:
                results.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int((event.option.id or "article:0").partition(":")[2]))

    def action_results(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            results.focus()

    def action_focus_input(self) -> None:
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)
