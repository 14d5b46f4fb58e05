"""Feed HTML to clean HTML plus a `Document`, in one pass over lexbor's tree with an allowlist."""

from __future__ import annotations

from html import escape
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from ..document import BLOCK_SEPARATOR, Block, Document, Span, strip_controls

# Leaf blocks: their text becomes one Block of the same kind.
_LEAF_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"})
# Containers we keep in the HTML; they end the current block but hold no text of their own.
_CONTAINERS = frozenset({"blockquote", "ul", "ol"})
# Unknown block-level elements: unwrapped, but a browser would start a new line at them.
_BREAKING = frozenset(
    {
        "div", "section", "article", "figure", "figcaption", "header", "footer", "main", "aside",
        "nav", "address", "details", "summary", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "dl", "dt", "dd", "center", "fieldset", "hgroup", "menu", "dir", "body", "html",
    }
)  # fmt: skip
_INLINE = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code", "a": "a"}
# Dropped together with everything inside them.
_DROPPED = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "form", "object", "embed", "applet", "svg",
        "math", "noscript", "template", "head", "title", "meta", "link", "base", "img", "picture",
        "video", "audio", "source", "track", "canvas", "map", "input", "button", "select", "textarea",
        "option", "label", "noembed", "noframes", "xmp", "plaintext", "param", "portal",
    }
)  # fmt: skip
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_TEXT = "-text"


def safe_url(href: str | None, base_url: str | None = None) -> str | None:
    """`href` resolved against `base_url` when it is http, https or mailto; None otherwise."""
    if not href:
        return None
    # Browsers ignore whitespace and controls inside URLs, so "java\tscript:" must count as javascript.
    href = strip_controls("".join(href.split()))
    if not href:
        return None
    if base_url:
        try:
            href = urljoin(base_url, href)
        except ValueError:
            return None
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    return href if scheme in _SAFE_SCHEMES else None


