"""Pilot tests for what the panes draw: placeholders, counts at 80 columns, the cursor in light themes."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.strip import Strip
from textual.widgets._footer import FooterKey

from tui.app.widgets.article_list import ArticleList
from tui.app.widgets.context_panel import PLACEHOLDER, ContextPanel
from tui.app.widgets.footer import KeyFooter
from tui.app.widgets.shows_pane import ShowsPane

from .conftest import open_first_article, settle

pytestmark = pytest.mark.anyio


def shown(panel: ContextPanel, selector: str) -> list:
    """The widgets matching `selector` that take up room on screen."""
    return [widget for widget in panel.query(selector) if widget.region]


async def test_context_panel_placeholder_until_an_article_is_open(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(ContextPanel)
        assert panel.display
        assert shown(panel, ".panel-title") == []
        (placeholder,) = shown(panel, "#context-placeholder")
        assert str(placeholder.render()) == PLACEHOLDER
        await open_first_article(pilot)
        assert shown(panel, "#context-placeholder") == []
        titles = [str(label.render()) for label in shown(panel, ".panel-title")]
        assert titles == ["CAST", "RELATED", "QUOTES"]


def pane_rows(pane: ShowsPane) -> list[str]:
    return [pane.render_line(y).text for y in range(pane.option_count)]


@pytest.mark.parametrize("width", [80, 120])
async def test_shows_pane_keeps_unread_counts_in_view(seeded, make_app, width):
    app = make_app(seeded)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(ShowsPane)
        room = pane.scrollable_content_region.width
        rows = pane_rows(pane)
        counted = [row for row in rows if not row.startswith(("★", "SHOWS", "FEEDS"))]
        assert [row.split()[0] for row in counted] == ["All", "Jessica", "Daredevil", "The", "Seed"]
        for row in counted:
            # The count sits at the right edge, whatever the name's length.
            assert len(row) == room and row.endswith(" 1"), row
        feed = counted[-1]
        if width < 110:  # 21 cells: the feed's name gives way, not its count
            assert feed.startswith("Seed Coverage (ri") and "…" in feed
        else:
            assert feed.startswith("Seed Coverage (rich)") and "…" not in feed


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two opaque colours."""

    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(strip: Strip) -> tuple[set[Color], set[Color]]:
    """The backgrounds and the foregrounds of the printed characters of a drawn row."""
    backgrounds, foregrounds = set(), set()
    for segment in strip:
        style = segment.style
        if style is None or not segment.text.strip():
            continue
        if style.bgcolor is not None:
            backgrounds.add(Color.from_rich_color(style.bgcolor))
        if style.color is not None:
            foregrounds.add(Color.from_rich_color(style.color))
    return backgrounds, foregrounds


@pytest.mark.parametrize(
    ("theme", "band", "text"),
    [
        ("textual-light", 3.0, 4.5),  # the app's light theme: WCAG's bars for UI parts and for text
        # Other light themes bring their own block cursor, a little softer in places; half-strength
        # accent gave all of them under 1.8:1 against the rows around it.
        ("catppuccin-latte", 2.5, 3.0),
        ("solarized-light", 2.5, 3.0),
        ("rose-pine-dawn", 2.5, 3.0),
        ("atom-one-light", 2.5, 3.0),
    ],
)
async def test_list_cursor_stands_out_in_a_light_theme(demo, make_app, theme, band, text):
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.has_focus and articles.cursor == 0
        await pilot.press("j")
        (row_background,), _ = colours(articles.render_line(0))
        (cursor_background,), cursor_text = colours(articles.render_line(1))
        assert contrast(cursor_background, row_background) >= band  # the row stands out from its neighbours
        assert cursor_text and all(contrast(colour, cursor_background) >= text for colour in cursor_text)


@pytest.mark.parametrize("width", [80, 160])
async def test_every_footer_key_fits_on_screen(seeded, make_app, width):
    app = make_app(seeded)
    async with app.run_test(size=(width, 30)) as pilot:
        await open_first_article(pilot)
        footer = app.screen.query_one(KeyFooter)
        # The reader with its cursor on a mention, then on a quote: its two longest footers.
        for key in ("right_square_bracket", "right_curly_bracket"):
            await pilot.press(key)
            await pilot.pause()
            keys = [k for k in footer.query(FooterKey) if "-command-palette" not in k.classes]
            palette = footer.query(".-command-palette")
            assert {"Help", "Quit"} <= {k.description for k in keys}
            # Narrow: compact keys and no palette key; wide: the palette key sits right of the others.
            assert footer.compact is (width < 110)
            assert bool(palette) is (width >= 110)
            right_edge = palette.first().region.x if palette else width
            assert max(k.region.right for k in keys) <= right_edge


async def test_footer_offers_cursor_keys_only_where_they_apply(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(160, 40)) as pilot:
        await open_first_article(pilot)

        async def shown() -> set[str]:
            await pilot.pause()
            return {k.description for k in app.screen.query_one(KeyFooter).query(FooterKey)}

        assert not {"Character", "Save quote"} & await shown()
        await pilot.press("right_square_bracket")
        assert "Character" in await shown() and "Save quote" not in await shown()
        await pilot.press("right_curly_bracket")
        assert "Save quote" in await shown() and "Character" not in await shown()


THEMES = ["textual-light", "catppuccin-latte", "solarized-light", "atom-one-light", "textual-dark", "nord"]


@pytest.mark.parametrize("theme", THEMES)
async def test_reader_highlights_read_in_every_theme(seeded, make_app, theme):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        reader = await open_first_article(pilot)
        await pilot.press("right_square_bracket")  # the cursor on a character mention
        await settle(pilot)
        drawn = [reader.render_line(y) for y in range(reader.size.height)]
        pairs = {
            (Color.from_rich_color(seg.style.color), Color.from_rich_color(seg.style.bgcolor))
            for strip in drawn
            for seg in strip
            if seg.text.strip() and seg.style and seg.style.color and seg.style.bgcolor
        }
        assert len({fg for fg, _ in pairs}) >= 4  # title, text, mentions, cursor: several colours drawn
        worst = min(contrast(fg, bg) for fg, bg in pairs)
        assert worst >= 3.0, f"{theme}: {worst:.2f}"
