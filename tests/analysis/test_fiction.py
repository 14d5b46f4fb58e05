"""Fictional evidence for names outside the catalog: a case that applies and one that doesn't."""

from __future__ import annotations

from .helpers import char_names as chars
from .helpers import people, run


def test_who_plays_list_names_each_character(catalog):
    a = run(
        "Denise Gough and Kyle Soller, who play officer Dedra Meero and her partner Syril Karn, spoke.",
        catalog,
    )
    assert {"Dedra Meero", "Syril Karn"} <= chars(a)


def test_who_plays_with_no_name_after_learns_no_character(catalog):
    a = run(
        "Tramell Tillman, who plays the relentlessly upbeat supervisor, has spent the year on tour.", catalog
    )
    assert chars(a) == set()


def test_plot_noun_possessive_makes_a_character(catalog):
    a = run("Viewers were shocked by Colin Zabel's death in episode five of the drama.", catalog)
    assert "Colin Zabel" in chars(a)


def test_plot_noun_of_a_real_person_stays_a_person(catalog):
    a = run(
        "Showrunner Dana Hollis said the future of the drama is bright. Dana Hollis's future is writing.",
        catalog,
    )
    assert "Dana Hollis" in people(a) and "Dana Hollis" not in chars(a)


def test_kin_of_a_known_character_takes_the_owners_surname(catalog):
    a = run("On The Last of Us, Joel's brother Tommy (Gabriel Luna) runs the town with Joel Miller.", catalog)
    assert "Tommy Miller" in chars(a)


def test_spouse_of_a_character_keeps_the_given_name_only(catalog):
    a = run("Jimmy Laird (Jason Segel) still grieves his wife, Tia, in the finale.", catalog)
    assert "Tia" in chars(a) and "Tia Laird" not in chars(a)


def test_kin_of_a_real_person_is_no_character(catalog):
    a = run("Showrunner Dana Hollis said her brother Tommy read every draft.", catalog)
    assert "Tommy" not in chars(a)


def test_lone_name_coordinated_with_a_character_is_a_character(catalog):
    a = run("Jimmy Laird (Jason Segel) is back. Okay, Gaby and Jimmy: what happens next?", catalog)
    assert "Gaby" in chars(a)


def test_lone_name_of_a_person_in_the_article_is_no_character(catalog):
    a = run(
        "Jimmy Laird (Jason Segel) is back, and Jessica Williams said Jessica and Jimmy are friends.", catalog
    )
    assert "Jessica" not in chars(a)


def test_one_word_character_takes_the_full_name_the_article_writes(catalog):
    a = run(
        "Jackson Lamb's hygiene is legendary. Lamb (Gary Oldman) would not last a day with them.", catalog
    )
    assert "Jackson Lamb" in chars(a) and "Lamb" not in chars(a)


def test_one_word_character_with_two_full_names_stays_short(catalog):
    a = run("Harriet Vale met Peter Vale. Vale (Gary Oldman) would not last a day with them.", catalog)
    assert "Vale" in chars(a)


def test_subject_of_plot_verbs_is_a_character(catalog):
    a = run(
        "On Severance, Seth Milchick was the friendliest face. This year Milchick confronts his bosses.",
        catalog,
    )
    assert "Seth Milchick" in chars(a) and "Seth Milchick" not in people(a)


def test_plot_verb_inside_a_quote_is_no_evidence(catalog):
    a = run('Dana Hollis joked, "Then Dana kills everyone." The writer Dana Hollis laughed.', catalog)
    assert "Dana Hollis" not in chars(a)


def test_names_with_accented_capitals_are_read(catalog):
    a = run("Drummond (Ólafur Darri Ólafsson) watches every move. Mr. Drummond smiles.", catalog)
    assert "Mr. Drummond" in chars(a)
    assert "Ólafur Darri Ólafsson" in people(a)


def test_lone_names_listed_with_a_character_are_characters(catalog):
    a = run(
        "Jinx and her sister Vi (Hailee Steinfeld) collide. Everyone has decided who she is: Vi, Caitlyn, "
        "Silco, the man who raised her.",
        catalog,
    )
    assert {"Caitlyn", "Silco"} <= chars(a)


def test_a_place_before_a_list_is_not_part_of_it(catalog):
    a = run("Back in Salt Lake City, Joel (Pedro Pascal) and Ellie (Bella Ramsey) settle down.", catalog)
    assert not {"City", "Lake City"} & chars(a)


def test_a_persons_surname_in_a_list_is_no_character(catalog):
    a = run(
        "Martin Short and Steve Martin joke. Charles (Steve Martin) is back. Charles, Oliver and Short bow.",
        catalog,
    )
    assert "Short" not in chars(a) and "Oliver" in chars(a)


def test_a_headline_word_after_a_one_word_character_is_no_surname(catalog):
    from .helpers import char_names, run

    text = (
        "Killing Eve Recap: Villanelle Goes Undercover\n\n"
        "Eve (Sandra Oh) and Villanelle (Jodie Comer) are colleagues now. Villanelle kills a banker."
    )
    assert "Villanelle Goes" not in char_names(
        run(text, catalog, title="Killing Eve Recap: Villanelle Goes Undercover")
    )


