"""Casting phrases beyond `Character (Actor)`: voices, asides, praise before "as", paired lists."""

from __future__ import annotations

from .helpers import chars, people, run


def test_voiced_by_in_parentheses_pairs_character_and_actor(catalog):
    a = run("The first season ended with Mizu (voiced by Maya Erskine) setting sail.", catalog)
    assert chars(a).get("Mizu") == "Maya Erskine"


def test_appositive_voiced_by_pairs_character_and_actor(catalog):
    a = run("She hunts Abijah Fowler, the Irish smuggler voiced by Kenneth Branagh, across London.", catalog)
    assert chars(a).get("Abijah Fowler") == "Kenneth Branagh"


def test_by_without_a_casting_verb_pairs_nothing(catalog):
    a = run("She hunts Abner Fowley, the Irish smuggler hired by Kenneth Branagh, across London.", catalog)
    assert "Abner Fowley" not in chars(a)


def test_firm_casting_verb_reaches_over_an_aside(catalog):
    a = run(
        "Yerin Ha, best known for her work in Australian theatre, has been cast as Sophie Baek in the show.",
        catalog,
    )
    assert chars(a).get("Sophie Baek") == "Yerin Ha"
    assert "Sophie Baek" not in people(a)


def test_role_an_actor_is_known_for_is_a_character(catalog):
    a = run("Yerin Ha, best known for playing Kwan Ha on Halo, joins the drama next year.", catalog)
    assert chars(a).get("Kwan Ha") == "Yerin Ha"


def test_praise_between_actor_and_as_still_casts(catalog):
    a = run("Cillian Murphy is magnetic as Arthur Penrose, the leader of the gang.", catalog)
    assert chars(a).get("Arthur Penrose") == "Cillian Murphy"


def test_a_verb_of_describing_before_as_casts_nothing(catalog):
    a = run("Steven Knight once described the series to fans as Peaky Blinders with horses.", catalog)
    assert chars(a) == {}


def test_joining_a_season_as_a_character(catalog):
    a = run("Kit Harington joined the third season as Henry Muck, a green-energy founder.", catalog)
    assert chars(a).get("Henry Muck") == "Kit Harington"


def test_possessive_name_in_the_description_of_a_role(catalog):
    a = run("Watch for Park Hae-soo as Gi-hun's childhood friend Cho Sang-woo in the first season.", catalog)
    assert chars(a).get("Cho Sang-woo") == "Park Hae-soo"


def test_two_actors_and_two_characters_pair_in_order_and_share_a_surname(catalog):
    a = run(
        "Ali Larter and Michelle Randolph, who play mother and daughter Angela and Ainsley Norris, "
        "turned up at a rodeo. Later Angela waved.",
        catalog,
    )
    assert chars(a)["Angela Norris"] == "Ali Larter"
    assert chars(a)["Ainsley Norris"] == "Michelle Randolph"
    assert "Angela" not in chars(a)


def test_lists_of_unequal_length_pair_nothing(catalog):
    a = run("Ali Larter and Michelle Randolph, who play Angela, Ainsley and Tommy Norris, smiled.", catalog)
    assert "Angela Norris" not in chars(a)


def test_actor_possessive_reaches_over_a_described_role(catalog):
    a = run("Billy Bob Thornton's oil man Dusty is back on the rigs this season.", catalog)
    assert chars(a).get("Dusty") == "Billy Bob Thornton"


def test_short_role_of_an_actor_is_their_catalog_role(catalog):
    a = run("Billy Bob Thornton's oil man Tommy is back on the rigs this season.", catalog)
    assert chars(a) == {"Tommy Norris": "Billy Bob Thornton"}


def test_possessive_before_a_work_is_its_creator_not_a_role(catalog):
    a = run("Ryan Murphy's new series Monster returns, and Steven Knight's gangster saga ends.", catalog)
    assert "Monster" not in chars(a)
    assert {"Ryan Murphy", "Steven Knight"} <= people(a)
    assert dict((p.name, p.roles) for p in a.people)["Steven Knight"] == ("creator",)


def test_possessive_before_kin_makes_no_actor(catalog):
    a = run("River Cartwright's grandfather David, the spymaster played by Jonathan Pryce, returns.", catalog)
    assert "River Cartwright" not in people(a)
    assert chars(a).get("David Cartwright") == "Jonathan Pryce"


def test_episode_title_in_quotes_is_no_casting(catalog):
    a = run("Rian Johnson directed the pilot, “Dead Man’s Hand,” with a grin.", catalog)
    assert "Dead Man" not in people(a) and "Hand" not in chars(a)


def test_appositive_with_commas_in_the_description(catalog):
    a = run("She meets Solo, a strange, lonely survivor played by Steve Zahn, in the next silo.", catalog)
    assert chars(a).get("Solo") == "Steve Zahn"


