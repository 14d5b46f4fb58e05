"""Show titles from cues: network parentheses, categories, and the cues that name no show."""

from __future__ import annotations

import pytest

from .helpers import people, run, run_html


def shows(a) -> set[str]:
    return set(a.shows)


def test_title_followed_by_its_network_in_parentheses_is_a_show(catalog):
    text = (
        "Three dramas to binge.\n\nSquid Game (Netflix)\n\nA survival thriller.\n\n"
        "Peaky Blinders (BBC / Netflix)\n\nA gangster saga.\n"
    )
    assert {"Squid Game", "Peaky Blinders"} <= shows(run(text, catalog))


def test_parentheses_around_a_non_network_make_no_show(catalog):
    assert "Marigold Lane" not in shows(run("We watched Marigold Lane (twice) last week.", catalog))


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


def test_title_after_a_role_played_on_it_is_a_show(catalog):
    a = run(
        "Alan Ritchson came up having played Arthur Curry on Smallville and Hank Hall, the Hawk, on Titans.",
        catalog,
    )
    assert {"Smallville", "Titans"} <= shows(a)


def test_a_network_or_a_day_after_on_is_no_show(catalog):
    a = run("Pedro Pascal played Joel on HBO and appeared on Monday on Broadway.", catalog)
    assert not {"HBO", "Monday", "Broadway"} & shows(a)


def test_spin_offs_named_as_a_list_are_shows(catalog):
    a = run("The medical drama has since spun off Private Practice and Station 19.", catalog)
    assert {"Private Practice", "Station 19"} <= shows(a)


def test_a_title_before_its_fans_is_a_show(catalog):
    a = run("Emily in Paris fans are split. Our Gilmore Girls rewatch starts next week.", catalog)
    assert {"Emily in Paris", "Gilmore Girls"} <= shows(a)


def test_emphasised_title_keeps_its_function_words_and_days(catalog):
    from tui.analysis import analyze
    from tui.document import Document, Span

    text = "He starred on This Is Us and joined Saturday Night Live, then told Variety about it."
    spans = tuple(
        Span("em", text.index(t), text.index(t) + len(t))
        for t in ("This Is Us", "Saturday Night Live", "Variety")
    )
    a = analyze(Document(text, (), spans), catalog)
    assert {"This Is Us", "Saturday Night Live"} <= set(a.shows)
    assert "Variety" not in a.shows


def test_emphasised_film_by_its_studio_year_or_award_is_no_show(catalog):
    from tui.analysis import analyze
    from tui.document import Document, Span

    text = "She voiced Anna in Disney's Frozen, was in 2011's Tinker Tailor and won an Oscar for Jojo Rabbit."
    spans = tuple(
        Span("em", text.index(t), text.index(t) + len(t)) for t in ("Frozen", "Tinker Tailor", "Jojo Rabbit")
    )
    assert not {"Frozen", "Tinker Tailor", "Jojo Rabbit"} & set(
        analyze(Document(text, (), spans), catalog).shows
    )


def test_title_in_capitals_is_read_in_title_case(catalog):
    assert "Baby Reindeer" in shows(run("This week:\n\nBABY REINDEER (Netflix)\n\nA stalker drama.", catalog))


def test_emphasised_start_of_a_named_title_is_that_show(catalog):
    from tui.analysis import analyze
    from tui.document import Document, Span

    text = "Hulu renewed Only Murders in the Building. The Only Murders team is thrilled."
    start = text.index("Only Murders team")
    a = analyze(Document(text, (), (Span("em", start, start + len("Only Murders")),)), catalog)
    assert "Only Murders" not in a.shows and "Only Murders in the Building" in a.shows
    assert [m.name for m in a.mentions if m.start == start] == ["Only Murders in the Building"]


def test_a_show_creator_with_a_hyphenated_suffix_is_the_person(catalog):
    a = run("The Taylor Sheridan-created series has settled into its groove.", catalog)
    assert "Taylor Sheridan" in {p.name for p in a.people}


def test_a_headline_that_opens_with_the_show(catalog):
    for title, show in (
        ("Brooklyn Nine-Nine Recap: Season 5, Episode 11", "Brooklyn Nine-Nine"),
        ("'Barry' Season 4 Episode 3: The Standoff", "Barry"),
        ("Fleabag's Final Season Is Still the Best", "Fleabag"),
        ("An Oral History of The Office's Dinner Party", "The Office"),
    ):
        a = run("The episode is full of jokes, and everyone is in it.", catalog, title=title)
        assert show in a.shows, title


