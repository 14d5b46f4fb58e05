"""The context panel: the article's characters (with actors) and quotes; who the focused one relates to."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ...services import ArticleView
from ...store import Entity, RelatedEntity
from ..data import clean

PLACEHOLDER = "Open an article to see its characters, people and quotes."


class CastList(OptionList):
    """The article's characters and people; enter opens one."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Character"),
    ]


class ContextPanel(Vertical):
    """Beside the reader; hidden with `i`."""

    class CharacterFocused(Message):
        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    class CharacterRequested(Message):
        def __init__(self, entity_id: int) -> None:
            super().__init__()
            self.entity_id = entity_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._entities: dict[str, Entity] = {}
        self.focused_entity: Entity | None = None

    def compose(self) -> ComposeResult:
        yield Static(PLACEHOLDER, id="context-placeholder", markup=False)
        yield Label("CAST", classes="panel-title", id="cast-title")
        yield CastList(id="cast")
        with VerticalScroll(id="context-details"):
            yield Label("RELATED", classes="panel-title", id="related-title")
            yield Static(id="related")
            yield Label("QUOTES", classes="panel-title")
            yield Static(id="quotes")

    def on_mount(self) -> None:
        self._show_sections(False)

    def _show_sections(self, article: bool) -> None:
        """The section headings once there is an article; before that, one line saying what goes here."""
        self.query_one("#context-placeholder").display = not article
        for part in ("#cast-title", "#cast", "#context-details"):
            self.query_one(part).display = article

    def show_article(self, view: ArticleView | None) -> None:
        """Fill the panel from an article (None empties it back to the placeholder)."""
        self._show_sections(view is not None)
        cast = self.query_one(CastList)
        self._entities = {}
        options = []
        for entity, count in view.entities if view else ():
            key = f"entity:{entity.id}"
            self._entities[key] = entity
            label = Text(no_wrap=True, overflow="ellipsis")
            label.append(clean(entity.name), "bold" if entity.kind == "character" else "")
            if entity.actor:
                label.append(f" · {clean(entity.actor)}", "dim")
            elif entity.kind == "person" and entity.roles:
                label.append(f" · {clean(', '.join(entity.roles))}", "dim")
            label.append(f" ×{count}", "dim")
            options.append(Option(label, id=key))
        with cast.prevent(OptionList.OptionHighlighted):
            cast.set_options(options)
        quotes = Text()
        for quote in view.quotes if view else ():
            if quote.parent_id is not None:
                continue
            body = clean(quote.text)
            quotes.append(f"“{body[:160]}{'…' if len(body) > 160 else ''}”\n", "italic")
            quotes.append(f"  — {clean(quote.speaker) or 'unattributed'}\n\n", "bold")
        self.query_one("#quotes", Static).update(quotes or Text("No quotes found.", style="dim"))
        self.show_related(None, [])

    def show_related(
        self, entity: Entity | None, related: list[RelatedEntity] | tuple[RelatedEntity, ...]
    ) -> None:
        """Who `entity` is most often covered with."""
        self.focused_entity = entity
        title = f"RELATED TO {clean(entity.name).upper()}" if entity else "RELATED"
        self.query_one("#related-title", Label).update(Text(title))
        text = Text()
        if entity is None:
            text.append("Move to a character to see who they go with.", "dim")
        for item in related[:8]:
            text.append(clean(item.entity.name), "bold")
            if item.entity.actor:
                text.append(f" · {clean(item.entity.actor)}", "dim")
            text.append(f"  {item.weight:g}\n", "dim")
        if entity is not None and not related:
            text.append("No related characters yet.", "dim")
        self.query_one("#related", Static).update(text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        entity = self._entities.get(event.option.id or "")
        if entity is not None and entity.kind == "character":
            self.post_message(self.CharacterFocused(entity))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self._entities.get(event.option.id or "")
        if entity is not None:
            self.post_message(self.CharacterRequested(entity.id))
