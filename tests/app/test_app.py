"""Pilot tests: every path a user takes, on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, ProgressBar, Static

from tui.app.screens.add_feed import AddFeedScreen
from tui.app.screens.character import CharacterScreen, RelatedList
from tui.app.screens.help import HelpScreen
from tui.app.screens.quotes import QuotesScreen
from tui.app.screens.search import SearchResults, SearchScreen
from tui.app.widgets.article_list import ArticleList
from tui.app.widgets.reader import WELCOME, Reader

from .conftest import SEED_FEED, open_first_article, settle, wait_for_search

pytestmark = pytest.mark.anyio


def reader_text(app) -> str:
    return "\n".join(line.plain for line in app.screen.query_one(Reader).lines)


def static_text(widget: Static) -> str:
    return str(widget.render())


async def test_empty_database_shows_welcome(service, make_app):
    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.view is None
        assert reader.empty_message == WELCOME
        assert app.screen.query_one(ArticleList).pager.count == 0


async def test_open_article_marks_read_and_renders(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "1 unread" in app.sub_title
        reader = await open_first_article(pilot)
        assert reader.view is not None and reader.has_focus
        text = reader_text(app)
        assert "Jessica Jones Season 2" in text
        assert "Cast   Jessica Jones (Krysten Ritter)" in text
        assert "— Melissa Rosenberg" in text  # the interview answers' speaker
        assert "0 unread" in app.sub_title
        assert seeded.count_articles() == 1 and seeded.stats()["unread"] == 0


async def test_next_mention_and_quote(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        await pilot.press("right_square_bracket")
        first = reader.current_mention
        assert first is not None and first.kind in ("character", "person")
        await pilot.press("right_square_bracket")
        second = reader.current_mention
        assert second is not None and second.start > first.start
        await pilot.press("left_square_bracket")
        assert reader.current_mention == first
        await pilot.press("right_curly_bracket")
        quote = reader.current_quote
        assert quote is not None and quote.speaker == "Melissa Rosenberg"
        await pilot.press("right_curly_bracket")
        assert reader.current_quote.start > quote.start
        # The cursor stays in view when it moves far down the article.
        for _ in range(3):
            await pilot.press("right_curly_bracket")
        line = reader._layout.target_lines[(reader.cursor.kind, reader.cursor.index)]
        assert reader.scroll_y <= line < reader.scroll_y + reader.scrollable_content_region.height


async def test_character_walk_and_history(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first_article(pilot)
        while (mention := reader.current_mention) is None or mention.name != "Jessica Jones":
            await pilot.press("right_square_bracket")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CharacterScreen)
        assert app.screen.view.entity.name == "Jessica Jones"
        assert "Krysten Ritter" in static_text(app.screen.query_one("#character-card", Static))
        related = app.screen.query_one(RelatedList)
        assert related.has_focus
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.view.entity.name == "Trish Walker"
        await pilot.press("escape")
        assert app.screen.view.entity.name == "Jessica Jones"
        await pilot.press("escape")
        assert app.screen.query_one(Reader).view is not None


async def test_c_opens_character_and_article_from_it(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CharacterScreen)
        await pilot.press("tab")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, CharacterScreen)
        assert app.screen.query_one(Reader).has_focus


async def test_search_opens_result(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"trish")
        await wait_for_search(pilot, "trish")
        results = app.screen.query_one(SearchResults)
        assert results.option_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert results.has_focus
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.view is not None and reader.view.article.title.startswith("Jessica Jones Season 2")


async def test_search_snippet_highlights_terms(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"rosenberg")
        await wait_for_search(pilot, "rosenberg")
        option = app.screen.query_one(SearchResults).get_option_at_index(0)
        snippet = option.prompt.renderables[2]
        highlighted = [snippet.plain[s.start : s.end] for s in snippet.spans if s.style]
        assert any(word.lower() == "rosenberg" for word in highlighted)
        assert "\x02" not in snippet.plain and "\x03" not in snippet.plain


async def test_malformed_search_shows_message(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"after:notadate")
        await wait_for_search(pilot, "after:notadate")
        status = app.screen.query_one("#search-status", Static)
        assert status.has_class("-error")
        assert "date" in static_text(status).lower()
        await pilot.press("escape")
        assert app.is_running


async def test_save_quote_and_export_markdown(seeded, make_app, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("right_curly_bracket", "s")
        await settle(pilot)
        assert len(seeded.saved_quotes()) == 1
        await pilot.press("Q")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        assert app.screen.query_one(OptionList).option_count == 1
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "greenroom-quotes.md"
        await pilot.press("enter")
        await settle(pilot)
    exported = (tmp_path / "greenroom-quotes.md").read_text(encoding="utf-8")
    assert exported.startswith("# Saved quotes")
    assert "> Yes, for sure. My colleagues Marco Ramirez and Doug Petrie" in exported
    assert "— Melissa Rosenberg, [Jessica Jones Season 2" in exported


async def test_add_feed_over_http(service, make_app, httpserver):
    httpserver.expect_request("/feed.rss").respond_with_data(
        SEED_FEED.read_bytes(), content_type="application/rss+xml"
    )
    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, AddFeedScreen)
        await pilot.press(*httpserver.url_for("/feed.rss"))
        await pilot.press("enter")
        await settle(pilot)
        status = static_text(app.screen.query_one("#add-feed-status", Static))
        assert "Seed Coverage (rich)" in status and "1 article (1 new)" in status
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).pager.count == 1


async def test_bad_url_shows_error_and_app_keeps_running(service, make_app, httpserver):
    httpserver.expect_request("/missing").respond_with_data("nope", status=404)
    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.press(*httpserver.url_for("/missing"), "enter")
        await settle(pilot)
        status = app.screen.query_one("#add-feed-status", Static)
        assert status.has_class("-error") and "Could not add" in static_text(status)
        await pilot.press("escape")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert app.is_running
    assert service.feeds() == []


async def test_refresh_brings_new_articles(service, make_app, httpserver):
    seed = SEED_FEED.read_text(encoding="utf-8")
    served = {"body": seed}
    httpserver.expect_request("/feed.rss").respond_with_handler(
        lambda request: __import__("werkzeug").Response(served["body"], content_type="application/rss+xml")
    )
    service.add_feed(httpserver.url_for("/feed.rss"))
    item = seed[seed.index("<item>") : seed.index("</item>") + len("</item>")]
    fresh = (
        item.replace("seed-jj-s2-rich", "seed-new")
        .replace("<title>Jessica Jones Season 2", "<title>Fresh: Jessica Jones Season 2")
        .replace("13 Dec 2016", "14 Dec 2016")
    )
    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ArticleList).pager.count == 1
        served["body"] = seed.replace("<item>", fresh + "\n<item>", 1)
        progress = app.screen.query_one(ProgressBar)
        await pilot.press("r")
        await settle(pilot)
        assert progress.total == 1 and progress.progress == 1
        articles = app.screen.query_one(ArticleList)
        assert articles.pager.count == 2
        assert articles.pager.row(0).title.startswith("Fresh:")
        assert any("1 new article" in n.message for n in app._notifications)


async def test_markup_and_escapes_render_literally(service, make_app, hostile_feed):
    service.add_feed(str(hostile_feed))
    app = make_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        text = reader_text(app)
        assert "[bold red]brackets[/bold red]" in text
        assert "Markup [bold red]stays[/]" in text
        assert "\x1b" not in text and "\x07" not in text
        row = app.screen.query_one(ArticleList)._row_text(app.screen.query_one(ArticleList).current_row, 100)
        assert "[bold red]stays[/]" in row.plain and "\x1b" not in row.plain


async def test_toggle_star_and_read_from_reader(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("asterisk", "m")
        await settle(pilot)
        article = seeded.article(1)
        assert article.starred and not article.read
        assert app.screen.query_one(ArticleList).current_row.starred


async def test_context_panel_toggle_and_help(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one("#context")
        assert panel.display
        await pilot.press("i")
        assert not panel.display
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_demo_loads_into_empty_database(service, tmp_path):
    from tui.app import GreenroomApp

    from .conftest import NOW

    app = GreenroomApp(service, demo=True, now=lambda: NOW, poll_interval=0, log_file=tmp_path / "log")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, rounds=6)
        assert service.stats()["articles"] > 0
        assert app.screen.query_one(ArticleList).pager.count == service.count_articles()


async def test_demo_start_shows_one_notification(service, tmp_path):
    from tui.app import GreenroomApp

    from .conftest import NOW

    app = GreenroomApp(service, demo=True, now=lambda: NOW, poll_interval=0, log_file=tmp_path / "log")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, rounds=6)
        messages = [notification.message for notification in app._notifications]
        assert messages == [f"Demo coverage loaded: {service.stats()['articles']} articles."]
        await pilot.press("d")  # again: nothing new to add, and it says so
        await settle(pilot)
        messages = [notification.message for notification in app._notifications]
        assert messages[1:] == ["The demo coverage is already loaded."]


async def test_command_palette_runs_actions(seeded, make_app):
    app = make_app(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"saved quotes")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
