"""The one-pass sanitizer: allowlist, escapes, markup as text, link resolution, offsets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tui.document import BLOCK_SEPARATOR, Document
from tui.ingest import html_to_document, safe_url, sanitize_html

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


def assert_consistent(document: Document) -> None:
    """Blocks tile the text in order, each block's text is its slice, spans sit inside blocks."""
    text = document.text
    if not document.blocks:
        assert text == ""
        return
    assert document.blocks[0].start == 0
    assert document.blocks[-1].end == len(text)
    for before, after in zip(document.blocks, document.blocks[1:], strict=False):
        assert text[before.end : after.start] == BLOCK_SEPARATOR
    for block in document.blocks:
        piece = document.block_text(block)
        assert piece == text[block.start : block.end]
        assert piece.strip()
        if block.kind != "pre":
            assert piece == piece.strip()
        assert block.quoted >= 0
    for span in document.spans:
        assert span.start < span.end
        assert any(b.start <= span.start and span.end <= b.end for b in document.blocks), span
        assert text[span.start : span.end] == text[span.start : span.end].strip()


def test_allowlist_drops_active_content_and_attributes() -> None:
    html = (
        "<script>alert('x')</script><style>p{color:red}</style><p onclick='steal()' class='x'>Kept "
        "<iframe src='https://evil.example'>frame text</iframe><em>text</em></p><form><input>form text</form>"
        "<object>object text</object><embed src=x><svg><text>svg text</text></svg>"
        "<noscript>ns text</noscript>"
        "<img src='https://t.example/p.gif' width=1 height=1><template>tpl text</template>"
    )
    clean, document = sanitize_html(html)
    assert clean == "<p>Kept <em>text</em></p>"
    assert document.text == "Kept text"
    for gone in (
        "alert",
        "color:red",
        "frame text",
        "form text",
        "object text",
        "svg text",
        "ns text",
        "tpl",
    ):
        assert gone not in document.text
        assert gone not in clean


def test_unknown_elements_are_unwrapped_keeping_children() -> None:
    clean, document = sanitize_html(
        "<article><section><div><span class=a>Krysten Ritter</span> stars</div>"
        "<figure><figcaption>Jessica Jones</figcaption></figure></section></article>"
    )
    assert document.text == "Krysten Ritter stars\n\nJessica Jones"
    assert clean == "<p>Krysten Ritter stars</p><p>Jessica Jones</p>"
    assert "span" not in clean and "div" not in clean


def test_blocks_kinds_and_quote_depth() -> None:
    _, document = sanitize_html(
        "<h2>Casting</h2><p>Intro</p><blockquote><p>Outer</p><blockquote><p>Inner</p></blockquote>"
        "After</blockquote><ul><li>One</li><li>Two <strong>bold</strong></li></ul><pre>  a\n    b</pre>"
    )
    kinds = [(b.kind, document.block_text(b), b.quoted) for b in document.blocks]
    assert kinds == [
        ("h2", "Casting", 0),
        ("p", "Intro", 0),
        ("p", "Outer", 1),
        ("p", "Inner", 2),
        ("p", "After", 1),
        ("li", "One", 0),
        ("li", "Two bold", 0),
        ("pre", "  a\n    b", 0),
    ]
    assert_consistent(document)


def test_whitespace_collapses_like_a_browser() -> None:
    clean, document = sanitize_html(
        "<p>  Melissa \n\t Rosenberg   <em> showrunner </em>  of\n<b>Jessica</b>Jones </p>"
    )
    assert document.text == "Melissa Rosenberg showrunner of JessicaJones"
    assert [document.text[s.start : s.end] for s in document.spans] == ["showrunner", "Jessica"]
    assert clean.startswith("<p>Melissa Rosenberg <em>")


def test_text_outside_blocks_becomes_paragraphs_and_breaks() -> None:
    _, document = sanitize_html("Loose text<br>second line<br><br>new paragraph<p>real</p>tail")
    assert [document.block_text(b) for b in document.blocks] == [
        "Loose text\nsecond line",
        "new paragraph",
        "real",
        "tail",
    ]
    assert all(b.kind == "p" for b in document.blocks)


