"""Add a feed: the fetch runs in a worker; the dialog shows the feed's title and count, or the error."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, LoadingIndicator, Static

from ...wording import counted
from ..data import clean

TIMEOUT = 20.0


class AddFeedScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[Binding]] = [Binding("escape", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="add-feed"):
            yield Label("Add a feed", classes="dialog-title")
            yield Input(placeholder="https://example.com/feed.xml", id="feed-url")
            yield LoadingIndicator(id="add-feed-busy")
            yield Static("Paste a feed or site address and press enter.", id="add-feed-status")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="add-feed-add")
                yield Button("Close", id="add-feed-close")

    def on_mount(self) -> None:
        self.query_one(LoadingIndicator).display = False
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.start(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add-feed-add":
            self.start(self.query_one(Input).value)
        else:
            self.dismiss(None)

    def start(self, url: str) -> None:
        url = url.strip()
        if not url:
            self._status("Type a feed address first.", error=True)
            return
        self.query_one(LoadingIndicator).display = True
        self._status(f"Fetching {url}…")
        self.fetch(url)

    @work(thread=True, exclusive=True)
    def fetch(self, url: str) -> None:
        app = self.app
        try:
            added = app.threads.network(app.service.add_feed, url, timeout=TIMEOUT)
        except Exception as error:  # AddFeedError, network errors, anything: the dialog says it
            app.call_from_thread(app._log_exception, f"Adding {url} failed", error)
            app.call_from_thread(self._done, f"Could not add {url}: {error}", True)
            return
        feed = added.feed
        name = clean(feed.title) or clean(feed.url)
        message = f"Added “{name}”: {counted(feed.article_count, 'article')} ({added.new:,} new)."
        app.call_from_thread(self._done, message, False)
        app.call_from_thread(app.notify, message)
        app.call_from_thread(app.data_changed)

    def _done(self, message: str, error: bool) -> None:
        self.query_one(LoadingIndicator).display = False
        self._status(message, error=error)
        if not error:
            self.query_one(Input).value = ""

    def _status(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#add-feed-status", Static)
        status.set_class(error, "-error")
        status.update(Text(clean(message)))

    def action_close(self) -> None:
        self.dismiss(None)
