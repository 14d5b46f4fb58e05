"""The small API the app and the CLI share: feeds, articles, search, coverage and quotes.

Everything here returns dataclasses from `tui.store`; nothing above this layer writes SQL. Heavy
imports (feedparser, httpx, the analysis automaton) happen on first use, so the app starts fast.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .store import (
    Article,
    ArticleRow,
    Entity,
    Feed,
    MentionView,
    QuoteView,
    RelatedEntity,
    SavedQuote,
    SearchPage,
    ShowSummary,
    Store,
)

if TYPE_CHECKING:
    from .ingest import RefreshSummary


@dataclass(frozen=True, slots=True)
class Source:
    """What the article list shows: all coverage, one show, one feed, or the starred articles."""

    kind: str  # all | show | feed | starred
    id: int | None = None
    label: str = "All coverage"


ALL = Source("all")
STARRED = Source("starred", label="Starred")


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with everything the reader highlights."""

    article: Article
    mentions: tuple[MentionView, ...]
    quotes: tuple[QuoteView, ...]
    shows: tuple[tuple[Entity, bool], ...]  # (show, is main show)
    entities: tuple[tuple[Entity, int], ...]  # characters and people with mention counts


@dataclass(frozen=True, slots=True)
class CharacterView:
    entity: Entity
    related: tuple[RelatedEntity, ...]
    articles: tuple[ArticleRow, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class AddedFeed:
    feed: Feed
    new: int


class Greenroom:
    """One user's coverage: a store plus the ingestion and analysis that fill it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.coverage = store.coverage
        self._catalog = None
        self._catalog_lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path) -> Greenroom:
        return cls(Store(path))

    def close(self) -> None:
        self.store.close()

    # Figures

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    # Feeds

    def feeds(self) -> list[Feed]:
        return self.store.feeds()

    def find_feed(self, id_or_url: str | int) -> Feed:
        return self.store.find_feed(id_or_url)

    def add_feed(self, url: str, *, timeout: float | None = None) -> AddedFeed:
        """Fetch `url` once and subscribe; raises AddFeedError and stores nothing when it is no feed."""
        from .ingest import add_feed

        kwargs = {} if timeout is None else {"timeout": timeout}
        result = add_feed(self.store, url, **kwargs)
        self.analyze_articles(self.store.article_ids(result.feed.id))
        return AddedFeed(self.store.feed(result.feed.id), result.new)

    def remove_feed(self, id_or_url: str | int) -> Feed:
        feed = self.store.find_feed(id_or_url)
        self.store.remove_feed(feed.id)
        return feed

    def refresh(
        self,
        feed_ids: Sequence[int] | None = None,
        *,
        on_result: Callable[[object], None] | None = None,
        timeout: float | None = None,
    ) -> RefreshSummary:
        """Refresh feeds concurrently; each feed's new and changed articles are analysed as they land."""
        from .ingest import refresh_feeds

        catalog = self.catalog()

        def analyze_saved(feed_id: int, saved) -> None:
            self.analyze_articles((*saved.new_ids, *saved.updated_ids), catalog=catalog)

        kwargs = {} if timeout is None else {"timeout": timeout}
        summary = refresh_feeds(self.store, feed_ids, on_result=on_result, on_saved=analyze_saved, **kwargs)
        self.invalidate_catalog()
        return summary

    def import_opml(self, data: bytes) -> tuple[int, int]:
        from .ingest import import_opml

        return import_opml(self.store, data)

    def export_opml(self) -> str:
        from .ingest import export_opml

        return export_opml(self.store)

    def load_demo(self) -> int:
        """Subscribe to the bundled demo coverage (local files, no network); return articles added."""
        added = 0
        for path in demo_feed_paths():
            if self.store.feed_by_url(str(path)) is None:
                added += self.add_feed(str(path)).new
        return added

    # Articles

    def count_articles(self, source: Source = ALL) -> int:
        return self.store.count_articles(**_source_filter(source))

    def article_rows(self, source: Source = ALL, *, limit: int = 100, offset: int = 0) -> list[ArticleRow]:
        return self.store.article_rows(**_source_filter(source), limit=limit, offset=offset)

    def article(self, article_id: int) -> Article:
        return self.store.article(article_id)

    def article_view(self, article_id: int) -> ArticleView:
        article = self.store.article(article_id)
        return ArticleView(
            article=article,
            mentions=tuple(self.coverage.mentions(article_id)),
            quotes=tuple(self.coverage.quotes(article_id=article_id, limit=10_000)),
            shows=tuple(self.coverage.article_shows(article_id)),
            entities=tuple(self.coverage.article_entities(article_id)),
        )

    def set_read(self, article_id: int, read: bool = True) -> None:
        self.store.set_read([article_id], read)

    def set_starred(self, article_id: int, starred: bool) -> None:
        self.store.set_starred(article_id, starred)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
        return self.store.search(query, limit=limit, offset=offset)

    # Coverage

    def shows(self) -> list[ShowSummary]:
        return self.coverage.shows()

    def characters(self, show: str | None = None) -> list[Entity]:
        return self.coverage.entities("character", show=show)

    def related(self, entity_id: int, limit: int = 20) -> list[RelatedEntity]:
        return self.coverage.related(entity_id, limit)

    def character_view(self, entity_id: int, *, articles: int = 50) -> CharacterView:
        entity = self.coverage.entity(entity_id)
        if entity is None:
            raise LookupError(f"no character with id {entity_id}")
        return CharacterView(
            entity=entity,
            related=tuple(self.coverage.related(entity_id)),
            articles=tuple(self.coverage.entity_articles(entity_id, limit=articles)),
            quotes=tuple(self.coverage.quotes(entity_id=entity_id, limit=50)),
        )

    def quotes(
        self, *, speaker: str | None = None, show: str | None = None, limit: int = 200
    ) -> list[QuoteView]:
        return self.coverage.quotes(speaker=speaker, show=show, limit=limit)

    def save_quote(self, article_id: int, text: str, speaker: str | None) -> bool:
        article = self.store.article(article_id)
        return self.coverage.save_quote(article_id, article.title, article.url, text, speaker)

    def saved_quotes(self) -> list[SavedQuote]:
        return self.coverage.saved_quotes()

    def delete_saved_quote(self, quote_id: int) -> None:
        self.coverage.delete_saved_quote(quote_id)

    def saved_quotes_markdown(self) -> str:
        return quotes_markdown(self.coverage.saved_quotes())

    # Analysis

    def catalog(self):
        """The catalog in force: the bundled starter, then what coverage taught, then the user's edits."""
        with self._catalog_lock:
            if self._catalog is None:
                from .catalog_edits import effective_catalog

                self._catalog = effective_catalog(self.coverage.learned_facts(), self.coverage.edits())
            return self._catalog

    def catalog_entry(self, name: str):
        """(show, its characters) as the catalog in force has them, by title, alias or any casing; or None."""
        index = self.catalog().index
        title = index.show_titles.get(name)
        if title is None:
            folded = name.casefold()
            title = next((index.show_titles[t] for t in index.show_titles if t.casefold() == folded), None)
        if title is None:
            return None
        return index.shows[title], list(index.show_characters.get(title, ()))

    def invalidate_catalog(self) -> None:
        with self._catalog_lock:
            self._catalog = None

    def analyze_articles(self, article_ids: Iterable[int], *, catalog=None, learn: bool = True) -> int:
        """Analyse stored articles and store what is found; returns how many were analysed."""
        from .analysis import analyze

        catalog = catalog or self.catalog()
        count = 0
        for article_id in article_ids:
            article = self.store.article(article_id)
            result = analyze(article.document, catalog, title=article.title, categories=article.categories)
            self.coverage.save_analysis(article_id, result, learn=learn)
            count += 1
        return count

    def reanalyze(self, on_progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild all coverage from scratch with the current catalog (after catalog edits)."""
        self.coverage.clear_learned()
        ids = self.store.article_ids()
        # First pass learns from all coverage; the second applies what was learned everywhere.
        self.invalidate_catalog()
        self.analyze_articles(ids)
        self.invalidate_catalog()
        catalog = self.catalog()
        for done, article_id in enumerate(ids, 1):
            self.analyze_articles([article_id], catalog=catalog, learn=False)
            if on_progress:
                on_progress(done, len(ids))
        self.coverage.prune_entities()
        return len(ids)

    def edit_catalog(self, action: str, **payload: object) -> None:
        from .catalog_edits import validate_edit

        validate_edit(action, payload)
        self.coverage.add_edit(action, payload)
        self.invalidate_catalog()


def _source_filter(source: Source) -> dict:
    if source.kind == "feed":
        return {"feed_id": source.id}
    if source.kind == "show":
        return {"show_id": source.id}
    if source.kind == "starred":
        return {"starred_only": True}
    return {}


def demo_feed_paths() -> list[Path]:
    """The bundled demo feeds (shipped as `tui.demo`; `fixtures/demo/` in a checkout not installed)."""
    try:
        entries = [Path(str(entry)) for entry in resources.files("tui.demo").iterdir()]
    except ModuleNotFoundError:
        entries = list((Path(__file__).resolve().parents[1] / "fixtures" / "demo").iterdir())
    return sorted(p for p in entries if p.suffix in (".rss", ".xml", ".json"))


def quotes_markdown(quotes: Sequence[SavedQuote]) -> str:
    """The quote collection as Markdown."""
    lines = ["# Saved quotes", ""]
    for quote in quotes:
        lines += [f"> {line}" if line else ">" for line in quote.text.splitlines()]
        source = f"[{quote.article_title}]({quote.article_url})" if quote.article_url else quote.article_title
        lines += ["", f"— {quote.speaker or 'Unknown'}, {source}", ""]
    return "\n".join(lines).rstrip() + "\n"


def analyze_source(source: str, *, timeout: float = 20.0):
    """Analyse one HTML or text file (or URL) with the bundled catalog, no database involved."""
    from .analysis import analyze, load_starter_catalog
    from .document import document_from_text

    if "://" in source and not source.startswith("file://"):
        from .ingest import fetch

        result = fetch(source, timeout=timeout)
        raw = result.content or b""
        content_type = result.headers.get("content-type", "")
    else:
        path = Path(source.removeprefix("file://"))
        raw = path.read_bytes()
        content_type = "text/html" if path.suffix.lower() in (".html", ".htm", ".xhtml") else ""
    text = raw.decode("utf-8", errors="replace")
    title = ""
    if "html" in content_type or text.lstrip()[:1] == "<":
        from selectolax.lexbor import LexborHTMLParser

        from .ingest.sanitize import sanitize_html

        node = LexborHTMLParser(text).css_first("title")
        title = node.text(strip=True) if node else ""
        _, document = sanitize_html(text, source if "://" in source else None)
    else:
        document = document_from_text(text)
    return analyze(document, load_starter_catalog(), title=title)
