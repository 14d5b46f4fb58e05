"""Show titles from cues: network parentheses, categories, and the cues that name no show."""

from __future__ import annotations

from .helpers import people, run


def shows(a) -> set[str]:
    return set(a.shows)


def test_title_followed_by_its_network_in_parentheses_is_a_show(catalog):
    text = (
        "Three dramas to binge.\n\nSquid Game (Netflix)\n\nA survival thriller.\n\n"
        "Peaky Blinders (BBC / Netflix)\n\nA gangster saga.\n"
    )
    assert {"Squid Game", "Peaky Blinders"} <= shows(run(text, catalog))


def test_parentheses_around_a_non_network_make_no_show(catalog):
    assert "Squid Game" not in shows(run("We watched Squid Game (twice) last week.", catalog))


def test_generic_and_network_categories_are_no_shows(catalog):
    a = run(
        "Landman is streaming on Paramount+. First Look images are out.",
        catalog,
        categories=["Landman", "First Look", "Paramount+"],
    )
    assert shows(a) == {"Landman"}


def test_adjective_after_a_networks_possessive_is_no_title(catalog):
    a = run("Yerin Ha joins Netflix's Regency romance and Netflix's French hit this year.", catalog)
    assert not {"Regency", "French"} & shows(a)


def test_networks_possessive_before_a_title_is_a_show(catalog):
    assert "Harbor Lights" in shows(run("Fans of Netflix's Harbor Lights can rejoice.", catalog))


def test_a_place_named_once_before_premiere_is_no_show(catalog):
    a = run("Omar Sy joked at the Paris premiere about the heist.", catalog)
    assert "Paris" not in shows(a)


def test_a_title_named_twice_before_premiere_is_a_show(catalog):
    a = run("Fans lined up for the Vigil premiere. Vigil returns with a bang.", catalog)
    assert "Vigil" in shows(a)


def test_describing_a_title_does_not_make_it_a_speaker(catalog):
    a = run(
        "A critic friend described Poker Face to me as “comfort food with a switchblade,” and I agree.",
        catalog,
        categories=["Poker Face"],
    )
    assert "Poker Face" in shows(a) and "Poker Face" not in people(a)
