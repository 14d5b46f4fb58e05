"""Opening the database: one connection per thread, WAL, busy timeout, foreign keys, migrations."""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from .schema import migrate, refuse_newer

BUSY_TIMEOUT_MS = 15_000


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class _Connection(sqlite3.Connection):
    """A connection that can be weakly referenced."""


class Database:
    """A SQLite file shared by threads: each thread gets its own connection on first use."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        # Weak, so a finished thread's connection closes with its thread-local storage.
        self._connections: weakref.WeakSet[sqlite3.Connection] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        migrate(self.conn)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
            factory=_Connection,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            refuse_newer(conn)  # before WAL is switched on, which would already write to the file
        except BaseException:
            conn.close()
            raise
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -16000")
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._connections.add(conn)
        return conn

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' view of this thread's connection."""
        db = getattr(self._local, "utils", None)
        if db is None:
            db = sqlite_utils.Database(self.conn)
            self._local.utils = db
        return db

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple | dict = ()) -> Iterator[dict]:
        return self.utils.query(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock up front, so it never fails half-way on busy."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in list(self._connections):
                with suppress(sqlite3.ProgrammingError):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