def test_a_person_on_a_subject_in_a_headline_is_no_show(catalog):
    a = run("She talks about the season.", catalog, title="Ayo Edebiri on Sydney's Season 3 Crossroads")
    assert not any("Edebiri" in s for s in a.shows)


def test_what_only_a_show_does_makes_a_show(catalog):
    a = run(
        "When Schitt's Creek premiered on CBC in 2015, few watched. Copper Falls has been renewed.", catalog
    )
    assert {"Schitt's Creek", "Copper Falls"} <= shows(a)


def test_a_date_before_a_premiere_is_no_show(catalog):
    a = run("Netflix has set a June 14 premiere date for the final season of Harbor Lights.", catalog)
    assert "June 14" not in shows(a)
    assert "Harbor Lights" in shows(a)


def test_season_and_volume_numbers_together_name_the_show(catalog):
    a = run(
        "In Stranger Things 4 Volume 1, Eleven loses her powers.",
        catalog,
        title="Stranger Things 4 Volume 1 Recap: Eleven Without Her Powers",
        categories=["Stranger Things", "Netflix"],
    )
    assert shows(a) == {"Stranger Things"}


def test_everyday_word_titles_need_a_firm_cue(catalog):
    text = (
        "The White House said on Wednesday that 24 hours was enough. You know the rest. "
        "In Wednesday's finale of Shrinking, Jimmy breaks down."
    )
    assert not {"House", "Wednesday", "24", "You"} & shows(run(text, catalog))


def test_everyday_word_title_with_a_firm_cue_is_a_show(catalog):
    a = run("Netflix's You wraps up with its fifth season. Wednesday season 2 arrives in August.", catalog)
    assert {"You", "Wednesday"} <= shows(a)


def test_word_title_after_a_capitalised_word_is_part_of_another_name(catalog):
    a = run(
        "The agents of Slough House never win, and the finale was a Full House.",
        catalog,
        title="Call the Midwife: Why Nonnatus House Still Has Stories to Tell",
    )
    assert "House" not in shows(a)


def test_word_title_cued_elsewhere_is_a_show_throughout(catalog):
    a = run("House season 3 is the best. Years later, fans still argue about House and its cane.", catalog)
    houses = [m for m in a.mentions if m.name == "House"]
    assert len(houses) == 2


_LISTING = (
    "Clear your evenings. Here's what's worth your time.\n\n"
    "Harbor Lights: Resurrection (Season 2 premiere, Friday, Paramount+ with Showtime)\n\n"
    "The ferry captain is back, and he isn't done yet.\n\n"
    "Dept. Q (Season 2, all episodes Thursday)\n\n"
    "A prickly detective works cold cases in a basement.\n\n"
    "Saltmarsh (new episodes Wednesday, BBC One)\n\n"
    "The village drama returns with more secrets.\n\n"
    "Copper Falls (Restored collection, streaming now)\n\n"
    "An old favourite, newly restored."
)


def test_listing_headings_name_their_shows_and_no_main_show(catalog):
    a = run(_LISTING, catalog, title="What to Watch This Week")
    assert {"Harbor Lights: Resurrection", "Dept. Q", "Saltmarsh", "Copper Falls"} <= shows(a)
    assert a.main_show is None


def test_parentheses_without_airing_details_make_no_listing(catalog):
    text = "A quiet week.\n\nMarcus Webb (pictured, left)\n\nHe has been promoted again."
    assert "Marcus Webb" not in shows(run(text, catalog))


def html_shows(html: str, catalog, **kw) -> set[str]:
    from tui.analysis import analyze

    from .conftest import document_from_html

    return set(analyze(document_from_html(html), catalog, **kw).shows)


def test_network_and_genre_categories_are_no_shows(catalog):
    a = run(
        "Rumours swirl around the soap. Call the Midwife has a devoted following on PBS.",
        catalog,
        categories=["Call the Midwife", "PBS", "Soaps", "Rumours"],
    )
    assert shows(a) == {"Call the Midwife"}


def test_a_year_after_a_title_is_not_part_of_it(catalog):
    a = run("The twist recalls the storyline that defined EastEnders in 1985.", catalog)
    assert not any("1985" in s for s in shows(a))


def test_films_and_books_named_by_what_follows_or_precedes_are_no_shows(catalog):
    html = (
        "<p>Ron Perlman starred in the <em>Hellboy</em> films, and Season 4 of <em>Bridgerton</em> adapts "
        "Julia Quinn's <em>An Offer From a Gentleman</em>.</p>"
    )
    assert html_shows(html, catalog) == {"Bridgerton"}


