"""The versioned schema: ordered migrations, applied in one transaction each.

`PRAGMA user_version` holds the version. A database newer than the last migration here was written
by a newer Greenroom; it is refused untouched rather than guessed at.
"""

from __future__ import annotations

import sqlite3

# Names are matched as people type them: accents folded, no stemming.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

_V1 = f"""
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site_url TEXT,
    category TEXT,
    etag TEXT,
    last_modified TEXT,
    last_fetched TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    added TEXT NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL DEFAULT '',
    author TEXT,
    published TEXT,
    updated TEXT,
    summary TEXT,
    content_html TEXT,
    text TEXT NOT NULL DEFAULT '',
    structure TEXT,
    categories TEXT,
    content_hash TEXT,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    UNIQUE (feed_id, uid)
);
CREATE INDEX articles_sort ON articles (sort_key DESC, id DESC);
CREATE INDEX articles_feed_sort ON articles (feed_id, sort_key DESC, id DESC);
CREATE INDEX articles_unread ON articles (feed_id, read);
CREATE INDEX articles_starred ON articles (starred) WHERE starred = 1;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, author, text,
    content = 'articles', content_rowid = 'id',
    tokenize = '{FTS_TOKENIZER}'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, text)
    VALUES (new.id, new.title, coalesce(new.author, ''), new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, text)
    VALUES ('delete', old.id, old.title, coalesce(old.author, ''), old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, author, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, text)
    VALUES ('delete', old.id, old.title, coalesce(old.author, ''), old.text);
    INSERT INTO articles_fts (rowid, title, author, text)
    VALUES (new.id, new.title, coalesce(new.author, ''), new.text);
END;
"""

# Coverage: what analysis finds, and the catalog it learns and the user edits.
_V2 = """
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,              -- show | character | person
    name TEXT NOT NULL,
    show TEXT,                       -- for characters
    actor TEXT,                      -- for characters
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    UNIQUE (kind, name)
);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, start);
CREATE INDEX mentions_entity ON mentions (entity_id, article_id);

CREATE TABLE article_shows (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    main INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_shows_entity ON article_shows (entity_id, article_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES quotes(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id, start);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

CREATE TABLE article_relations (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    a_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    weight REAL NOT NULL,
    PRIMARY KEY (article_id, a_id, b_id)
);
CREATE INDEX article_relations_a ON article_relations (a_id);
CREATE INDEX article_relations_b ON article_relations (b_id);

CREATE TABLE learned_facts (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    show TEXT NOT NULL DEFAULT '',
    evidence INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, name, value, show)
);

CREATE TABLE catalog_edits (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,            -- show | character | alias | merge
    payload TEXT NOT NULL,
    created TEXT NOT NULL
);

CREATE TABLE saved_quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    article_title TEXT NOT NULL,
    article_url TEXT,
    text TEXT NOT NULL,
    speaker TEXT,
    saved TEXT NOT NULL,
    UNIQUE (article_id, text)
);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Greenroom than this one."""


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer(conn: sqlite3.Connection) -> int:
    """Raise SchemaTooNew when the database is newer than this Greenroom; return its version."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"this database has schema version {found}, but this Greenroom knows only up to "
            f"{SCHEMA_VERSION}; upgrade Greenroom to open it (the database was left untouched)"
        )
    return found


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION, one transaction per step; return the version found."""
    found = refuse_newer(conn)
    for version in range(found, SCHEMA_VERSION):
        # executescript commits first; we then run each step inside an explicit transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) != version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def _statements(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        stripped = line.split("--", 1)[0] if "--" in line and "'" not in line else line
        buffer += stripped
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
