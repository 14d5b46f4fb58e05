"""Ranked full-text search over stored articles.

A broad word can match most of the archive, and ranking every match costs time in proportion to the
archive. So results are ranked within slices of the newest articles (by rowid, which grows with
arrival): the newest slice is ranked first, and older slices are read only when a page needs them.
A query's cost is then bounded by the slice, not by the archive.
"""

from __future__ import annotations

from .database import Database
from .models import SearchHit, SearchPage
from .query import ParsedQuery, QueryError, parse_query

SLICE = 25_000
HIGHLIGHT_OPEN = "\x02"
HIGHLIGHT_CLOSE = "\x03"


def _filters(parsed: ParsedQuery) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if parsed.feed:
        if parsed.feed.isdigit():
            clauses.append("a.feed_id = ?")
            params.append(int(parsed.feed))
        else:
            clauses.append("(f.title LIKE ? OR f.url LIKE ?)")
            params += [f"%{parsed.feed}%"] * 2
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


def _hit(row: tuple) -> SearchHit:
    return SearchHit(
        id=row[0],
        title=row[1],
        feed_id=row[2],
        feed_title=row[3],
        published=row[4],
        url=row[5],
        snippet=row[6] or "",
        read=bool(row[7]),
        starred=bool(row[8]),
    )


def search_articles(db: Database, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
    """One page of results for `query`; raises QueryError when the query is malformed."""
    if limit < 1 or offset < 0:
        raise QueryError("limit must be at least 1 and offset at least 0")
    parsed = parse_query(query)
    where, params = _filters(parsed)
    wanted = offset + limit + 1
    if not parsed.has_text:
        rows = db.execute(
            "SELECT a.id, a.title, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.published, a.url,"
            " substr(coalesce(nullif(a.summary, ''), a.text), 1, 160), a.read, a.starred"
            f" FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE 1{where}"
            " ORDER BY a.sort_key DESC, a.id DESC LIMIT ? OFFSET ?",
            (*params, limit + 1, offset),
        ).fetchall()
        hits = [_hit(r) for r in rows]
        return SearchPage(query, tuple(hits[:limit]), limit, offset, len(hits) > limit)

    top = db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
    sql = (
        "SELECT a.id, a.title, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.published, a.url,"
        f" snippet(articles_fts, -1, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}', '…', 16),"
        " a.read, a.starred"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " JOIN feeds f ON f.id = a.feed_id"
        f" WHERE articles_fts MATCH ? AND articles_fts.rowid > ? AND articles_fts.rowid <= ?{where}"
        " ORDER BY bm25(articles_fts, 8.0, 4.0, 1.0) LIMIT ?"
    )
    expression = parsed.fts()
    rows: list[tuple] = []
    high = top
    try:
        while high > 0 and len(rows) < wanted:
            low = max(0, high - SLICE)
            rows += db.execute(sql, (expression, low, high, *params, wanted - len(rows))).fetchall()
            high = low
    except Exception as error:  # FTS5 reports query problems as OperationalError
        raise QueryError(f"cannot search for {query!r}: {error}") from None
    hits = [_hit(r) for r in rows[offset : offset + limit]]
    return SearchPage(query, tuple(hits), limit, offset, len(rows) > offset + limit)


__all__ = ["HIGHLIGHT_CLOSE", "HIGHLIGHT_OPEN", "QueryError", "search_articles"]
