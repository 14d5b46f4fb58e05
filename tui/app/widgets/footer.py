"""The key footer, tightened on narrow terminals so every key still fits."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

# Below this width the footer drops the padding around each key and the palette key (ctrl+p still opens
# it, and the help screen lists it), so the keys of the main screen fit in 80 columns.
COMPACT_BELOW = 110


class KeyFooter(Footer):
    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < COMPACT_BELOW
        self.compact = narrow
        self.show_command_palette = not narrow