def test_possessive_of_a_name_ending_in_s(catalog):
    a = run("Back home, Tim Robbins' Bernard Holland tightens his grip on the silo.", catalog)
    assert chars(a).get("Bernard Holland") == "Tim Robbins"


def test_possessive_before_a_title_and_its_medium_is_no_role(catalog):
    a = run("The show is adapted from Hugh Howey's Wool novels, which fans adore.", catalog)
    assert "Wool" not in chars(a)


def test_a_producers_possessive_is_a_company_not_a_role(catalog):
    a = run("Executive producer Shonda Rhimes' Shondaland produces the series.", catalog)
    assert "Shondaland" not in chars(a)


def test_nationality_in_a_role_description_keeps_the_casting(catalog):
    a = run("Cosmo Jarvis, who plays the English pilot John Blackthorne, thanked the crowd.", catalog)
    assert chars(a).get("John Blackthorne") == "Cosmo Jarvis"


def test_languages_coordinated_with_a_character_are_no_characters(catalog):
    a = run(
        "Toda Mariko (Anna Sawai) translates. Hiroyuki Sanada thanked fans in both English and Japanese, "
        "and Mariko and English were trending.",
        catalog,
    )
    assert not {"English", "Japanese"} & set(chars(a))


def test_role_known_for_without_an_actor_named_is_still_a_character(catalog):
    a = run("The newcomer, best known for playing Kwan Ha on Halo, joins the drama.", catalog)
    assert "Kwan Ha" in chars(a) and chars(a)["Kwan Ha"] is None


def test_nickname_between_names_is_an_alias_of_the_character(catalog):
    a = run(
        "Hope hides a secret from her husband, Vernon “Doc” Mullins (Tim Matheson). Then Doc finds it.",
        catalog,
    )
    assert chars(a).get("Vernon Mullins") == "Tim Matheson"
    later = [m.name for m in a.mentions if m.start > 75 and m.kind == "character"]
    assert later == ["Vernon Mullins"]


def test_a_quoted_word_between_names_without_an_actor_teaches_nothing(catalog):
    a = run("Fans called Vernon “Doc” Mullins the heart of the show.", catalog)
    assert "Vernon Mullins" not in chars(a)


def test_age_prefix_is_not_part_of_a_characters_name(catalog):
    a = run("Shauna Shipman leads the adults. Teen Shauna (Sophie Nélisse) leads the girls.", catalog)
    assert "Teen Shauna" not in chars(a) and "Shauna Shipman" in chars(a)


def test_name_after_a_verb_of_playing_is_a_role_even_without_its_actor(catalog):
    a = run(
        "Alan Ritchson came to the role having played Arthur Curry on Smallville. Kathryn Hahn earned praise "
        "for her turn as Agatha Harkness, and viewers knew him as Eric Effiong.",
        catalog,
    )
    assert {"Arthur Curry", "Agatha Harkness", "Eric Effiong"} <= set(chars(a))
    assert not {"Arthur Curry", "Agatha Harkness", "Eric Effiong"} & people(a)


def test_a_venue_played_by_a_band_is_no_role_when_a_person_is_named(catalog):
    a = run(
        "Writer Nora Delacroix spoke to Mick Jagger, who once played Nora Delacroix in a sketch.", catalog
    )
    assert "Nora Delacroix" not in chars(a)


def test_generational_suffix_stays_with_the_name(catalog):
    a = run(
        "Richard Webber (James Pickens Jr.) is back, and Adrien Brody plays it slimy as Sterling Frost Jr., "
        "the heir.",
        catalog,
    )
    assert chars(a)["Richard Webber"] == "James Pickens Jr."
    assert "Sterling Frost Jr." in chars(a)
    assert "James Pickens Jr." in people(a)


def test_role_noun_after_an_organisation_leads_to_the_name(catalog):
    a = run("Sterling K. Brown most recently starred as Secret Service agent Xavier Collins.", catalog)
    assert "Xavier Collins" in chars(a) and "Secret Service" not in chars(a)


def test_two_roles_after_one_verb_of_playing(catalog):
    a = run("Alan Ritchson has played Arthur Curry on Smallville and Hank Hall on Titans.", catalog)
    assert {"Arthur Curry", "Hank Hall"} <= set(chars(a))


def test_description_before_the_name_a_player_plays(catalog):
    a = run(
        "William Stanford Davis, who plays the school's enigmatic custodian, Mr. Johnson, got applause.",
        catalog,
    )
    assert "Mr. Johnson" in chars(a)


def test_name_as_a_role_on_a_show_or_with_a_role_noun(catalog):
    a = run(
        "Adam Brody remains beloved as Seth Cohen on The O.C. and Alan Ritchson thrives as Jack Reacher, "
        "the drifting former military cop.",
        catalog,
    )
    assert {"Seth Cohen", "Jack Reacher"} <= set(chars(a))
    assert not {"Seth Cohen", "Jack Reacher"} & people(a)


