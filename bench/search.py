"""Search latency: p50/p95 per query class on a synthetic archive, and how a broad query scales.

Run: .venv/bin/python bench/search.py [--articles N] [--rounds N]
Targets: p95 < 50 ms for words and phrases, < 150 ms for prefixes (first page of 20, with snippets).
The archive is built once through Store.save_entries and cached under /tmp, keyed by its size.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.document import document_from_text
from tui.store import EntryRecord, Store

TARGETS_MS = {"word": 50.0, "phrase": 50.0, "prefix": 150.0}
GENERATOR = "v1"  # bump when the archive's contents change, so stale caches are not reused
BATCH = 2_000
SCALES = (25_000, 50_000, 100_000)


def _words(text: str) -> list[str]:
    return text.split()


SHOWS = [
    "Severance", "The Bear", "Slow Horses", "Shōgun", "Hacks", "The Last of Us", "Fallout", "Ripley",
    "Abbott Elementary", "Succession", "Yellowjackets", "Reacher", "The White Lotus", "Andor", "Bridgerton",
    "Jessica Jones", "Daredevil", "The Crown", "Fleabag", "Atlanta", "Barry", "Mad Men", "Breaking Bad",
    "Better Call Saul", "Killing Eve", "Mare of Easttown", "Poker Face", "Only Murders in the Building",
    "Ted Lasso", "The Expanse", "Dark", "Lupin", "Baby Reindeer", "Mr. Robot", "Halt and Catch Fire",
    "Twin Peaks", "The Leftovers", "Watchmen", "Station Eleven", "Pachinko", "Borgen", "Les Revenants",
    "Shrinking", "Industry", "Reservation Dogs", "Somebody Somewhere", "The Diplomat", "Blue Eye Samurai",
]  # fmt: skip
FIRST = [
    "Adam", "Jeremy", "Gary", "Anna", "Jean", "Pedro", "Ella", "Andrew", "Quinta", "Sarah", "Sophie",
    "Alan", "Krysten", "Rachael", "Zoë", "Chloë", "Saoirse", "Björn", "François", "Inès", "José", "Léa",
    "Mónica", "Ólafur", "Renée", "Søren", "Thandiwe", "Ayo", "Jodie", "Bob", "Rhea", "Natasha", "Kieran",
    "Britt", "Tramell", "Zendaya", "Hiroyuki", "Maya", "Dev", "Issa", "Donald", "Bill", "Phoebe", "Hannah",
    "Brett", "Juno", "Riz", "Michaela", "Emma", "Oscar", "Gael", "Penélope", "Úrsula", "Matías", "Noémie",
    "Gaël", "Mélanie", "Agnès", "Jürgen", "Małgorzata", "Dafne", "Aimee", "Lou", "Toheeb", "Dolly",
]  # fmt: skip
LAST = [
    "Scott", "White", "Oldman", "Sawai", "Smart", "Pascal", "Purnell", "Brunson", "Snook", "Nélisse",
    "Ritchson", "Ritter", "Taylor", "Ronan", "Núñez", "Lefèvre", "Gómez", "Müller", "Ødegaard", "Brontë",
    "Newton", "Edebiri", "Comer", "Odenkirk", "Seehorn", "Lyonne", "Culkin", "Lower", "Sanada", "Hawke",
    "Patel", "Rae", "Glover", "Hader", "Waller-Bridge", "Einbinder", "Coel", "Ahmed", "Bernal", "Cruz",
    "Cárdenas", "Sy", "Zuñiga", "Bové", "Thierry", "Søndergaard", "Knudsen", "Babou", "Kirke", "Dévora",
    "Ó Súilleabháin", "Mäkinen", "Lindqvist", "Kowalczyk", "Tanaka", "Adeyemi", "Okafor", "Ferreira",
]  # fmt: skip
TV_WORDS = _words("""
season episode finale premiere showrunner writers room network streaming critics audience character arc
performance director cast scene series production drama comedy interview story recap review renewal
cancellation pilot spinoff reboot revival trailer teaser cliffhanger flashback montage monologue cameo
ensemble anthology miniseries procedural sitcom thriller mystery horror fantasy western period ratings
viewers premiere binge dropped weekly release schedule budget filming location studio score soundtrack
costume makeup stunt casting lead supporting guest recurring regular villain hero antihero twist reveal
ending beginning middle chapter installment opener closer midseason hiatus Emmy Golden Globe nomination
award ceremony acceptance speech festival screening premiere red carpet panel convention showrun plot
subplot storyline continuity canon timeline universe franchise adaptation source novel comic book script
draft table read rehearsal blocking take coverage editing cut color grade visual effects sound mix
""")
COMMON = _words("""
the of and to a in is that it for was on with as his her they be at by this had from not but what all
were when we there can an which their said if do will each about how up out them then she many some so
these would other into has more two like him see time could no make than first been its who now people
my made over did down only way find use may water long little very after words called just where most
know get through back much before go good new write our used me man too any day same right look think
also around another came come work three must because does part even place well such here take why
things help put years different away again off went old number great tell men say small every found
still between name should home big give air line set own under read last never us left end along while
might next sound below saw something thought both few those always looked show large often together asked
house world going want school important until form food keep children feet land side without boy once
""")


def _pseudo_words(rng: random.Random, count: int) -> list[str]:
    """The long tail of a vocabulary: pronounceable words that occur rarely."""
    onsets = ["b", "br", "c", "ch", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
              "pl", "qu", "r", "s", "sh", "sl", "st", "t", "tr", "v", "w", "z"]  # fmt: skip
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "é", "ö"]
    codas = ["", "n", "r", "s", "t", "l", "nd", "st", "rk", "m", "x"]
    words: set[str] = set()
    while len(words) < count:
        syllables = rng.randint(2, 4)
        words.add(
            "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables))
        )
    return sorted(words)


class Corpus:
    """A deterministic generator of TV-coverage articles with Zipf-distributed words."""

    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        tail = _pseudo_words(rng, 30_000)
        rng.shuffle(tail)
        self.vocabulary = COMMON + TV_WORDS + tail
        # Zipf: the word of rank r turns up with weight 1 / r.
        cumulative, total = [], 0.0
        for rank in range(1, len(self.vocabulary) + 1):
            total += 1.0 / rank
            cumulative.append(total)
        self.cumulative = cumulative
        people = [f"{first} {last}" for first in FIRST for last in LAST]
        rng.shuffle(people)
        self.people = people[:3_000]
        self.feeds = [f"Feed {name}" for name in ("Vulture", "Decider", "Den of Geek", "AV Club", "Collider",
                      "IndieWire", "TVLine", "Deadline", "Variety", "Hollywood Reporter", "Slant", "Paste",
                      "Polygon", "The Ringer", "Salon", "Pajiba", "Primetimer", "Autostraddle", "Uproxx",
                      "Screen Rant")]  # fmt: skip
        self.start = datetime(2019, 1, 1, tzinfo=UTC)

    def sentence(self, rng: random.Random) -> str:
        words = rng.choices(self.vocabulary, cum_weights=self.cumulative, k=rng.randint(8, 24))
        if rng.random() < 0.45:
            words.insert(rng.randrange(len(words)), rng.choice(self.people))
        if rng.random() < 0.25:
            words.insert(rng.randrange(len(words)), rng.choice(SHOWS))
        return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "!"])

    def article(self, index: int) -> tuple[int, EntryRecord]:
        """Article `index` (the same every time) and the index of the feed it belongs to."""
        rng = random.Random(index * 7919 + 17)
        paragraphs, size, wanted = [], 0, rng.randint(2_000, 4_000)
        while size < wanted:
            paragraph = " ".join(self.sentence(rng) for _ in range(rng.randint(3, 6)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        show = rng.choice(SHOWS)
        person = rng.choice(self.people)
        titles = [f"{show} recap: {person} steals the episode", f"{person} on {show}", f"Why {show} matters",
                  f"{show} season finale review", f"{show}: {person} interview"]  # fmt: skip
        title = rng.choice(titles)
        published = self.start + timedelta(minutes=30 * index + rng.randint(0, 20))
        record = EntryRecord(
            uid=f"bench-{index}",
            title=title,
            url=f"https://bench.example/{index}",
            author=rng.choice(self.people),
            published=published.isoformat(),
            document=document_from_text("\n\n".join(paragraphs)),
        )
        return index % len(self.feeds), record


def _grow(corpus: Corpus, store: Store, start: int, stop: int) -> None:
    """Add articles start..stop through Store.save_entries, one transaction per batch."""
    feed_ids = [f.id for f in sorted(store.feeds(), key=lambda f: f.id)]
    if not feed_ids:
        feed_ids = [
            store.add_feed(f"https://bench.example/{i}/rss", t).id for i, t in enumerate(corpus.feeds)
        ]
    for low in range(start, stop, BATCH):
        high = min(stop, low + BATCH)
        by_feed: dict[int, list[EntryRecord]] = {}
        for index in range(low, high):
            feed, record = corpus.article(index)
            by_feed.setdefault(feed, []).append(record)
        with store.db.transaction():  # one transaction for the batch, however many feeds it touches
            for feed, records in by_feed.items():
                store.save_entries(feed_ids[feed], records)
        rng = random.Random(low)
        store.set_read([i for i in range(low + 1, high + 1) if rng.random() < 0.8])  # most are read
        print(f"\r  built {high:,} / {stop:,} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def _cached(cache: Path, articles: int) -> Path:
    return cache / f"greenroom-bench-search-{GENERATOR}-{articles}.db"


def archive(corpus: Corpus, articles: int, cache: Path) -> Path:
    """The cached database of `articles` articles; smaller scales are built on the way and kept."""
    sizes = sorted({s for s in SCALES if s < articles} | {articles})
    previous = 0
    for size in sizes:
        path = _cached(cache, size)
        if not path.exists():
            partial = path.with_suffix(".building")
            partial.unlink(missing_ok=True)
            if previous:
                shutil.copyfile(_cached(cache, previous), partial)
            print(f"building {size:,} articles (from {previous:,}) into {path}", file=sys.stderr)
            began = time.perf_counter()
            store = Store(partial)
            _grow(corpus, store, previous, size)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.close()
            partial.rename(path)
            print(f"  in {time.perf_counter() - began:.0f} s", file=sys.stderr)
        previous = size
    return _cached(cache, articles)


def query_classes(corpus: Corpus, rounds: int) -> dict[str, list[str]]:
    """About `rounds` queries of each class, the same every run."""
    rng = random.Random(99)
    vocab = corpus.vocabulary
    common = [w for w in TV_WORDS if len(w) > 3]
    rare = vocab[3_000:30_000]
    names = [p for p in corpus.people if " " in p]

    def pick(pool: list[str]) -> str:
        return rng.choice(pool)

    def prefix() -> str:
        word = rng.choice([w for w in vocab[100:5_000] if len(w) >= 5])
        return word[: rng.randint(3, 4)] + "*"

    makers: dict[str, Callable[[], str]] = {
        "word common": lambda: pick(common),
        "word rare": lambda: pick(rare),
        "two words": lambda: f"{pick(common)} {pick(names).split()[-1]}",
        "phrase": lambda: f'"{pick(names)}"',
        "prefix": prefix,
    }
    feeds = [name.removeprefix("Feed ") for name in corpus.feeds]
    filters: list[Callable[[], str]] = [
        lambda: f'feed:"{rng.choice(feeds)}"',
        lambda: f"after:{2019 + rng.randint(0, 5)}-{rng.randint(1, 12):02d}-01",
        lambda: "is:unread",
    ]
    classes: dict[str, list[str]] = {}
    for name, make in makers.items():
        classes[name] = [make() for _ in range(rounds)]
        classes[f"{name} + filter"] = [f"{make()} {filters[i % 3]()}" for i in range(rounds)]
    return classes


def timings(store: Store, queries: list[str]) -> Iterator[float]:
    for query in queries:
        began = time.perf_counter()
        store.search(query, limit=20)
        yield (time.perf_counter() - began) * 1000


def percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=20, method="inclusive")
    return statistics.median(samples), cuts[18]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=50, help="queries per class")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    corpus = Corpus()
    classes = query_classes(corpus, args.rounds)
    missed = []
    with Store(archive(corpus, args.articles, args.cache)) as store:
        for query in (q for qs in classes.values() for q in qs[:3]):
            store.search(query, limit=20)  # warm the page cache
        print(f"{args.articles:,} articles, first page of 20 with snippets, {args.rounds} queries per class")
        print(f"{'class':<22}{'p50 ms':>9}{'p95 ms':>9}{'target':>9}")
        for name, queries in classes.items():
            p50, p95 = percentiles(list(timings(store, queries)))
            target = TARGETS_MS[
                "prefix" if name.startswith("prefix") else "phrase" if "phrase" in name else "word"
            ]
            flag = "" if p95 < target else "  MISSED"
            if flag:
                missed.append(name)
            print(f"{name:<22}{p50:>9.1f}{p95:>9.1f}{target:>9.0f}{flag}")
    broad = [rng_word for rng_word in ("episode", "season", "the", "series", "scene")] * (args.rounds // 5)
    print(f"\nbroad query p95 by archive size ({', '.join(sorted(set(broad)))})")
    for size in (s for s in SCALES if s <= args.articles):
        with Store(archive(corpus, size, args.cache)) as store:
            list(timings(store, broad[:5]))
            _, p95 = percentiles(list(timings(store, broad)))
        print(f"{size:>9,} articles  p95 {p95:6.1f} ms")
    if missed:
        print(f"\nmissed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
