"""The Textual app. `run_app` is what the CLI calls; importing this package imports Textual."""

from __future__ import annotations

from pathlib import Path

from .app import GreenroomApp


def run_app(db_path: Path, *, demo: bool = False) -> None:
    """Open the database at `db_path` and run the app until the user quits."""
    from ..services import Greenroom

    service = Greenroom.open(db_path)
    try:
        GreenroomApp(service, demo=demo).run()
    finally:
        service.close()


__all__ = ["GreenroomApp", "run_app"]
