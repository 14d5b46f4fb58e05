"""The saved quotes collection, exportable to Markdown."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from ...store import SavedQuote
from ..data import clean
from ..widgets.footer import KeyFooter


class QuoteList(OptionList):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class QuotesScreen(Screen[None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("escape", "close", "Back"),
        Binding("e", "export", "Export Markdown"),
        Binding("delete,x", "delete", "Delete"),
        Binding("enter", "open", "Read article"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.quotes: list[SavedQuote] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="quotes-status")
        yield QuoteList(id="quotes-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Saved quotes"
        self.query_one(QuoteList).focus()
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        app = self.app
        try:
            quotes = app.threads.query(app.service.saved_quotes)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not read saved quotes", error)
            return
        app.call_from_thread(self.show, quotes)

    def show(self, quotes: list[SavedQuote]) -> None:
        self.quotes = quotes
        status = (
            f"{len(quotes)} saved quotes · e exports to Markdown"
            if quotes
            else ("No saved quotes yet: in the reader, } moves to a quote and s saves it.")
        )
        self.query_one("#quotes-status", Static).update(Text(status))
        options = []
        for quote in quotes:
            body = Text(f"“{clean(quote.text)}”", style="italic")
            source = Text(
                f"  — {clean(quote.speaker) or 'Unknown'}, {clean(quote.article_title)}", style="dim"
            )
            options.append(Option(Group(body, source, Text()), id=f"quote:{quote.id}"))
        self.query_one(QuoteList).set_options(options)

    def _current(self) -> SavedQuote | None:
        index = self.query_one(QuoteList).highlighted
        return self.quotes[index] if index is not None and index < len(self.quotes) else None

    def action_export(self) -> None:
        self.app.action_export_quotes()

    def action_delete(self) -> None:
        if (quote := self._current()) is not None:
            self.delete(quote.id)

    @work(thread=True)
    def delete(self, quote_id: int) -> None:
        app = self.app
        try:
            app.threads.query(app.service.delete_saved_quote, quote_id)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not delete the quote", error)
        app.call_from_thread(self.load)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        quote = self._current()
        if quote is not None and quote.article_id is not None:
            self.app.pop_screen()
            self.app.main.open_article(quote.article_id, focus=True)

    def action_close(self) -> None:
        self.dismiss(None)