def test_one_emphasised_word_stands_for_the_title_it_starts(catalog):
    html = (
        "<p>On <em>Abbott Elementary</em>, nobody relaxes. On <em>Abbott</em>, Quinta might use any take. "
        "It is a setup so quintessentially <em>Grey's</em> that fans of <em>Grey's Anatomy</em> cheered.</p>"
    )
    assert html_shows(html, catalog) == {"Abbott Elementary", "Grey's Anatomy"}


def test_an_acronym_title_keeps_its_capitals(catalog):
    a = run("This week:\n\nSCTV (CBC)\n\nThe sketch show that made a generation laugh.", catalog)
    assert "SCTV" in shows(a) and "Sctv" not in shows(a)


def test_a_title_the_article_writes_with_the_keeps_it(catalog):
    text = (
        "For most of its run, The Gilded Age has kept its households apart.\n\n"
        "So, Gilded Age fans: was Agnes out of line? Gilded Age fans, sound off."
    )
    a = run(text, catalog)
    assert "The Gilded Age" in shows(a) and "Gilded Age" not in shows(a)


def test_a_section_per_show_makes_a_round_up(catalog):
    text = (
        "Casting news from three shows.\n\nHARBOR LIGHTS\n\nKathryn Hahn joins Harbor Lights season 2.\n\n"
        "SALTMARSH\n\nToby Jones joins Saltmarsh season 3.\n\nCOPPER FALLS\n\n"
        "Tituss Burgess joins Copper Falls season 4, and Copper Falls fans are thrilled."
    )
    a = run(text, catalog, title="Casting Round-Up")
    assert {"Harbor Lights", "Saltmarsh", "Copper Falls"} <= shows(a)
    assert a.main_show is None


def test_sections_headed_by_a_winner_and_their_show_make_a_round_up(catalog):
    text = (
        "The night's best speeches.\n\nNoah Wyle, The Pitt\n\nWyle thanked The Pitt's crew twice.\n\n"
        "Jean Smart, Hacks\n\nSmart thanked the Hacks writers.\n\nSeth Rogen, The Studio\n\n"
        "Rogen thanked the executives in the room. The Pitt won again later."
    )
    a = run(text, catalog, title="Emmys 2025: The Best Acceptance Speeches")
    assert {"The Pitt", "Hacks", "The Studio"} <= shows(a)
    assert a.main_show is None
    one = run("Noah Wyle, The Pitt\n\nWyle thanked The Pitt's crew.", catalog, title="Noah Wyle Wins")
    assert one.main_show == "The Pitt"


def test_one_section_heading_keeps_the_main_show(catalog):
    text = "HARBOR LIGHTS\n\nKathryn Hahn joins Harbor Lights season 2. Harbor Lights fans rejoice."
    assert run(text, catalog, title="Harbor Lights Adds Kathryn Hahn").main_show == "Harbor Lights"


def test_a_chart_naming_three_shows_in_its_title_has_no_main_show(catalog):
    text = (
        "Prime Video's Reacher claimed the No. 1 spot. Netflix's The Night Agent was close behind, and "
        "Squid Game, Hwang Dong-hyuk's Korean survival drama, rounded out the top three. The evergreen legal "
        "drama Suits held at No. 5."
    )
    a = run(
        text,
        catalog,
        title="Reacher, The Night Agent and Squid Game Lead a Crowded Week on Nielsen's Streaming Chart",
        categories=["Nielsen", "Streaming"],
    )
    assert {"Reacher", "The Night Agent", "Squid Game", "Suits"} <= shows(a)
    assert "Nielsen" not in shows(a) and "Squid Game" not in people(a)
    assert "Hwang Dong-hyuk" in people(a)
    assert a.main_show is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Apple TV+ has renewed Marigold Lane for a sixth season.", {"Marigold Lane"}),
        ("Fans gasped in the Season 3 premiere of The Chair Company last night.", {"The Chair Company"}),
        ("HBO's The Chair Company returns in June with eight episodes.", {"The Chair Company"}),
        ("The cast of Bad Sisters reunited in Dublin this week.", {"Bad Sisters"}),
        (
            "Bad Sisters star Anne-Marie Duff spoke at the premiere. Bad Sisters returns in May.",
            {"Bad Sisters"},
        ),
        ("The Emmy-winning comedy Tidewater Bay returns next spring.", {"Tidewater Bay"}),
        ("Her breakout came in the film Oppenheimer, opposite Cillian Murphy.", set()),
        ("She discussed the role on the podcast Armchair Expert last month.", set()),
        ("All episodes are streaming on Netflix and Hulu from Friday.", set()),
        ("Marvel Studios head Kevin Feige confirmed the news at the event.", set()),
        ("Season 3 of Amazon's Fallout arrives in December.", {"Fallout"}),
        (
            "Only Murders in the Building is back. Only Murders star Selena Gomez hosted.",
            {"Only Murders in the Building"},
        ),
    ],
)
def test_common_show_cues(catalog, sentence, expected):
    assert shows(run(sentence, catalog)) == expected


