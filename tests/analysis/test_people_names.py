"""People: middle initials, authors named by their books, ranked characters in actor possessives."""

from __future__ import annotations

from tui.analysis import analyze
from tui.document import document_from_text


def run(text, catalog):
    return analyze(document_from_text(text), catalog)


def names_of(a) -> set[str]:
    return {p.name for p in a.people}


def people(text, catalog):
    return [p.name for p in run(text, catalog).people]


def test_middle_initial_stays_inside_a_name(catalog):
    text = "The show’s co-creators, Lucia Aniello, Paul W. Downs and Jen Statsky, built the season together."
    found = people(text, catalog)
    assert {"Lucia Aniello", "Paul W. Downs", "Jen Statsky"} <= set(found)
    assert "Paul W" not in found


def test_a_sentence_ending_in_an_initial_does_not_swallow_the_next(catalog):
    text = "Creator Dana Whitfield wrote the pilot with her sister, known as Nora W. The rest followed."
    assert not any(p.endswith("W. The") or "Rest" in p for p in people(text, catalog))


def test_owner_of_a_novel_is_an_author(catalog):
    result = run("The fourth season is adapted from Mick Herron’s novel Spook Street.", catalog)
    (herron,) = [p for p in result.people if p.name == "Mick Herron"]
    assert "writer" in herron.roles


def test_character_with_a_book_is_not_an_author(catalog):
    text = "Joel Miller (Pedro Pascal) keeps Joel Miller’s book of maps in the truck."
    assert "Joel Miller" not in people(text, catalog)


def test_author_role_word_makes_a_person(catalog):
    assert "Liane Moriarty" in people("The series is based on a story by author Liane Moriarty.", catalog)


def test_actor_possessive_with_a_ranked_character(catalog):
    text = "Over in Okern, Zahn McClarnon’s Officer Big gives the Rez Dogs a flawed father figure."
    result = run(text, catalog)
    assert "Zahn McClarnon" in [p.name for p in result.people]
    assert [c.actor for c in result.characters if c.name == "Officer Big"] == ["Zahn McClarnon"]


def test_everyday_word_without_a_rank_is_no_character(catalog):
    text = "Over in Okern, Zahn McClarnon’s Big Idea gives the Rez Dogs a flawed father figure."
    assert "Big" not in [c.name for c in run(text, catalog).characters]


def test_a_surname_casting_takes_the_whole_name_it_stands_for(catalog):
    a = run(
        "Quinta Brunson was joined by Tyler James Williams and Lisa Ann Walter. Williams, who plays Gregory "
        "Eddie, laughed.",
        catalog,
    )
    assert {c.name: c.actor for c in a.characters}["Gregory Eddie"] == "Tyler James Williams"
    assert "James Williams" not in names_of(a)


def test_initials_inside_a_name(catalog):
    a = run("Showrunner Ryan Condal co-created it with writer George R.R. Martin.", catalog)
    assert "George R.R. Martin" in names_of(a)


def test_word_surname_after_a_given_name(catalog):
    a = run("That tracks with how creator Darren Star has talked about the series.", catalog)
    assert "Darren Star" in names_of(a)


def test_co_stars_before_names_are_people(catalog):
    a = run("Gatwa spoke about his friendships with co-stars Millie Gibson and Varada Sethu.", catalog)
    assert {"Millie Gibson", "Varada Sethu"} <= names_of(a)


def test_author_of_a_series_of_novels_with_a_long_title(catalog):
    a = run("The drama is adapted from Mick Herron's Slough House novels.", catalog)
    assert "Mick Herron" in names_of(a)


def test_a_film_directed_is_no_person(catalog):
    a = run("The man who wrote and directed Michael Clayton has no patience for exposition.", catalog)
    assert "Michael Clayton" not in names_of(a)


def test_young_as_a_given_name_is_kept(catalog):
    a = run("The cast includes Young Mazino, who plays Jesse, and Bella Ramsey.", catalog)
    assert "Young Mazino" in names_of(a)


def test_words_of_a_quoted_title_are_no_person(catalog):
    a = run("He made his debut in the special “The Church on Ruby Road” in 2023.", catalog)
    assert "Ruby Road" not in names_of(a)


def test_a_day_or_month_leading_a_name_is_a_given_name(catalog):
    a = run(
        "Wednesday Addams (Jenna Ortega) sulks. April Ludgate (Aubrey Plaza) and June Osborne "
        "(Elisabeth Moss) cameo. “I could,” Wednesday replies.",
        catalog,
    )
    assert {"Wednesday Addams", "April Ludgate", "June Osborne"} <= {c.name for c in a.characters}
    assert a.quotes[0].speaker == "Wednesday Addams"


def test_a_day_before_a_name_is_still_a_date(catalog):
    a = run("On Monday Rachel Taylor said the show was back. The premiere is on Friday.", catalog)
    assert "Rachel Taylor" in names_of(a)
    assert not any(n.startswith(("Monday", "Friday")) for n in names_of(a))


def test_unknown_names_in_a_recap_are_characters(catalog):
    a = analyze(
        document_from_text("Later, Agnes DeMille corners Wednesday Addams (Jenna Ortega) in the library."),
        catalog,
        title="Wednesday Season 2 Episode 3 Recap",
    )
    assert "Agnes DeMille" in {c.name for c in a.characters} and "Agnes DeMille" not in names_of(a)
    assert "Wednesday" in a.shows


