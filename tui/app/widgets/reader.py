"""The reader: one article as clean text, with a cursor that walks its mentions and quotes."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...services import ArticleView
from ...store import MentionView, QuoteView
from ..article_text import TARGET_META, ReaderStyles, RenderedArticle, Target, render_article, targets

WELCOME = (
    "Welcome to Greenroom.\n\n"
    "Press a to add a feed, d to load the demo coverage, or ctrl+p for every command.\n"
    "? shows all the keys."
)
PICK = "Pick an article and press enter to read it here."


class Reader(ScrollView, can_focus=True):
    """Renders only the visible lines of the laid-out article (Line API)."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("down,j", "scroll_lines(1)", "Down", show=False),
        Binding("up,k", "scroll_lines(-1)", "Up", show=False),
        Binding("pagedown,space", "scroll_pages(1)", "Page down", show=False),
        Binding("pageup", "scroll_pages(-1)", "Page up", show=False),
        Binding("g,home", "scroll_to_edge(0)", "Top", show=False),
        Binding("G,end", "scroll_to_edge(1)", "Bottom", show=False),
        Binding("right_square_bracket", "next('mention', 1)", "Next mention"),
        Binding("left_square_bracket", "next('mention', -1)", "Prev mention", show=False),
        Binding("right_curly_bracket", "next('quote', 1)", "Next quote"),
        Binding("left_curly_bracket", "next('quote', -1)", "Prev quote", show=False),
        Binding("enter", "open_mention", "Character"),
        Binding("s", "save_quote", "Save quote"),
        Binding("o", "open_url", "Browser", show=False),
        Binding("m", "toggle_read", "Read/unread", show=False),
        Binding("asterisk", "toggle_star", "Star", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title",
        "reader--meta",
        "reader--heading",
        "reader--quote",
        "reader--quote-mark",
        "reader--speaker",
        "reader--character",
        "reader--person",
        "reader--show",
        "reader--link",
        "reader--cursor",
        "reader--code",
        "reader--empty",
    }

    class CursorMoved(Message):
        """The cursor now rests on a mention (with its entity) or a quote."""

        def __init__(self, mention: MentionView | None, quote: QuoteView | None) -> None:
            super().__init__()
            self.mention = mention
            self.quote = quote

    class CharacterRequested(Message):
        def __init__(self, entity_id: int) -> None:
            super().__init__()
            self.entity_id = entity_id

    class QuoteSaveRequested(Message):
        def __init__(self, article_id: int, quote: QuoteView) -> None:
            super().__init__()
            self.article_id = article_id
            self.quote = quote

    class ArticleAction(Message):
        """open_url, toggle_read or toggle_star on the article in the reader."""

        def __init__(self, action: str, view: ArticleView) -> None:
            super().__init__()
            self.action = action
            self.view = view

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view: ArticleView | None = None
        self.cursor: Target | None = None
        self._targets: list[Target] = []
        self._layout: RenderedArticle | None = None
        self._layout_width = -1
        self.empty_message = PICK

    def show_article(self, view: ArticleView) -> None:
        """Show a new article, cursor reset, scrolled to the top."""
        self.view = view
        self.cursor = None
        self._targets = targets(view)
        self._relayout()
        self.scroll_to(y=0, animate=False)
        self.post_message(self.CursorMoved(None, None))
        self.refresh_bindings()

    def update_article(self, view: ArticleView) -> None:
        """Same article, new flags (read, starred): keep cursor and scroll."""
        self.view = view
        self._relayout()

    def clear(self, message: str = PICK) -> None:
        self.view = None
        self.cursor = None
        self._targets = []
        self._layout = None
        self.empty_message = message
        self.virtual_size = Size(0, 0)
        self.refresh()
        self.refresh_bindings()

    def _styles(self) -> ReaderStyles:
        style = self.get_component_rich_style
        return ReaderStyles(
            title=style("reader--title"),
            meta=style("reader--meta"),
            heading=style("reader--heading"),
            quote=style("reader--quote"),
            quote_mark=style("reader--quote-mark"),
            speaker=style("reader--speaker"),
            character=style("reader--character"),
            person=style("reader--person"),
            show=style("reader--show"),
            link=style("reader--link"),
            cursor=style("reader--cursor"),
            code=style("reader--code"),
        )

    def _relayout(self) -> None:
        width = max(20, self.scrollable_content_region.width - 1)
        self._layout_width = width
        if self.view is None:
            self._layout = None
            return
        self._layout = render_article(self.view, width, self._styles(), self.cursor)
        self.virtual_size = Size(width, len(self._layout.lines))
        self.refresh()

    def on_resize(self) -> None:
        if self.view is not None and self.scrollable_content_region.width - 1 != self._layout_width:
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.view is not None and self.is_mounted:
            self._relayout()

    @property
    def lines(self) -> list[Text]:
        """The laid-out lines (for tests and the context panel)."""
        return self._layout.lines if self._layout else []

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._layout is None:
            lines = self.empty_message.splitlines()
            if 1 <= y <= len(lines):
                text = Text("  " + lines[y - 1], style=self.get_component_rich_style("reader--empty"))
                return Strip(text.render(self.app.console), text.cell_len).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        index = round(self.scroll_y) + y
        if index >= len(self._layout.lines):
            return Strip.blank(width, base)
        text = self._layout.lines[index]
        segments = list(Segment.apply_style(text.render(self.app.console), base))
        return Strip(segments, text.cell_len).adjust_cell_length(width, base)

    def on_click(self, event: events.Click) -> None:
        """A click on a mention or quote puts the cursor there; a click on the cursor opens it."""
        key = event.style.meta.get(TARGET_META) if event.style else None
        if not key:
            return
        kind, _, index = key.partition(":")
        target = next((t for t in self._targets if t.kind == kind and t.index == int(index)), None)
        if target is None:
            return
        event.stop()
        if target == self.cursor or event.chain > 1:
            if kind == "mention":
                self.action_open_mention()
        else:
            self.move_cursor(target)

    # Actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need a mention, a quote or an article under the cursor leave the footer without one."""
        if action == "open_mention":
            return self.current_mention is not None
        if action == "save_quote":
            return self.current_quote is not None
        if action in ("open_url", "toggle_read", "toggle_star", "next"):
            return self.view is not None
        return True

    def action_scroll_lines(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta, animate=False)

    def action_scroll_pages(self, delta: int) -> None:
        self.scroll_to(
            y=self.scroll_y + delta * max(1, self.scrollable_content_region.height - 1), animate=False
        )

    def action_scroll_to_edge(self, end: int) -> None:
        self.scroll_to(y=self.max_scroll_y if end else 0, animate=False)

    def action_next(self, kind: str, direction: int) -> None:
        """Move the cursor to the next (1) or previous (-1) target of `kind`."""
        candidates = [t for t in self._targets if t.kind == kind]
        if not candidates:
            self.notify(f"No {'quotes' if kind == 'quote' else 'character mentions'} in this article.")
            return
        position = (self.cursor.start, self.cursor.end) if self.cursor else None
        if direction > 0:
            after = [t for t in candidates if position is None or (t.start, t.end) > position]
            chosen = after[0] if after else candidates[0]
        else:
            before = [t for t in candidates if position is not None and (t.start, t.end) < position]
            chosen = before[-1] if before else candidates[-1]
        self.move_cursor(chosen)

    def move_cursor(self, target: Target) -> None:
        self.cursor = target
        self.refresh_bindings()
        self._relayout()
        assert self._layout is not None
        line = self._layout.target_lines.get((target.kind, target.index))
        if line is not None:
            height = self.scrollable_content_region.height
            if not self.scroll_y <= line < self.scroll_y + height - 1:
                self.scroll_to(y=max(0, line - height // 3), animate=False)
        view = self.view
        assert view is not None
        if target.kind == "mention":
            self.post_message(self.CursorMoved(view.mentions[target.index], None))
        else:
            self.post_message(self.CursorMoved(None, view.quotes[target.index]))

    @property
    def current_mention(self) -> MentionView | None:
        if self.view and self.cursor and self.cursor.kind == "mention":
            return self.view.mentions[self.cursor.index]
        return None

    @property
    def current_quote(self) -> QuoteView | None:
        if self.view and self.cursor and self.cursor.kind == "quote":
            return self.view.quotes[self.cursor.index]
        return None

    def action_open_mention(self) -> None:
        if (mention := self.current_mention) is not None:
            self.post_message(self.CharacterRequested(mention.entity_id))

    def action_save_quote(self) -> None:
        if self.view is not None and (quote := self.current_quote) is not None:
            self.post_message(self.QuoteSaveRequested(self.view.article.id, quote))

    def action_open_url(self) -> None:
        if self.view is not None:
            self.post_message(self.ArticleAction("open_url", self.view))

    def action_toggle_read(self) -> None:
        if self.view is not None:
            self.post_message(self.ArticleAction("toggle_read", self.view))

    def action_toggle_star(self) -> None:
        if self.view is not None:
            self.post_message(self.ArticleAction("toggle_star", self.view))
