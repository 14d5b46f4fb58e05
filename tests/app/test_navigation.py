"""Pilot tests for moving around: search results and pages, clicks in the reader, the character screen."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tui.app.article_text import TARGET_META
from tui.app.screens import search
from tui.app.screens.character import CharacterArticles, CharacterScreen, RelatedList
from tui.app.screens.search import SearchResults, SearchScreen
from tui.app.widgets.reader import Reader

from .conftest import open_first_article, settle, wait_for_search

pytestmark = pytest.mark.anyio


async def test_downs_typed_before_results_arrive_walk_into_them(demo, make_app):
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # No wait between the query and the downs: the results are still behind the debounce.
        await pilot.press("slash", *"hopper", "down", "down", "down")
        await wait_for_search(pilot, "hopper")
        results = app.screen.query_one(SearchResults)
        assert results.option_count > 3
        assert results.has_focus
        assert results.highlighted == 2  # the first down selects the first result, the others move on


async def test_downs_faster_than_focus_move_through_results(demo, make_app):
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"hopper")
        await wait_for_search(pilot, "hopper")
        screen = app.screen
        # Three downs handled before the focus change they start has landed (key repeat).
        for _ in range(3):
            screen.action_results()
        await pilot.pause()
        results = screen.query_one(SearchResults)
        assert results.has_focus and results.highlighted == 2
        await pilot.press("down")
        assert results.highlighted == 3
        # Up from the first result goes back to the query.
        await pilot.press("home", "up")
        assert screen.query_one(Input).has_focus


async def test_search_loads_next_page_at_the_end(demo, make_app, monkeypatch):
    monkeypatch.setattr(search, "PAGE", 4)
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"hopper")
        await wait_for_search(pilot, "hopper")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        results = screen.query_one(SearchResults)
        total = demo.search("hopper", limit=100).hits
        assert results.option_count == 4 and len(total) > 8
        await pilot.press("down")
        for _ in range(len(total) + 3):
            await pilot.press("down")
            await settle(pilot, rounds=1)
        assert results.option_count == len(total)
        assert results.highlighted == len(total) - 1  # no wrap back to the top at the end
        assert [hit.id for hit in screen.hits] == [hit.id for hit in total]
        assert "+" not in str(screen.query_one("#search-status").render())
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(Reader).view.article.id == total[-1].id


def _target_cell(reader: Reader, key: str) -> tuple[int, int]:
    """Where on the reader (x, y) the text carrying the target `key` starts."""
    for number, line in enumerate(reader.lines):
        for span in line.spans:
            style = span.style
            if not isinstance(style, str) and style.meta.get(TARGET_META) == key:
                x = line[: span.start].cell_len
                return x + reader.styles.padding.left, number - round(reader.scroll_y)
    raise AssertionError(f"{key} not drawn")


async def test_click_on_mention_moves_cursor_then_opens_character(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        target = next(t for t in reader._targets if t.kind == "mention")
        x, y = _target_cell(reader, f"mention:{target.index}")
        await pilot.click(Reader, offset=(x + 1, y))
        await settle(pilot)
        assert reader.cursor == target
        assert isinstance(app.screen, type(app.main))
        x, y = _target_cell(reader, f"mention:{target.index}")  # the view may have scrolled to it
        await pilot.click(Reader, offset=(x + 1, y))
        await settle(pilot)
        assert isinstance(app.screen, CharacterScreen)
        assert app.screen.entity_id == reader.view.mentions[target.index].entity_id


async def test_click_on_plain_text_leaves_cursor(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        await pilot.click(Reader, offset=(1, 0))  # the title
        await settle(pilot)
        assert reader.cursor is None


async def test_related_names_stay_on_one_line(demo, make_app):
    app = make_app(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        entity = max(demo.characters(), key=lambda e: len(demo.related(e.id)))
        app.open_character(entity.id)
        await settle(pilot)
        related = app.screen.query_one(RelatedList)
        articles = app.screen.query_one(CharacterArticles)
        assert related.option_count > 1
        for widget in (related, articles):
            widget.scroll_to(y=widget.max_scroll_y, animate=False)  # lays every option out
            await pilot.pause()
            assert len(widget._line_cache.lines) == widget.option_count


async def test_character_without_related_focuses_articles(demo, make_app):
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lonely = next(
            e for e in demo.characters() if not demo.related(e.id, 1) and demo.character_view(e.id).articles
        )
        app.open_character(lonely.id)
        await settle(pilot)
        assert app.screen.query_one(CharacterArticles).has_focus


async def test_search_meta_line_keeps_the_result_highlight(demo, make_app):
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = "textual-light"
        await settle(pilot)
        await pilot.press("slash", *"hopper")
        await wait_for_search(pilot, "hopper")
        detail = app.screen.query_one(SearchResults).get_option_at_index(0).prompt.renderables[1]
        # Its own background would paint a band across the highlighted result.
        assert detail.style.bgcolor is None and detail.style.color is not None


async def test_inline_quote_speaker_not_repeated_or_inside_marks(demo, make_app):
    app = make_app(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # Stranger Things Final Season: “…early on,” Matt Duffer said
        await settle(pilot)
        text = " ".join(line.plain for line in app.screen.query_one(Reader).lines)
        assert "early on,” Matt Duffer said" in text
        assert "(Matt Duffer)," not in text and "(Matt Duffer)”" not in text
        assert "grow up with them.”  (Matt Duffer)" in text or "grow up with them.” (Matt Duffer)" in text


async def test_help_key_stays_in_the_footer_beside_the_reader(seeded, make_app):
    from textual.widgets._footer import FooterKey

    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        keys = {key.key: key for key in app.screen.query(FooterKey)}
        assert "question_mark" in keys and keys["question_mark"].region.right <= 120
        labels = [key.description for key in keys.values()]
        assert labels.count("Character") == 1
