"""Pure analysis of article text: catalog matching, mentions, quotes, relations and learning."""

from __future__ import annotations

from tui.analysis.analyze import analyze
from tui.analysis.catalog import (
    Catalog,
    CharacterEntry,
    PersonEntry,
    ShowEntry,
    catalog_from_json,
    load_starter_catalog,
)
from tui.analysis.learn import catalog_from_learned
from tui.analysis.model import (
    ArticleAnalysis,
    CharacterFinding,
    LearnedFact,
    Mention,
    PersonFinding,
    QuoteSpan,
    Relation,
)

__all__ = [
    "ArticleAnalysis",
    "Catalog",
    "CharacterEntry",
    "CharacterFinding",
    "LearnedFact",
    "Mention",
    "PersonEntry",
    "PersonFinding",
    "QuoteSpan",
    "Relation",
    "ShowEntry",
    "analyze",
    "catalog_from_json",
    "catalog_from_learned",
    "load_starter_catalog",
]
