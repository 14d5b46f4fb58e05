"""Precision, recall and F1 of tui.analysis against the hand-annotated articles in fixtures/annotated.

Run: .venv/bin/python bench/eval_analysis.py [-v]
"""

from __future__ import annotations

import json
import sys
from difflib import SequenceMatcher
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tui.analysis import analyze, load_starter_catalog  # noqa: E402
from tui.document import BLOCK_SEPARATOR, Block, Document, Span, document_from_text  # noqa: E402

FIXTURES = ROOT / "fixtures" / "annotated"
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}
_INLINE = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "a": "a", "code": "code"}


class _DocumentBuilder(HTMLParser):
    """Leaf blocks with blockquote depth and inline spans, a stdlib stand-in for ingestion."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.spans: list[Span] = []
        self.at = 0
        self.depth = 0
        self.block: tuple[str, int] | None = None
        self.open_inline: list[tuple[str, int, str | None]] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        elif tag == "blockquote":
            self.depth += 1
        elif tag in _BLOCKS:
            if self.blocks or self.parts:
                self.parts.append(BLOCK_SEPARATOR)
                self.at += len(BLOCK_SEPARATOR)
            self.block = (tag, self.at)
        elif tag in _INLINE and self.block:
            self.open_inline.append((tag, self.at, dict(attrs).get("href")))

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title"):
            self.skip -= 1
        elif tag == "blockquote":
            self.depth -= 1
        elif tag in _BLOCKS and self.block:
            kind, start = self.block
            self.blocks.append(Block(kind, start, self.at, self.depth))
            self.block = None
        elif tag in _INLINE and self.open_inline:
            name, start, href = self.open_inline.pop()
            if self.at > start:
                self.spans.append(Span(_INLINE[name], start, self.at, href if name == "a" else None))

    def handle_data(self, data):
        if self.skip or not self.block:
            return
        data = " ".join(data.split("\n"))
        if self.at == self.block[1]:
            data = data.lstrip()
        self.parts.append(data)
        self.at += len(data)


def document_from_html(html: str) -> Document:
    builder = _DocumentBuilder()
    builder.feed(html)
    return Document("".join(builder.parts), tuple(builder.blocks), tuple(builder.spans))


def load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return document_from_html(text) if path.suffix == ".html" else document_from_text(text)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def overlap(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b))
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / max(len(a), len(b))


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: set[str], gold: set[str]) -> tuple[set[str], set[str]]:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        return predicted - gold, gold - predicted

    def line(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{label:<12} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    catalog = load_starter_catalog()
    scores = {k: Score() for k in ("shows", "characters", "people", "quotes")}
    speaker_ok = speaker_total = 0
    main_ok = main_total = 0
    articles = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
    for path in articles:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        result = analyze(
            load(path), catalog, title=gold.get("title", ""), categories=gold.get("categories", [])
        )
        misses: list[str] = []
        for key, predicted in (
            ("shows", set(result.shows)),
            ("characters", {c.name for c in result.characters}),
            ("people", {p.name for p in result.people}),
        ):
            extra, missing = scores[key].add(predicted, set(gold[key]))
            if extra or missing:
                misses.append(f"  {key}: extra={sorted(extra)} missing={sorted(missing)}")
        main_total += 1
        main_ok += result.main_show == gold.get("main_show")
        if result.main_show != gold.get("main_show"):
            misses.append(f"  main_show: {result.main_show!r} != {gold.get('main_show')!r}")
        unmatched = list(result.quotes)
        q = scores["quotes"]
        for g in gold["quotes"]:
            best = max(unmatched, key=lambda p, g=g: overlap(p.text, g["text"]), default=None)
            if best is not None and overlap(best.text, g["text"]) >= 0.8:
                unmatched.remove(best)
                q.tp += 1
                speaker_total += 1
                if best.speaker == g["speaker"]:
                    speaker_ok += 1
                else:
                    misses.append(f"  speaker: {best.speaker!r} != {g['speaker']!r} for {g['text'][:50]!r}")
            else:
                q.fn += 1
                misses.append(f"  quote missed: {g['text'][:70]!r}")
        for p in unmatched:
            q.fp += 1
            misses.append(f"  quote extra: {p.text[:70]!r} ({p.speaker})")
        if verbose and misses:
            print(path.name)
            print("\n".join(misses))
    print(f"articles: {len(articles)}")
    for key, score in scores.items():
        print(score.line(key))
    print(
        f"speaker accuracy over matched quotes: {speaker_ok / max(speaker_total, 1):.3f} "
        f"({speaker_ok}/{speaker_total})"
    )
    print(f"main show accuracy: {main_ok / max(main_total, 1):.3f} ({main_ok}/{main_total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
