"""Two processes on one database: a writer beside a reader, and a writer killed mid-transaction."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tui.store import Store

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys, time
from tui.document import document_from_text
from tui.store import EntryRecord, Store

path, seconds, batch = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
store = Store(path)
url = "https://writer.example/rss"
feed = store.feed_by_url(url) or store.add_feed(url, "Writer")
deadline = time.monotonic() + seconds
n = 0
while time.monotonic() < deadline:
    entries = [
        EntryRecord(
            uid=f"w{n}-{i}",
            title=f"Batch {n} article {i} Kilgrave",
            published=f"2024-02-{1 + i % 28:02d}T00:00:00+00:00",
            document=document_from_text(f"Trish Walker meets Kilgrave, scene {n} {i}. " * 20),
        )
        for i in range(batch)
    ]
    store.save_entries(feed.id, entries)  # one transaction per batch
    n += 1
    print(n * batch, flush=True)
store.close()
"""


def _writer(path: Path, seconds: float, batch: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(seconds), str(batch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_writer_process_and_a_reader_never_see_a_locked_database(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with Store(path) as store:
        store.add_feed("https://writer.example/rss", "Writer")
    writer = _writer(path, 2.0, 50)
    errors: list[BaseException] = []
    counts: list[int] = []
    with Store(path) as store:
        while writer.poll() is None:
            try:
                page = store.search("Kilgrave Trish", limit=20)
                assert all("Kilgrave" in hit.title for hit in page.hits)
                store.search('"Trish Walker" is:unread', limit=20, offset=20)
                rows = store.article_rows(limit=50)
                assert len(rows) <= 50
                assert [r.published for r in rows] == sorted((r.published for r in rows), reverse=True)
                counts.append(store.count_articles())
            except BaseException as error:  # any failure of the reader fails the test
                errors.append(error)
                break
        _, stderr = writer.communicate(timeout=30)
    assert errors == []
    assert writer.returncode == 0, stderr
    assert len(counts) > 5
    assert counts[-1] > counts[0]  # the reader saw the writer's batches arrive


def test_a_killed_writer_leaves_every_committed_article_intact(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    writer = _writer(path, 60.0, 200)
    assert writer.stdout is not None
    committed = 0
    while committed < 600:
        line = writer.stdout.readline()
        assert line, writer.stderr.read() if writer.stderr else "writer exited"
        committed = int(line)
    reader = sqlite3.connect(path)
    before = reader.execute("SELECT id, uid, title, text FROM articles ORDER BY id").fetchall()
    reader.close()
    assert len(before) >= committed
    time.sleep(0.02)  # into the next batch's transaction
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    with Store(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        after = store.db.execute("SELECT id, uid, title, text FROM articles ORDER BY id").fetchall()
        assert after[: len(before)] == before
        assert len(after) % 200 == 0  # whole batches only: the killed one was rolled back entirely
        hits = store.search('"Batch 0 article 7"').hits
        assert [hit.title for hit in hits] == ["Batch 0 article 7 Kilgrave"]