def test_terminal_escapes_and_controls_never_survive() -> None:
    html = "<p>Red \x1b[31mtext\x1b[0m &#27;[2J clear \x9b31m csi \x07bell \x1b]0;title\x07 end</p>"
    clean, document = sanitize_html(html)
    for bad in ("\x1b", "\x9b", "\x07"):
        assert bad not in document.text
        assert bad not in clean
    assert document.text.startswith("Red text")
    assert "end" in document.text


def test_markup_in_text_stays_text() -> None:
    clean, document = sanitize_html(
        "<p>[bold red]Eleven[/bold red] &lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )
    assert document.text == "[bold red]Eleven[/bold red] <script>alert(1)</script>"
    assert "&lt;script&gt;" in clean and "<script>" not in clean


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/reviews/ripley", "https://screenbeat.example/reviews/ripley"),
        ("../x", "https://screenbeat.example/x"),
        ("https://ew.com/", "https://ew.com/"),
        ("mailto:tips@screenbeat.example", "mailto:tips@screenbeat.example"),
        ("javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("vbscript:msgbox", None),
        ("", None),
    ],
)
def test_links_resolved_and_only_safe_schemes_kept(href: str, expected: str | None) -> None:
    assert safe_url(href, "https://screenbeat.example/news/item") == expected
    clean, document = sanitize_html(
        f'<p>See <a href="{href}" onmouseover="x()">this</a></p>', "https://screenbeat.example/news/item"
    )
    links = [s.href for s in document.spans if s.kind == "a"]
    assert links == ([expected] if expected else [])
    assert "onmouseover" not in clean
    assert ("<a " in clean) == bool(expected)


def test_relative_link_without_base_is_dropped() -> None:
    _, document = sanitize_html('<p><a href="/relative">text</a></p>')
    assert document.spans == ()
    assert document.text == "text"


def test_seed_article_paragraphs_and_quotes() -> None:
    clean, document = sanitize_html((SEED / "article.html").read_text(), "https://coverage.example/a")
    expected = [" ".join(p.split()) for p in (SEED / "article.txt").read_text().split("\n\n") if p.strip()]
    blocks = [" ".join(document.block_text(b).split()) for b in document.blocks]
    for paragraph in expected:
        assert paragraph in blocks
    assert any(b.quoted for b in document.blocks)
    assert "Jessica Jones" in [document.text[s.start : s.end] for s in document.spans if s.kind == "em"]
    assert "<blockquote>" in clean
    assert_consistent(document)


def test_deep_nesting_does_not_recurse() -> None:
    html = "<div>" * 5000 + "<p>deep <em>inside</em></p>" + "</div>" * 5000
    _, document = sanitize_html(html)
    assert document.text == "deep inside"


def test_empty_and_whitespace_input() -> None:
    assert sanitize_html("") == ("", Document(""))
    assert sanitize_html("  \n ")[1].text == ""
    assert html_to_document("<p> </p><div></div>").blocks == ()


def test_random_documents_stay_consistent() -> None:
    rng = random.Random(7)
    tags = [
        "p",
        "em",
        "strong",
        "b",
        "i",
        "code",
        "blockquote",
        "ul",
        "li",
        "div",
        "span",
        "h3",
        "pre",
        "a",
        "br",
    ]
    words = ["Severance", " ", "Adam Scott", "\n", "  Lumon ", "&amp;", "\x1b[1m", "[bold]", "Britt\tLower"]
    for _ in range(1000):
        parts: list[str] = []
        open_tags: list[str] = []
        for _ in range(rng.randint(1, 40)):
            roll = rng.random()
            if roll < 0.35:
                tag = rng.choice(tags)
                if tag == "br":
                    parts.append("<br>")
                else:
                    parts.append(f'<{tag} href="/x">' if tag == "a" else f"<{tag}>")
                    open_tags.append(tag)
            elif roll < 0.55 and open_tags:
                parts.append(f"</{open_tags.pop()}>")
            else:
                parts.append(rng.choice(words))
        clean, document = sanitize_html("".join(parts), "https://x.example/")
        assert_consistent(document)
        assert "\x1b" not in document.text and "\x1b" not in clean
        # The clean HTML must itself sanitize to the same words: nothing got lost or invented.
        assert sanitize_html(clean)[1].text.split() == document.text.split()
