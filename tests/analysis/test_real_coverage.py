"""Rules found by running the analyser over independently written coverage (fixtures/demo).

Each rule has a case where it applies and one where it must not.
"""

from __future__ import annotations

from tui.analysis import Catalog, CharacterEntry, ShowEntry, analyze, load_starter_catalog
from tui.document import Block, Document, Span, document_from_text

from .conftest import FIXTURES, load_fixture_document
from .helpers import chars, people, run


def learned_shows(a) -> set[str]:
    return {f.name for f in a.learned if f.kind == "show"}


def emphasised(text: str, *phrases: str) -> Document:
    spans = tuple(Span("em", text.index(p), text.index(p) + len(p)) for p in phrases)
    return Document(text, (Block("p", 0, len(text)),), spans)


# Possessives, curly or straight, are never part of a name.


def test_curly_possessive_after_plays_is_the_character_not_a_new_one(catalog):
    a = run(
        "In the second season of Luke Cage, Colter plays Luke’s growing frustration with nuance. "
        "Mike Colter is superb.",
        catalog,
    )
    assert "Luke’s" not in chars(a) and "Luke" not in chars(a)
    assert "Luke Cage" in chars(a)


def test_possessive_inside_a_capitalised_run_ends_the_name(catalog):
    a = run("Kieran Culkin’s Roman is the funniest. Tessa Vale’s Marnie is quieter.", catalog)
    assert "Kieran Culkin’s Roman" not in people(a) and "Tessa Vale’s Marnie" not in people(a)
    b = run("Tessa Vale stars as Marnie Quill in the new drama.", catalog)
    assert chars(b) == {"Marnie Quill": "Tessa Vale"}


# A season number is not part of a show's title.


def test_trailing_season_number_folds_into_the_known_show(catalog):
    doc = emphasised(
        "The finale of Stranger Things 4 was huge, and Stranger Things Season 3 set it up.",
        "Stranger Things 4",
        "Stranger Things Season 3",
    )
    a = analyze(doc, catalog)
    assert a.shows == ("Stranger Things",)
    assert learned_shows(a) == {"Stranger Things"}


def test_trailing_number_folds_into_a_base_title_also_seen_alone(catalog):
    text = "Harbor Lights 2 premiered on Friday. Fans of Harbor Lights waited three years."
    a = analyze(emphasised(text, "Harbor Lights 2"), catalog)
    assert "Harbor Lights" in a.shows and "Harbor Lights 2" not in a.shows


def test_a_number_that_belongs_to_an_unknown_title_stays(catalog):
    a = analyze(emphasised("We binged Station 19 all weekend.", "Station 19"), catalog)
    assert a.shows == ("Station 19",)


# Names of characters and people are never learned as shows.


def test_known_character_after_a_show_cue_is_not_a_show(catalog):
    a = run(
        "The third season of Daredevil marks the return of Wilson Fisk (Vincent D’Onofrio) from prison.",
        catalog,
    )
    assert "Wilson Fisk" not in a.shows and "Wilson Fisk" not in learned_shows(a)
    assert "Wilson Fisk" in chars(a)


def test_unknown_title_after_the_same_cue_is_still_a_show(catalog):
    a = run("Critics cheered the return of Harbor Lights to the schedule this fall.", catalog)
    assert "Harbor Lights" in learned_shows(a)


def test_article_character_is_not_learned_as_show(catalog):
    text = "Fans of Nora Quinn (Elise Marlow) will be pleased by the second season of Harbor Lights."
    a = run(text, catalog)
    assert "Nora Quinn" not in a.shows and chars(a)["Nora Quinn"] == "Elise Marlow"


def test_showrunner_of_a_title_does_not_make_its_last_words_a_person(catalog):
    a = run("He is co-creator and showrunner of Better Call Saul. We spoke with him.", catalog)
    assert "Call Saul" not in people(a)
    b = run("The drama comes from showrunner Dana Whitfield, who also wrote it.", catalog)
    assert "Dana Whitfield" in people(b)


# A first name resolves to the full-named character.


def test_first_name_with_actor_attaches_to_the_catalog_character(catalog):
    a = run(
        "The fifth season of Better Call Saul ends with Jimmy (Bob Odenkirk) and Kim (Rhea Seehorn) "
        "plotting. Jimmy laughs.",
        catalog,
        title="Better Call Saul Season 5 Finale Recap",
    )
    assert chars(a) == {"Jimmy McGill": "Bob Odenkirk", "Kim Wexler": "Rhea Seehorn"}
    assert ("character", "Jimmy") not in {(f.kind, f.name) for f in a.learned}


def test_actor_as_first_name_attaches_to_the_full_named_character_of_the_show(catalog):
    a = run("Mike Colter returns as Luke in the second season of Luke Cage.", catalog)
    assert chars(a) == {"Luke Cage": "Mike Colter"}


