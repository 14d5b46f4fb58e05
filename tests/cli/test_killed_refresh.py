"""A refresh killed with SIGKILL mid-write leaves a consistent database with every earlier article."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from xml.sax.saxutils import escape

from click.testing import CliRunner

from tui.cli import cli


def make_feed(name: str, count: int, words: int = 300) -> bytes:
    body = " ".join(f"Trish{i % 7} Walker season {i % 5} powers" for i in range(words // 5))
    items = "".join(
        f"<item><title>{escape(name)} story {i}</title><link>https://{name}.example/{i}</link>"
        f"<guid>{name}-{i}</guid><pubDate>Tue, 13 Dec 2016 18:{i % 60:02d}:00 +0000</pubDate>"
        f"<description>{escape('<p>' + body + '</p>')}</description></item>"
        for i in range(count)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>https://{name}.example/</link>{items}</channel></rss>"
    ).encode()


def snapshot(db) -> dict[int, tuple]:
    conn = sqlite3.connect(db)
    try:
        return {row[0]: row[1:] for row in conn.execute("SELECT id, uid, title, text FROM articles")}
    finally:
        conn.close()


def test_sigkill_during_refresh_keeps_the_database_whole(httpserver, db_path):
    feeds = [f"feed{n}" for n in range(12)]
    for name in feeds:
        feed = make_feed(name, 3)
        httpserver.expect_request(f"/{name}.rss").respond_with_data(feed, content_type="text/xml")
        added = CliRunner().invoke(cli, ["--db", str(db_path), "add", httpserver.url_for(f"/{name}.rss")])
        assert added.exit_code == 0, added.output
    before = snapshot(db_path)
    assert len(before) == 36

    httpserver.clear()
    for name in feeds:
        feed = make_feed(name, 400)
        httpserver.expect_request(f"/{name}.rss").respond_with_data(feed, content_type="text/xml")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "--db", str(db_path), "refresh"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    deadline = time.monotonic() + 60
    try:
        # Kill as soon as the refresh has committed some new articles but not all of them.
        while time.monotonic() < deadline and process.poll() is None:
            if len(snapshot(db_path)) > len(before):
                break
            time.sleep(0.02)
        assert process.poll() is None, "the refresh finished before it could be killed; make the feeds bigger"
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    after = snapshot(db_path)
    assert len(after) < len(before) + 400 * len(feeds)
    for article_id, row in before.items():
        assert after[article_id] == row
