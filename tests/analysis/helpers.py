"""Small helpers the analysis rule tests share: analyse plain text, and read the findings back."""

from __future__ import annotations

from tui.analysis import ArticleAnalysis, Catalog, analyze
from tui.document import document_from_text
from tui.ingest.sanitize import html_to_document


def run(text: str, catalog: Catalog, **kw) -> ArticleAnalysis:
    return analyze(document_from_text(text), catalog, **kw)


def run_html(html: str, catalog: Catalog, **kw) -> ArticleAnalysis:
    """Analyse an HTML fragment as ingestion hands it over (the real sanitizer)."""
    return analyze(html_to_document(html), catalog, **kw)


def chars(a: ArticleAnalysis) -> dict[str, str | None]:
    """Characters found, with their actors."""
    return {c.name: c.actor for c in a.characters}


def char_names(a: ArticleAnalysis) -> set[str]:
    return {c.name for c in a.characters}


def people(a: ArticleAnalysis) -> set[str]:
    return {p.name for p in a.people}
