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


# A token is a "phrase" (maybe -negated), a filter with a quoted value (feed:"Den of Geek"), or a bare run.
_TOKEN = re.compile(r'\s*(?:(-?)"([^"]*)"|(\w+):"([^"]*)"|(\S+))')
# C0/C1 controls: FTS5 reads a query as a C string, so a NUL would cut it short.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FILTERS = ("feed", "after", "before", "is")
# A shorter prefix expands to thousands of index terms: s* takes over a second on 100,000 articles.
MIN_PREFIX = 3
_NON_WORD = re.compile(r"[^\w]|_")
_OR_MESSAGE = "OR needs a word on each side, like: Trish OR Jessica"
_AND_MESSAGE = "AND needs a word on each side, like: Trish AND Jessica (or just: Trish Jessica)"


def _has_word(text: str) -> bool:
    """Whether FTS5's unicode61 tokenizer finds a token in `text`: a letter or a digit (not `_`)."""
    return any(char.isalnum() for char in text)


def _parse_date(name: str, value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name}: wants a date as YYYY-MM-DD, not {value!r}") from None


def _apply_filter(filters: dict[str, object], key: str, value: str) -> None:
    if not value.strip():
        raise QueryError(f"{key}: needs a value, like {key}:{'unread' if key == 'is' else 'x'}")
    if key == "feed":
        filters["feed"] = value.strip()
    elif key in ("after", "before"):
        filters[key] = _parse_date(key, value)
    elif value.lower() in ("unread", "starred"):
        filters[value.lower()] = True
    else:
        raise QueryError(f"is:{value} is not a filter; use is:unread or is:starred")


def parse_query(text: str) -> ParsedQuery:
    """Parse a user's query; raise QueryError with a plain message when it is malformed."""
    text = _CONTROL.sub(" ", text)
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: close the phrase with another "')
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    filters: dict[str, object] = {"unread": False, "starred": False}
    pending: str | None = None  # "OR" or "AND" waiting for the word on its right
    for match in _TOKEN.finditer(text):
        negated, phrase, filter_name, filter_value, bare = match.groups()
        if filter_name is not None:
            if filter_name.lower() in _FILTERS:
                _apply_filter(filters, filter_name.lower(), filter_value)
                continue
            # not a filter: `word:"phrase"` is the word then the phrase
            phrase, negated = filter_value, ""
            if _has_word(filter_name):
                groups, excluded, pending = _add(groups, excluded, pending, Term(filter_name), False)
        if phrase is not None:
            if not _has_word(phrase):
                raise QueryError('empty phrase: put words between the quotes, like "Trish Walker"')
            term = Term(" ".join(phrase.split()), phrase=True)
            is_negated = bool(negated)
        else:
            if bare is None:  # only trailing whitespace was left
                continue
            token = bare
            if token in ("OR", "AND"):
                if not groups or pending:
                    raise QueryError(_OR_MESSAGE if token == "OR" else _AND_MESSAGE)
                pending = token
                continue
            name, sep, value = token.partition(":")
            if sep and name.lower() in _FILTERS:
                _apply_filter(filters, name.lower(), value)
                continue
            is_negated = token.startswith("-")
            if is_negated:
                token = token[1:]
            prefix = token.endswith("*")
            token = token.rstrip("*")
            if not _has_word(token):
                if is_negated or prefix:
                    raise QueryError(f"{match.group(0).strip()!r} needs a word, like -spoilers or pow*")
                continue  # punctuation alone means nothing; ignore it
            if prefix and len(_NON_WORD.split(token)[-1]) < MIN_PREFIX:
                raise QueryError(
                    f"{token}* is too short to search by: give at least {MIN_PREFIX} letters, like pow*"
                )
            term = Term(token, prefix=prefix)
        groups, excluded, pending = _add(groups, excluded, pending, term, is_negated)
    if pending:
        raise QueryError(_OR_MESSAGE if pending == "OR" else _AND_MESSAGE)
    if excluded and not groups:
        raise QueryError("a search needs at least one word to look for besides the excluded ones")
    has_filter = any(filters.get(key) for key in ("feed", "after", "before", "unread", "starred"))
    if not groups and not has_filter:
        raise QueryError('nothing to search for: type a word, a "phrase" or a filter like is:unread')
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


def _add(
    groups: list[list[Term]], excluded: list[Term], pending: str | None, term: Term, negated: bool
) -> tuple[list[list[Term]], list[Term], None]:
    """Place one term: excluded, joined to the last group by OR, or a group of its own."""
    if negated:
        if pending:
            raise QueryError(f"{pending} cannot join an excluded word")
        excluded.append(term)
    elif pending == "OR":
        groups[-1].append(term)
    else:
        groups.append([term])
    return groups, excluded, None