def test_a_character_named_of_a_place(catalog):
    a = run("A brief exchange between Addam of Hull (Clinton Liberty) and Alyn hints at drama.", catalog)
    assert chars(a).get("Addam of Hull") == "Clinton Liberty"


def test_whose_after_an_actor_names_the_role(catalog):
    a = run("We agree on Andrew Scott, whose Tom Ripley is colder than anything.", catalog)
    assert chars(a).get("Tom Ripley") == "Andrew Scott"


def test_turn_as_after_adjectives(catalog):
    a = run(
        "Jessica Gunning won for her unnerving, heartbreaking turn as Martha Scott opposite Richard Gadd.",
        catalog,
    )
    assert "Martha Scott" in chars(a) and "Martha Scott" not in people(a)


def test_award_for_a_film_names_no_person(catalog):
    a = run("Taika Waititi, fresh off his Oscar win for Jojo Rabbit, came calling.", catalog)
    assert "Jojo Rabbit" not in people(a)


def test_first_name_pair_joins_the_full_name_a_recap_gives_elsewhere(catalog):
    text = (
        "Nobody on Embassy Row ever gets to finish a cup of tea. Nora Vance barely has time to take off her "
        "coat before the day's crisis lands on her desk.\n\n"
        "The episode opens at dawn, with Nora (Keri Russell) pacing the kitchen while Hal (Rufus Sewell) "
        "reads the offending article aloud. He knows, and she knows he knows, that the leak has the "
        'hallmarks of one of his "managed disclosures."\n\n'
        "In the final minutes, Eidra brings Nora the result of the investigation: the cable was printed "
        "using Hal's access codes, but on a day when Hal was, provably, in Brussels. Someone wanted it to "
        "look like Hal. Nora goes home and for a long moment simply watches him."
    )
    a = run(text, catalog, title="Embassy Row Recap: Nora and Hal's Truce Is Tested")
    assert chars(a).get("Nora Vance") == "Keri Russell"
    assert "Nora" not in chars(a)


def test_first_name_pair_stays_apart_when_two_full_names_share_it(catalog):
    text = (
        "Nora Vance and Nora Blake both want the post.\n\n"
        "The episode opens at dawn, with Nora (Keri Russell) pacing the kitchen.\n\n"
        "Nora goes home and finds her husband asleep."
    )
    a = run(text, catalog, title="Embassy Row Recap: Two Noras")
    assert chars(a).get("Nora") == "Keri Russell"


def test_creators_possessive_before_a_colon_title_casts_nothing(catalog):
    a = run("Noah Hawley's Alien: Earth has just dropped a first teaser for its second season.", catalog)
    assert "Alien" not in chars(a)


def test_a_credit_between_actor_and_role_is_no_actor(catalog):
    text = (
        "Industry Adds Toby Jones & Sophie Okonedo\n\n"
        "Toby Jones and Sophie Okonedo have joined the drama in recurring roles.\n\n"
        "Jones will play Sir Nigel Ashcombe, a patrician chairman. Okonedo, who starred in Hotel Rwanda, "
        "will play Celia Marsh, a Treasury official."
    )
    a = run(text, catalog)
    assert chars(a).get("Celia Marsh") == "Sophie Okonedo"
    assert "Hotel Rwanda" not in people(a)
    assert "Adds Toby Jones" not in people(a) and "Toby Jones" in people(a)


def test_an_authors_possessive_before_the_role(catalog):
    a = run("The series stars Alan Ritchson as Lee Child's hulking drifter Jack Reacher.", catalog)
    assert chars(a).get("Jack Reacher") == "Alan Ritchson"
    assert "Lee Child" not in chars(a)


def test_a_possessive_before_as_names_no_actor(catalog):
    text = "We hear the letter in Harlan Voss's voice as Jamie Quill reads it aloud by the fire."
    found = {c.name: c.actor for c in run(text, catalog).characters}
    assert found.get("Jamie Quill") is None
    assert "Harlan Voss" not in {p.name for p in run(text, catalog).people}


def test_a_role_named_of_a_place_keeps_the_place(catalog):
    found = chars(run("The cast includes Dana Okafor as Mira Holt of Leedsfield in the new season.", catalog))
    assert found.get("Mira Holt of Leedsfield") == "Dana Okafor"
    longer = chars(run("The cast includes Dana Okafor as Mira Holt of Leeds Town, a nurse.", catalog))
    assert longer.get("Mira Holt") == "Dana Okafor"


def test_a_role_cast_by_name_is_a_character_even_when_a_real_person_shares_the_name(catalog):
    a = run("Rounding out the ensemble is Hugo Lindqvist as mission controller Anders Holm.", catalog)
    assert chars(a).get("Anders Holm") == "Hugo Lindqvist"
    assert "Anders Holm" not in people(a)