class _Builder:
    """Accumulates the clean HTML and the document text while the walk visits nodes."""

    __slots__ = (
        "base_url",
        "block_html_start",
        "block_spans",
        "blocks",
        "buf",
        "buf_len",
        "html",
        "implicit_kept",
        "implicit_p",
        "leaf_stack",
        "offset",
        "open_spans",
        "parts",
        "pending_space",
        "pre",
        "quoted",
        "spans",
    )  # fmt: skip

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self.html: list[str] = []
        self.parts: list[str] = []  # finished block texts
        self.offset = 0  # where the next block starts in the document text
        self.blocks: list[Block] = []
        self.spans: list[Span] = []
        self.buf: list[str] = []  # the current block's text pieces
        self.buf_len = 0
        self.pending_space = False
        self.block_html_start = 0  # index in `html` where the current block began, to drop it if empty
        self.block_spans: list[list] = []  # [kind, start, end, href] relative to the block
        self.open_spans: list[list | None] = []  # one entry per open inline element
        self.leaf_stack: list[str] = []
        self.quoted = 0
        self.implicit_p = False
        self.implicit_kept = False  # the implicit paragraph already gave a block (<br><br>), so keep it
        self.pre = 0

    # Text

    def text(self, value: str) -> None:
        value = strip_controls(value)
        if self.pre:
            if value:
                self._open_implicit()
                self.buf.append(value)
                self.buf_len += len(value)
                self.html.append(escape(value, quote=False))
            return
        words = value.split()
        if not words:
            if value and self.buf_len:
                self.pending_space = True
            return
        self._open_implicit()
        collapsed = " ".join(words)
        if (self.pending_space or value[0].isspace()) and self.buf_len and self.buf[-1][-1] not in " \n":
            collapsed = " " + collapsed
        self.buf.append(collapsed)
        self.buf_len += len(collapsed)
        self.html.append(escape(collapsed, quote=False))
        self.pending_space = value[-1].isspace()

    def line_break(self) -> None:
        if self.pre:
            self.text("\n")
            return
        if not self.buf_len:
            return
        if self.buf[-1].endswith("\n"):
            # <br><br> is how many feeds separate paragraphs: make it a block break.
            self.end_block(keep_html=True)
            self.html.append("<br>")
            return
        self.buf.append("\n")
        self.buf_len += 1
        self.pending_space = False
        self.html.append("<br>")

    # Blocks

    def _open_implicit(self) -> None:
        """Text outside any leaf block goes into a paragraph of its own."""
        if self.leaf_stack or self.implicit_p:
            return
        self.implicit_p = True
        self.block_html_start = len(self.html)
        self.html.append("<p>")

    def end_block(self, keep_html: bool = False) -> None:
        """Close the text gathered so far into a Block; an empty one leaves no trace in the HTML."""
        implicit = self.implicit_p
        if implicit and not keep_html:
            self.implicit_p = False
        text = "".join(self.buf)
        strip = "\n" if self.pre else " \n"
        stripped = text.lstrip(strip)
        lead = len(text) - len(stripped)
        stripped = stripped.rstrip(strip)
        if stripped and not stripped.isspace():
            # Inside <pre> whitespace is kept whatever the inner element, so the block is preformatted.
            kind = "pre" if self.pre else self.leaf_stack[-1] if self.leaf_stack else "p"
            start = self.offset
            self.blocks.append(Block(kind, start, start + len(stripped), self.quoted))
            limit = len(stripped)
            for span_kind, s, e, href in self.block_spans:
                s = max(0, s - lead)
                e = min(limit, (e if e is not None else self.buf_len) - lead)
                while s < e and stripped[s].isspace():
                    s += 1
                while e > s and stripped[e - 1].isspace():
                    e -= 1
                if s < e:
                    self.spans.append(Span(span_kind, start + s, start + e, href))
            self.parts.append(stripped)
            self.offset = start + limit + len(BLOCK_SEPARATOR)
            if implicit and keep_html:
                self.implicit_kept = True
        if implicit and not keep_html:
            if stripped.strip() or self.implicit_kept:
                self.html.append("</p>")
            else:
                del self.html[self.block_html_start :]
            self.implicit_kept = False
        # Spans still open continue into the next block.
        still_open = [span for span in self.open_spans if span is not None]
        for span in still_open:
            span[1] = 0
        self.block_spans = [span for span in self.block_spans if span[2] is None]
        self.buf = []
        self.buf_len = 0
        self.pending_space = False

    # Elements

    def open_element(self, tag: str, node) -> bool:
        """Handle a start tag; False means skip the element and its children."""
        inline = _INLINE.get(tag)
        if inline is not None:
            if self.pending_space and self.buf_len and not self.pre:
                # Put the space before the mark, not inside it: "of <em>Daredevil</em>".
                self.buf.append(" ")
                self.buf_len += 1
                self.html.append(" ")
                self.pending_space = False
            href = None
            if inline == "a":
                href = safe_url(node.attributes.get("href"), self.base_url)
                if href is None:
                    self.open_spans.append(None)
                    return True
                self._open_implicit()
                self.html.append(f'<a href="{escape(href)}">')
            else:
                self._open_implicit()
                self.html.append(f"<{inline}>")
            span = [inline, self.buf_len, None, href]
            self.block_spans.append(span)
            self.open_spans.append(span)
            return True
        if tag in _LEAF_BLOCKS:
            self._close_implicit()
            self.end_block()
            self.leaf_stack.append(tag)
            if tag == "pre":
                self.pre += 1
            self.html.append(f"<{tag}>")
            return True
        if tag in _CONTAINERS:
            self._close_implicit()
            self.end_block()
            if tag == "blockquote":
                self.quoted += 1
            self.html.append(f"<{tag}>")
            return True
        if tag in _BREAKING:
            self._break()
            return True
        if tag == "br":
            self.line_break()
            return False
        if tag == "hr":
            self._close_implicit()
            self.end_block()
            self.html.append("<hr>")
            return False
        # Unknown inline elements (span, font, small, ...) keep their children; comments and the like don't.
        return tag not in _DROPPED and tag[0] not in "-_!"

    def close_element(self, tag: str) -> None:
        inline = _INLINE.get(tag)
        if inline is not None:
            span = self.open_spans.pop() if self.open_spans else None
            if span is not None:
                span[2] = self.buf_len
                self.html.append(f"</{inline}>")
            return
        if tag in _LEAF_BLOCKS:
            self.end_block()
            if self.leaf_stack:
                self.leaf_stack.pop()
            if tag == "pre":
                self.pre -= 1
            self.html.append(f"</{tag}>")
            return
        if tag in _CONTAINERS:
            self._close_implicit()
            self.end_block()
            if tag == "blockquote":
                self.quoted -= 1
            self.html.append(f"</{tag}>")
            return
        if tag in _BREAKING:
            self._break()

    def _break(self) -> None:
        if self.leaf_stack and self.buf_len:
            # A <div> inside an <li> splits the block; in the HTML only a line break can say so.
            self.html.append("<br>")
        self._close_implicit()
        self.end_block()

    def _close_implicit(self) -> None:
        # Inline elements still open inside an implicit paragraph must close before it does.
        if self.implicit_p:
            for span in reversed(self.open_spans):
                if span is not None:
                    self.html.append(f"</{span[0]}>")
            self.end_block()
            for span in self.open_spans:
                if span is not None:
                    self.html.append(f'<a href="{escape(span[3])}">' if span[0] == "a" else f"<{span[0]}>")

    def finish(self) -> tuple[str, Document]:
        self._close_implicit()
        self.end_block()
        text = BLOCK_SEPARATOR.join(self.parts)
        return "".join(self.html), Document(text, tuple(self.blocks), tuple(self.spans))


def sanitize_html(html: str, base_url: str | None = None) -> tuple[str, Document]:
    """Clean HTML (allowlisted elements only, safe links) and the matching `Document`."""
    builder = _Builder(base_url)
    if not html or not html.strip():
        return builder.finish()
    root = LexborHTMLParser(html).body
    if root is None:
        return builder.finish()
    # Iterative walk: hostile feeds nest thousands deep, which would exhaust Python's recursion limit.
    stack: list = []
    node = root.first_child
    open_element = builder.open_element
    close_element = builder.close_element
    add_text = builder.text
    while node is not None:
        tag = node.tag
        if tag == _TEXT:
            add_text(node.text_content or "")
            child = None
        elif open_element(tag, node):
            child = node.first_child
            if child is None:
                close_element(tag)
        else:
            child = None
        if child is not None:
            stack.append(node)
            node = child
            continue
        while True:
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            if not stack:
                node = None
                break
            node = stack.pop()
            close_element(node.tag)
    return builder.finish()


def html_to_document(html: str, base_url: str | None = None) -> Document:
    """The `Document` of a piece of feed HTML."""
    return sanitize_html(html, base_url)[1]


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, on one line (for titles and summaries marked up as HTML)."""
    return " ".join(sanitize_html(html)[1].text.split())
