"""Articles per second of tui.analysis.analyze against a synthetic catalog of 1,000 shows and 20,000 names.

Run: .venv/bin/python bench/analysis_speed.py

The synthetic articles are dense with cue words (every paragraph names a season, a cast, a showrunner and
a quote), so they are slower than real coverage; the hand-annotated articles are timed too, for contrast.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.analysis import Catalog, CharacterEntry, PersonEntry, ShowEntry, analyze
from tui.document import Document, document_from_text
from tui.ingest.sanitize import html_to_document

ANNOTATED = Path(__file__).resolve().parents[1] / "fixtures" / "annotated"


def load_fixture(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return html_to_document(text) if path.suffix == ".html" else document_from_text(text)


FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "Dev",
    "Elena",
    "Felix",
    "Grace",
    "Hugo",
    "Iris",
    "Jonah",
    "Kira",
    "Liam",
    "Maya",
    "Noor",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tess",
]
LAST = [
    "Abbott",
    "Brandt",
    "Cole",
    "Dunn",
    "Ellis",
    "Frost",
    "Gray",
    "Hale",
    "Ives",
    "Jensen",
    "Kerr",
    "Lowe",
    "Marsh",
    "Nash",
    "Ortiz",
    "Pike",
    "Reyes",
    "Stone",
    "Tate",
    "Vance",
]
WORDS = [
    "the",
    "season",
    "finale",
    "episode",
    "writers",
    "room",
    "story",
    "twist",
    "audience",
    "drama",
    "comedy",
    "cast",
    "scene",
    "camera",
]


def synthetic_catalog(rng: random.Random) -> Catalog:
    shows = tuple(ShowEntry(f"The {w.title()} {i}", (f"{w.title()} {i}",)) for i, w in enumerate(WORDS * 72))[
        :1000
    ]
    chars, people = [], []
    for i in range(10_000):
        show = shows[i % len(shows)].name
        chars.append(CharacterEntry(f"{rng.choice(FIRST)} {rng.choice(LAST)}{i}", show, (), None))
        people.append(PersonEntry(f"{rng.choice(FIRST)} {rng.choice(LAST)}x{i}", ("actor",)))
    return Catalog(shows, tuple(chars), tuple(people))


def synthetic_article(rng: random.Random, catalog: Catalog) -> str:
    paragraphs = []
    while sum(len(p) for p in paragraphs) < 5000:
        char = rng.choice(catalog.characters)
        person = rng.choice(catalog.people)
        show = rng.choice(catalog.shows)
        filler = " ".join(rng.choice(WORDS) for _ in range(40))
        paragraphs.append(
            f"In the second season of {show.name}, {char.name} ({person.name}) faces a {filler}. "
            f"“I never expected the story to go this far, and I love that it did,” {person.name} said. "
            f"Showrunner {rng.choice(FIRST)} {rng.choice(LAST)} told Variety that the {filler}."
        )
    return "\n\n".join(paragraphs)


def main() -> int:
    rng = random.Random(7)
    catalog = synthetic_catalog(rng)
    names = len(catalog.shows) + len(catalog.characters) + len(catalog.people)
    started = time.perf_counter()
    catalog.index  # noqa: B018 - builds and caches the automaton
    build = time.perf_counter() - started
    docs = [document_from_text(synthetic_article(rng, catalog)) for _ in range(300)]
    analyze(docs[0], catalog)
    rounds = []
    for _ in range(5):  # one pass is at the mercy of the machine's noise: the best and the median of five
        started = time.perf_counter()
        for doc in docs:
            analyze(doc, catalog, title="Synthetic", categories=("TV",))
        rounds.append(time.perf_counter() - started)
    rounds.sort()
    size = sum(len(d.text) for d in docs) / len(docs)
    print(f"catalog: {len(catalog.shows)} shows, {names} names; build {build * 1000:.0f} ms")
    print(
        f"articles: {len(docs)} of ~{size / 1000:.1f} KB; {len(docs) / rounds[2]:.0f} articles/s "
        f"(median of 5; best {len(docs) / rounds[0]:.0f})"
    )
    real = [load_fixture(p) for p in sorted(ANNOTATED.rglob("*")) if p.suffix in (".html", ".txt")]
    started = time.perf_counter()
    for doc in real:
        analyze(doc, catalog, title="Coverage", categories=("TV",))
    took = time.perf_counter() - started
    kb = sum(len(d.text) for d in real) / len(real) / 1000
    print(f"annotated coverage: {len(real)} articles of ~{kb:.1f} KB; {len(real) / took:.0f} articles/s")
    big = document_from_text(("Word " * 200 + "\n\n") * 5000)
    started = time.perf_counter()
    analyze(big, catalog)
    print(f"5 MB article: {time.perf_counter() - started:.2f} s (len {len(big.text) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
