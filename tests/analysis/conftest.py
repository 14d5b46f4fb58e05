"""Test helpers: a small HTML-to-Document builder standing in for ingestion (tests only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from tui.analysis import Catalog, load_starter_catalog
from tui.document import BLOCK_SEPARATOR, Block, Document, Span, document_from_text

SEED = Path("/work/shared/seed")
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "annotated"
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}
_INLINE = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "a": "a", "code": "code"}


def document_from_html(html: str) -> Document:
    """Leaf blocks with blockquote depth and inline em/strong/a/code spans, like ingestion will make."""
    tree = HTMLParser(html)
    root = tree.body or tree.root
    parts: list[str] = []
    blocks: list[Block] = []
    spans: list[Span] = []
    offset = 0

    def inline(node: Node, buf: list[str], base: int) -> None:
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                buf.append(child.text(deep=False).replace("\n", " "))
            elif child.tag == "br":
                buf.append(" ")
            else:
                start = base + sum(len(x) for x in buf)
                inline(child, buf, base)
                end = base + sum(len(x) for x in buf)
                kind = _INLINE.get(child.tag)
                if kind and end > start:
                    spans.append(
                        Span(kind, start, end, child.attributes.get("href") if kind == "a" else None)
                    )

    def walk(node: Node, depth: int) -> None:
        nonlocal offset
        for child in node.iter(include_text=False):
            if child.tag in _BLOCKS:
                if blocks:
                    parts.append(BLOCK_SEPARATOR)
                    offset += len(BLOCK_SEPARATOR)
                buf: list[str] = []
                inline(child, buf, offset)
                text = "".join(buf)
                # Collapse whitespace without moving span offsets: only trailing space is cut.
                stripped = text.rstrip()
                parts.append(stripped)
                blocks.append(Block(child.tag, offset, offset + len(stripped), depth))
                offset += len(stripped)
            elif child.tag in ("head", "title", "script", "style"):
                continue
            else:
                walk(child, depth + (child.tag == "blockquote"))

    walk(root, 0)
    return Document("".join(parts), tuple(blocks), tuple(spans))


def load_fixture_document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return document_from_html(text) if path.suffix == ".html" else document_from_text(text)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_starter_catalog()


@pytest.fixture(scope="session")
def seed_html() -> Document:
    return document_from_html((SEED / "article.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> Document:
    return document_from_text((SEED / "article.txt").read_text(encoding="utf-8"))
