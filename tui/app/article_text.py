"""An article as wrapped `rich.text.Text` lines: blocks, inline marks, mentions, quotes, the cursor.

Everything is built from plain strings with styles applied by span, so text from a feed that looks
like markup (`[bold red]`) stays literal. Wrapping is done here rather than by a widget so the reader
knows which line every mention and quote lands on and can scroll the cursor into view.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rich._wrap import divide_line
from rich.style import Style
from rich.text import Text

from ..document import Block, strip_controls
from ..services import ArticleView
from .data import clean


@dataclass(frozen=True, slots=True)
class Target:
    """Something the reader's cursor can stop on: a character/person mention or a quote."""

    kind: str  # mention | quote
    start: int
    end: int
    index: int  # position in view.mentions or view.quotes
    label: str = ""


@dataclass(frozen=True)
class ReaderStyles:
    """Rich styles for the reader, resolved from the widget's component classes (so, the theme)."""

    title: Style = field(default_factory=lambda: Style(bold=True))
    meta: Style = field(default_factory=lambda: Style(dim=True))
    heading: Style = field(default_factory=lambda: Style(bold=True))
    quote: Style = field(default_factory=lambda: Style(italic=True))
    quote_mark: Style = field(default_factory=lambda: Style(dim=True))
    speaker: Style = field(default_factory=lambda: Style(bold=True))
    character: Style = field(default_factory=lambda: Style(color="cyan"))
    person: Style = field(default_factory=lambda: Style(color="green"))
    show: Style = field(default_factory=lambda: Style(color="magenta"))
    link: Style = field(default_factory=lambda: Style(underline=True))
    cursor: Style = field(default_factory=lambda: Style(reverse=True))
    code: Style = field(default_factory=lambda: Style(dim=True))


@dataclass
class RenderedArticle:
    lines: list[Text]
    target_lines: dict[tuple[str, int], int]


TARGET_META = "reader_target"
_QUOTE_CLOSERS = frozenset("”’\"'»,.;:!?…")
_NAMED_NEARBY = 40
_SPAN_STYLES = {"em": Style(italic=True), "strong": Style(bold=True)}
_BLOCK_QUOTE_KINDS = ("block", "interview")


def targets(view: ArticleView) -> list[Target]:
    """The cursor stops, in reading order: character and person mentions, then quotes at equal offsets."""
    found = [
        Target("mention", m.start, m.end, i, m.name)
        for i, m in enumerate(view.mentions)
        if m.kind in ("character", "person")
    ]
    found += [Target("quote", q.start, q.end, i, q.speaker or "") for i, q in enumerate(view.quotes)]
    return sorted(found, key=lambda t: (t.start, t.kind != "mention", t.end))


def _header(view: ArticleView, width: int, styles: ReaderStyles) -> list[Text]:
    article = view.article
    lines: list[Text] = []
    lines += _wrap(Text(clean(article.title) or "(untitled)", style=styles.title), width)
    meta = [clean(article.feed_title), clean(article.author), (article.published or "")[:10]]
    lines += _wrap(Text(" · ".join(p for p in meta if p), style=styles.meta), width)
    if view.shows:
        shows = Text("Shows  ", style=styles.meta)
        for n, (show, main) in enumerate(view.shows):
            if n:
                shows.append(", ")
            shows.append(clean(show.name), styles.show + Style(bold=main))
        lines += _wrap(shows, width)
    cast = [(e, c) for e, c in view.entities if e.kind == "character"]
    people = [(e, c) for e, c in view.entities if e.kind == "person"]
    for label, group, style in (("Cast   ", cast, styles.character), ("People ", people, styles.person)):
        if not group:
            continue
        row = Text()
        for n, (entity, _count) in enumerate(group):
            if n:
                row.append(", ")
            row.append(clean(entity.name), style)
            if entity.actor:
                row.append(f" ({clean(entity.actor)})", styles.meta)
        # A hanging indent keeps the names in their column when the row wraps.
        for n, line in enumerate(_wrap(row, width - len(label))):
            lines.append(Text.assemble(Text(label if n == 0 else " " * len(label), style=styles.meta), line))
    lines.append(Text("─" * max(0, width), style=styles.meta))
    return lines


def _wrap(text: Text, width: int) -> list[Text]:
    return [line for line, _ in _wrap_with_offsets(text, width)]


def _wrap_with_offsets(text: Text, width: int) -> list[tuple[Text, int]]:
    """Wrap `text` to `width` cells (hard breaks kept) and say where in it each line starts."""
    width = max(8, width)
    out: list[tuple[Text, int]] = []
    line_start = 0
    for segment in text.plain.split("\n"):
        piece = text[line_start : line_start + len(segment)]
        offsets = divide_line(segment, width, fold=True)
        for line, start in zip(piece.divide(offsets), [0, *offsets], strict=False):
            line.rstrip()
            out.append((line, line_start + start))
        line_start += len(segment) + 1
    return out or [(Text(), 0)]


