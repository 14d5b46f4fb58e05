"""App figures on 100,000 articles: first interactive frame, article-list keypress latency, peak memory.

Targets: first frame < 0.5 s; keypress p95 < 30 ms; peak memory < 200 MB.
The database is built once (through `Store.save_entries`, in a child process so its memory does not
count) and cached in the temp directory.
"""

from __future__ import annotations

import asyncio
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARTICLES = 100_000
FEEDS = 25
DB = Path(tempfile.gettempdir()) / f"greenroom-bench-app-{ARTICLES}.db"
KEYS = 200
SIZE = (160, 48)

WORDS = " ".join(
    (
        "season finale showrunner episode premiere renewal cast trailer interview review recap streaming",
        "network comedy drama character actor writer director pilot spinoff ratings cliffhanger villain",
    )
).split()


def build(path: Path) -> None:
    """Fill a fresh database with synthetic articles through the store API."""
    from tui.document import document_from_text
    from tui.store import EntryRecord, Store

    rng = random.Random(7)
    store = Store(path)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    feeds = [store.add_feed(f"https://bench.example/{n}.xml", f"Bench Outlet {n}").id for n in range(FEEDS)]
    per_feed = ARTICLES // FEEDS
    for feed_number, feed_id in enumerate(feeds):
        entries = []
        for n in range(per_feed):
            words = rng.choices(WORDS, k=60)
            title = " ".join(rng.choices(WORDS, k=7)).capitalize()
            published = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 700))
            entries.append(
                EntryRecord(
                    uid=f"{feed_number}-{n}",
                    title=title,
                    url=f"https://bench.example/{feed_number}/{n}",
                    published=published.replace(microsecond=0).isoformat(),
                    document=document_from_text(" ".join(words)),
                )
            )
        store.save_entries(feed_id, entries)
    store.close()


async def measure(path: Path) -> dict[str, float]:
    from textual import events
    from textual._compositor import CompositorUpdate

    from tui.app import GreenroomApp
    from tui.app.widgets.article_list import ArticleList
    from tui.services import Greenroom

    service = Greenroom.open(path)
    app = GreenroomApp(service, poll_interval=0)
    frame = asyncio.Event()
    frames: list[float] = []
    original = app._display

    def display(screen, renderable) -> None:
        if renderable is not None:
            # Headless apps skip turning the update into terminal bytes; do it, as a terminal would need.
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            frames.append(time.perf_counter())
            frame.set()
        original(screen, renderable)

    app._display = display
    launched = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        while articles.pager.count == 0:
            frame.clear()
            await asyncio.wait_for(frame.wait(), 10)
        frame.clear()
        await asyncio.wait_for(frame.wait(), 10)
        first_frame = frames[-1] - launched
        count = articles.pager.count
        await app.workers.wait_for_complete()
        await pilot.pause()
        articles.focus()
        await pilot.pause()

        latencies = []
        keys = ["down"] * (KEYS // 2) + ["pagedown"] * (KEYS // 2)
        random.Random(3).shuffle(keys)
        for key in keys:
            frame.clear()
            sent = time.perf_counter()
            app.post_message(events.Key(key, None))
            await asyncio.wait_for(frame.wait(), 5)
            latencies.append(frames[-1] - sent)
            await asyncio.sleep(0.005)  # a person does not type at 1 kHz; let timers settle

        frame.clear()
        sent = time.perf_counter()
        app.post_message(events.Key("G", "G"))
        await asyncio.wait_for(frame.wait(), 5)
        last_row = frames[-1] - sent
        await app.workers.wait_for_complete()
    service.close()
    latencies.sort()
    return {
        "rows": count,
        "first_frame": first_frame,
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "max": latencies[-1],
        "end": last_row,
    }


def main() -> None:
    started = time.perf_counter()
    if "--build" in sys.argv:
        build(Path(sys.argv[-1]))
        return
    if not DB.exists():
        print(f"building {ARTICLES:,} articles in {DB} …", flush=True)
        partial = DB.with_suffix(".partial")
        for leftover in DB.parent.glob(partial.name + "*"):
            leftover.unlink()
        subprocess.run([sys.executable, __file__, "--build", str(partial)], check=True)
        partial.rename(DB)
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        print(f"built in {time.perf_counter() - started:.1f} s")
    import_start = time.perf_counter()
    import tui.app  # noqa: F401  (import cost is part of launching)

    imports = time.perf_counter() - import_start
    figures = asyncio.run(measure(DB))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles in list          {figures['rows']:,}")
    print(f"import tui.app            {imports * 1000:.0f} ms")
    print(f"first interactive frame   {figures['first_frame'] * 1000:.0f} ms   (target < 500 ms)")
    print(f"keypress → frame p50      {figures['p50'] * 1000:.1f} ms")
    print(f"keypress → frame p95      {figures['p95'] * 1000:.1f} ms   (target < 30 ms)")
    print(f"keypress → frame max      {figures['max'] * 1000:.1f} ms")
    print(f"G (jump to row {figures['rows']:,})   {figures['end'] * 1000:.1f} ms")
    print(f"peak memory (maxrss)      {peak_mb:.0f} MB   (target < 200 MB)")


if __name__ == "__main__":
    main()
