"""Speaker attribution: surnames with inner capitals, pronouns that prefer people, continued speech."""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.document import document_from_text

from .helpers import run_html


def run(text, catalog, title="", categories=()):
    return analyze(document_from_text(text), catalog, title=title, categories=categories)


def speakers(text, catalog, title=""):
    return [(q.text[:20], q.speaker) for q in run(text, catalog, title).quotes]


def test_surname_with_inner_capital_resolves_to_full_name(catalog):
    text = (
        "Writer Nora Delacroix spoke first. “We wrote it in a week,” Delacroix said.\n\n"
        "Creator Lisa McGee has made a similar point about the show. "
        "“People ask how we did it, but we were just living it,” McGee said."
    )
    assert [s for _, s in speakers(text, catalog)] == ["Nora Delacroix", "Lisa McGee"]


def test_unknown_surname_is_not_given_to_another_person(catalog):
    text = (
        "Writer Nora Delacroix spoke first. “We wrote it in a week,” Delacroix said. "
        "“Nobody asked me and I would not tell them,” McBride said."
    )
    assert speakers(text, catalog)[1][1] != "Nora Delacroix"


def test_pronoun_prefers_a_person_over_a_character_between(catalog):
    text = (
        "The show’s star, Maren Holt, was unhelpful when asked about the fate of Luthen Rael on Andor. "
        "“Luthen would never tell you, so neither will I,” he said, to big laughs."
    )
    (q,) = run(text, catalog).quotes
    assert q.speaker == "Maren Holt"


def test_pronoun_in_a_recap_may_be_a_character(catalog):
    text = (
        "Actor Maren Holt returns this week. Later, Joel Miller finds the ranch at dusk and confronts "
        "Tommy. “I came all this way to bring you home, Tommy,” he says."
    )
    (q,) = run(text, catalog, title="The Last of Us Recap: Episode 6").quotes
    assert q.speaker == "Joel Miller"


def test_full_name_opening_a_sentence_a_pronoun_quotes_is_a_person(catalog):
    text = (
        "Stellan Skarsgård was characteristically unhelpful about the new season of Andor. "
        "“I kept the coat, so I assume it is mine now,” he said."
    )
    result = run(text, catalog)
    assert "Stellan Skarsgård" in [p.name for p in result.people]
    assert result.quotes[0].speaker == "Stellan Skarsgård"


def test_character_opening_a_sentence_stays_a_character(catalog):
    text = "Cassian Andor walks into the bar on Ferrix. “I only came for the part, nothing else,” he said."
    result = run(text, catalog)
    assert "Cassian Andor" not in [p.name for p in result.people]


def test_short_sentence_continuing_attributed_speech_is_a_quote(catalog):
    text = (
        "Asked about the rivalry, actress Jean Smart laughed. "
        "“Equals? Deborah doesn’t believe in equals,” she said. “She believes in leverage.”"
    )
    qs = run(text, catalog).quotes
    assert [(q.text, q.speaker) for q in qs][-1] == ("She believes in leverage.", "Jean Smart")


def test_short_scare_quote_after_attributed_speech_is_not_a_quote(catalog):
    text = (
        "Actress Jean Smart laughed. “Deborah doesn’t believe in equals at all,” she said. "
        "Fans still call the pair “endgame” online."
    )
    assert [q.text for q in run(text, catalog).quotes] == ["Deborah doesn’t believe in equals at all"]


def test_person_leading_into_a_quote_without_a_verb_speaks_it(catalog):
    text = (
        "Apple TV+’s head of programming, Matt Cherniss, called the comedy “a series that changed what "
        "audiences expect a comedy to make them feel.”"
    )
    assert run(text, catalog).quotes[0].speaker == "Matt Cherniss"


def test_two_people_leading_into_a_quote_leave_it_unattributed(catalog):
    text = (
        "Executive Matt Cherniss and producer Dana Whitfield called the comedy “a series that changed "
        "what audiences expect a comedy to make them feel.”"
    )
    assert run(text, catalog).quotes[0].speaker is None


def test_informs_is_a_speech_verb(catalog):
    text = (
        "Misty Quigley (Christina Ricci) has a partner. "
        "“I don't have friends. I have assets,” Misty informs him."
    )
    assert run(text, catalog).quotes[0].speaker == "Misty Quigley"


def test_her_in_an_aside_is_not_the_pronoun_he(catalog):
    text = (
        "Showrunner Jess Brownell said the search took months. Yerin Ha was cast as Sophie Baek.\n\n"
        "Ha, for her part, called the role “the kind of part I used to daydream about as a teenager.”"
    )
    assert speakers(text, catalog)[-1][1] == "Yerin Ha"


def test_subject_of_said_is_outside_a_relative_clause(catalog):
    text = (
        "Creators Mickey Down and Konrad Kay run the show.\n\n"
        "Kay, who like Down worked in finance, said the pair have “a lot more trouble to cause” next year."
    )
    assert speakers(text, catalog) == [("a lot more trouble t", "Konrad Kay")]


def test_according_to_a_pronoun_is_not_the_next_name(catalog):
    text = (
        "Rebecca Ferguson stars as Juliette. Tim Robbins plays Bernard.\n\n"
        "As for Bernard, Ferguson is careful. According to her, Robbins plays him "
        "“as a man who genuinely believes he is the only thing keeping everyone alive,” she says."
    )
    assert speakers(text, catalog)[-1][1] == "Rebecca Ferguson"


def test_described_as_reaches_over_a_longer_gap(catalog):
    text = (
        "Creator Steven Knight made the show.\n\n"
        "Knight once described the series to an audience at the festival as “a western, except the horses "
        "are in Birmingham and the cowboys wear suits,” which is a fine pitch."
    )
    assert speakers(text, catalog) == [("a western, except th", "Steven Knight")]


def test_called_before_a_short_title_is_no_speech(catalog):
    text = "Creator Steven Knight wrote an episode he called “The Road Home” last year."
    assert speakers(text, catalog) == []


def test_recap_dialogue_given_to_an_actor_goes_to_their_character(catalog):
    text = (
        "Hope McCrea (Annette O'Toole) and Vernon Mullins (Tim Matheson) argue all night.\n\n"
        "O'Toole and Matheson have done this for years. “I've spent my life on this town,” he tells her."
    )
    assert speakers(text, catalog, title="Virgin River Finale Recap")[0][1] == "Vernon Mullins"


def test_an_interview_keeps_the_actor_as_speaker(catalog):
    text = (
        "Hope McCrea (Annette O'Toole) and Vernon Mullins (Tim Matheson) argue all night.\n\n"
        "O'Toole and Matheson have done this for years. “I've spent my life on this town,” he tells us."
    )
    assert speakers(text, catalog, title="Tim Matheson on the finale")[0][1] == "Tim Matheson"


def test_new_speech_verbs_attribute_dialogue(catalog):
    text = (
        "Brie Sheridan (Zibby Allen) and Brady (Ben Hollingsworth) hold flashlights.\n\n"
        "“We keep ending up in the same room in a crisis,” Brady mutters. "
        "“It means this town is too small,” Brie shoots back."
    )
    got = [s for _, s in speakers(text, catalog, title="Finale Recap")]
    assert got == ["Brady", "Brie Sheridan"]


def test_pronoun_prefers_the_subject_after_a_fronted_clause(catalog):
    text = (
        "Creator Quinta Brunson and teacher Joyce Abbott were both there.\n\n"
        "Asked whether Janine Teagues will ever leave Abbott for a bigger job, Brunson didn't hesitate. "
        "“Janine is going to be at that school until they physically remove her,” she said."
    )
    assert speakers(text, catalog)[-1][1] == "Quinta Brunson"


