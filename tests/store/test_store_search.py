"""Search through the store: the query language, accent folding, snippets, paging and slices."""

from __future__ import annotations

import pytest

from tui.store import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, Feed, QueryError, Store
from tui.store import search as search_module

from .entries import entry

ARTICLES = {
    "jj": ("Jessica Jones recap", "Trish Walker confronts Kilgrave at the Raft. Krysten Ritter shines.", 10),
    "nel": ("Isabelle Nélisse interview", "Nélisse talks about Mama and the Raft scenes.", 11),
    "nel2": ("Yellowjackets casting", "Sophie Nelisse returns as Shauna; Jeff Daniels guests.", 12),
    "wd": ("The Walking Dead", "Walkers everywhere as the walking dead return to Alexandria.", 13),
    "pow": ("Power ranking", "Powerful performances from Daniel Craig; Trish cameo rumours.", 14),
}


@pytest.fixture
def ids(store: Store, feed: Feed) -> dict[str, int]:
    """The five articles above, one a day in January 2024, plus one in another feed."""
    other = store.add_feed("https://denofgeek.example/rss", "Den of Geek")
    entries = [
        entry(key, title, text, published=f"2024-01-{day:02d}T09:00:00+00:00")
        for key, (title, text, day) in ARTICLES.items()
    ]
    made = dict(zip(ARTICLES, store.save_entries(feed.id, entries).new_ids, strict=True))
    (made["dog"],) = store.save_entries(
        other.id,
        [
            entry(
                "dog", "Kilgrave returns", "Kilgrave and Trish again.", published="2024-02-01T00:00:00+00:00"
            )
        ],
    ).new_ids
    return made


def found(store: Store, query: str) -> set[int]:
    return {hit.id for hit in store.search(query, limit=100).hits}


def test_words_must_all_match(store: Store, ids: dict[str, int]) -> None:
    assert found(store, "Trish") == {ids["jj"], ids["pow"], ids["dog"]}
    assert found(store, "trish kilgrave") == {ids["jj"], ids["dog"]}
    assert found(store, "Trish zeppelin") == set()


def test_phrase_prefix_or_and_exclusion(store: Store, ids: dict[str, int]) -> None:
    assert found(store, '"Trish Walker"') == {ids["jj"]}
    assert found(store, '"Walker Trish"') == set()
    assert found(store, "walk*") == {ids["jj"], ids["wd"]}
    assert found(store, "Krysten OR Shauna") == {ids["jj"], ids["nel2"]}
    assert found(store, "Raft Krysten OR Mama") == {ids["jj"], ids["nel"]}
    assert found(store, "Trish -Kilgrave") == {ids["pow"]}
    assert found(store, 'Trish -"Trish Walker"') == {ids["pow"], ids["dog"]}
    assert found(store, "Trish -power*") == {ids["jj"], ids["dog"]}


def test_filters_narrow_the_search(store: Store, ids: dict[str, int], feed: Feed) -> None:
    assert found(store, "Kilgrave feed:Vulture") == {ids["jj"]}
    assert found(store, f"Kilgrave feed:{feed.id}") == {ids["jj"]}
    assert found(store, "Kilgrave feed:denofgeek.example") == {ids["dog"]}
    assert found(store, 'Kilgrave feed:"Den of Geek"') == {ids["dog"]}
    assert found(store, "Trish after:2024-01-14") == {ids["pow"], ids["dog"]}
    assert found(store, "Trish before:2024-01-14") == {ids["jj"]}
    assert found(store, "Trish after:2024-01-11 before:2024-02-01") == {ids["pow"]}
    store.set_read([ids["jj"]])
    assert found(store, "Trish is:unread") == {ids["pow"], ids["dog"]}
    store.set_starred(ids["pow"], True)
    assert found(store, "Trish is:starred") == {ids["pow"]}
    assert found(store, "Trish is:starred is:unread") == {ids["pow"]}


