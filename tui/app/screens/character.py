"""A character: show, actor, aliases, related characters by strength, the articles and quotes naming them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...services import CharacterView
from ...wording import counted
from ..data import age, clean
from ..widgets.footer import KeyFooter


class RelatedList(OptionList):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Go to"),
    ]


class CharacterArticles(OptionList):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Read"),
    ]


class CharacterScreen(Screen[int | None]):
    """One entity; enter on a related character pushes the next, escape walks back."""

    BINDINGS: ClassVar[list[Binding]] = [Binding("escape,backspace", "back", "Back")]

    def __init__(self, entity_id: int) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.view: CharacterView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="character-card")
        with Horizontal(id="character-body"):
            with Vertical(id="character-related-pane"):
                yield Label("RELATED CHARACTERS (enter to go)", classes="panel-title")
                yield RelatedList(id="character-related")
            with Vertical(id="character-coverage"):
                yield Label("ARTICLES", classes="panel-title")
                yield CharacterArticles(id="character-articles")
                yield Label("QUOTES", classes="panel-title")
                with VerticalScroll(id="character-quotes-scroll"):
                    yield Static(id="character-quotes")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(RelatedList).focus()
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        app = self.app
        try:
            view = app.threads.query(app.service.character_view, self.entity_id)
        except Exception as error:
            app.call_from_thread(app.report_error, "Could not open the character", error)
            return
        app.call_from_thread(self.show, view)

    def show(self, view: CharacterView) -> None:
        self.view = view
        entity = view.entity
        self.sub_title = clean(entity.name)
        card = Text()
        card.append(clean(entity.name), "bold")
        card.append(f"  {entity.kind}\n", "dim")
        facts = [("Show", entity.show), ("Played by", entity.actor)]
        if entity.aliases:
            facts.append(("Also", ", ".join(entity.aliases)))
        if entity.roles:
            facts.append(("Roles", ", ".join(entity.roles)))
        for label, value in facts:
            if value:
                card.append(f"{label}: ", "dim")
                card.append(clean(value) + "\n")
        articles, quotes = len(view.articles), len(view.quotes)
        card.append(f"{counted(articles, 'article')} · {counted(quotes, 'quote')}", "dim")
        self.query_one("#character-card", Static).update(card)

        related = self.query_one(RelatedList)
        options = []
        strongest = max((r.weight for r in view.related), default=1.0) or 1.0
        for item in view.related:
            label = Text(no_wrap=True, overflow="ellipsis")
            bar = "█" * max(1, round(6 * item.weight / strongest))
            # The figures lead so a long name or actor is what the ellipsis cuts, never the strength.
            label.append(f"{bar:<7}{item.weight:>4g}  ", "dim")
            label.append(clean(item.entity.name), "bold")
            if item.entity.actor:
                label.append(f" · {clean(item.entity.actor)}", "dim")
            options.append(Option(label, id=f"entity:{item.entity.id}"))
        related.set_options(
            options or [Option(Text("No related characters yet.", style="dim"), disabled=True)]
        )
        if options:
            related.highlighted = 0

        now = self.app.now()
        articles = []
        for row in view.articles:
            label = Text(no_wrap=True, overflow="ellipsis")
            label.append(f"{age(row.published, now):>10} ", "dim")  # ages run up to 2024-12-20
            label.append(clean(row.title), "" if row.read else "bold")
            label.append(f"  {clean(row.feed_title)}", "dim")
            articles.append(Option(label, id=f"article:{row.id}"))
        article_list = self.query_one(CharacterArticles)
        article_list.set_options(articles)
        if articles:
            article_list.highlighted = 0
            if not options and related.has_focus:
                article_list.focus()  # nothing to walk to: start where there is something to read

        quotes = Text()
        for quote in view.quotes:
            quotes.append(f"“{clean(quote.text)}”\n", "italic")
            quotes.append(f"  — {clean(quote.speaker) or 'unattributed'}\n\n", "bold")
        self.query_one("#character-quotes", Static).update(quotes or Text("No quotes yet.", style="dim"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, value = (event.option.id or "").partition(":")
        if kind == "entity":
            self.app.open_character(int(value))
        elif kind == "article":
            self.dismiss(int(value))

    def action_back(self) -> None:
        self.dismiss(None)