def test_enter_opens_a_recap_sentence_without_joining_the_name(catalog):
    a = run(
        "Enter Brie Sheridan (Zibby Allen), who was meant to be away. “It means this town is too small,” "
        "Brie shoots back.",
        catalog,
        title="Finale Recap",
    )
    assert [c.name for c in a.characters] == ["Brie Sheridan"]
    assert a.quotes[0].speaker == "Brie Sheridan"


def test_saint_inside_a_name(catalog):
    a = run("Muriel St. Claire (Teryl Rothery) arrives. “I refuse to spend it alone,” Muriel says.", catalog)
    assert {c.name for c in a.characters} == {"Muriel St. Claire"}
    assert a.quotes[0].speaker == "Muriel St. Claire"


def test_unattributed_line_after_a_sentence_about_a_character_is_theirs(catalog):
    text = (
        "Shauna Shipman (Sophie Nélisse) counts. “We don’t have enough for everybody,” Shauna says.\n\n"
        "Natalie Scatorccio (Sophie Thatcher) doesn’t look up. “Then we stop pretending we’re everybody.”"
    )
    assert speakers(text, catalog, title="Episode 3 Recap")[-1][1] == "Natalie Scatorccio"


def test_a_line_after_a_quote_is_not_given_to_a_name_inside_it(catalog):
    text = "Asked about it, Jean Smart laughed. “Equals? Deborah doesn’t believe in it,” she said. “She won.”"
    assert [s for _, s in speakers(text, catalog)] == ["Jean Smart", "Jean Smart"]


def test_possessive_reply_before_a_colon_names_the_speaker(catalog):
    text = (
        "Jack Sheridan (Martin Henderson) takes a call. We only hear Jack's stunned reply: "
        "“Can you say that again, slowly? I need to hear that.”"
    )
    assert speakers(text, catalog)[0][1] == "Jack Sheridan"


def test_participle_of_speech_belongs_to_the_subject_not_the_actor_aside(catalog):
    text = (
        "Muriel St. Claire (Teryl Rothery) gets the biggest laugh, announcing to no one in particular, "
        "“If the world is ending tonight, I refuse to spend it sober.”"
    )
    assert speakers(text, catalog)[0][1] == "Muriel St. Claire"


def test_pronoun_skips_an_actor_in_parentheses(catalog):
    text = (
        "Rhaenyra Targaryen (Emma D'Arcy) stands on the battlements. "
        "“They called it a dance, but I intend to be the one who ends it,” she says in voiceover."
    )
    assert speakers(text, catalog)[0][1] == "Rhaenyra Targaryen"


def test_surname_opening_a_sentence_is_the_person(catalog):
    text = "Kristen Bell stars in it.\n\nBell kept it shorter on her own account: “Round three. Let’s go.”"
    assert speakers(text, catalog)[0][1] == "Kristen Bell"


def test_role_word_before_the_subject_and_initials_inside_a_sentence(catalog):
    text = (
        "Showrunner Ryan Condal, who co-created the series with George R.R. Martin, has described the "
        "season as “the most ambitious thing we've ever attempted on this show,” and it shows."
    )
    assert speakers(text, catalog) == [("the most ambitious t", "Ryan Condal")]


def test_title_after_wrote_and_a_comma_is_no_speech(catalog):
    text = "Creator Rian Johnson, who wrote and directed the pilot, “Dead Man’s Hand,” loves Columbo."
    assert speakers(text, catalog) == []


def test_a_quote_broken_by_its_attribution_keeps_one_speaker(catalog):
    text = (
        "Will Smith runs the show, and Gary Oldman once played George Smiley. Smith laughs about that. "
        "“Smiley would have Lamb arrested within minutes,” he said, “and he'd be right to.”"
    )
    assert speakers(text, catalog) == [
        ("Smiley would have La", "Will Smith"),
        ("and he'd be right to", "Will Smith"),
    ]


def test_said_reaches_over_a_longer_that_clause(catalog):
    text = (
        "Co-creator John Hoffman spoke first.\n\n"
        "Hoffman, for his part, said the new additions had been on his wish list “for years, in some "
        "cases since before we shot the pilot.”"
    )
    assert speakers(text, catalog)[0][1] == "John Hoffman"


def test_pronoun_subject_of_the_last_sentence_points_further_back(catalog):
    text = (
        "Walter Tattersall (Elijah Wood) appears with scones. When Taissa Turner just stares at him, he "
        "doubles down. “Never underestimate a man with a laminated map,” he adds."
    )
    assert speakers(text, catalog, title="Episode 4 Recap")[0][1] == "Walter Tattersall"


def test_subject_after_a_fronted_clause_before_a_colon(catalog):
    text = (
        "Jessica Gunning plays Martha Scott.\n\n"
        "Asked what she hopes people take from Martha, she was thoughtful: “I never wanted a monster.”"
    )
    assert speakers(text, catalog)[0][1] == "Jessica Gunning"


def test_a_person_in_a_relative_clause_does_not_end_a_continued_answer(catalog):
    text = (
        "“I never wanted the show to overstay its welcome,” says Sterlin Harjo, who has since created The "
        "Lowdown, starring Ethan Hawke. “Those kids grew up in front of us.”"
    )
    assert [s for _, s in speakers(text, catalog)] == ["Sterlin Harjo", "Sterlin Harjo"]


def test_a_single_name_written_mid_sentence_is_a_speaker(catalog):
    text = (
        "The panel featured Nick Offerman and Retta, who plays Donna Meagle.\n\n"
        "“I still have the Treat Yo' Self robe somewhere,” Retta joked."
    )
    assert speakers(text, catalog)[0][1] == "Retta"


def test_a_capitalised_word_only_opening_sentences_is_no_speaker(catalog):
    text = "Plot details are under wraps. Plot teased “will take our trio further than ever,” apparently."
    assert speakers(text, catalog)[0][1] is None


RECAP = "Sex Education Season 4 Episode 3 Recap"


def test_short_whole_lines_are_dialogue_in_a_recap(catalog):
    text = "Eleanor Shellstrop (Kristen Bell) wakes up. Eleanor rolls her eyes. “Can we not?”"
    assert speakers(text, catalog, title=RECAP) == [("Can we not?", "Eleanor Shellstrop")]
    assert speakers(text, catalog, title="Kristen Bell on her career") == []


def test_untagged_lines_take_turns_and_never_go_to_the_one_addressed(catalog):
    text = (
        "Jean Milburn (Gillian Anderson) runs an assembly. Otis Milburn (Asa Butterfield) is horrified.\n\n"
        "“You told a room full of my classmates about my therapy,” Otis says, cornering Jean.\n\n"
        "“I anonymised it, Otis.”\n\n"
        "“You called him Boy O.”\n\n"
        "“Well, I didn’t say which O.”"
    )
    assert [s for _, s in speakers(text, catalog, title=RECAP)] == [
        "Otis Milburn",
        "Jean Milburn",
        "Otis Milburn",
        "Jean Milburn",
    ]


def test_a_relation_right_before_the_verb_speaks_not_the_name_before_it(catalog):
    text = "Adam Groff (Connor Swindells) sits. When Adam slouches, his father barks, “Sit up, Adam.”"
    assert speakers(text, catalog, title=RECAP)[0][1] is None


def test_an_adverb_opening_a_sentence_is_not_part_of_a_name(catalog):
    a = run("Eventually Jake Peralta (Andy Samberg) shrugs. “He did it again,” Jake says.", catalog)
    assert [c.name for c in a.characters] == ["Jake Peralta"]