def test_a_surname_ending_a_longer_capitalised_name_is_not_that_character(catalog):
    from .helpers import run

    text = "On Mad Men, Peggy Olson walked into Sterling Cooper on her first day. Later Dr. Cooper left."
    coopers = [m for m in run(text, catalog).mentions if m.name == "Bert Cooper"]
    assert [text[m.start : m.end] for m in coopers] == ["Cooper"]  # the doctor's, not the firm's
    assert coopers[0].start > text.index("Dr.")


def test_a_nickname_named_before_its_full_name_is_that_character(catalog):
    from .helpers import chars, run

    text = (
        "I wanted Mark to finally grow up, or Jez to finally get a job. Jez is right, of course.\n\n"
        'The final episode picks up with Mark (David Mitchell) and Jeremy "Jez" Usborne (Robert Webb) in '
        "the flat.\n\nAnd then there's the scene. Mark and Jez, side by side, staring at the television.\n\n"
        '"We\'re not stuck, Mark," Jez says.'
    )
    a = run(text, catalog)
    assert chars(a).get("Jeremy Usborne") == "Robert Webb" and "Jez" not in chars(a)
    assert [q.speaker for q in a.quotes] == ["Jeremy Usborne"]


def test_a_one_word_character_always_written_with_the_keeps_it(catalog):
    from .helpers import chars, run

    a = run(
        "The episode belongs to the Guide (Kristen Schaal), who has filed their taxes since 1982. "
        "Later, the Guide reveals the debt.",
        catalog,
        title="Shadows Recap: Taxes",
    )
    assert chars(a).get("The Guide") == "Kristen Schaal" and "Guide" not in chars(a)


def test_a_one_word_character_written_alone_stays_as_written(catalog):
    from .helpers import chars, run

    a = run(
        "The Oracle (Dana Okafor) files the taxes. Oracle is tired.",
        catalog,
        title="Marigold Lane Recap: Taxes",
    )
    assert "Oracle" in chars(a) and "The Oracle" not in chars(a)


def test_a_place_is_never_a_one_word_character(catalog):
    from .helpers import char_names, run

    text = (
        "Mike White's Thailand chapter finally lets the pressure build, and Rick Hatchett (Walton Goggins) "
        "is in Thailand looking for a man. Chris Traeger was filming in Vancouver and Pawnee misses him."
    )
    assert not {"Thailand", "Vancouver", "Pawnee"} & char_names(
        run(text, catalog, title="The White Lotus Recap")
    )


def test_a_fans_camp_names_the_character_it_backs(catalog):
    from .helpers import char_names, run

    text = (
        "Emily Cooper (Lily Collins) picks between Alfie (Lucien Laviscount) and Gabriel (Lucas Bravo). "
        "Team Alfie loyalists point out that Alfie asked Emily what she wanted. Whether Gabriel agrees "
        "is another matter."
    )
    names = char_names(run(text, catalog, title="Emily in Paris Theory: Alfie or Gabriel?"))
    assert "Alfie" in names and "Team Alfie" not in names and "Whether Gabriel" not in names


def test_a_co_star_after_who_plays_is_no_character(catalog):
    text = "Dana Okafor, who plays Wren Halloway opposite Pruitt, will also appear in the episode."
    a = run(text, catalog)
    assert "Pruitt" not in chars(a)
    assert "Wren Halloway" in chars(a)


def test_an_actor_returning_as_a_role_beside_a_character_is_no_character(catalog):
    text = (
        "Kyle Marr is back as Lucy's father, Hank Voss, and Moises Arias returns as her brother, Norm, "
        "who spent the season underground."
    )
    a = run(text, catalog, title="Marigold Lane Season 2 Casting")
    assert "Moises Arias" not in chars(a)


def test_a_sentence_opening_adverb_after_a_quote_is_no_character(catalog):
    text = (
        'Thing taps out a message, and Wednesday translates for Enid Sinclair: "He says someone has been '
        'inside the crypt." Naturally, Wednesday decides they are going in that night.'
    )
    a = run(text, catalog, title="Wednesday Recap: The Crypt")
    assert "Naturally" not in chars(a)


def test_an_emperor_is_a_rank_not_part_of_the_name(catalog):
    a = run("Mark Strong rounds out the core cast as Emperor Javicco Corrino.", catalog)
    assert "Javicco Corrino" in chars(a)
    assert "Emperor Javicco Corrino" not in chars(a)


def test_a_sentence_end_between_two_names_joins_no_full_name(catalog):
    text = (
        "Kiyo (Dana Okafor) meets the shipwrecked pilot, John Blackthorne. Kiyo says nothing for a while. "
        "Later Kiyo leaves."
    )
    found = chars(run(text, catalog, title="Marigold Lane Recap: The Pilot"))
    assert "Blackthorne. Kiyo" not in found
    assert "Kiyo" in found


def test_a_relative_clause_after_who_played_names_no_second_role(catalog):
    text = (
        "He talks about Toshiro Mifune, who played Toranaga in the 1980 miniseries and whose shadow "
        "Sanada admits he felt when he took the part."
    )
    assert "Sanada" not in chars(run(text, catalog))