def render_article(
    view: ArticleView, width: int, styles: ReaderStyles, cursor: Target | None = None
) -> RenderedArticle:
    """Lay the article out at `width` cells."""
    doc = view.article.document
    lines = _header(view, width, styles)
    lines.append(Text())
    target_lines: dict[tuple[str, int], int] = {}
    all_targets = targets(view)
    quote_ends = _quote_speaker_lines(view, doc.blocks)
    previous: Block | None = None
    for number, block in enumerate(doc.blocks):
        if previous is not None:
            lines.append(_prefix(block.quoted if previous.quoted and block.quoted else 0, styles))
        previous = block
        body, positions = _block_text(view, block, styles, cursor, all_targets)
        prefix_first, prefix_rest = _block_prefixes(block, styles)
        wrapped = _wrap_with_offsets(body, width - prefix_first.cell_len)
        first_line = len(lines)
        starts = [start for _, start in wrapped]
        for n, (line, _) in enumerate(wrapped):
            lines.append(Text.assemble(prefix_first if n == 0 else prefix_rest, line))
        for key, display_offset in positions.items():
            target_lines.setdefault(key, first_line + bisect_right(starts, display_offset) - 1)
        for speaker in quote_ends.get(number, ()):
            attribution = Text.assemble(prefix_rest, ("— ", styles.speaker), (clean(speaker), styles.speaker))
            lines.append(attribution)
    if not doc.blocks and doc.text:
        lines += _wrap(Text(strip_controls(doc.text)), width)
    lines.append(Text())
    return RenderedArticle(lines, target_lines)


def _prefix(depth: int, styles: ReaderStyles) -> Text:
    return Text("▌ " * depth, style=styles.quote_mark)


def _block_prefixes(block: Block, styles: ReaderStyles) -> tuple[Text, Text]:
    quote = _prefix(block.quoted, styles)
    if block.kind == "li":
        return Text.assemble(quote, "• "), Text.assemble(quote, "  ")
    return quote, quote.copy()


def _quote_speaker_lines(view: ArticleView, blocks: tuple[Block, ...]) -> dict[int, list[str]]:
    """Block quotes get their speaker on a line after the block where they end."""
    out: dict[int, list[str]] = {}
    for quote in view.quotes:
        if quote.kind not in _BLOCK_QUOTE_KINDS or not quote.speaker or quote.parent_id is not None:
            continue
        for number, block in enumerate(blocks):
            if block.start < quote.end <= block.end + 1:
                out.setdefault(number, []).append(quote.speaker)
                break
    return out


def _block_text(
    view: ArticleView, block: Block, styles: ReaderStyles, cursor: Target | None, all_targets: list[Target]
) -> tuple[Text, dict[tuple[str, int], int]]:
    """One block's text with every style applied; inline quotes get their speaker after them."""
    doc = view.article.document
    base = styles.heading if block.kind.startswith("h") else Style()
    if block.kind == "pre":
        base = styles.code
    if block.quoted:
        base = base + styles.quote
    # Offsets are into the stored text, so controls are blanked in place rather than removed.
    raw = doc.text[block.start : block.end]
    text = Text(_blank_controls(raw), style=base)

    def local(start: int, end: int) -> tuple[int, int] | None:
        start, end = max(start, block.start), min(end, block.end)
        return (start - block.start, end - block.start) if start < end else None

    for span in doc.spans:
        if (where := local(span.start, span.end)) is None:
            continue
        if span.kind == "a":
            style = styles.link + (Style(link=span.href) if span.href else Style())
        else:
            style = _SPAN_STYLES.get(span.kind, styles.code if span.kind == "code" else Style())
        text.stylize(style, *where)
    for quote in view.quotes:
        if quote.kind not in _BLOCK_QUOTE_KINDS and (where := local(quote.start, quote.end)):
            text.stylize(styles.quote, *where)
    for mention in view.mentions:
        if (where := local(mention.start, mention.end)) is None:
            continue
        style = {"character": styles.character, "person": styles.person}.get(mention.kind, styles.show)
        text.stylize(style, *where)
    # Each stop carries its key as style meta so a click knows what it landed on; quotes first so a
    # mention inside a quote wins the click.
    for target in sorted(all_targets, key=lambda t: t.kind == "mention"):
        if (where := local(target.start, target.end)) is not None:
            text.stylize(Style.from_meta({TARGET_META: f"{target.kind}:{target.index}"}), *where)
    if cursor is not None and (where := local(cursor.start, cursor.end)):
        text.stylize(styles.cursor, *where)

    positions: dict[tuple[str, int], int] = {}
    inserts: list[tuple[int, str]] = []
    for target in all_targets:
        if block.start <= target.start < block.end or (
            target.start < block.start and target.end > block.start and target.kind == "quote"
        ):
            positions[(target.kind, target.index)] = max(0, target.start - block.start)
    for quote in view.quotes:
        if quote.kind in _BLOCK_QUOTE_KINDS or not quote.speaker or quote.parent_id is not None:
            continue
        if block.start < quote.end <= block.end:
            at = quote.end - block.start
            # After the closing mark and punctuation, not inside them; and not at all when the
            # sentence names the speaker right there (“…,” Matt Duffer said).
            while at < len(raw) and raw[at] in _QUOTE_CLOSERS:
                at += 1
            if clean(quote.speaker).casefold() in raw[at : at + _NAMED_NEARBY].casefold():
                continue
            inserts.append((at, quote.speaker))
    if not inserts:
        return text, positions
    inserts.sort()
    pieces: list[Text] = []
    last = 0
    shift = 0
    shifted: dict[int, int] = {}
    for at, speaker in inserts:
        pieces.append(text[last:at])
        label = f" ({clean(speaker)})"
        pieces.append(Text(label, style=styles.speaker))
        shift += len(label)
        shifted[at] = shift
        last = at
    pieces.append(text[last:])
    out = Text.assemble(*pieces)
    out.style = text.style
    for key, offset in positions.items():
        positions[key] = offset + max((s for at, s in shifted.items() if at <= offset), default=0)
    return out, positions


def _blank_controls(value: str) -> str:
    """Controls and escapes become spaces: offsets into the stored text must stay aligned."""
    value = value.replace("\t", " ")
    if strip_controls(value) == value:
        return value
    return "".join(c if c == "\n" or c.isprintable() else " " for c in value)