def test_colon_after_a_sentence_with_no_subject_looks_one_sentence_back(catalog):
    text = (
        "Barry Berkman (Bill Hader) calls Sally Reed (Sarah Goldberg). “Sally, I need you to come get me,” "
        "Barry says.\n\nShe says nothing for a long time. Then, quietly: “Okay. Where are you?”"
    )
    assert speakers(text, catalog, title="Barry Recap")[-1][1] == "Sally Reed"


def test_shrugs_and_other_gestures_attribute_a_line(catalog):
    text = "Villanelle (Jodie Comer) twirls. “Same thing, if you do it right,” Villanelle shrugs."
    assert speakers(text, catalog)[0][1] == "Villanelle"


def test_a_quote_left_open_continues_in_the_next_paragraph(catalog):
    text = (
        "Taissa Turner (Tawny Cypress) sits Misty Quigley (Christina Ricci) down. “I used to think it "
        "happened to us,” Taissa says. “That we just got unlucky.\n\n“But it didn’t. We let it in.”"
    )
    assert [s for _, s in speakers(text, catalog, title=RECAP)] == ["Taissa Turner"] * 3


def test_the_one_a_line_calls_by_name_answers_it(catalog):
    text = (
        "Ruth Langmore (Julia Garner) runs the floor. Wendy Byrde (Laura Linney) watches her brother Ben.\n\n"
        "“I like it here, Ruth. I think I could be good here,” Ben says.\n\n"
        "“Nobody's good here, Ben. That ain't what this place is for.”"
    )
    assert speakers(text, catalog, title="Ozark Recap")[-1][1] == "Ruth Langmore"


def test_a_new_scene_does_not_continue_the_last_exchange(catalog):
    text = (
        "Wyatt Langmore (Charlie Tahan) reads. “You don't trust anybody, Darlene,” Wyatt says.\n\n"
        "The final scene brings everything back to the car, where so many of the show's best fights happen. "
        "Wendy Byrde has gone around Marty Byrde, and he has just found out.\n\n"
        "“You went around me,” Marty says.\n\n"
        "“I went ahead of you. There's a difference.”"
    )
    assert speakers(text, catalog, title="Ozark Recap")[-1][1] == "Wendy Byrde"


def test_what_an_actor_told_an_outlet_stays_theirs_in_a_recap(catalog):
    text = (
        "David Rose (Dan Levy) sings. Co-creator Dan Levy, who developed the series with his father, told EW "
        "that the storyline was “the thing we were building toward all season,” and it shows."
    )
    assert speakers(text, catalog, title="Schitt's Creek Season 6 Episode 12")[0][1] == "Dan Levy"


def test_the_name_after_described_is_never_the_speaker(catalog):
    text = "Chris Mundy spoke. Linney herself described Wendy Byrde as “a woman who has run out of road.”"
    assert speakers(text, catalog)[0][1] != "Wendy Byrde"


def test_partial_quote_far_from_its_reporting_verb(catalog):
    text = (
        "Bill Hader directed it. Hader told Collider before the season premiered that he wanted the final "
        "episodes to feel “like a bad dream you can't wake up from,” and it shows."
    )
    assert speakers(text, catalog) == [("like a bad dream you", "Bill Hader")]


def test_according_to_after_the_quote(catalog):
    text = "Michael Schur spoke. That episode “was the hardest thing we ever wrote,” according to Schur."
    assert speakers(text, catalog)[0][1] == "Michael Schur"


def test_an_apostrophe_surname_and_whose_role(catalog):
    text = (
        "Michael Schur was joined by Retta and Jim O'Heir.\n\n"
        "O'Heir, whose hapless Garry Gergich was called Jerry, summed it up: “I answered to four names.”"
    )
    a = run(text, catalog)
    assert "Jim O'Heir" in {p.name for p in a.people}
    assert {c.name: c.actor for c in a.characters}.get("Garry Gergich") == "Jim O'Heir"
    assert a.quotes[0].speaker == "Jim O'Heir"


def test_a_title_abbreviation_does_not_end_the_sentence(catalog):
    text = (
        "Lorraine Bracco, who played Dr. Jennifer Melfi, laughs about the therapy scenes: "
        "“I had to keep a straight face while Jim told me about ducks.”"
    )
    assert speakers(text, catalog)[0][1] == "Lorraine Bracco"


def test_a_two_word_surname_is_the_person_named_in_full(catalog):
    text = "According to Steven Van Zandt, the crew was close. “We ate together daily,” Van Zandt recalls."
    a = run(text, catalog)
    assert a.quotes[0].speaker == "Steven Van Zandt"
    assert "Van Zandt" not in {p.name for p in a.people}


def test_a_speaker_label_keeps_the_words_not_the_marks(catalog):
    text = (
        "Edie Falco remembers the first table read.\n\n"
        'Falco: "I thought we were making a small show about a family in New Jersey. I had no idea."'
    )
    assert run(text, catalog).quotes[0].text.startswith("I thought")


def test_between_two_women_in_one_sentence_the_last_speaker_goes_on(catalog):
    text = (
        "“I never rehearse the jokes,” Jean Smart says.\n\n"
        "Hannah Einbinder and Smart trade barbs on set. “The jokes rehearse me,” she says."
    )
    assert [s for _, s in speakers(text, catalog)] == ["Jean Smart", "Jean Smart"]


def test_untagged_line_after_narration_is_the_narrated_subjects(catalog):
    text = (
        "Kate Wyler (Keri Russell) has a rough morning.\n\n"
        '"Then why does it feel like I\'m the last to know?" Kate asks.\n\n'
        "The middle section belongs to Nicol Trowbridge (Rory Kinnear), the most slippery prime minister "
        "on television. He summons Kate to Downing Street and greets her with a grin.\n\n"
        '"Ambassador, you look like a woman who\'s about to ruin my afternoon."'
    )
    found = run(text, catalog, title="The Diplomat Recap: A Leak at Winfield House").quotes
    assert [q.speaker for q in found] == ["Kate Wyler", "Nicol Trowbridge"]


def test_an_untagged_line_calling_the_narrated_subject_by_name_is_the_other_ones(catalog):
    text = (
        "Janine Teagues (Quinta Brunson) made a promise. Now that the hoops are paid for, Ava Coleman "
        "(Janelle James) argues, the deal is off.\n\n"
        '"You cannot un-promise children, Ava. That is how you get adults with trust issues."\n\n'
        '"I am an adult with trust issues and I turned out incredible."'
    )
    found = run(text, catalog, title="Abbott Elementary Recap: Field Day").quotes
    assert [q.speaker for q in found] == ["Janine Teagues", "Ava Coleman"]


def test_a_sentence_opening_and_then_has_its_subject_speak_the_next_line(catalog):
    text = (
        "Gregory Eddie (Tyler James Williams) runs the first leg.\n\n"
        '"Go, Gregory, go!"\n\n'
        "And then Barbara Howard (Sheryl Lee Ralph), who swore she would not run, holds out her hand.\n\n"
        '"Step aside, children. My body remembers."'
    )
    found = run(text, catalog, title="Abbott Elementary Recap: Field Day").quotes
    assert found[-1].speaker == "Barbara Howard"


def test_untagged_answer_after_a_line_of_dialogue_takes_its_turn(catalog):
    text = (
        "Raymond Holt (Andre Braugher) lets Jake Peralta (Andy Samberg) finish, then gives the verdict: "
        '"Peralta, I find it both illegal and deeply embarrassing."\n\n'
        '"Is that a no?" Jake asks.\n\n'
        '"That is a no."'
    )
    found = run(text, catalog, title="Brooklyn Nine-Nine Recap: The Vibe Check").quotes
    assert [q.speaker for q in found][-2:] == ["Jake Peralta", "Raymond Holt"]


