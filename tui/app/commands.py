"""The command palette: every Greenroom action, searchable by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


def _commands(app) -> list[tuple[str, str, Callable[[], object]]]:
    return [
        ("Add feed", "Subscribe to a feed by its address", app.action_add_feed),
        ("Refresh feeds", "Fetch every feed now", app.action_refresh_feeds),
        ("Search", "Search all coverage", app.action_search),
        ("Saved quotes", "The quote collection", app.action_saved_quotes),
        ("Export saved quotes", "Write the quote collection to a Markdown file", app.action_export_quotes),
        ("Import OPML", "Subscribe to the feeds of an OPML file", app.action_import_opml),
        ("Export OPML", "Write the subscriptions to an OPML file", app.action_export_opml),
        ("Switch theme", "Pick a light or dark theme", app.action_change_theme),
        (
            "Toggle context panel",
            "Show or hide the characters and quotes beside the reader",
            app.action_toggle_context,
        ),
        ("Load demo coverage", "Subscribe to the bundled demo feeds", app.action_load_demo),
        ("Help", "Every key", app.action_help),
        ("Quit", "Leave Greenroom", app.exit),
    ]


class GreenroomCommands(Provider):
    """Greenroom's actions in the ctrl+p palette."""

    async def discover(self) -> Hits:
        for name, help_text, callback in _commands(self.app):
            yield DiscoveryHit(name, partial(callback), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in _commands(self.app):
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(callback), text=name, help=help_text)