def test_names_that_start_with_initials(catalog):
    a = analyze(
        document_from_text(
            "D.B. Weiss spoke first. A.J. Soprano (Robert Iler) sulks. “I'm not going out,” A.J. says."
        ),
        catalog,
        title="The Sopranos Recap",
    )
    assert {c.name: c.actor for c in a.characters}.get("A.J. Soprano") == "Robert Iler"
    assert a.quotes[0].speaker == "A.J. Soprano"
    assert "D.B. Weiss" in names_of(a)


def test_police_ranks_are_no_part_of_a_characters_name(catalog):
    from .helpers import char_names, run

    a = run(
        'The unmasking of "H" as Detective Superintendent Ian Buckells (Nigel Boyle) split viewers.',
        catalog,
    )
    assert "Ian Buckells" in char_names(a)
    assert not any("Superintendent" in n for n in char_names(a))


def test_name_of_a_self_named_role_is_the_person_away_from_its_show(catalog):
    from .helpers import char_names, people, run

    a = run("Will Smith, the British comedy writer, has run Slow Horses since it premiered.", catalog)
    assert "Will Smith" in people(a) and "Will Smith" not in char_names(a)
    a = run("Larry David was spotted at a Dodgers game on Sunday.", catalog)
    assert "Larry David" in people(a)


def test_name_of_a_self_named_role_is_the_role_inside_its_show(catalog):
    from .helpers import char_names, run

    a = run("In Seinfeld season 4, Jerry Seinfeld pitches a show about nothing to NBC.", catalog)
    assert "Jerry Seinfeld" in char_names(a)


def test_a_month_before_a_surname_is_part_of_the_name(catalog):
    from .helpers import people, run

    a = run("Jay Duplass and April Bowlby joined the cast. On Monday Rachel Taylor said yes.", catalog)
    assert {"April Bowlby", "Rachel Taylor"} <= people(a)
    assert "Monday Rachel Taylor" not in people(a)


def test_lower_case_particles_join_a_name(catalog):
    from .helpers import chars, people, run

    a = run(
        "The wild card is Agnes van Rhijn (Christine Baranski). Director Diego de la Torre shot the dinner.",
        catalog,
    )
    assert chars(a).get("Agnes van Rhijn") == "Christine Baranski"
    assert "Diego de la Torre" in people(a)


def test_a_contraction_before_a_name_is_no_part_of_it(catalog):
    from .helpers import people, run

    a = run("So I never get to turn it off. I'm Gregory Eddie from the minute I walk onto the set.", catalog)
    assert not any(p.startswith("I'm") for p in people(a))


def test_a_leading_initial_after_a_role_belongs_to_the_name(catalog):
    text = (
        "What showrunner I. Marlene King has said about the theory matters. "
        "“We talked about it for a long time,” King said."
    )
    a = run(text, catalog)
    assert "I. Marlene King" in names_of(a)
    assert "Marlene King" not in names_of(a)
    assert a.quotes[0].speaker == "I. Marlene King"


def test_a_byline_paragraph_names_its_journalists(catalog):
    text = "By Tom Ashcroft · May 4, 2025\n\nIt was a night of coppers at the awards in London."
    assert "Tom Ashcroft" in names_of(run(text, catalog))
    staff = "By Staff Reporter | June 8\n\nIt was a night of coppers at the awards in London."
    assert not names_of(run(staff, catalog))


def test_a_month_may_be_a_middle_name(catalog):
    text = "The biggest roar went to Daisy May Cooper. Cooper said the award was for every mum."
    assert "Daisy May Cooper" in names_of(run(text, catalog))
    assert "Daisy May" not in names_of(run("Daisy May 4 was the date of the premiere party.", catalog))


def test_a_creators_possessive_before_a_show_after_in_names_a_creator_not_a_role(catalog):
    text = (
        "Rain Dogs season 2 is coming. Daisy May Cooper won for her performance as single mother "
        "Costello Jones in Cash Carraway’s Rain Dogs."
    )
    a = run(text, catalog)
    assert "Cash Carraway" in names_of(a)
    found = {c.name: c.actor for c in a.characters}
    assert "Rain Dogs" not in found
    assert "Costello Jones" in found


def test_name_keys_pass_over_a_leading_initial_or_title():
    from tui.analysis.names import name_keys

    assert name_keys("I. Marlene King") == ("Marlene", "King")
    assert name_keys("Lord John Grey") == ("John", "Grey")
    assert name_keys("Seong Gi-hun") == ("Seong", "Gi-hun")
    assert name_keys("King Charles") == ("King", "Charles")  # two words: the title is all there is
    assert name_keys("Jimmy Pesto Jr.") == ("Jimmy", "Pesto")


def test_a_name_listed_beside_people_is_a_person_whatever_its_given_name(catalog):
    text = "Justin Theroux, Macaulay Culkin and Kumail Nanjiani join the second season of the drama."
    assert "Macaulay Culkin" in names_of(run(text, catalog))
    roles = (
        "Co-creators Vince Gilligan and Peter Gould spoke. The staff of Macrodata Refinement and Mark Scout"
    )
    found = names_of(run(roles, catalog))
    assert "Co-creators Vince Gilligan" not in found
    assert "Macrodata Refinement" not in found


def test_a_photo_credit_paragraph_names_its_photographer(catalog):
    a = run("Photograph: Theo Whiteman/Apple TV+\n\nThe cast gathers on set for the new season.", catalog)
    assert {p.name: p.roles for p in a.people}.get("Theo Whiteman") == ("photographer",)
    staff = run("Photograph: Staff/Netflix\n\nThe cast gathers on set for the new season.", catalog)
    assert not names_of(staff)