def test_feed_filter_wildcards_are_literal(store: Store, ids: dict[str, int]) -> None:
    assert found(store, "Kilgrave feed:%") == set()
    assert found(store, "Kilgrave feed:_") == set()


def test_filters_alone_list_the_newest_matching_articles(store: Store, ids: dict[str, int]) -> None:
    store.set_read([ids["dog"], ids["jj"]])
    page = store.search("is:unread", limit=2)
    assert [hit.id for hit in page.hits] == [ids["pow"], ids["wd"]]
    assert page.has_more
    assert [h.id for h in store.search("feed:Vulture before:2024-01-12").hits] == [ids["nel"], ids["jj"]]


def test_accents_fold_both_ways(store: Store, ids: dict[str, int]) -> None:
    both = {ids["nel"], ids["nel2"]}
    assert found(store, "Nelisse") == both
    assert found(store, "Nélisse") == both
    assert found(store, "NÉLISSE") == both
    assert found(store, "nél*") == both


def test_names_are_not_stemmed(store: Store, ids: dict[str, int]) -> None:
    assert found(store, "Daniels") == {ids["nel2"]}
    assert found(store, "Daniel") == {ids["pow"]}
    assert found(store, "Walker") == {ids["jj"]}
    assert found(store, "walking") == {ids["wd"]}
    assert found(store, "power") == {ids["pow"]}  # the title word, not "Powerful"


def test_snippets_mark_the_matched_words(store: Store, ids: dict[str, int]) -> None:
    (hit,) = store.search("Krysten").hits
    assert f"{HIGHLIGHT_OPEN}Krysten{HIGHLIGHT_CLOSE}" in hit.snippet
    assert hit.title == "Jessica Jones recap"
    assert hit.feed_title == "Vulture"
    assert hit.published == "2024-01-10T09:00:00+00:00"
    snippets = {h.id: h.snippet for h in store.search("Nelisse").hits}
    assert f"{HIGHLIGHT_OPEN}Nélisse{HIGHLIGHT_CLOSE}" in snippets[ids["nel"]]
    assert f"{HIGHLIGHT_OPEN}Nelisse{HIGHLIGHT_CLOSE}" in snippets[ids["nel2"]]
    (phrase,) = store.search('"Trish Walker"').hits
    assert f"{HIGHLIGHT_OPEN}Trish Walker{HIGHLIGHT_CLOSE}" in phrase.snippet


def test_title_matches_rank_above_body_matches(store: Store, ids: dict[str, int]) -> None:
    assert store.search("Kilgrave").hits[0].id == ids["dog"]
    assert store.search("power").hits[0].id == ids["pow"]


def _fill(store: Store, feed: Feed, count: int) -> list[int]:
    entries = [
        entry(
            f"h{i}",
            f"Hellcat {i}",
            f"Hellcat chronicle {i}",
            published=f"2023-05-01T00:00:{i % 60:02d}+00:00",
        )
        for i in range(count)
    ]
    return list(store.save_entries(feed.id, entries).new_ids)


def _pages(store: Store, query: str, limit: int) -> list[list[int]]:
    pages, offset = [], 0
    while True:
        page = store.search(query, limit=limit, offset=offset)
        pages.append([hit.id for hit in page.hits])
        if not page.has_more:
            return pages
        offset += limit
        assert len(pages) < 100


def test_paging_covers_every_match_once(store: Store, feed: Feed) -> None:
    made = _fill(store, feed, 25)
    pages = _pages(store, "hellcat", 10)
    assert [len(p) for p in pages] == [10, 10, 5]
    assert sorted(i for p in pages for i in p) == sorted(made)
    last = store.search("hellcat", limit=5, offset=20)
    assert len(last.hits) == 5
    assert not last.has_more
    assert store.search("hellcat", limit=5, offset=25).hits == ()