def test_a_known_title_with_a_subtitle_is_its_spin_off(catalog):
    a = run(
        "Dexter is back. If you skipped the prequel Dexter: Original Sin, don't worry; you won't need it.",
        catalog,
    )
    assert {"Dexter", "Dexter: Original Sin"} <= shows(a)


def test_an_unknown_title_before_a_colon_makes_no_spin_off(catalog):
    a = run("Harvest Moon: the season that changed everything, according to fans.", catalog)
    assert not any(":" in s for s in shows(a))


def test_a_name_listed_with_a_show_is_the_show(catalog):
    a = run("Apple built a slate of British series alongside Bad Sisters and Ted Lasso.", catalog)
    assert {"Bad Sisters", "Ted Lasso"} <= shows(a)
    assert "Ted Lasso" not in {c.name for c in a.characters}
    b = run("Ted Lasso (Jason Sudeikis) and Rebecca Welton argue about the club.", catalog)
    assert "Ted Lasso" in {c.name for c in b.characters}


def test_an_everyday_title_after_a_sentences_opening_word_is_still_a_show(catalog):
    a = run("The drama has been a fixture. Like Severance and The Morning Show, it wins awards.", catalog)
    assert "Severance" in shows(a)
    b = run("Her Golden Severance Deal, the headline ran.", catalog)
    assert "Severance" not in shows(b)


@pytest.mark.parametrize(
    ("text", "categories", "not_a_show"),
    [
        ("The Los Angeles premiere drew a crowd of fans.", (), "Los Angeles"),
        ("The cast of Westmere took over Hall H at Comic-Con for a first look.", ("Comic-Con",), "Comic-Con"),
        ("Fox's fall schedule includes the drama Westmere.", ("Fox",), "Fox"),
    ],
)
def test_places_networks_and_events_are_no_shows(catalog, text, categories, not_a_show):
    a = run(text, catalog, categories=categories)
    assert not_a_show not in shows(a)


def test_works_listed_after_films_or_features_are_no_shows(catalog):
    html = (
        "<p>Harjo spent a decade making independent features in Oklahoma, including "
        "<em>Four Sheets to the Wind</em> and <em>Mekko</em>, before <em>Rivermouth</em> premiered on FX.</p>"
    )
    a = run_html(html, catalog)
    assert not {"Four Sheets to the Wind", "Mekko"} & set(a.shows)
    assert "Rivermouth" in a.shows


def test_a_characters_first_name_in_emphasis_is_no_show(catalog):
    html = (
        "<p>Wren Halloway (Dana Okafor) runs the bar in <em>Marigold Lane</em>.</p>"
        "<p>“You told <em>Wren</em>,” Tess says.</p>"
    )
    a = run_html(html, catalog)
    assert "Wren" not in a.shows
    assert "Marigold Lane" in a.shows


def test_a_persons_surname_or_a_bare_year_after_a_cue_is_no_show(catalog):
    text = (
        "Marigold Lane season 2 puts Adam Brody in the lead. The first season made stars of Brody and "
        "the rest of the cast. Fans still argue about the 2007 series finale."
    )
    a = run(text, catalog)
    assert not {"Brody", "2007"} & shows(a)
    assert "Marigold Lane" in shows(a)


def test_an_award_picked_up_is_no_show(catalog):
    a = run("Freeman picked up Leading Actor for his turn as Chris Carson in The Responder.", catalog)
    assert "Leading Actor" not in shows(a)
    b = run("The network picked up Marigold Lane for a second season.", catalog)
    assert "Marigold Lane" in shows(b)


