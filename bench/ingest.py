"""Ingestion throughput: 10,000 generated articles parsed, sanitized and stored (with FTS) in a new database.

Run: .venv/bin/python bench/ingest.py [--articles N] [--feeds N]
Target: >= 1,000 articles/s overall.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from email.utils import formatdate
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser

from tui.ingest import parse_feed, sanitize_html
from tui.store import Store

TARGET = 1_000
SHOWS = [
    "Severance", "The Bear", "Slow Horses", "Shōgun", "Hacks", "The Last of Us", "Fallout", "Ripley",
    "Abbott Elementary", "Succession", "Yellowjackets", "Reacher", "The White Lotus", "Andor", "Bridgerton",
]  # fmt: skip
PEOPLE = [
    "Adam Scott", "Jeremy Allen White", "Gary Oldman", "Anna Sawai", "Jean Smart", "Pedro Pascal",
    "Ella Purnell", "Andrew Scott", "Quinta Brunson", "Sarah Snook", "Sophie Nélisse", "Alan Ritchson",
]  # fmt: skip
WORDS = [
    "the", "season", "finale", "writers", "room", "showrunner", "episode", "premiere", "renewal", "network",
    "streaming", "critics", "audience", "character", "arc", "performance", "director", "cast", "scene",
    "series", "production", "drama", "comedy", "interview", "story",
]  # fmt: skip


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 22))
    words[rng.randrange(len(words))] = f"<em>{rng.choice(SHOWS)}</em>"
    words[rng.randrange(len(words))] = rng.choice(PEOPLE)
    return " ".join(words).capitalize() + "."


def _article_html(rng: random.Random, n: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < rng.randint(3000, 5000):
        kind = rng.random()
        sentences = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        if kind < 0.2:
            parts.append(f"<blockquote><p>{sentences}</p></blockquote>")
        elif kind < 0.3:
            parts.append(f'<p>{sentences} <a href="/news/{n}-{len(parts)}">Read more</a>.</p>')
        elif kind < 0.35:
            parts.append(f"<h2>{escape(rng.choice(SHOWS))}</h2>")
        else:
            parts.append(f"<p>{sentences}</p>")
    return "\n".join(parts)


def _feed(rng: random.Random, index: int, count: int) -> bytes:
    items = []
    for n in range(count):
        show = rng.choice(SHOWS)
        body = _article_html(rng, n)
        items.append(
            f"<item><title>{escape(show)}: {escape(rng.choice(PEOPLE))} on episode {n}</title>"
            f"<link>https://site{index}.example/articles/{n}</link><guid>site{index}-{n}</guid>"
            f"<pubDate>{formatdate(1_700_000_000 + n * 3600, usegmt=True)}</pubDate>"
            f"<category>{escape(show)}</category>"
            f"<description>{escape(_sentence(rng))}</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench Coverage {index}</title><link>https://site{index}.example/</link>"
        f"<description>generated</description>{''.join(items)}</channel></rss>"
    ).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--feeds", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(20240101)
    per_feed = args.articles // args.feeds
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for index in range(args.feeds):
            path = root / f"feed{index}.xml"
            path.write_bytes(_feed(rng, index, per_feed))
            paths.append(path)
        total_articles = per_feed * args.feeds
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{total_articles} articles in {args.feeds} feed files, {size_mb:.1f} MB")

        # Stage 1: feedparser alone, with our settings (no sanitizing, no URL resolving).
        started = time.perf_counter()
        bodies: list[tuple[str, str]] = []
        for path in paths:
            result = feedparser.parse(
                io.BytesIO(path.read_bytes()),
                response_headers={"content-type": "application/xml"},
                sanitize_html=False,
                resolve_relative_uris=False,
            )
            bodies.extend((e.content[0].value, e.link) for e in result.entries)
        feedparser_s = time.perf_counter() - started

        # Stage 2: our sanitizer alone over every article body.
        started = time.perf_counter()
        for html, link in bodies:
            sanitize_html(html, link)
        sanitize_s = time.perf_counter() - started

        # The real path, end to end: read, parse + sanitize (parse_feed), store with FTS triggers.
        store = Store(root / "bench.db")
        parse_s = store_s = 0.0
        stored = 0
        started_all = time.perf_counter()
        for path in paths:
            started = time.perf_counter()
            parsed = parse_feed(path.read_bytes(), url=str(path))
            parse_s += time.perf_counter() - started
            feed = store.add_feed(str(path), parsed.title)
            started = time.perf_counter()
            stored += store.save_entries(feed.id, parsed.entries).new
            store_s += time.perf_counter() - started
        overall_s = time.perf_counter() - started_all
        store.close()

    assert stored == total_articles, (stored, total_articles)
    rate = total_articles / overall_s
    stages = [
        ("feedparser (no sanitize)", feedparser_s),
        ("sanitize_html", sanitize_s),
        ("parse_feed (parse+sanitize)", parse_s),
        ("store.save_entries (+FTS)", store_s),
    ]
    for name, seconds in stages:
        print(f"  {name:<28} {seconds:6.2f} s  {total_articles / seconds:8.0f} articles/s")
    print(f"  {'overall':<28} {overall_s:6.2f} s  {rate:8.0f} articles/s (target {TARGET})")
    print("PASS" if rate >= TARGET else "BELOW TARGET")


if __name__ == "__main__":
    main()