def test_pronoun_after_an_unnamed_source_names_nobody(catalog):
    text = (
        "Grant Mitchell was played by Ross Kemp. Not everyone is convinced. One long-serving crew member, "
        'who asked not to be named, told us the gossip was overblown. "Tish has been here longer than half '
        'the people talking about her," they said.\n\n'
        'Several sources claim a reunion is planned. "Ian and Sharon have a lot of unfinished business," '
        "one said, cryptically."
    )
    assert [q.speaker for q in run(text, catalog).quotes] == [None, None]


def test_second_quote_of_an_unnamed_sources_sentence_stays_unnamed(catalog):
    text = (
        "Writers want an exit tied to Phil Mitchell (Steve McFadden). "
        '"They want something huge, something people will still be talking about in ten years," the source '
        'said, adding that the storyline would be "the biggest thing the show has done since Sharongate."'
    )
    assert [q.speaker for q in run(text, catalog).quotes] == [None, None]


def test_numbers_inside_a_quote_are_no_unnamed_source(catalog):
    text = (
        "Hannah Einbinder, who has been Emmy-nominated for the role, sees it differently. "
        "“They’re both right, which is the worst possible situation for two people who love each other,” "
        "she says."
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Hannah Einbinder"]


def test_two_letter_first_name_speaks(catalog):
    text = (
        "Upstairs, Jo Wilson (Camilla Luddington) and Atticus Lincoln (Chris Carmack) deliver a baby in a "
        "stalled elevator. Jo takes charge immediately; Lincoln mostly hovers.\n\n"
        '"Okay, on the next contraction, I need you to push as hard as you can."'
    )
    found = run(text, catalog, title="Grey's Anatomy Finale Recap: Blackout").quotes
    assert [q.speaker for q in found] == ["Jo Wilson"]


def test_pronoun_refers_past_a_later_sentence_of_its_own(catalog):
    text = (
        "Jules Millin (Adelaide Kane) talks a resident down from a panic attack. "
        "But the final act belongs to Richard Webber (James Pickens Jr.). In the chief's office, with "
        "Bailey and Meredith watching, he delivers the news: he's leaving. "
        '"I have given it every good year I had," he says.'
    )
    found = run(text, catalog, title="Grey's Anatomy Finale Recap: Blackout").quotes
    assert found[0].speaker == "Richard Webber"


def test_cleft_reaction_and_voiceover_lead_ins(catalog):
    text = (
        "Richard Webber (James Pickens Jr.) announces he is leaving. Miranda Bailey (Chandra Wilson) and "
        "Meredith Grey (Ellen Pompeo) watch.\n\n"
        'Bailey\'s reaction is pure Bailey. "Absolutely not. I refuse. Sit back down."\n\n'
        'It\'s Meredith, of all people, who plays peacemaker. "Let him go, Bailey. He has earned it."\n\n'
        "The episode closes on a montage set to Meredith's voiceover: \"We spend our whole careers "
        'learning how to hold on."'
    )
    found = run(text, catalog, title="Grey's Anatomy Finale Recap: Blackout").quotes
    assert [q.speaker for q in found] == ["Miranda Bailey", "Meredith Grey", "Meredith Grey"]


def test_surname_shared_with_a_role_is_the_actors(catalog):
    text = (
        "Yerin Ha, best known for playing Kwan Ha on Halo, has been cast as Sophie Baek. "
        "Ha, for her part, called the role “the kind of part I used to daydream about as a teenager.”"
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Yerin Ha"]


def test_oral_history_labels_with_a_description(catalog):
    text = (
        "We spoke to the people who made it.\n\n"
        "Damon Lindelof, co-creator and co-writer: We knew from the moment Kevin drank the poison that the "
        "next hour couldn't look like anything we'd done before.\n\n"
        "Tom Perrotta, co-creator and author of the novel: I'll be honest, when I first read the outline I "
        "called Damon.\n\n"
        "Perrotta: But the more I sat with it, the more it felt true."
    )
    found = run(text, catalog).quotes
    assert [q.speaker for q in found] == ["Damon Lindelof", "Tom Perrotta", "Tom Perrotta"]
    assert found[1].text.startswith("I'll be honest")


def test_oral_history_labels_with_a_role_in_parentheses(catalog):
    text = (
        "The cast and creators look back on the band.\n\n"
        "Michael Schur (co-creator): The joke was always that Andy had total confidence, no follow-through."
        "\n\nAmy Poehler (Leslie Knope): Chris would improvise band names between takes. It was a pipeline."
        "\n\nAubrey Plaza (April Ludgate): April thought every name was stupid. That was not acting."
    )
    found = run(text, catalog).quotes
    assert [q.speaker for q in found] == ["Michael Schur", "Amy Poehler", "Aubrey Plaza"]
    assert [q.text[:9] for q in found] == ["The joke ", "Chris wou", "April tho"]


def test_a_parenthesis_before_a_colon_in_narration_is_no_label(catalog):
    text = (
        "Greg Daniels developed the series.\n\n"
        "The finale (the longest episode yet) had one job: to land the plane.\n\n"
        '"It gave us permission to sit in the discomfort longer," Daniels says.'
    )
    found = run(text, catalog).quotes
    assert [(q.text[:8], q.speaker) for q in found] == [("It gave ", "Greg Daniels")]


def test_narration_with_commas_before_a_colon_is_no_label(catalog):
    text = (
        "Greg Daniels developed the series.\n\n"
        "Ed Helms, as Andy, had his own challenge: staying in the background while the others imploded.\n\n"
        '"It gave us permission to sit in the discomfort longer," Daniels says.'
    )
    found = run(text, catalog).quotes
    assert [q.text[:8] for q in found] == ["It gave "]


def test_quoted_nickname_inside_a_name_is_no_clause_break(catalog):
    text = (
        "Jed Mercurio, who also created Bodyguard, kills characters without warning. He still gets stopped "
        'in the street about Matthew "Dot" Cottan (Craig Parkinson), the corrupt detective. '
        '"People still tell me that Dot was secretly innocent," he says.'
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Jed Mercurio"]


def test_podcast_hosts_go_by_first_name(catalog):
    text = (
        "On today's episode, Andy Greenwald and Chris Ryan are joined by Sally Wainwright.\n\n"
        'Chris says the finale is "one of the great two-handers in the history of television" and asks '
        "Wainwright how much of it was on the page.\n\n"
        'Andy keeps his pick simple. "Go watch it. Then go outside for a bit. Then watch it again."'
    )
    found = run(text, catalog).quotes
    assert [q.speaker for q in found] == ["Chris Ryan", "Andy Greenwald"]


def test_first_name_two_people_share_names_nobody(catalog):
    text = (
        "Chris Ryan and Chris Evans traded notes on the set.\n\n"
        'Chris keeps his pick simple. "Go watch it. Then go outside for a bit. Then watch it again."'
    )
    assert [q.speaker for q in run(text, catalog).quotes] != ["Chris Ryan"]


def test_in_a_recap_an_actor_talking_to_any_outlet_keeps_the_quote(catalog):
    text = (
        "Eve (Sandra Oh) and Villanelle (Jodie Comer) are colleagues now.\n\n"
        'Comer told Den of Geek that playing Villanelle "felt like being let off the leash," and it shows.'
    )
    found = run(text, catalog, title="Killing Eve Recap: The Banker").quotes
    assert [q.speaker for q in found] == ["Jodie Comer"]


_FEUD = (
    "Star Billy Bob Thornton and the producers clashed over the move.\n\n"
    '"He felt blindsided," said a source close to the production. "Billy Bob found out about the move '
    'from a schedule."\n\n'
    '"There is no feud. Billy Bob loves this show," a representative for the actor said in a statement.\n\n'
    'A Paramount+ spokesperson struck a similar note: "Landman remains one of our biggest series."\n\n'
    "The speculation was amplified by Puck's Matthew Belloni. \"Hearing the situation is real but very "
    'fixable," Belloni posted on X.\n\n'
    '"Everyone wants the same thing, which is a great season," that person said.'
)


def test_sources_described_with_an_article_stay_unnamed(catalog):
    found = run(_FEUD, catalog).quotes
    assert [q.speaker for q in found] == [None, None, None, None, "Matthew Belloni", None]


def test_an_appositive_after_the_name_does_not_hide_the_speaker(catalog):
    text = (
        "Creator Debora Cahn says the writers argue constantly.\n\n"
        "Cahn, a veteran of <em>The West Wing</em> and Homeland, told THR: “I’m interested in people who "
        "are very good at their jobs and very bad at knowing when to stop.”"
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Debora Cahn"]


def test_pronoun_after_two_joined_clauses_is_the_later_subjects(catalog):
    text = (
        "Bertha Russell (Carrie Coon) hosts, and Caroline Astor (Donna Murphy) attends.\n\n"
        'Mrs. Astor admires the Sèvres, and Bertha visibly glows. "My husband found the set in Paris," she '
        "says.\n\n"
        '"How fortunate for him," Mrs. Astor replies, "that things so rarely look back."'
    )
    found = run(text, catalog, title="The Gilded Age Recap: The Dinner").quotes
    assert [q.speaker for q in found] == ["Bertha Russell", "Caroline Astor", "Caroline Astor"]


def test_parenthesised_actor_between_name_and_verb(catalog):
    text = "\"What is this 'audited'?\" Nandor (Kayvan Novak) asks from the armchair."
    found = run(text, catalog, title="What We Do in the Shadows Recap: Taxes").quotes
    assert [q.speaker for q in found] == ["Nandor the Relentless"]


def test_a_sentence_opening_with_a_possessive_is_about_its_owner(catalog):
    text = (
        "Nadja Antipaxos (Natasia Demetriou) makes it about the doll, and Laszlo Cravensworth (Matt Berry) "
        "is unmoved.\n\n"
        "Nandor's contribution to the cause is, inevitably, worse. He summons his familiar with a clap.\n\n"
        '"Gizmo! Bring me the box of very important documents."'
    )
    found = run(text, catalog, title="What We Do in the Shadows Recap: Taxes").quotes
    assert [q.speaker for q in found] == ["Nandor the Relentless"]


_BRADBEER = (
    "Harry Bradbeer directed every episode of both series, and won an Emmy of his own for the second.\n\n"
    "The second series opens with a family dinner, with Fleabag, her sister Claire (Sian Clifford), the "
    "Godmother (Olivia Colman) and the Priest (Andrew Scott) all crammed around one table.\n\n"
    '"Six actors, one table, and every single person has a secret," he says.\n\n'
    "Colman's Godmother, he adds, is the show's quiet masterstroke. \"Olivia played her as the nicest "
    "woman you've ever met, which is exactly what makes her so monstrous.\"\n\n"
    "And the fox, which stalks the Priest through the series and turns up again in the final scene? "
    '"That was all Phoebe," he says.'
)


def test_speech_tag_inside_the_sentence_before_a_quote(catalog):
    found = run(_BRADBEER, catalog, title="Fleabag Director Harry Bradbeer on Foxes").quotes
    assert [q.speaker for q in found][:2] == ["Harry Bradbeer", "Harry Bradbeer"]


def test_outside_a_recap_he_says_after_a_character_is_the_interviewee(catalog):
    found = run(_BRADBEER, catalog, title="Fleabag Director Harry Bradbeer on Foxes").quotes
    assert found[-1].speaker == "Harry Bradbeer"


_CAST = "Mara Quill and Devin Osei star in the Netflix drama Harbor Lights. "


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"We wanted the finale to hurt a little bit," says Quill, who plays the ferry captain.',
            "Mara Quill",
        ),
        ('Osei tells Variety: "It was the hardest scene I have ever shot in my life."', "Devin Osei"),
        (
            '"It was the hardest scene I have ever shot," Osei added. "I cried for an hour afterwards."',
            "Devin Osei",
        ),
        ('As Quill put it, "nobody on that set slept for three weeks straight, honestly."', "Mara Quill"),
        ('Quill, for her part, said she "never expected the show to last this long at all."', "Mara Quill"),
        ('"Thank you for watching, we love you all so much," Osei wrote on Instagram.', "Devin Osei"),
        ('In a statement, Quill said: "We are thrilled to be back for another season."', "Mara Quill"),
        ('"Why would anyone want to end a show like this?" asks Osei.', "Devin Osei"),
        ('Quill laughs: "I have no idea what happens next, and I love that."', "Mara Quill"),
        ('"I was terrified of the water the whole time we were shooting," the actress said.', "Mara Quill"),
        ('Quill\'s co-star Osei agreed. "We all felt that the ending was earned."', "Devin Osei"),
        ('"It was the best job I have ever had in this business." — Mara Quill', "Mara Quill"),
        ('Osei recalled: "The first day on set, I got completely lost in the harbour."', "Devin Osei"),
        ('"The show changed my life," said Quill, adding: "I owe everything to this crew."', "Mara Quill"),
        (
            'Speaking to Deadline, Osei said the finale "will leave fans heartbroken, in a good way."',
            "Devin Osei",
        ),
        ('"I texted Devin the moment I read it," Quill says. "He called me back crying."', "Mara Quill"),
        ('Asked about the ending, Quill smiled. "You will have to wait and see, I am afraid."', "Mara Quill"),
        ('"We had no idea," admitted showrunner Lena Park, who created the series.', "Lena Park"),
        ('Osei, 34, said: "Playing a father for the first time changed how I see my own dad."', "Devin Osei"),
        ('According to Quill, "the storm sequence took eleven days to film in a water tank."', "Mara Quill"),
    ],
)
def test_common_attribution_forms(catalog, sentence, speaker):
    found = run(_CAST + sentence, catalog).quotes
    assert found and {q.speaker for q in found} == {speaker}


_COUPLE = "Nora Vance (Keri Russell) and Hal Vance (Rufus Sewell) are at war again.\n\n"


@pytest.mark.parametrize(
    ("scene", "speakers"),
    [
        ('"Get out of my house," Nora tells Hal.', ["Nora Vance"]),
        ('Nora turns to Hal. "Get out of my house right now."', ["Nora Vance"]),
        ("Hal's response is blunt: \"No, I don't think I will.\"", ["Hal Vance"]),
        ('Nora confronts Hal in the kitchen. "Get out of my house," she tells him.', ["Nora Vance"]),
        ('When Hal returns, Nora is waiting. "You lied to me about everything."', ["Nora Vance"]),
        ('Hal tries to explain, but Nora cuts him off: "Save it for someone who cares."', ["Nora Vance"]),
        ('"I love you," Hal says, and Nora replies, "I know that already."', ["Hal Vance", "Nora Vance"]),
        (
            'Later, Nora finds Hal in the garden. "We need to talk about what happened last night."',
            ["Nora Vance"],
        ),
        ('"Where were you?" Nora asks.\n\n"Out."\n\n"Out where?"', ["Nora Vance", "Hal Vance", "Nora Vance"]),
        ('Nora doesn\'t look up. "Then we stop pretending."', ["Nora Vance"]),
        ('Hal grins. "You always say that, Nora."', ["Hal Vance"]),
        ('"You always say that," Hal says with a grin. "And you never mean it."', ["Hal Vance", "Hal Vance"]),
        ('Nora slams the door. Hal, unbothered, pours a drink. "She\'ll be back."', ["Hal Vance"]),
        ('"Nora, wait," Hal pleads as she heads for the car.', ["Hal Vance"]),
    ],
)
def test_common_recap_lead_ins(catalog, scene, speakers):
    found = run(_COUPLE + scene, catalog, title="Embassy Row Recap: The Long Night").quotes
    assert [q.speaker for q in found] == speakers


@pytest.mark.parametrize(
    ("passage", "speakers"),
    [
        (
            '"First part of a long answer about the storm.\n\n"Second part of the same answer," Quill said.',
            ["Mara Quill", "Mara Quill"],
        ),
        ('Quill: "I loved every minute of it, honestly, every single one."', ["Mara Quill"]),
        ('"Honestly?" Quill says, pausing. "I loved every minute of it."', ["Mara Quill", "Mara Quill"]),
        ('"I loved every minute of playing her," says the Harbor Lights star.', ["Mara Quill"]),
        (
            'Osei, who plays the younger brother, was blunt: "I hated the ending at first, to be honest."',
            ["Devin Osei"],
        ),
        ('"It was a gift from the writers to all of us," Quill, 41, told EW.', ["Mara Quill"]),
        (
            'Osei is more cautious. "I don\'t know if there will be a third season, and nor does anyone."',
            ["Devin Osei"],
        ),
        ('Quill agrees with Osei. "He\'s right about that, and he usually is."', ["Mara Quill"]),
        (
            'For Quill, the finale was personal. "My father was a fisherman, so this one hit home."',
            ["Mara Quill"],
        ),
        (
            '"We shot the storm in a tank in Malta," explains Quill. "It was freezing."',
            ["Mara Quill", "Mara Quill"],
        ),
        (
            'Osei remembers the day they wrapped. "Everyone was crying, even the grips."',
            ["Devin Osei"],
        ),
    ],
)
def test_common_feature_lead_ins(catalog, passage, speakers):
    assert [q.speaker for q in run(_CAST + passage, catalog).quotes] == speakers


def test_a_short_form_of_a_characters_given_name(catalog):
    text = (
        "Samantha Arondekar (Rose McIver) and Jay Arondekar (Utkarsh Ambudkar) host a dinner.\n\n"
        '"We are not selling this house," Sam tells the ghosts.'
    )
    found = run(text, catalog, title="Hollow Oaks Recap: The Dinner").quotes
    assert [q.speaker for q in found] == ["Samantha Arondekar"]


def test_a_short_form_someone_goes_by_is_theirs(catalog):
    text = (
        "Samantha Arondekar (Rose McIver) and Sam Holt (Luke Evans) host a dinner.\n\n"
        '"We are not selling this house," Sam tells the ghosts.'
    )
    found = run(text, catalog, title="Hollow Oaks Recap: The Dinner").quotes
    assert [q.speaker for q in found] == ["Sam Holt"]


def test_the_interviewee_the_title_names_in_full_answers(catalog):
    from .conftest import document_from_html

    html = (
        "<p>Tyler James Williams plays Gregory Eddie. His co-star Janelle James says he never breaks.</p>"
        "<p><strong>Did you expect the chess episode?</strong></p>"
        "<p>Not at all. I read that script and I texted Quinta, asking whether she was sure about it.</p>"
        "<p><strong>What is next for Gregory?</strong></p>"
        "<p>More chess, I hope. He finally has a hobby that is not looking at the camera.</p>"
    )
    found = analyze(
        document_from_html(html), catalog, title="Tyler James Williams on Gregory's Growth"
    ).quotes
    assert [q.speaker for q in found] == ["Tyler James Williams", "Tyler James Williams"]


def test_an_awards_night_gives_each_speech_to_its_winner(catalog):
    text = (
        "The BAFTA TV Awards were handed out in London on Sunday night.\n\n"
        "Best Actress went to Mara Quill for Harbor Lights. Accepting the award, she thanked her mother. "
        '"She drove me to every audition for ten years," Quill said. "This is hers."\n\n'
        'Devin Osei won Best Supporting Actor for Saltmarsh and kept it brief. "I did not prepare anything. '
        'Thank you, goodnight."\n\n'
        'Backstage, Osei was more expansive. "Honestly, I thought Lena would win. She was extraordinary."\n\n'
        'Lena Park, who lost to Osei, was gracious. "He deserved it. I\'ll get him next time."\n\n'
        'Best Drama went to Copper Falls. Creator Ruth Ellison dedicated the win to the town. "We made this '
        'for the people who live there," she said.\n\n'
        'Presenter Ben Tarrow drew the biggest laugh: "Three hours, no ad breaks. Welcome to the BBC."'
    )
    assert [q.speaker for q in run(text, catalog).quotes] == [
        "Mara Quill",
        "Mara Quill",
        "Devin Osei",
        "Devin Osei",
        "Lena Park",
        "Ruth Ellison",
        "Ben Tarrow",
    ]


@pytest.mark.parametrize(
    ("title", "categories", "speaker"),
    [
        ("Bigger on the Inside, Episode 212: Varada Sethu on Belinda", ("Podcasts",), "Varada Sethu"),
        ("The Doctor Who Podcast, Episode 212: Varada Sethu on Belinda", (), "Varada Sethu"),
        ("Doctor Who Season 2, Episode 4 Recap", (), "Belinda Chandra"),
    ],
)
def test_a_podcasts_episode_number_makes_no_recap(catalog, title, categories, speaker):
    text = (
        "The hosts are joined by Varada Sethu, who plays Belinda Chandra on Doctor Who.\n\n"
        '"Belinda is not a fan. That was the thing I held onto," Sethu tells them early on.'
    )
    (quote,) = run(text, catalog, title=title, categories=categories).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "appositive",
    ["head of programming for Apple TV+", "the network's chief", "co-head of Film & TV at Netflix"],
)
def test_an_appositive_between_the_name_and_said(catalog, appositive):
    text = f'"Slow Horses proves a spy thriller can be tense and funny," Matt Cherniss, {appositive}, said.'
    assert [q.speaker for q in run(text, catalog).quotes] == ["Matt Cherniss"]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("showrunner Jess Brownell said in a statement.", "Jess Brownell"),
        ("co-star Isabella Wei added.", "Isabella Wei"),
        ("he said, and Isabella Wei nodded.", None),
    ],
)
def test_a_role_word_before_the_name_after_the_quote(catalog, tag, speaker):
    text = f'"From the minute they walked into the chemistry reads, we knew we had something," {tag}'
    assert [q.speaker for q in run(text, catalog).quotes] == [speaker]