def test_an_everyday_word_title_described_or_listed_with_a_show_is_a_show(catalog):
    described = run("The oldest entrant was Suits, the USA Network legal drama, at No. 5.", catalog)
    assert "Suits" in shows(described)
    starring = run("On Paramount+, Tracker, starring Justin Hartley, drew a billion minutes.", catalog)
    assert "Tracker" in shows(starring)
    listed = run("Tracker and Squid Game lead a crowded week on the charts.", catalog)
    assert {"Tracker", "Squid Game"} <= shows(listed)
    plain = run("The suits in the boardroom want a tracker on every phone.", catalog)
    assert not {"Suits", "Tracker"} & shows(plain)


def test_a_title_a_cue_calls_a_film_is_no_show_however_it_was_learned(catalog):
    text = (
        "With Cillian Murphy back as Tommy Shelby in the Netflix film Peaky Blinders: The Immortal Man, "
        "there has never been a better time to look back at Peaky Blinders season 1."
    )
    a = run(text, catalog)
    assert "Peaky Blinders: The Immortal Man" not in shows(a)
    assert "Peaky Blinders" in shows(a)


def test_works_listed_after_a_plural_medium_are_no_shows(catalog):
    html = (
        "<p>Nolan's writing credits include the films <em>Interstellar</em> and <em>The Dark Knight</em>.</p>"
    )
    a = run_html(html, catalog)
    assert not {"Interstellar", "The Dark Knight"} & set(a.shows)


def test_a_cue_stopped_at_a_colon_takes_the_catalogs_subtitled_title(catalog):
    text = "In HBO's Dune: Prophecy, Emily Watson stars as Valya. It adapts the novel Sisterhood of Dune."
    a = run(text, catalog)
    assert "Dune" not in shows(a)
    assert "Dune: Prophecy" in shows(a)


def test_franchises_and_kinds_of_television_in_categories_are_no_shows(catalog):
    a = run(
        "Strange New Worlds returns with a trailer full of Gorn.",
        catalog,
        categories=["Star Trek: Strange New Worlds", "Star Trek", "British TV", "Reality TV"],
    )
    assert "Star Trek: Strange New Worlds" in shows(a)
    assert not {"Star Trek", "British TV", "Reality TV"} & shows(a)


def test_a_headline_that_opens_with_a_person_names_no_title(catalog):
    a = run(
        "Andrew Lincoln will guest star in the new season, AMC announced.",
        catalog,
        title="Andrew Lincoln to Guest Star in The Walking Dead: Daryl Dixon",
    )
    assert "Andrew Lincoln to Guest" not in shows(a)


def test_an_emphasised_title_is_a_show_only_with_television_nearby(catalog):
    film = (
        "<p>Comparisons to <em>Kestrel</em> have followed the director for years.</p>"
        "<p>Lee Jung-jae is terrific throughout, and the final game is staged with real dread.</p>"
    )
    assert "Kestrel" not in run_html(film, catalog).shows
    show = "<p>The second season of <em>Kestrel</em> arrives on Netflix next week.</p>"
    assert "Kestrel" in run_html(show, catalog).shows


def test_the_headlines_own_show_is_the_main_show_over_a_word_the_plot_repeats(catalog):
    text = (
        "Schitt’s Creek Season 5, Episode 6: Moira Holds Cabaret Rehearsal Hostage\n\n"
        "Moira Rose (Catherine O'Hara) takes over rehearsals. Dan Levy said the Cabaret storyline was "
        "the thing they built toward, and Cabaret fans agree that Cabaret never looked better."
    )
    a = run(text, catalog, title="Schitt’s Creek Season 5, Episode 6: Moira Holds Cabaret Rehearsal Hostage")
    assert a.main_show == "Schitt's Creek"


def test_a_networks_plural_possessive_is_no_part_of_the_title(catalog):
    html = "<p>He has played Victor Newman on CBS' <em>The Young and the Restless</em> since 1980.</p>"
    a = run_html(html, catalog)
    assert a.shows == ("The Young and the Restless",)


def test_a_stage_production_is_no_show(catalog):
    html = (
        "<p>Stevie finally takes the stage in the town's production of <em>Guys and Dolls</em> this week.</p>"
    )
    assert "Guys and Dolls" not in run_html(html, catalog).shows
    revival = "<p>NBC confirmed the revival of <em>Marigold Lane</em> for a second season.</p>"
    assert "Marigold Lane" in run_html(revival, catalog).shows


def test_a_title_someone_created_is_the_show_not_its_namesake_character(catalog):
    a = run("Bill Lawrence, who runs the series and also co-created Ted Lasso, is happy.", catalog)
    assert "Ted Lasso" in shows(a)
    assert "Ted Lasso" not in {c.name for c in a.characters}
