"""Each analysis rule with a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.document import Block, Document, Span

from .helpers import char_names as chars
from .helpers import people, run

# Learning characters and actors


def test_character_actor_parentheses_gives_actor(catalog):
    a = run("The finale belongs to Nora Quinn (Elise Marlow), who finally snaps.", catalog)
    assert {c.name: c.actor for c in a.characters} == {"Nora Quinn": "Elise Marlow"}
    assert people(a) == {"Elise Marlow"}


def test_parentheses_around_a_year_or_network_teach_nothing(catalog):
    a = run("The show premiered on Hulu (2019) and was renewed by Hulu (Disney).", catalog)
    assert chars(a) == set() and people(a) == set()


def test_actor_as_character(catalog):
    a = run("Maya Okafor will star as Commander Lena Varga in the new drama.", catalog)
    assert {c.name: c.actor for c in a.characters} == {"Lena Varga": "Maya Okafor"}


def test_as_without_names_is_not_casting(catalog):
    a = run("Fans will see Ritter return as the character in next year's event series.", catalog)
    assert chars(a) == set()


# People


def test_role_phrase_makes_a_person(catalog):
    a = run("The series comes from showrunner Dana Whitfield and is set in Maine.", catalog)
    assert {p.name: p.roles for p in a.people} == {"Dana Whitfield": ("showrunner",)}


def test_networks_and_outlets_are_never_people(catalog):
    text = (
        "Netflix head Ted Sarandos told Entertainment Weekly that Marvel Studios was pleased. Variety agreed."
    )
    a = run(text, catalog)
    assert people(a) == {"Ted Sarandos"}


def test_speech_verb_makes_a_person_without_given_name_list(catalog):
    a = run("“It was a long road,” said Zephyrine Okonkwo-Baptiste.", catalog)
    assert "Zephyrine Okonkwo-Baptiste" in people(a)


def test_capitalised_phrase_without_evidence_is_not_a_person(catalog):
    a = run("The Golden Harvest Festival returns to Silver Lake this fall.", catalog)
    assert people(a) == set()


# Shows and disambiguation


def test_show_learned_from_season_pattern_and_emphasis(catalog):
    a = run("The second season of Harbor Lights ends tonight. Orbital season 2 is next.", catalog)
    assert {"Harbor Lights", "Orbital"} <= set(a.shows)
    em = Document("We loved Quiet Orchard a lot.", (Block("p", 0, 29),), (Span("em", 9, 22),))
    assert analyze(em, catalog).shows == ("Quiet Orchard",)


def test_emphasised_podcast_is_not_a_show(catalog):
    doc = Document(
        "Subscribe to The Rewatch Hour wherever you get podcasts.",
        (Block("p", 0, 56),),
        (Span("em", 13, 29),),
    )
    assert analyze(doc, catalog).shows == ()


def test_show_versus_character_with_the_same_name(catalog):
    a = run(
        "In the first season of Jessica Jones, things went well. Later Jessica Jones punches a man.", catalog
    )
    kinds = [m.kind for m in a.mentions if m.name == "Jessica Jones"]
    assert kinds == ["show", "character"]


def test_main_show_from_title_and_counts_and_none_for_roundups(catalog):
    a = run("Daredevil is back. Ozark is also good.", catalog, title="Daredevil returns")
    assert a.main_show == "Daredevil"
    b = run("Watch Ozark (Netflix). Watch Andor (Disney+).", catalog)
    assert b.main_show is None


# Short references


def test_first_name_resolves_to_character_of_show_in_play(catalog):
    a = run("The second season of Ozark sees Marty lose control. Ruth is furious.", catalog)
    assert chars(a) == {"Marty Byrde", "Ruth Langmore"}


def test_first_name_without_show_in_play_does_not_resolve(catalog):
    a = run("Marty went to the store. Ruth stayed home.", catalog)
    assert chars(a) == set()


def test_surname_resolves_to_earlier_person_only(catalog):
    a = run("Ritter arrived late. Later, Krysten Ritter said she was tired. Ritter laughed.", catalog)
    ritter = [m for m in a.mentions if m.name == "Krysten Ritter"]
    assert len(ritter) == 2  # the first "Ritter" precedes the full name and stays unresolved


def test_capitalised_role_opening_a_sentence_names_a_person(catalog):
    a = run("Creators Mickey Down and Konrad Kay have renewed plans. Creator Rian Johnson agrees.", catalog)
    assert {"Mickey Down", "Konrad Kay", "Rian Johnson"} <= people(a)


def test_capitalised_star_opening_a_title_names_no_person(catalog):
    a = run("Star Trek Discovery returns to the schedule in the spring.", catalog)
    assert people(a) == set()


def test_heading_teaches_no_people(catalog):
    heading = "Shōgun Cast and Creators Look Back — and Ahead — at PaleyFest"
    text = heading + "\n\nThe cast gathered on stage."
    doc = Document(text, (Block("h1", 0, len(heading)), Block("p", len(heading) + 2, len(text))))
    assert "Look Back" not in {p.name for p in analyze(doc, catalog).people}


# Names the catalog gives to more than one show


def test_a_one_word_character_two_shows_share_is_the_one_from_the_show_in_play(catalog):
    shrinking = run("Gaby and Jimmy are at odds again, and Gaby leaves.", catalog, title="Shrinking Recap")
    assert {"Gaby", "Jimmy Laird"} <= chars(shrinking)
    housewives = run(
        "Gaby and Carlos are at odds again, and Gaby leaves.", catalog, title="Desperate Housewives Rewatch"
    )
    assert "Gabrielle Solis" in chars(housewives) and "Gaby" not in chars(housewives)


@pytest.mark.parametrize(
    ("text", "show"),
    [
        ("Mary-Louise Parker, best known for Weeds, will play a retired judge.", "Weeds"),
        ("Brian Tyree Henry (Atlanta) is set to star in the next installment.", "Atlanta"),
        ("The Weeds (Atlanta) tour stopped in Monk (Texas) twice.", None),
        ("She moved to Atlanta (Georgia) last year, and weeds grow in the yard.", None),
    ],
)
def test_an_everyday_word_title_is_a_show_after_a_credit(catalog, text, show):
    a = run(text, catalog)
    assert (show is None and not a.shows) or show in a.shows


def test_a_name_listed_with_characters_is_a_character(catalog):
    a = run(
        "Stanley Hudson, Phyllis Vance, Meredith Palmer and even Toby Flenderson get their farewells.",
        catalog,
        title="The Office: the 10 best episodes",
    )
    assert {"Phyllis Vance", "Meredith Palmer"} <= chars(a)
    assert not {"Phyllis Vance", "Meredith Palmer"} & people(a)
    b = run("Lauren Tom as Amy Wong and Maurice LaMarche as her husband get a subplot.", catalog)
    assert "Maurice LaMarche" in people(b) and "Maurice LaMarche" not in chars(b)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Poor Neil Ackroyd (George Costigan) drifts into the doorway.", "Neil Ackroyd"),
        ("A scene with PC Ann Gallagher (Charlie Murphy) lands well.", "Ann Gallagher"),
        ("Dear Edith Crawley (Laura Carmichael) gets her wedding at last.", "Edith Crawley"),
    ],
)
def test_an_adjective_or_rank_before_a_character_is_not_their_name(catalog, text, name):
    assert chars(run(text, catalog)) == {name}


def test_her_kin_is_not_a_mans_even_when_he_is_nearer(catalog):
    text = (
        "Catherine Cawood (Sarah Lancashire) visits the prison. She lays out exactly what Tommy Lee Royce "
        "(James Norton) did to her daughter Becky."
    )
    found = chars(run(text, catalog, title="Happy Valley Recap"))
    assert "Becky Royce" not in found
    his = chars(run("Tommy Lee Royce (James Norton) waits for his son Ryan.", catalog, title="Recap"))
    assert "Ryan Royce" in his


def test_whose_before_a_work_names_no_role(catalog):
    a = run("George R.R. Martin, whose book Fire & Blood is the source, sent a video.", catalog)
    assert not {"Fire", "Blood"} & chars(a)
    b = run("Matt Smith, whose Daemon Targaryen rides again, was loudest.", catalog)
    assert "Daemon Targaryen" in chars(b)


def test_a_networks_line_up_named_after_a_place_is_no_show(catalog):
    a = run("HBO's Westeros slate has grown busier since the premiere.", catalog)
    assert "Westeros" not in a.shows
    b = run("HBO's Rivermouth premieres in June.", catalog)
    assert "Rivermouth" in b.shows


def test_ser_is_a_knights_title_and_a_cfo_is_no_name(catalog):
    a = run("Ser Harwin Strong (Ryan Corr) rides out. The CFO Marcus Vale (Tom Lane) signs.", catalog)
    assert {"Harwin Strong", "Marcus Vale"} <= chars(a)
    assert not {"Ser Harwin Strong", "CFO Marcus Vale", "CFO"} & chars(a)


def test_the_first_part_of_a_hyphenated_first_name_is_that_character(catalog):
    a = run(
        "Charles (Steve Martin) has decided the podcast needs better acoustics. Charles clears his throat.",
        catalog,
        title="Only Murders in the Building Recap",
    )
    assert "Charles-Haden Savage" in chars(a) and "Charles" not in chars(a)


def test_the_end_of_a_persons_full_name_is_no_character_in_a_recap(catalog):
    text = (
        "Diana Taverner (Kristin Scott Thomas) waits on the bench. Scott Thomas gives the faintest smile. "
        "Molly Doran hands over the files."
    )
    a = run(text, catalog, title="Slow Horses Recap: Fire Drill")
    assert "Scott Thomas" not in chars(a) and "Kristin Scott Thomas" in people(a)
    assert "Molly Doran" in chars(a)


def test_a_creators_possessive_before_their_show_makes_no_role(catalog):
    text = (
        "Kate Wyler (Keri Russell) and Hal Wyler (Rufus Sewell) fight. Debora Cahn's The Diplomat has "
        "always worked best as a screwball comedy."
    )
    a = run(text, catalog, title="The Diplomat Recap: Second Dinner")
    assert "The Diplomat" not in chars(a) and "Diplomat" not in chars(a)
    assert "The Diplomat" in a.shows


@pytest.mark.parametrize(("short", "full"), [("Syd", "Sydney Adamu"), ("Deb", "Deborah Vance")])
def test_a_common_short_form_of_a_given_name_is_the_character_named_in_full(catalog, short, full):
    a = run(f"{full} arrives first. Later {short} pulls the door shut and waits.", catalog, title="Recap")
    assert [m.name for m in a.mentions if m.kind == "character"] == [full, full]
