"""SQLite storage: schema, migrations, feeds, articles, coverage and search."""

from __future__ import annotations

from .coverage import Entity, MentionView, QuoteView, RelatedEntity, SavedQuote, ShowSummary
from .models import Article, ArticleRow, EntryRecord, Feed, SaveResult, SearchHit, SearchPage
from .query import QueryError, parse_query
from .schema import SCHEMA_VERSION, SchemaTooNew
from .search import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
from .store import ArticleNotFound, FeedNotFound, Store

__all__ = [
    "HIGHLIGHT_CLOSE",
    "HIGHLIGHT_OPEN",
    "SCHEMA_VERSION",
    "Article",
    "ArticleNotFound",
    "ArticleRow",
    "Entity",
    "EntryRecord",
    "Feed",
    "FeedNotFound",
    "MentionView",
    "QueryError",
    "QuoteView",
    "RelatedEntity",
    "SaveResult",
    "SavedQuote",
    "SchemaTooNew",
    "SearchHit",
    "SearchPage",
    "ShowSummary",
    "Store",
    "parse_query",
]
