"""What analysis found, stored: entities, mentions, shows per article, quotes, relations, learned facts.

The analysis layer is pure; this module is where its results meet the database. Each article's
results are replaced as a whole in one transaction, so re-analysis never leaves a half-written article.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from .database import Database, utc_now
from .models import ArticleRow


@dataclass(frozen=True, slots=True)
class Entity:
    id: int
    kind: str  # show | character | person
    name: str
    show: str | None = None
    actor: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ShowSummary:
    id: int
    name: str
    articles: int
    unread: int
    latest: str | None


@dataclass(frozen=True, slots=True)
class MentionView:
    entity_id: int
    kind: str
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: int
    article_id: int
    parent_id: int | None
    start: int
    end: int
    text: str
    speaker: str | None
    kind: str
    confidence: float


@dataclass(frozen=True, slots=True)
class RelatedEntity:
    entity: Entity
    weight: float


@dataclass(frozen=True, slots=True)
class SavedQuote:
    id: int
    article_id: int | None
    article_title: str
    article_url: str | None
    text: str
    speaker: str | None
    saved: str


def _entity(row: sqlite3.Row | tuple) -> Entity:
    return Entity(
        id=row[0],
        kind=row[1],
        name=row[2],
        show=row[3],
        actor=row[4],
        aliases=tuple(json.loads(row[5] or "[]")),
        roles=tuple(json.loads(row[6] or "[]")),
    )


_ENTITY_COLUMNS = "e.id, e.kind, e.name, e.show, e.actor, e.aliases, e.roles"


def _upsert_entity(
    conn: sqlite3.Connection,
    kind: str,
    name: str,
    *,
    show: str | None = None,
    actor: str | None = None,
    aliases: Iterable[str] = (),
    roles: Iterable[str] = (),
) -> int:
    row = conn.execute(
        "SELECT id, show, actor, aliases, roles FROM entities WHERE kind = ? AND name = ?", (kind, name)
    ).fetchone()
    aliases, roles = list(aliases), list(roles)
    if row is None:
        cursor = conn.execute(
            "INSERT INTO entities (kind, name, show, actor, aliases, roles) VALUES (?, ?, ?, ?, ?, ?)",
            (kind, name, show, actor, json.dumps(sorted(set(aliases))), json.dumps(sorted(set(roles)))),
        )
        return cursor.lastrowid
    entity_id, old_show, old_actor, old_aliases, old_roles = row
    merged_aliases = sorted(set(json.loads(old_aliases)) | set(aliases))
    merged_roles = sorted(set(json.loads(old_roles)) | set(roles))
    conn.execute(
        "UPDATE entities SET show = ?, actor = ?, aliases = ?, roles = ? WHERE id = ?",
        (
            show or old_show,
            actor or old_actor,
            json.dumps(merged_aliases),
            json.dumps(merged_roles),
            entity_id,
        ),
    )
    return entity_id


class CoverageStore:
    """Coverage tables over one Database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Writing

    def save_analysis(self, article_id: int, analysis: object, *, learn: bool = True) -> None:
        """Replace an article's coverage with `analysis` (a tui.analysis.ArticleAnalysis)."""
        with self.db.transaction() as conn:
            self._clear_article(conn, article_id)
            ids: dict[tuple[str, str], int] = {}

            def entity_id(kind: str, name: str, **extra: object) -> int:
                key = (kind, name)
                if key not in ids:
                    ids[key] = _upsert_entity(conn, kind, name, **extra)
                return ids[key]

            for show in analysis.shows:
                conn.execute(
                    "INSERT OR IGNORE INTO article_shows (article_id, entity_id, main) VALUES (?, ?, ?)",
                    (article_id, entity_id("show", show), int(show == analysis.main_show)),
                )
            for character in analysis.characters:
                entity_id(
                    "character", character.name, show=character.show, actor=character.actor,
                    aliases=character.aliases,
                )  # fmt: skip
            for person in analysis.people:
                entity_id("person", person.name, roles=person.roles)
            conn.executemany(
                "INSERT INTO mentions (article_id, entity_id, start, end) VALUES (?, ?, ?, ?)",
                [(article_id, entity_id(m.kind, m.name), m.start, m.end) for m in analysis.mentions],
            )
            for quote in analysis.quotes:
                self._insert_quote(conn, article_id, quote, None, entity_id)
            for relation in analysis.relations:
                a = entity_id("character", relation.a)
                b = entity_id("character", relation.b)
                a, b = min(a, b), max(a, b)
                conn.execute(
                    "INSERT INTO article_relations (article_id, a_id, b_id, weight) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT DO UPDATE SET weight = weight + excluded.weight",
                    (article_id, a, b, relation.weight),
                )
            if learn:
                conn.executemany(
                    "INSERT INTO learned_facts (kind, name, value, show, evidence) VALUES (?, ?, ?, ?, 1)"
                    " ON CONFLICT DO UPDATE SET evidence = evidence + 1",
                    [(f.kind, f.name, f.value or "", f.show or "") for f in analysis.learned],
                )

    def _insert_quote(self, conn, article_id, quote, parent_id, entity_id) -> None:
        speaker_id = None
        if quote.speaker and quote.speaker_kind in ("person", "character"):
            speaker_id = entity_id(quote.speaker_kind, quote.speaker)
        cursor = conn.execute(
            "INSERT INTO quotes (article_id, parent_id, start, end, text, speaker, speaker_entity_id, kind,"
            " confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, parent_id, quote.start, quote.end, quote.text, quote.speaker, speaker_id,
                quote.kind, quote.confidence,
            ),
        )  # fmt: skip
        for child in quote.children:
            self._insert_quote(conn, article_id, child, cursor.lastrowid, entity_id)

    @staticmethod
    def _clear_article(conn: sqlite3.Connection, article_id: int) -> None:
        for table in ("mentions", "article_shows", "article_relations", "quotes"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))

    def clear_learned(self) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM learned_facts")

    def learned_facts(self) -> list[tuple[tuple[str, str, str | None, str | None], int]]:
        rows = self.db.execute("SELECT kind, name, value, show, evidence FROM learned_facts")
        return [((r[0], r[1], r[2] or None, r[3] or None), r[4]) for r in rows]

    def prune_entities(self) -> None:
        """Drop entities nothing refers to any more (after a full re-analysis)."""
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
                " AND id NOT IN (SELECT entity_id FROM article_shows)"
                " AND id NOT IN (SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL)"
                " AND id NOT IN (SELECT a_id FROM article_relations)"
                " AND id NOT IN (SELECT b_id FROM article_relations)"
            )

    # Catalog edits

    def add_edit(self, action: str, payload: dict) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO catalog_edits (action, payload, created) VALUES (?, ?, ?)",
                (action, json.dumps(payload), utc_now()),
            )

    def edits(self) -> list[tuple[str, dict]]:
        rows = self.db.execute("SELECT action, payload FROM catalog_edits ORDER BY id")
        return [(r[0], json.loads(r[1])) for r in rows]

    # Reading

    def entity(self, entity_id: int) -> Entity | None:
        row = self.db.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.id = ?", (entity_id,)
        ).fetchone()
        return _entity(row) if row else None

    def shows(self) -> list[ShowSummary]:
        """Shows with coverage, most recently covered first."""
        rows = self.db.execute(
            "SELECT e.id, e.name, count(*), sum(a.read = 0), max(a.sort_key)"
            " FROM entities e JOIN article_shows s ON s.entity_id = e.id"
            " JOIN articles a ON a.id = s.article_id"
            " WHERE e.kind = 'show' GROUP BY e.id"
            " ORDER BY max(a.sort_key) DESC, sum(s.main) DESC, count(*) DESC, e.name"
        )
        return [ShowSummary(r[0], r[1], r[2], r[3] or 0, r[4]) for r in rows]

    def entities(self, kind: str, *, show: str | None = None) -> list[Entity]:
        sql = f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.kind = ?"
        params: list = [kind]
        if show:
            sql += " AND e.show = ? COLLATE NOCASE"
            params.append(show)
        return [_entity(r) for r in self.db.execute(sql + " ORDER BY e.name", params)]

    def related(self, entity_id: int, limit: int = 20) -> list[RelatedEntity]:
        """Characters related to `entity_id`, strongest first, weights summed over all coverage."""
        rows = self.db.execute(
            f"SELECT {_ENTITY_COLUMNS}, r.weight FROM ("
            "  SELECT other, sum(weight) AS weight FROM ("
            "    SELECT b_id AS other, weight FROM article_relations WHERE a_id = :id"
            "    UNION ALL SELECT a_id, weight FROM article_relations WHERE b_id = :id"
            "  ) GROUP BY other"
            ") r JOIN entities e ON e.id = r.other ORDER BY r.weight DESC, e.name LIMIT :limit",
            {"id": entity_id, "limit": limit},
        )
        return [RelatedEntity(_entity(r[:7]), round(r[7], 3)) for r in rows]

    def mentions(self, article_id: int) -> list[MentionView]:
        rows = self.db.execute(
            "SELECT m.entity_id, e.kind, e.name, m.start, m.end FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start",
            (article_id,),
        )
        return [MentionView(*r) for r in rows]

    def article_shows(self, article_id: int) -> list[tuple[Entity, bool]]:
        rows = self.db.execute(
            f"SELECT {_ENTITY_COLUMNS}, s.main FROM article_shows s JOIN entities e ON e.id = s.entity_id"
            " WHERE s.article_id = ? ORDER BY s.main DESC, e.name",
            (article_id,),
        )
        return [(_entity(r[:7]), bool(r[7])) for r in rows]

    def article_entities(self, article_id: int) -> list[tuple[Entity, int]]:
        """Characters and people an article names, with how often."""
        rows = self.db.execute(
            f"SELECT {_ENTITY_COLUMNS}, count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " WHERE m.article_id = ? AND e.kind != 'show' GROUP BY e.id ORDER BY e.kind, count(*) DESC",
            (article_id,),
        )
        return [(_entity(r[:7]), r[7]) for r in rows]

    def quotes(
        self,
        *,
        article_id: int | None = None,
        speaker: str | None = None,
        show: str | None = None,
        entity_id: int | None = None,
        limit: int = 200,
    ) -> list[QuoteView]:
        clauses, params = [], []
        if article_id is not None:
            clauses.append("q.article_id = ?")
            params.append(article_id)
        if speaker:
            clauses.append("q.speaker LIKE ?")
            params.append(f"%{speaker}%")
        if entity_id is not None:
            clauses.append(
                "(q.speaker_entity_id = ? OR EXISTS (SELECT 1 FROM mentions m"
                " WHERE m.article_id = q.article_id AND m.entity_id = ?"
                " AND m.start >= q.start AND m.end <= q.end))"
            )
            params += [entity_id, entity_id]
        if show:
            clauses.append(
                "q.article_id IN (SELECT s.article_id FROM article_shows s JOIN entities e"
                " ON e.id = s.entity_id WHERE e.name = ? COLLATE NOCASE)"
            )
            params.append(show)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        order = "q.start" if article_id is not None else "q.article_id DESC, q.start"
        rows = self.db.execute(
            "SELECT q.id, q.article_id, q.parent_id, q.start, q.end, q.text, q.speaker, q.kind, q.confidence"
            f" FROM quotes q{where} ORDER BY {order} LIMIT ?",
            (*params, limit),
        )
        return [QuoteView(*r) for r in rows]

    def entity_articles(self, entity_id: int, *, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        rows = self.db.execute(
            "SELECT a.id, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.title, a.url, a.published,"
            " a.read, a.starred FROM articles a JOIN feeds f ON f.id = a.feed_id"
            " WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = :id"
            "   UNION SELECT article_id FROM article_shows WHERE entity_id = :id)"
            " ORDER BY a.sort_key DESC, a.id DESC LIMIT :limit OFFSET :offset",
            {"id": entity_id, "limit": limit, "offset": offset},
        )
        return [ArticleRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7])) for r in rows]

    # Saved quotes

    def save_quote(self, article_id: int, article_title: str, article_url: str | None, text: str,
                   speaker: str | None) -> bool:  # fmt: skip
        """Keep a quote in the collection; False when it was already there."""
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO saved_quotes"
                " (article_id, article_title, article_url, text, speaker, saved) VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, article_title, article_url, text, speaker, utc_now()),
            )
        return cursor.rowcount > 0

    def saved_quotes(self) -> list[SavedQuote]:
        rows = self.db.execute(
            "SELECT id, article_id, article_title, article_url, text, speaker, saved FROM saved_quotes"
            " ORDER BY saved DESC, id DESC"
        )
        return [SavedQuote(*r) for r in rows]

    def delete_saved_quote(self, quote_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM saved_quotes WHERE id = ?", (quote_id,))
