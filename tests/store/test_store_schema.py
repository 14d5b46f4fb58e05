"""Schema versions: fresh databases, upgrades that keep rows, and refusing newer databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tui.store import SCHEMA_VERSION, SchemaTooNew, Store
from tui.store.schema import MIGRATIONS, _statements


def test_a_fresh_database_gets_the_latest_version(tmp_path: Path) -> None:
    with Store(tmp_path / "g.db") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"feeds", "articles", "articles_fts", "entities", "mentions", "quotes"} <= tables


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO feeds (id, url, title, added) VALUES (7, 'https://old.example/rss', 'Old', 'x')"
    )
    conn.execute(
        "INSERT INTO articles (id, feed_id, uid, title, text, first_seen, sort_key)"
        " VALUES (42, 7, 'u1', 'Pilot recap', 'Trish Walker returns', 'x', '2020-01-01')"
    )
    conn.close()


def test_an_older_database_is_upgraded_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v1_database(path)
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.find_feed(7).title == "Old"
        assert store.article(42).title == "Pilot recap"
        assert [h.id for h in store.search("Trish").hits] == [42]
        assert store.db.execute("SELECT count(*) FROM entities").fetchone()[0] == 0


def test_a_failing_upgrade_step_is_rolled_back_whole(tmp_path: Path, monkeypatch) -> None:
    from tui.store import schema

    path = tmp_path / "old.db"
    _v1_database(path)
    broken = (MIGRATIONS[0], "CREATE TABLE half_done (x INTEGER);\nCREATE TABLE feeds (nope INTEGER);")
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(sqlite3.OperationalError):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert conn.execute("SELECT title FROM articles WHERE id = 42").fetchone()[0] == "Pilot recap"
    conn.close()


def test_a_newer_database_is_refused_and_left_byte_for_byte_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES (1)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SchemaTooNew, match="schema version"):
        Store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no -wal or -shm left behind
