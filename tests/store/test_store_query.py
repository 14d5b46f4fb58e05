"""The query language compiled to FTS5: every term quoted, structure built by the parser."""

from __future__ import annotations

import pytest

from tui.store.query import QueryError, Term, parse_query


def test_words_phrases_prefixes_and_or_compile_to_quoted_fts() -> None:
    parsed = parse_query('Trish "Jessica  Jones" pow* Kilgrave OR Purple')
    assert parsed.fts() == '"Trish" AND "Jessica Jones" AND "pow"* AND ("Kilgrave" OR "Purple")'
    assert parsed.words == ("Trish", "Jessica Jones", "pow", "Kilgrave", "Purple")


def test_exclusions_wrap_the_rest() -> None:
    parsed = parse_query('Trish -Kilgrave -"Purple Man"')
    assert parsed.fts() == '("Trish") NOT ("Kilgrave" OR "Purple Man")'


def test_quotes_inside_words_are_escaped_for_fts() -> None:
    assert parse_query('O"Brien"s').fts() == '"O""Brien""s"'


def test_filters_are_taken_out_of_the_text() -> None:
    parsed = parse_query('Trish feed:"Den of Geek" after:2024-01-02 before:20240301 IS:Unread is:starred')
    assert (parsed.feed, parsed.after, parsed.before) == ("Den of Geek", "2024-01-02", "2024-03-01")
    assert parsed.unread
    assert parsed.starred
    assert parsed.groups == ((Term("Trish"),),)


def test_and_is_the_default_and_may_be_spelled_out() -> None:
    assert parse_query("Trish AND Jessica").fts() == parse_query("Trish Jessica").fts()
    assert parse_query("Trish and Jessica").words == ("Trish", "and", "Jessica")


def test_control_characters_are_spaces() -> None:
    assert parse_query("Trish\x00Walker\x1b").words == ("Trish", "Walker")


def test_underscores_and_symbols_alone_are_not_words() -> None:
    assert parse_query("Trish _ ★ —").words == ("Trish",)
    with pytest.raises(QueryError, match="needs a word"):
        parse_query("Trish -_")


@pytest.mark.parametrize(
    "query",
    [
        "Trish OR",
        "OR Trish",
        "Trish OR OR Jess",
        "Trish AND",
        "AND",
        "Trish OR AND Jess",
        "Trish AND OR Jess",
    ],
)
def test_dangling_operators_are_refused(query: str) -> None:
    with pytest.raises(QueryError, match="needs a word on each side"):
        parse_query(query)


@pytest.mark.parametrize("query", ["s*", "st*", "Trish wa*", "spider-ma*", "x_y*"])
def test_prefixes_need_three_letters(query: str) -> None:
    with pytest.raises(QueryError, match="at least 3 letters"):
        parse_query(query)


def test_a_three_letter_prefix_is_enough() -> None:
    assert parse_query("spider-man* Nél*").fts() == '"spider-man"* AND "Nél"*'
