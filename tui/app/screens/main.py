"""The main screen: shows pane, article list, reader, context panel; header figures and footer keys."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, ProgressBar

from ...services import ArticleView, Source
from ...store import Entity
from ..data import PAGE_SIZE
from ..widgets.article_list import ArticleList
from ..widgets.context_panel import ContextPanel
from ..widgets.footer import KeyFooter
from ..widgets.reader import WELCOME, Reader
from ..widgets.shows_pane import ShowsPane


class MainScreen(Screen[None]):
    """Three panes plus context; every query runs in a worker and lands back as a method call."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("i", "toggle_context", "Context", show=False),
        # Not in the footer: beside the reader's "enter Character" it read as the same key twice.
        Binding("c", "character", "Character", show=False),
        Binding("escape", "back_to_list", "List", show=False),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        yield Header()
        with Horizontal(id="main-body"):
            yield ShowsPane(id="shows")
            with Vertical(id="center"):
                yield ArticleList(app.service, lambda: app.now(), id="articles")
                yield Reader(id="reader")
            yield ContextPanel(id="context")
        yield ProgressBar(id="refresh-progress", show_eta=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#refresh-progress").display = False
        self.query_one("#context").display = self.app.size.width >= 110
        self.query_one(ArticleList).focus()
        self.reload(keep=False)

    # Loading

    def reload(self, *, keep: bool = True) -> None:
        """Re-query the sidebar, the figures and the current list."""
        self.reload_sidebar()
        self.load_articles(self.query_one(ArticleList).source, keep=keep)

    @work(thread=True, exclusive=True, group="sidebar")
    def reload_sidebar(self) -> None:
        app = self.app
        try:
            stats = app.threads.query(app.service.stats)
            feeds = app.threads.query(app.service.feeds)
            shows = app.threads.query(app.service.shows)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not read the database", error)
            return
        app.call_from_thread(self._show_sidebar, shows, feeds, stats)

    def _show_sidebar(self, shows, feeds, stats) -> None:
        self.app.show_stats(stats)
        self.query_one(ShowsPane).set_data(shows, feeds, stats)
        reader = self.query_one(Reader)
        if reader.view is None:
            empty = not stats.get("articles") and not stats.get("feeds")
            reader.clear(WELCOME if empty else "Pick an article and press enter to read it here.")
            self.query_one(ArticleList).empty_message = (
                "Press a to add a feed, d to load the demo coverage." if empty else "No articles here."
            )
        self.app.load_demo_if_empty(stats)

    @work(thread=True, exclusive=True, group="articles")
    def load_articles(self, source: Source, keep: bool = False) -> None:
        app = self.app
        try:
            count = app.threads.query(app.service.count_articles, source)
            rows = app.threads.query(app.service.article_rows, source, limit=PAGE_SIZE, offset=0)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not load articles", error)
            return
        app.call_from_thread(self.query_one(ArticleList).show_page, source, count, rows, keep=keep)

    @work(thread=True, exclusive=True, group="reader")
    def open_article(self, article_id: int, focus: bool = True) -> None:
        """Load an article into the reader and mark it read."""
        app = self.app
        try:
            view = app.threads.query(app.service.article_view, article_id)
            if not view.article.read:
                app.threads.query(app.service.set_read, article_id, True)
                view = replace(view, article=replace(view.article, read=True))
            stats = app.threads.query(app.service.stats)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not open the article", error)
            return
        app.call_from_thread(self._show_article, view, focus)
        app.call_from_thread(app.show_stats, stats)

    def _show_article(self, view: ArticleView, focus: bool) -> None:
        reader = self.query_one(Reader)
        reader.show_article(view)
        self.query_one(ContextPanel).show_article(view)
        articles = self.query_one(ArticleList)
        current = articles.current_row
        if current is not None and current.id == view.article.id:
            articles.update_row(replace(current, read=True))
        if focus:
            reader.focus()
        self.reload_sidebar()

    @work(thread=True, exclusive=True, group="related")
    def load_related(self, entity: Entity) -> None:
        app = self.app
        try:
            related = app.threads.query(app.service.related, entity.id, 8)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not load related characters", error)
            return
        app.call_from_thread(self.query_one(ContextPanel).show_related, entity, related)

    # Progress of a refresh

    def start_progress(self, total: int) -> None:
        bar = self.query_one("#refresh-progress", ProgressBar)
        bar.update(total=total, progress=0)
        bar.display = True

    def advance_progress(self) -> None:
        self.query_one("#refresh-progress", ProgressBar).advance(1)

    def stop_progress(self) -> None:
        self.query_one("#refresh-progress", ProgressBar).display = False

    # Messages from the widgets

    def on_shows_pane_source_chosen(self, event: ShowsPane.SourceChosen) -> None:
        self.load_articles(event.source)

    def on_article_list_opened(self, event: ArticleList.Opened) -> None:
        self.open_article(event.row.id)

    def on_article_list_changed(self, event: ArticleList.Changed) -> None:
        row = event.row
        self.app.set_flags(row.id, read=row.read, starred=row.starred)
        reader = self.query_one(Reader)
        if reader.view is not None and reader.view.article.id == row.id:
            article = replace(reader.view.article, read=row.read, starred=row.starred)
            reader.update_article(replace(reader.view, article=article))

    def on_reader_cursor_moved(self, event: Reader.CursorMoved) -> None:
        if event.mention is not None and event.mention.kind == "character":
            reader = self.query_one(Reader)
            for entity, _count in reader.view.entities if reader.view else ():
                if entity.id == event.mention.entity_id:
                    self.load_related(entity)
                    break

    def on_reader_character_requested(self, event: Reader.CharacterRequested) -> None:
        self.app.open_character(event.entity_id)

    def on_context_panel_character_requested(self, event: ContextPanel.CharacterRequested) -> None:
        self.app.open_character(event.entity_id)

    def on_context_panel_character_focused(self, event: ContextPanel.CharacterFocused) -> None:
        self.load_related(event.entity)

    def on_reader_quote_save_requested(self, event: Reader.QuoteSaveRequested) -> None:
        self.app.save_quote(event.article_id, event.quote)

    def on_reader_article_action(self, event: Reader.ArticleAction) -> None:
        article = event.view.article
        if event.action == "open_url":
            if article.url:
                self.app.open_url(article.url)
                self.notify(f"Opening {article.url}")
            else:
                self.notify("This article has no link.", severity="warning")
            return
        read = (not article.read) if event.action == "toggle_read" else article.read
        starred = (not article.starred) if event.action == "toggle_star" else article.starred
        updated = replace(article, read=read, starred=starred)
        self.query_one(Reader).update_article(replace(event.view, article=updated))
        self.app.set_flags(article.id, read=read, starred=starred)
        articles = self.query_one(ArticleList)
        current = articles.current_row
        if current is not None and current.id == article.id:
            articles.update_row(replace(current, read=read, starred=starred))
        self.notify(
            ("Marked read" if read else "Marked unread")
            if event.action == "toggle_read"
            else ("Starred" if starred else "Unstarred")
        )

    # Actions

    def action_toggle_context(self) -> None:
        panel = self.query_one(ContextPanel)
        panel.display = not panel.display

    def action_character(self) -> None:
        """The character under the reader's cursor, else the one the article names most."""
        reader = self.query_one(Reader)
        if (mention := reader.current_mention) is not None:
            self.app.open_character(mention.entity_id)
            return
        panel = self.query_one(ContextPanel)
        if panel.focused_entity is not None:
            self.app.open_character(panel.focused_entity.id)
            return
        for entity, _count in reader.view.entities if reader.view else ():
            if entity.kind == "character":
                self.app.open_character(entity.id)
                return
        self.notify("Open an article that names a character first.")

    def action_back_to_list(self) -> None:
        self.query_one(ArticleList).focus()