def test_first_name_of_the_main_show_wins_over_another_show_in_play():
    catalog = Catalog(
        (ShowEntry("Harbor Lights"), ShowEntry("Orbital")),
        (
            CharacterEntry("Nora Quinn", "Harbor Lights", (), "Elise Marlow"),
            CharacterEntry("Nora Vance", "Orbital", (), "Ada Pell"),
        ),
    )
    text = "The new season of Harbor Lights borrows a trick from Orbital. Nora is furious."
    a = analyze(document_from_text(text), catalog, title="Harbor Lights review")
    assert set(chars(a)) == {"Nora Quinn"}
    b = analyze(document_from_text(text), catalog, title="Two dramas")
    assert chars(b) == {}  # two shows in play, neither the main one: ambiguous


def test_first_name_without_a_matching_character_stays_as_learned(catalog):
    a = run("The second season of Stranger Things adds Tamsin (Clara Voss) to the party.", catalog)
    assert chars(a)["Tamsin"] == "Clara Voss"
    b = run("The second season of Stranger Things adds Max (Sadie Sink) to the party.", catalog)
    assert chars(b) == {"Max Mayfield": "Sadie Sink"}  # the catalog's role of that actor


def test_lone_surname_after_a_title_keeps_the_title(catalog):
    a = run(
        "In the second season of Stranger Things, Paul Reiser will play Dr. Kessler, a scientist.", catalog
    )
    assert chars(a) == {"Dr. Kessler": "Paul Reiser"}
    b = run("In the second season of Stranger Things, David Harbour will play Chief Hopper again.", catalog)
    assert chars(b) == {"Jim Hopper": "David Harbour"}


# A character's show comes from the catalog.


def test_character_show_is_the_catalog_home_not_the_article_show(catalog):
    a = run(
        "The Defenders season one unites Luke Cage (Mike Colter) and Matt Murdock (Charlie Cox).",
        catalog,
        title="The Defenders Review",
    )
    shows = {c.name: c.show for c in a.characters}
    assert shows["Luke Cage"] == "Luke Cage" and shows["Matt Murdock"] == "Daredevil"
    facts = {f.name: f.show for f in a.learned if f.kind == "character"}
    assert facts["Matt Murdock"] == "Daredevil"


def test_character_unknown_to_the_catalog_takes_the_main_show(catalog):
    a = run("The second season of Luke Cage adds Bushmaster (Mustafa Shakir) as a villain.", catalog)
    assert {c.name: c.show for c in a.characters}["Bushmaster"] == "Luke Cage"


# People: family names of characters and short forms of named people.


def test_character_family_name_without_evidence_is_not_a_person(catalog):
    a = run(
        "In the second season of Stranger Things, Hopper gives Eleven a new name, Jane Hopper. "
        "Later, Jane Fonda visited the set.",
        catalog,
    )
    assert "Jane Hopper" not in people(a)


def test_first_words_of_a_named_person_are_not_another_person(catalog):
    text = "This week, hosts Ana Lucía Ferrer and Ben Okafor talk TV. Ana Lucía argues it works."
    a = run(text, catalog)
    assert "Ana Lucía" not in people(a) and "Ana Lucía Ferrer" in people(a)
    b = run("Producer Ana Lucía Ferrer spoke. Ana Lucía Marquez disagreed, said Ben Okafor.", catalog)
    assert "Ana Lucía Ferrer" in people(b)


def test_catalog_character_with_a_role_word_before_is_not_a_person(catalog):
    a = run(
        "In the first season of Stranger Things, the local police chief, Jim Hopper (David Harbour), "
        "is skeptical.",
        catalog,
    )
    assert "Jim Hopper" not in people(a) and chars(a)["Jim Hopper"] == "David Harbour"


def test_joins_the_cast_as_is_casting(catalog):
    a = run("Sean Astin joins the cast as Bob Newby, a RadioShack manager.", catalog)
    assert chars(a) == {"Bob Newby": "Sean Astin"}
    b = run("Sean Astin joins the podcast as a guest host.", catalog)
    assert chars(b) == {}


def test_main_show_is_listed_first(catalog):
    a = run(
        "Like Breaking Bad before it, the final season of Better Call Saul is grim. Better Call Saul ends.",
        catalog,
        title="Better Call Saul review",
    )
    assert a.main_show == "Better Call Saul" and a.shows[0] == "Better Call Saul"
    assert set(a.shows) == {"Better Call Saul", "Breaking Bad"}


def test_starter_catalog_fixture_is_the_bundled_one():
    assert load_starter_catalog().index is load_starter_catalog().index


def test_no_annotated_article_reaches_the_last_line_of_defence(catalog):
    """analyze() swallows exceptions for hostile input; on real coverage no rule may raise at all."""
    from tui.analysis.analyze import _analyze

    paths = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))
    assert len(paths) >= 40
    for path in paths:
        _analyze(load_fixture_document(path), catalog, path.stem, ())
