"""Every key, gathered from the BINDINGS of the app, its screens and widgets so it cannot drift."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "asterisk": "*",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "right_curly_bracket": "}",
    "left_curly_bracket": "{",
    "pagedown": "PgDn",
    "pageup": "PgUp",
}


def key_label(keys: str) -> str:
    return " ".join(_KEY_NAMES.get(key, key) for key in keys.split(","))


def sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(keys, description)]) for every place keys are bound."""
    from ..app import GreenroomApp
    from ..widgets.article_list import ArticleList
    from ..widgets.reader import Reader
    from ..widgets.shows_pane import ShowsPane
    from .character import CharacterScreen, RelatedList
    from .main import MainScreen
    from .quotes import QuotesScreen
    from .search import SearchScreen

    def rows(*classes) -> list[tuple[str, str]]:
        out = []
        for cls in classes:
            for binding in cls.BINDINGS:
                if isinstance(binding, Binding) and binding.description:
                    out.append((key_label(binding.key), binding.description))
        return out

    return [
        (
            "Everywhere",
            [*rows(GreenroomApp), ("tab shift+tab", "Next / previous pane"), ("ctrl+p", "Commands")],
        ),
        ("Main screen", rows(MainScreen)),
        ("Shows pane", rows(ShowsPane)),
        ("Article list", rows(ArticleList)),
        ("Reader", rows(Reader)),
        ("Character", rows(CharacterScreen, RelatedList)),
        ("Search", rows(SearchScreen)),
        ("Saved quotes", rows(QuotesScreen)),
    ]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[Binding]] = [Binding("escape,question_mark,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, keys in sections():
            table.add_row(Text(title.upper(), style="bold underline"), "")
            seen = set()
            for key, description in keys:
                if (key, description) not in seen:
                    seen.add((key, description))
                    table.add_row(Text(key), Text(description))
            table.add_row("", "")
        with VerticalScroll(id="help-body"):
            yield Static(Text("Greenroom keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(Text("Everything also works with the mouse. escape closes.", style="dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
