"""Ranked full-text search over stored articles.

A broad word can match most of the archive, and ranking every match costs time in proportion to the
archive. So results are ranked within slices of the newest articles (by rowid, which grows with
arrival): the newest slice is ranked first, and older slices are read only when a page needs them.
A query's cost is then bounded by the slice, not by the archive.

Ranking reads only rowids and bm25; snippets, the costliest part of a hit, are made afterwards for
the rows of the page alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from .database import Database
from .models import SearchHit, SearchPage
from .query import ParsedQuery, QueryError, parse_query

SLICE = 25_000  # rowids per ranking slice; a tuning constant, set smaller by tests
HIGHLIGHT_OPEN = "\x02"
HIGHLIGHT_CLOSE = "\x03"
SNIPPET_TOKENS = 16

_HIT_COLUMNS = (
    "a.id, a.title, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.published, a.url, "
    "substr(coalesce(nullif(a.summary, ''), a.text), 1, 160), a.read, a.starred"
)


def _filters(parsed: ParsedQuery) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if parsed.feed:
        if parsed.feed.isdigit():
            clauses.append("a.feed_id = ?")
            params.append(int(parsed.feed))
        else:
            # `%` and `_` in a feed name are literal characters, not LIKE wildcards
            pattern = "%" + parsed.feed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(
                "a.feed_id IN (SELECT id FROM feeds WHERE title LIKE ? ESCAPE '\\' OR url LIKE ? ESCAPE '\\')"
            )
            params += [pattern, pattern]
    if parsed.after:
        clauses.append("a.sort_key >= ?")
        params.append(parsed.after)
    if parsed.before:
        clauses.append("a.sort_key < ?")
        params.append(parsed.before)
    if parsed.unread:
        clauses.append("a.read = 0")
    if parsed.starred:
        clauses.append("a.starred = 1")
    return "".join(f" AND {c}" for c in clauses), params


def _hit(row: tuple, snippet: str | None = None) -> SearchHit:
    return SearchHit(
        id=row[0],
        title=row[1],
        feed_id=row[2],
        feed_title=row[3],
        published=row[4],
        url=row[5],
        snippet=(row[6] if snippet is None else snippet) or "",
        read=bool(row[7]),
        starred=bool(row[8]),
    )


def _ranked_ids(db: Database, expression: str, where: str, params: list, wanted: int) -> list[int]:
    """Up to `wanted` matching rowids, best first within each slice, newest slice first."""
    if where:
        sql = (
            "SELECT articles_fts.rowid FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND articles_fts.rowid > ? AND articles_fts.rowid <= ?{where}"
            " ORDER BY bm25(articles_fts, 8.0, 4.0, 1.0), articles_fts.rowid DESC LIMIT ?"
        )
    else:
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ? AND rowid <= ?"
            " ORDER BY bm25(articles_fts, 8.0, 4.0, 1.0), rowid DESC LIMIT ?"
        )
    top = db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
    ids: list[int] = []
    high = top
    while high > 0 and len(ids) < wanted:
        low = max(0, high - SLICE)
        ids += [r[0] for r in db.execute(sql, (expression, low, high, *params, wanted - len(ids)))]
        high = low
    return ids


def _snippets(db: Database, expression: str, ids: list[int]) -> dict[int, str]:
    """Highlighted snippets for these rows only, in one pass over the match.

    One `rowid = ?` lookup per row would expand a prefix term once per row (20 times a page); a
    rowid range read once, with `+rowid IN` kept out of FTS5's hands, expands it once.
    """
    if not ids:
        return {}
    sql = (
        "SELECT rowid,"
        f" snippet(articles_fts, -1, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}', '…', {SNIPPET_TOKENS})"
        " FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?"
        f" AND +rowid IN ({', '.join('?' * len(ids))})"
    )
    return dict(db.execute(sql, (expression, min(ids), max(ids), *ids)).fetchall())


@contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction, so ranking, snippets and rows all see the same articles."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def search_articles(db: Database, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
    """One page of results for `query`; raises QueryError when the query is malformed."""
    if limit < 1 or offset < 0:
        raise QueryError("limit must be at least 1 and offset at least 0")
    parsed = parse_query(query)
    where, params = _filters(parsed)
    if not parsed.has_text:
        rows = db.execute(
            f"SELECT {_HIT_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE 1{where}"
            " ORDER BY a.sort_key DESC, a.id DESC LIMIT ? OFFSET ?",
            (*params, limit + 1, offset),
        ).fetchall()
        hits = [_hit(r) for r in rows]
        return SearchPage(query, tuple(hits[:limit]), limit, offset, len(hits) > limit)

    expression = parsed.fts()
    with _snapshot(db):
        try:
            ids = _ranked_ids(db, expression, where, params, offset + limit + 1)
            page_ids = ids[offset : offset + limit]
            snippets = _snippets(db, expression, page_ids)
        except sqlite3.OperationalError as error:
            # The parser quotes every term, so FTS5 should never object; if it does, say so plainly.
            if "fts5" not in str(error) and "unterminated" not in str(error):
                raise
            raise QueryError(f"cannot search for {query!r}; try plain words and quoted phrases") from None
        rows = {
            r[0]: r
            for r in db.execute(
                f"SELECT {_HIT_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id"
                f" WHERE a.id IN ({', '.join('?' * len(page_ids))})",
                page_ids,
            )
        }
    hits = [_hit(rows[i], snippets[i]) for i in page_ids]
    return SearchPage(query, tuple(hits), limit, offset, len(ids) > offset + limit)


__all__ = ["HIGHLIGHT_CLOSE", "HIGHLIGHT_OPEN", "QueryError", "search_articles"]
