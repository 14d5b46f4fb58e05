"""The Greenroom Textual app: owns the service, the background work, and the app-wide keys."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding

from ..services import Greenroom
from ..store import QuoteView
from ..wording import counted
from .commands import GreenroomCommands
from .data import ServiceThreads, utc_now

log = logging.getLogger("greenroom.app")


def styles_dir() -> Path:
    """The shipped `tui.styles` folder (the top-level `styles/` in a checkout that is not installed)."""
    try:
        return Path(str(resources.files("tui.styles")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "styles"


STYLE_FILES = ("app.tcss", "main.tcss", "reader.tcss", "screens.tcss")


class GreenroomApp(App[None]):
    """Shows, articles, reader and context; characters, search and quotes on their own screens."""

    TITLE = "Greenroom"
    CSS_PATH: ClassVar[list[Path]] = [styles_dir() / name for name in STYLE_FILES]
    COMMANDS = App.COMMANDS | {GreenroomCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (110, "-wide")]

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("slash", "search", "Search"),
        # Shown in help and the palette; the footer keeps room for the focused pane's keys and "? Help".
        Binding("a", "add_feed", "Add feed", show=False),
        Binding("r", "refresh_feeds", "Refresh"),
        Binding("Q", "saved_quotes", "Quotes", show=False),
        Binding("d", "load_demo", "Load demo coverage", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        service: Greenroom,
        *,
        demo: bool = False,
        now: Callable[[], datetime] | None = None,
        log_file: Path | None = None,
        poll_interval: float = 10.0,
    ) -> None:
        super().__init__()
        self.service = service
        self.threads = ServiceThreads()
        self.now = now or utc_now
        self.demo = demo
        self.log_file = log_file
        self.poll_interval = poll_interval
        self.stats: dict[str, int] = {}
        self._logging_ready = False

    # Lifecycle

    def get_default_screen(self):
        from .screens.main import MainScreen

        return MainScreen()

    def on_mount(self) -> None:
        if self.poll_interval > 0:
            self.set_interval(self.poll_interval, self.poll_stats)

    def on_unmount(self) -> None:
        self.threads.shutdown()

    @property
    def main(self):
        """The main screen (always at the bottom of the stack)."""
        from .screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("main screen not mounted")

    def data_changed(self) -> None:
        """The database changed (refresh, add, demo, CLI): re-query counts, shows and the list."""
        self.main.reload(keep=True)

    def show_stats(self, stats: dict[str, int]) -> None:
        self.stats = stats
        self.sub_title = f"{counted(stats.get('articles', 0), 'article')} · {stats.get('unread', 0):,} unread"

    @work(thread=True, exclusive=True, group="poll")
    def poll_stats(self) -> None:
        """A light poll: when another process (the CLI) changed the database, reload."""
        try:
            stats = self.threads.query(self.service.stats)
        except Exception as error:  # a locked or vanished database must not kill the poll
            self.call_from_thread(self.report_error, "Could not read the database", error, quiet=True)
            return
        if self.stats and stats != self.stats:
            self.call_from_thread(self.data_changed)

    def on_app_focus(self) -> None:
        self.poll_stats()

    # Errors

    def report_error(self, message: str, error: BaseException, *, quiet: bool = False) -> None:
        """Traceback to the log file, one line to the user."""
        self._log_exception(message, error)
        if not quiet:
            self.notify(f"{message}: {error}", severity="error", timeout=8)

    def _log_exception(self, message: str, error: BaseException) -> None:
        try:
            if not self._logging_ready:
                from ..config import log_path

                path = self.log_file or log_path()
                path.parent.mkdir(parents=True, exist_ok=True)
                handler = logging.FileHandler(path, encoding="utf-8")
                handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
                log.addHandler(handler)
                log.setLevel(logging.INFO)
                log.propagate = False
                self._logging_ready = True
            trace = "".join(traceback.format_exception(error))
            log.error("%s\n%s", message, trace)
        except OSError:
            pass

    # App-wide actions

    def action_search(self) -> None:
        from .screens.search import SearchScreen

        self.push_screen(SearchScreen(), self._open_from_screen)

    def action_add_feed(self) -> None:
        from .screens.add_feed import AddFeedScreen

        self.push_screen(AddFeedScreen())

    def action_saved_quotes(self) -> None:
        from .screens.quotes import QuotesScreen

        self.push_screen(QuotesScreen())

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_toggle_context(self) -> None:
        self.main.action_toggle_context()

    def open_character(self, entity_id: int) -> None:
        """Push a character screen; escape walks back through them like a browser history."""
        from .screens.character import CharacterScreen

        self.push_screen(CharacterScreen(entity_id), self._open_from_screen)

    def _open_from_screen(self, article_id: int | None) -> None:
        """A screen (search, character) was dismissed with an article to read."""
        if article_id is None:
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.main.open_article(article_id, focus=True)

    def action_refresh_feeds(self) -> None:
        self.refresh_feeds()

    def action_load_demo(self) -> None:
        self.load_demo()

    @work(thread=True, group="refresh", exclusive=True)
    def refresh_feeds(self) -> None:
        """Refresh every feed with a progress bar; new articles appear when it is done."""
        try:
            feeds = [feed for feed in self.threads.query(self.service.feeds) if feed.enabled]
            if not feeds:
                self.call_from_thread(self.notify, "No feeds yet: press a to add one, d for the demo.")
                return
            self.call_from_thread(self.main.start_progress, len(feeds))

            def on_result(_result: object) -> None:
                self.call_from_thread(self.main.advance_progress)

            summary = self.threads.network(self.service.refresh, on_result=on_result)
        except Exception as error:
            self.call_from_thread(self.report_error, "Refresh failed", error)
            self.call_from_thread(self.main.stop_progress)
            return
        failed = [result for result in summary.results if not result.ok]
        message = f"Refreshed {counted(len(summary.results), 'feed')}: {counted(summary.new, 'new article')}"
        if summary.updated:
            message += f", {summary.updated:,} updated"
        if failed:
            message += f"; {len(failed)} failed ({', '.join(r.url for r in failed[:3])})"
        self.call_from_thread(self.main.stop_progress)
        self.call_from_thread(self.notify, message, severity="warning" if failed else "information")
        self.call_from_thread(self.data_changed)

    @work(thread=True, group="demo", exclusive=True)
    def load_demo(self) -> None:
        """Subscribe to the bundled demo coverage (local files, no network).

        It takes well under a second, so one notification when it is done says it all: no "Loading…" first.
        """
        try:
            added = self.threads.network(self.service.load_demo)
        except Exception as error:
            self.call_from_thread(self.report_error, "Could not load the demo", error)
            return
        if added:
            message = f"Demo coverage loaded: {counted(added, 'article')}."
        else:
            message = "The demo coverage is already loaded."
        self.call_from_thread(self.notify, message)
        self.call_from_thread(self.data_changed)

    def load_demo_if_empty(self, stats: dict[str, int]) -> None:
        if self.demo and not stats.get("feeds"):
            self.demo = False
            self.load_demo()

    @work(thread=True, group="write")
    def save_quote(self, article_id: int, quote: QuoteView) -> None:
        try:
            added = self.threads.query(self.service.save_quote, article_id, quote.text, quote.speaker)
        except Exception as error:
            self.call_from_thread(self.report_error, "Could not save the quote", error)
            return
        who = quote.speaker or "unattributed"
        text = f"Saved a quote by {who}." if added else "That quote is already saved."
        self.call_from_thread(self.notify, text)

    @work(thread=True, group="write")
    def set_flags(self, article_id: int, *, read: bool | None = None, starred: bool | None = None) -> None:
        """Write read/starred marks off the UI thread (a refresh may hold the write lock)."""
        try:
            if read is not None:
                self.threads.query(self.service.set_read, article_id, read)
            if starred is not None:
                self.threads.query(self.service.set_starred, article_id, starred)
            stats = self.threads.query(self.service.stats)
        except Exception as error:
            self.call_from_thread(self.report_error, "Could not update the article", error)
            return
        self.call_from_thread(self.show_stats, stats)
        self.call_from_thread(self.main.reload_sidebar)

    @work(thread=True, group="browser")
    def open_url(self, url: str) -> None:
        import webbrowser

        try:
            webbrowser.open(url)
        except Exception as error:
            self.call_from_thread(self.report_error, "Could not open the browser", error)

    @work(thread=True, group="files")
    def write_text_file(self, path: Path, produce: Callable[[], str], done: str) -> None:
        """Write what `produce` returns (a service call) to `path`, then notify."""
        try:
            text = self.threads.query(produce)
            path.write_text(text, encoding="utf-8")
        except Exception as error:
            self.call_from_thread(self.report_error, f"Could not write {path}", error)
            return
        self.call_from_thread(self.notify, done.format(path=path))

    @work(thread=True, group="files")
    def import_opml_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
            added, skipped = self.threads.network(self.service.import_opml, data)
        except Exception as error:
            self.call_from_thread(self.report_error, f"Could not import {path}", error)
            return
        self.call_from_thread(
            self.notify, f"Imported {added} feeds ({skipped} already there). Press r to fetch them."
        )
        self.call_from_thread(self.data_changed)

    def ask_path(self, title: str, default: str, then: Callable[[Path], None]) -> None:
        """Ask for a file path in a modal, then call `then` with it."""
        from .screens.path_prompt import PathPrompt

        def chosen(value: str | None) -> None:
            if value:
                then(Path(value).expanduser())

        self.push_screen(PathPrompt(title, default), chosen)

    def action_import_opml(self) -> None:
        self.ask_path("Import feeds from OPML file", "feeds.opml", self.import_opml_file)

    def action_export_opml(self) -> None:
        self.ask_path(
            "Export feeds to OPML file",
            "greenroom-feeds.opml",
            lambda path: self.write_text_file(path, self.service.export_opml, "Feeds exported to {path}."),
        )

    def action_export_quotes(self) -> None:
        self.ask_path(
            "Export saved quotes to Markdown",
            "greenroom-quotes.md",
            lambda path: self.write_text_file(
                path, self.service.saved_quotes_markdown, "Saved quotes exported to {path}."
            ),
        )
