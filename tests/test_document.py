from pathlib import Path

from tui.document import Block, Document, document_from_text, strip_controls

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


def test_strip_controls_removes_escapes_and_controls_but_keeps_layout():
    dirty = "a\x1b[31mred\x1b[0m\x1b]0;title\x07 b\x00c\td\r\ne\x9b"
    assert strip_controls(dirty) == "ared bc\td\ne"


def test_strip_controls_leaves_markup_like_text_alone():
    assert strip_controls("[bold red]not markup[/]") == "[bold red]not markup[/]"


def test_document_from_text_splits_paragraphs_with_exact_offsets():
    doc = document_from_text("First  para\nwraps.\n\n\n  Second.\n")
    assert doc.text == "First para wraps.\n\nSecond."
    assert [doc.block_text(b) for b in doc.blocks] == ["First para wraps.", "Second."]


def test_seed_text_has_nine_paragraphs():
    doc = document_from_text((SEED / "article.txt").read_text(encoding="utf-8"))
    assert len(doc.blocks) == 9
    assert doc.block_text(doc.blocks[2]).startswith("Yes, for sure.")
    assert all(doc.text[b.start : b.end] == doc.block_text(b) for b in doc.blocks)


def test_json_round_trip_keeps_blocks_and_spans():
    doc = Document("Hi there", (Block("p", 0, 8, quoted=1),), ())
    again = Document.from_json(doc.text, doc.to_json())
    assert again == doc
