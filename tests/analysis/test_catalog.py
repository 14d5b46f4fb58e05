"""Catalog loading, merging and the cached matcher."""

from __future__ import annotations

from tui.analysis import (
    Catalog,
    CharacterEntry,
    LearnedFact,
    PersonEntry,
    ShowEntry,
    catalog_from_learned,
    load_starter_catalog,
)


def test_starter_catalog_has_marvel_netflix_shows_with_aliases():
    catalog = load_starter_catalog()
    shows = {s.name: s for s in catalog.shows}
    for name in ("Daredevil", "Jessica Jones", "Luke Cage", "Iron Fist", "The Defenders", "The Punisher"):
        assert name in shows
    assert "Marvel's Jessica Jones" in shows["Jessica Jones"].aliases
    assert load_starter_catalog() is catalog
    assert len(catalog.shows) >= 30


def test_merged_other_wins_and_aliases_union():
    a = Catalog((ShowEntry("X", ("X1",), "HBO"),), (CharacterEntry("Ann Lee", "X", ("Annie",), "Old Actor"),))
    b = Catalog(
        (ShowEntry("X", ("X2",), "Netflix"),),
        (CharacterEntry("Ann Lee", "X", ("A.L.",), "New Actor"),),
        (PersonEntry("Bo Diaz", ("writer",)),),
    )
    merged = a.merged(b)
    show = merged.shows[0]
    assert show.network == "Netflix" and set(show.aliases) == {"X1", "X2"}
    char = merged.characters[0]
    assert char.actor == "New Actor" and set(char.aliases) == {"Annie", "A.L."}
    assert merged.people[0].name == "Bo Diaz"


def test_matcher_is_cached_per_catalog_and_rebuilt_for_a_new_one():
    a = Catalog((ShowEntry("Foo Bar"),))
    assert a.index is a.index
    b = a.merged(Catalog((ShowEntry("Baz Qux"),)))
    assert b.index is not a.index
    assert [h.surface for h in b.index.matcher.find("Foo Bar and Baz Qux")] == ["Foo Bar", "Baz Qux"]
    assert a.index.matcher.find("Baz Qux") == []


def test_matcher_is_word_bounded_and_case_aware():
    c = Catalog((ShowEntry("Lost"),))
    assert c.index.matcher.find("Lostwithiel is lost") == []
    assert len(c.index.matcher.find("I watched Lost.")) == 1


def test_catalog_from_learned_thresholds():
    facts = [
        (LearnedFact("show", "Harbor Lights", None, None), 1),
        (LearnedFact("show", "Orbital", None, None), 2),
        (LearnedFact("character", "Nora Quinn", "Elise Marlow", "Harbor Lights"), 1),
        (LearnedFact("person", "Dana Whitfield", "creator", None), 1),
        (LearnedFact("person", "Sam Adler", "showrunner", None), 3),
    ]
    catalog = catalog_from_learned(facts)
    assert [s.name for s in catalog.shows] == ["Orbital"]
    assert catalog.characters[0].actor == "Elise Marlow"
    people = {p.name: p.roles for p in catalog.people}
    assert "Dana Whitfield" not in people
    assert people["Sam Adler"] == ("showrunner",)
    assert people["Elise Marlow"] == ("actor",)


def test_starter_catalog_data_is_consistent():
    """Every show once; no character alias is also a show's title (it would shadow the show); every
    character row has a name; people are not listed twice."""
    catalog = load_starter_catalog()
    titles = [n for s in catalog.shows for n in (s.name, *s.aliases)]
    assert len(titles) == len(set(titles))  # case variants ("La Casa de Papel") are separate surfaces
    folded = {t.casefold() for t in titles}
    shadowing = [(c.name, a) for c in catalog.characters for a in c.aliases if a.casefold() in folded]
    assert shadowing == []
    assert all(c.name.strip() and c.show for c in catalog.characters)
    people = [p.name for p in catalog.people]
    assert len(people) == len(set(people))
    assert len(catalog.shows) >= 300 and len(catalog.characters) >= 2500


def test_a_name_written_without_its_accents_still_matches():
    catalog = Catalog(
        shows=(ShowEntry("Lupin"),),
        characters=(CharacterEntry("Benjamin Férel", "Lupin", (), "Antoine Gouy"),),
        people=(PersonEntry("Omar Sy", ("actor",)),),
    )
    hits = catalog.index.matcher.find("Benjamin Ferel and Benjamin Férel, but not Benjamin Feral.")
    assert [(h.surface, h.entities[0].name) for h in hits] == [
        ("Benjamin Ferel", "Benjamin Férel"),
        ("Benjamin Férel", "Benjamin Férel"),
    ]