def test_results_span_rowid_slices(store: Store, feed: Feed, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _fill(store, feed, 35)
    _fill_other = store.save_entries(feed.id, [entry(f"x{i}", text="unrelated") for i in range(20)])
    assert _fill_other.new == 20
    monkeypatch.setattr(search_module, "SLICE", 10)
    pages = _pages(store, "hellcat", 8)
    flat = [i for p in pages for i in p]
    assert sorted(flat) == sorted(made)
    assert len(flat) == len(set(flat))
    # the newest slice comes first: the ten newest matches lead the results
    assert set(flat[:5]) <= set(made[-10:])
    assert found(store, "hellcat 3") == {made[3]}
    assert {h.id for h in store.search("chronicle", limit=50).hits} == set(made)
    first = store.search("hellcat", limit=3)
    assert first.has_more
    assert len(first.hits) == 3


def test_limit_and_offset_must_be_sensible(store: Store, ids: dict[str, int]) -> None:
    with pytest.raises(QueryError):
        store.search("Trish", limit=0)
    with pytest.raises(QueryError):
        store.search("Trish", offset=-1)


MALFORMED = {
    '"Trish Walker': "quote",
    '""': "phrase",
    "OR": "OR",
    "OR Trish": "OR",
    "Trish OR": "OR",
    "Trish OR OR Jessica": "OR",
    "-Trish": "besides",
    "-Trish -Kilgrave": "besides",
    "-": "needs a word",
    "*": "needs a word",
    "Trish -": "needs a word",
    "after:2024-13-01": "YYYY-MM-DD",
    "after:yesterday": "YYYY-MM-DD",
    "before:2024-02-30": "YYYY-MM-DD",
    "is:read": "is:unread",
    "is:": "needs a value",
    "feed:": "needs a value",
    "after:": "needs a value",
    "Trish OR -Kilgrave": "OR",
    '"a" AND': "AND",
    "AND Trish": "AND",
    "^": "nothing to search",
    ":": "nothing to search",
    "(": "nothing to search",
    ")": "nothing to search",
    "": "nothing to search",
    "   ": "nothing to search",
}


@pytest.mark.parametrize(("query", "message"), MALFORMED.items())
def test_malformed_queries_raise_query_error_with_a_plain_message(
    store: Store, ids: dict[str, int], query: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message) as error:
        store.search(query)
    assert "fts5" not in str(error.value).lower()
    assert "syntax" not in str(error.value).lower()


FTS_SYNTAX = {
    "^Trish": {"jj", "pow", "dog"},
    "title:Kilgrave": set(),  # not a column filter: the phrase "title Kilgrave"
    'Kilgrave:"Trish"': {"jj", "dog"},
    '_:"Trish"': {"jj", "pow", "dog"},
    "(Trish": {"jj", "pow", "dog"},
    "Trish)": {"jj", "pow", "dog"},
    "NEAR(Trish Kilgrave)": set(),  # the phrase "near trish", then Kilgrave
    "NEAR(": set(),
    '"a" AND "b"': set(),
    "Trish AND Kilgrave": {"jj", "dog"},
    "Trish NOT Kilgrave": set(),  # NOT is a word like any other; - is how to exclude
    "Trish + Kilgrave": {"jj", "dog"},
    'Trish "Walker" *': None,
    "Trish {Kilgrave}": {"jj", "dog"},
    "Tri'sh": set(),
    "Trish _": {"jj", "pow", "dog"},
    "Trish ★": {"jj", "pow", "dog"},
    "Kilgrave:": {"jj", "dog"},
    'Kil"grave"': None,
    "-- Trish": None,
    "Trish -_": None,
    "Trish\x00": {"jj", "pow", "dog"},
}


@pytest.mark.parametrize(("query", "expected"), FTS_SYNTAX.items())
def test_fts_special_characters_are_literal_or_a_query_error(
    store: Store, ids: dict[str, int], query: str, expected: set[str] | None
) -> None:
    try:
        result = found(store, query)
    except QueryError as error:
        assert expected is None, f"{query!r} was refused: {error}"
        assert "fts5" not in str(error).lower()
        return
    if expected is not None:
        assert result == {ids[key] for key in expected}
