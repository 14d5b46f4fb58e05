"""App test fixtures: a real SQLite file per test, filled through the public Greenroom API."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tui.app import GreenroomApp
from tui.services import Greenroom

SEED_FEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "feed.rss"
NOW = datetime(2016, 12, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def service(tmp_path: Path):
    greenroom = Greenroom.open(tmp_path / "greenroom.db")
    yield greenroom
    greenroom.close()


@pytest.fixture
def seeded(service: Greenroom) -> Greenroom:
    """The seed article, ingested and analysed."""
    service.add_feed(str(SEED_FEED))
    return service


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[[Greenroom], GreenroomApp]:
    def make(service: Greenroom) -> GreenroomApp:
        return GreenroomApp(service, now=lambda: NOW, poll_interval=0, log_file=tmp_path / "greenroom.log")

    return make


@pytest.fixture
def hostile_feed(tmp_path: Path) -> Path:
    """A JSON Feed whose article looks like Rich markup and carries a terminal escape sequence."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Hostile [bold red]Feed[/]",
        "items": [
            {
                "id": "hostile-1",
                "title": "Markup [bold red]stays[/] text \u001b[31mred\u001b[0m",
                "url": "https://hostile.example/1",
                "date_published": "2016-12-14T10:00:00Z",
                "content_text": (
                    "Literal [bold red]brackets[/bold red] here.\n\n"
                    "Escape \u001b[2Jcleared\u001b]0;title\u0007 end."
                ),
            }
        ],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    return path


async def settle(pilot, rounds: int = 3) -> None:
    """Let workers finish and their results land on screen."""
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def wait_for_search(pilot, query: str, timeout: float = 10.0) -> None:
    """Wait until the search screen shows the outcome of `query` (it runs debounced, in a worker)."""
    for _ in range(int(timeout / 0.05)):
        screen = pilot.app.screen
        page = getattr(screen, "last_page", None)
        failed = screen.query_one("#search-status").has_class("-error")
        if failed or (page is not None and page.query == query):
            break
        await pilot.pause(0.05)
    await settle(pilot)


@pytest.fixture
def demo(service: Greenroom) -> Greenroom:
    """The bundled demo coverage (40 articles across five outlets), for lists longer than a page."""
    service.load_demo()
    return service


async def open_first_article(pilot):
    """Open the first article of the list in the reader and return the reader."""
    from tui.app.widgets.reader import Reader

    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    return pilot.app.screen.query_one(Reader)
