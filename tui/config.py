"""Where Greenroom keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "GREENROOM_DB"


def default_db_path() -> Path:
    """The database path: $GREENROOM_DB, else greenroom.db in the platform's user data directory."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("greenroom", appauthor=False) / "greenroom.db"


def log_path() -> Path:
    """Where tracebacks go instead of the screen."""
    from platformdirs import user_log_path

    return user_log_path("greenroom", appauthor=False) / "greenroom.log"
