"""The shape every article takes between layers: plain text plus the blocks and inline spans over it.

Ingestion produces a `Document` from sanitized HTML (or from plain text), the store keeps it, analysis
reads its text and blocks, and the reader renders it. Offsets are character offsets into `text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BLOCK_SEPARATOR = "\n\n"

# C0 and C1 controls except tab and newline, plus the ESC-introduced sequences terminals act on.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff]")


def strip_controls(value: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tabs and newlines."""
    if not value:
        return value
    value = _ESCAPE_SEQUENCE.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


@dataclass(frozen=True, slots=True)
class Block:
    """One leaf block of an article: a paragraph, heading, list item or preformatted run.

    `kind` is "p", "h1".."h6", "li" or "pre". `quoted` is how deep the block sits inside
    block quotes (0 when it is not quoted).
    """

    kind: str
    start: int
    end: int
    quoted: int = 0


@dataclass(frozen=True, slots=True)
class Span:
    """An inline mark over part of the text: "em", "strong", "code" or "a" (with `href`)."""

    kind: str
    start: int
    end: int
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Article text with its block structure; blocks are joined by a blank line in `text`."""

    text: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    spans: tuple[Span, ...] = field(default_factory=tuple)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def to_json(self) -> dict:
        return {
            "blocks": [[b.kind, b.start, b.end, b.quoted] for b in self.blocks],
            "spans": [[s.kind, s.start, s.end, s.href] for s in self.spans],
        }

    @classmethod
    def from_json(cls, text: str, data: dict | None) -> Document:
        if not data:
            return document_from_text(text)
        blocks = tuple(Block(k, s, e, q) for k, s, e, q in data.get("blocks", ()))
        spans = tuple(Span(k, s, e, h) for k, s, e, h in data.get("spans", ()))
        return cls(text, blocks, spans)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def document_from_text(text: str) -> Document:
    """Build a document from plain text: paragraphs are separated by blank lines."""
    text = strip_controls(text or "")
    parts = [p.strip() for p in _PARAGRAPH_BREAK.split(text)]
    parts = [" ".join(p.split()) for p in parts if p]
    blocks: list[Block] = []
    offset = 0
    for part in parts:
        blocks.append(Block("p", offset, offset + len(part)))
        offset += len(part) + len(BLOCK_SEPARATOR)
    return Document(BLOCK_SEPARATOR.join(parts), tuple(blocks))