def test_a_hyphenated_description_is_no_role(catalog):
    text = "The season belongs to Yerin Ha's Sophie Baek, whose Cinderella-inspired romance anchors it."
    assert "Cinderella-inspired" not in {c.name for c in run(text, catalog).characters}


def test_names_listed_as_thanked_do_not_interrupt_the_speakers_turn(catalog):
    text = (
        "Jean Smart won again. “I’m starting to think they leave one of these in my dressing room now,” "
        "Smart deadpanned, before turning serious to thank co-creators Lucia Aniello, Paul W. Downs and "
        "Jen Statsky. “They wrote a woman my age who is funny and mean and still gets to be the lead.”"
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Jean Smart", "Jean Smart"]


def test_she_says_is_not_the_woman_the_quote_speaks_of(catalog):
    text = (
        "Hunter Schafer speaks warmly of the ensemble, including Sydney Sweeney, who plays Cassie Howard. "
        "She and Sweeney used to run lines together before dawn. "
        '"Sydney would show up with enormous iced coffees for everybody, and I would show up with nothing," '
        "she says."
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Hunter Schafer"]


def test_she_says_still_finds_the_nearest_woman_the_quote_does_not_name(catalog):
    text = (
        "Hunter Schafer speaks warmly of the ensemble, including Sydney Sweeney, who plays Cassie Howard. "
        'Sweeney remembers the early calls. "Hunter would show up with nothing but her sides," she says.'
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Sydney Sweeney"]


@pytest.mark.parametrize(("pronoun", "speaker"), [("his", "John Hoffman"), ("her", "Jackie Hoffman")])
def test_for_his_part_picks_the_man_of_two_who_share_a_surname(catalog, pronoun, speaker):
    text = (
        "The series, co-created by Steve Martin and John Hoffman, stars Martin Short.\n\n"
        "Residents Howard Morris (Michael Cyril Creighton) and Uma Heller (Jackie Hoffman) return.\n\n"
        f'Hoffman, for {pronoun} part, said the new additions had been on a wish list "for years, in some '
        'cases since before we shot the pilot," and that the writers tailored the roles.'
    )
    assert [q.speaker for q in run(text, catalog).quotes] == [speaker]


def test_a_characters_gender_is_their_actors(catalog):
    """Carmen "Carmy" Berzatto is played by a man: "he" is Carmy, whatever his given name suggests."""
    text = (
        "Carmy (Jeremy Allen White) has been at the restaurant since five. Sydney (Ayo Edebiri) clocks the "
        "espresso cups before she clocks him.\n\n"
        "He does not have an answer. “I was going to tell you,” he mutters."
    )
    found = run(text, catalog, title="The Bear Recap: Ninety-Six Covers").quotes
    assert [q.speaker for q in found] == ["Carmen Berzatto"]


def test_she_is_the_main_clauses_subject_not_the_one_in_a_when_clause(catalog):
    text = (
        "Annie January gets a send-off\n\n"
        "Erin Moriarty got the biggest cheer of the panel when Aisha Tyler asked about Annie January's arc, "
        "and she appeared genuinely moved by it. “You guys have been so kind to this character,” she said."
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Erin Moriarty"]


def test_she_after_a_when_clause_alone_is_still_found(catalog):
    text = (
        "When Aisha Tyler asked about the finale, the hall went quiet. "
        "“Nobody is going to get the ending they expect,” she said."
    )
    assert [q.speaker for q in run(text, catalog).quotes] == ["Aisha Tyler"]


def test_an_interrupted_line_keeps_its_turn_in_a_recap(catalog):
    text = (
        "Alicent Hightower (Olivia Cooke) finds Helaena Targaryen (Phia Saban) in the garden.\n\n"
        "“You should be resting,” Alicent says.\n\n"
        "“I am resting. This is where I rest.”\n\n"
        "“Helaena—”\n\n"
        "“The bees are leaving the garden. Did you notice?”"
    )
    found = run(text, catalog, title="House of the Dragon Recap: Season 3, Episode 2").quotes
    assert [q.speaker for q in found] == [
        "Alicent Hightower",
        "Helaena Targaryen",
        "Alicent Hightower",
        "Helaena Targaryen",
    ]


def test_the_one_character_a_scene_setting_paragraph_names_opens_the_exchange(catalog):
    text = (
        "“Right. Drill's over,” Jackson Lamb (Gary Oldman) says, and River Cartwright (Jack Lowden) "
        "follows him in.\n\n"
        "The centrepiece is a meeting in Regent's Park with Diana Taverner (Kristin Scott Thomas). "
        "These two have shared a lot of benches over the years.\n\n"
        "“You're late.”\n\n"
        "“I had a fire drill.”"
    )
    found = run(text, catalog, title="Slow Horses Recap: Fire Drill").quotes
    assert [q.speaker for q in found][1] == "Diana Taverner"


def test_a_scene_setting_paragraph_naming_two_characters_chooses_neither(catalog):
    text = (
        "River Cartwright (Jack Lowden) waits on the bench. Diana Taverner (Kristin Scott Thomas) arrives "
        "late.\n\n"
        "“You're late.”"
    )
    found = run(text, catalog, title="Slow Horses Recap: Fire Drill").quotes
    assert found[0].speaker in (None, "Diana Taverner")


@pytest.mark.parametrize(
    ("beat", "speaker"),
    [
        ("Charles clears his throat. Nothing happens.", "Charles-Haden Savage"),
        ("She slides a manila folder across the table.", "Mabel Mora"),
        ("Oliver rolls his eyes at Charles.", "Oliver Putnam"),
    ],
)
def test_an_action_beat_after_an_untagged_line_names_its_speaker(catalog, beat, speaker):
    text = (
        "Charles (Steve Martin), Oliver (Martin Short) and Mabel (Selena Gomez) squeeze into the closet.\n\n"
        '"Is this really necessary?" Mabel asks.\n\n'
        f'"The sound in here is extraordinary. Listen." {beat}'
    )
    found = run(text, catalog, title="Only Murders in the Building Recap: Cold Open").quotes
    assert found[-1].speaker == speaker


def test_a_girl_voiced_by_a_man_is_still_she(catalog):
    text = (
        "Louise Belcher wants the moped too.\n\n"
        "Tina's free go is shot like the climax of a sports movie, and she wins the moped. She doesn't care "
        "that it won't start.\n\n"
        '"It\'s perfect," she whispers. "It\'s pink and it doesn\'t go anywhere."'
    )
    found = run(text, catalog, title="Bob's Burgers Recap: The Claw").quotes
    assert [q.speaker for q in found] == ["Tina Belcher", "Tina Belcher"]


def test_a_hyphenated_given_name_is_the_character_named_surname_first(catalog):
    text = (
        "Seong Gi-hun (Lee Jung-jae) is back in the arena.\n\n"
        "“I should have died in the first game,” Gi-hun mutters to no one in particular."
    )
    found = run(text, catalog, title="Squid Game Season 3 Review")
    assert found.quotes[0].speaker == "Seong Gi-hun"


def test_a_name_with_a_lower_case_suffix_is_still_the_name(catalog):
    text = "Kendall Roy (Jeremy Strong) wants the deal. It is a Kendall-style power play."
    found = run(text, catalog, title="Succession Recap")
    kendall = next(c for c in found.characters if c.name == "Kendall Roy")
    assert kendall.mentions == 2


def test_a_one_word_title_that_speaks_is_its_title_character(catalog):
    text = (
        "Wednesday Addams (Jenna Ortega) and Enid Sinclair (Emma Myers) sneak out.\n\n"
        "“Next time, listen to me,” Enid says.\n\n"
        "“I did listen,” Wednesday replies. “I simply disagreed.”"
    )
    found = run(text, catalog, title="Wednesday Season 2 Episode 3 Recap")
    assert [q.speaker for q in found.quotes] == ["Enid Sinclair", "Wednesday Addams", "Wednesday Addams"]
    news = run("Wednesday returns for season 3 in July, Netflix said.", catalog)
    assert "Wednesday" in news.shows
    assert not news.characters


def test_the_character_a_line_was_told_to_answers_the_next_untagged_line(catalog):
    text = (
        "Henry Vole (Sam Ortiz) splits wood in the snow when a rider arrives.\n\n"
        "“It's from John,” Henry tells Clara Vole (Ana Ruiz) as she steps onto the porch.\n\n"
        "“Are you going to open it, or just stare at it?”"
    )
    found = run(text, catalog, title="Marigold Lane Recap: The Letter").quotes
    assert [q.speaker for q in found] == ["Henry Vole", "Clara Vole"]


def test_pronouns_tell_a_unisex_given_names_gender(catalog):
    text = (
        "Jamie Quill (Sam Ortiz) reads the letter twice, and he folds it away.\n\n"
        "Later Jamie stares at the tree line while his wife Claire Quill (Ana Ruiz) watches.\n\n"
        "“He's my son, Claire,” Jamie says quietly.\n\n"
        "“You can't blame him,” she replies."
    )
    found = run(text, catalog, title="Marigold Lane Recap: The Letter").quotes
    assert [q.speaker for q in found] == ["Jamie Quill", "Claire Quill"]


def test_a_surname_with_a_particle_is_the_catalog_person_named_in_full(catalog):
    text = (
        "Steven Van Zandt had never acted before.\n\n"
        "“I was a guitar player with a lot of opinions,” Van Zandt said."
    )
    found = run(text, catalog, title="The Sopranos at 25")
    assert found.quotes[0].speaker == "Steven Van Zandt"
    assert "Van Zandt" not in {p.name for p in found.people}


def test_a_prepositions_object_is_not_the_interviewee(catalog):
    html = (
        "<p>Harlan Voss spent four seasons as the lead of <em>Marigold Lane</em>. Voss, who has since "
        "returned with a limited series opposite Dana Okafor, sat down with us to revisit the ending.</p>"
        "<p>Was that always the plan?</p>"
        "<blockquote><p>I remember just sitting there for a second when they pitched it.</p></blockquote>"
    )
    found = run_html(html, catalog)
    assert found.quotes[0].speaker == "Harlan Voss"


def test_the_actor_is_the_actor_named_last_not_the_last_person(catalog):
    html = (
        "<p>Harlan Voss, who has played Victor Crane on <em>Marigold Lane</em> since 1980, will retire.</p>"
        "<p>The decision was made with showrunner Josh Griffith, who said the exit would be "
        '"worthy of the man and the character."</p>'
        "<p>In a statement, the actor said he had been thinking about it for some time.</p>"
        '<p>"I came to this country with very little, and this show gave me a home."</p>'
    )
    found = run_html(html, catalog).quotes
    assert [q.speaker for q in found] == ["Josh Griffith", "Harlan Voss"]
    tagged = (
        "Harlan Voss plays Victor Crane. Showrunner Josh Griffith joined him on stage.\n\n"
        "“It was time,” the actor said."
    )
    assert run(tagged, catalog).quotes[0].speaker == "Harlan Voss"


@pytest.mark.parametrize(
    "tag",
    [
        "Netflix chief content officer Bela Bajaria said in a statement.",
        "CBS president and CEO George Cheeks told reporters on a call.",
    ],
)
def test_an_organisation_and_a_long_title_may_stand_between_a_quote_and_its_speaker(catalog, tag):
    name = "Bela Bajaria" if "Bajaria" in tag else "George Cheeks"
    text = (
        "Bela Bajaria and George Cheeks both spoke this week.\n\n"
        f"“It is one audience now, and the chart shows it,” {tag}"
    )
    assert run(text, catalog).quotes[0].speaker == name


def test_an_unnamed_source_before_a_colon_is_not_the_last_speaker(catalog):
    text = (
        "“The library is doing the heavy lifting,” analyst Rich Greenfield said.\n\n"
        "One Paramount+ insider, who was not authorized to speak publicly, brushed off the dip: "
        "“Nobody here is worried about it. It does its biggest numbers late.”"
    )
    found = run(text, catalog).quotes
    assert [q.speaker for q in found] == ["Rich Greenfield", None]


def test_in_a_recap_a_pronoun_after_the_writer_is_named_is_a_characters(catalog):
    text = (
        "Creator Nora Delacroix has built the season around one marriage.\n\n"
        "Kate Vole (Ana Ruiz) has moved into the guest room, and Hal Vole (Sam Ortiz) sits on the bed. "
        "For a long moment neither of them says anything, and Delacroix lets it breathe.\n\n"
        "“That’s the problem,” she says. “You always do.”"
    )
    found = run(text, catalog, title="Marigold Lane Recap: The Spare Room").quotes
    assert found[0].speaker == "Kate Vole"


def test_a_line_calling_a_character_by_nickname_is_not_theirs_and_a_negated_beat_names_the_speaker(catalog):
    text = (
        "Rhaenyra Targaryen (Emma D'Arcy) sits at the war table with Jacaerys Velaryon (Harry Collett).\n\n"
        "“Then we stop sending ships.” Jace leans over the table. “We send dragons.”\n\n"
        "“I have heard you, Jace.” Rhaenyra doesn't raise her voice. “I have heard everyone.”"
    )
    found = run(text, catalog, title="House of the Dragon Recap: The Gullet").quotes
    assert [q.speaker for q in found][-2:] == ["Rhaenyra Targaryen", "Rhaenyra Targaryen"]


def test_a_given_name_with_a_curly_apostrophe_is_the_catalogs_character(catalog):
    text = (
        "La'an Noonien-Singh (Christina Chong) returns.\n\n"
        "“I'm done running,” La’an says. Kendall’s plan is another matter."
    )
    found = run(text, catalog, title="Star Trek: Strange New Worlds Season 3 Trailer")
    assert found.quotes[0].speaker == "La'an Noonien-Singh"


def test_a_recap_paragraph_ending_on_a_comment_still_sets_up_its_acting_character(catalog):
    text = (
        "Carmen Berzatto (Jeremy Allen White) and Tina Marrero (Liza Colón-Zayas) prep the lamb.\n\n"
        "“The lamb is fine,” Carmy says.\n\n"
        "At one point Sydney Adamu (Ayo Edebiri) pulls the heavy door shut behind her so that Tina "
        "can't hear. That's the tell.\n\n"
        "“You told me we were partners.”"
    )
    found = run(text, catalog, title="The Bear Recap: Ninety-Six Covers").quotes
    assert found[-1].speaker == "Sydney Adamu"


def test_in_a_trailer_an_actors_line_is_their_roles_but_an_interview_stays_theirs(catalog):
    text = (
        "Mira Holt (Dana Okafor) stands at the forge.\n\n"
        "“Every ring I gave them was a question,” Okafor says over the final shot.\n\n"
        "Okafor told Variety that the season is “the darkest thing we have made by a long way.”"
    )
    found = run(text, catalog, title="Marigold Lane Season 3 Trailer Breakdown").quotes
    assert [q.speaker for q in found] == ["Mira Holt", "Dana Okafor"]


def test_a_given_name_outranks_the_same_word_ending_another_characters_name(catalog):
    from tui.analysis import Catalog, CharacterEntry, ShowEntry

    small = Catalog(
        (ShowEntry("Marigold Lane"),),
        (
            CharacterEntry("Bob Vole", "Marigold Lane", (), "Sam Ortiz"),
            CharacterEntry("Big Bob", "Marigold Lane", (), "Dana Okafor"),
        ),
    )
    found = run("“They came back,” Bob says, wiping the grill.", small, title="Marigold Lane Recap: The Claw")
    assert found.quotes[0].speaker == "Bob Vole"


def test_a_line_opening_a_paragraph_with_narration_after_it_is_the_one_named_characters(catalog):
    text = (
        "This week's episode hands the whole of field day to Janine Teagues (Quinta Brunson), which means "
        "clipboards and a whistle.\n\n"
        "“Okay, everybody! Blue team is by the swings!” The whistle shrieks. Half the kids scatter."
    )
    found = run(text, catalog, title="Abbott Elementary Recap: Field Day").quotes
    assert found[0].speaker == "Janine Teagues"


def test_a_characters_answer_set_off_by_a_dash_is_theirs(catalog):
    text = (
        "Catherine Cawood (Sarah Lancashire) confronts her sister Clare Cartwright (Siobhan Finneran).\n\n"
        "Clare's answer – “I thought you'd stop him, and I thought he'd end up hating you for it” – is "
        "devastating precisely because it's true."
    )
    found = run(text, catalog, title="Happy Valley Recap: The Car Park").quotes
    assert found[0].speaker == "Clare Cartwright"
