"""The search language: words, "exact phrase", prefix*, OR, -exclude and filters, compiled to FTS5.

Users type Google-style queries; FTS5's own syntax would turn a stray quote or hyphen into a syntax
error, so every term is passed to FTS5 as a quoted string and the structure is built here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date


class QueryError(ValueError):
    """A query that cannot be understood; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted


@dataclass(frozen=True)
class ParsedQuery:
    groups: tuple[tuple[Term, ...], ...] = ()  # AND of ORs
    excluded: tuple[Term, ...] = ()
    feed: str | None = None
    after: str | None = None
    before: str | None = None
    unread: bool = False
    starred: bool = False
    words: tuple[str, ...] = field(default=())

    @property
    def has_text(self) -> bool:
        return bool(self.groups)

    def fts(self) -> str:
        """The FTS5 MATCH expression."""
        ands = []
        for group in self.groups:
            ors = " OR ".join(term.fts() for term in group)
            ands.append(f"({ors})" if len(group) > 1 else ors)
        expression = " AND ".join(ands)
        if self.excluded:
            expression = f"({expression}) NOT ({' OR '.join(t.fts() for t in self.excluded)})"
        return expression


_TOKEN = re.compile(r'\s*(?:(-?)"([^"]*)("?)|(\S+))')
_WORD_CHARS = re.compile(r"\w", re.UNICODE)
_FILTERS = ("feed", "after", "before", "is")


def _parse_date(name: str, value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name}: wants a date as YYYY-MM-DD, not {value!r}") from None


def parse_query(text: str) -> ParsedQuery:
    """Parse a user's query; raise QueryError with a plain message when it is malformed."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: close the phrase with another "')
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    filters: dict[str, object] = {"unread": False, "starred": False}
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated, phrase, _closing, bare = match.groups()
        if phrase is not None:
            if not _WORD_CHARS.search(phrase):
                raise QueryError('empty phrase: put words between the quotes, like "Trish Walker"')
            term = Term(" ".join(phrase.split()), phrase=True)
            negated = bool(negated)
        else:
            token = bare
            if token == "OR":
                if not groups or pending_or:
                    raise QueryError("OR needs a word on each side, like: Trish OR Jessica")
                pending_or = True
                continue
            name, sep, value = token.partition(":")
            if sep and name.lower() in _FILTERS:
                key = name.lower()
                if not value:
                    raise QueryError(f"{key}: needs a value, like {key}:{'unread' if key == 'is' else 'x'}")
                if key == "feed":
                    filters["feed"] = value.strip('"')
                elif key in ("after", "before"):
                    filters[key] = _parse_date(key, value)
                elif value.lower() in ("unread", "starred"):
                    filters[value.lower()] = True
                else:
                    raise QueryError(f"is:{value} is not a filter; use is:unread or is:starred")
                continue
            negated = token.startswith("-")
            if negated:
                token = token[1:]
            prefix = token.endswith("*")
            token = token.rstrip("*")
            if not _WORD_CHARS.search(token):
                if negated or prefix:
                    raise QueryError(f"{match.group(0).strip()!r} needs a word, like -spoilers or pow*")
                continue  # punctuation alone means nothing; ignore it
            term = Term(token, prefix=prefix)
        if negated:
            if pending_or:
                raise QueryError("OR cannot join an excluded word")
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    if pending_or:
        raise QueryError("OR needs a word on each side, like: Trish OR Jessica")
    if excluded and not groups:
        raise QueryError("a search needs at least one word to look for besides the excluded ones")
    return ParsedQuery(
        groups=tuple(tuple(g) for g in groups),
        excluded=tuple(excluded),
        feed=filters.get("feed"),
        after=filters.get("after"),
        before=filters.get("before"),
        unread=bool(filters["unread"]),
        starred=bool(filters["starred"]),
        words=tuple(t.text for g in groups for t in g),
    )
