"""Evidence rules for coverage like the held-out set: each with a case that applies and one that must not."""

from __future__ import annotations

from tui.analysis import analyze
from tui.document import Block, Document, Span

from .helpers import chars, people, run

# Apostrophes


def test_curly_apostrophe_matches_the_catalog_name(catalog):
    a = run("On Andor, Genevieve O’Reilly is superb. “It was a gift,” O’Reilly said.", catalog)
    assert "Genevieve O'Reilly" in people(a)
    assert [q.speaker for q in a.quotes] == ["Genevieve O'Reilly"]


def test_quote_text_keeps_the_articles_own_apostrophes(catalog):
    a = run("“It’s a gift, and I’m grateful for every day of it,” Diego Luna said.", catalog)
    assert a.quotes[0].text.startswith("It’s a gift")


# Casting phrases


def test_actors_possessive_names_the_character(catalog):
    a = run("Everyone asks whether Hugo Weaving’s Frank Harkness is the scariest villain yet.", catalog)
    assert chars(a) == {"Frank Harkness": "Hugo Weaving"}


def test_possessive_of_a_network_or_a_plot_noun_is_no_casting(catalog):
    a = run("They return to Netflix’s Black Doves and to Edmund Hartwell’s grandfather in Slough.", catalog)
    assert chars(a) == {}


def test_parentheses_follow_the_order_the_catalog_shows_in_the_paragraph(catalog):
    a = run("Hannah Waddingham (Rebecca Welton) and Brendan Hunt (Coach Beard) are set to return.", catalog)
    assert chars(a)["Coach Beard"] == "Brendan Hunt"
    assert "Brendan Hunt" in people(a)


def test_unknown_parentheses_keep_character_then_actor_order(catalog):
    a = run("Nora Quinn (Elise Marlow) and Caleb Quinn (Tom Ashby) are set to return.", catalog)
    assert chars(a) == {"Nora Quinn": "Elise Marlow", "Caleb Quinn": "Tom Ashby"}


def test_who_plays_makes_a_person(catalog):
    a = run("Tramell Tillman, who plays the relentlessly upbeat supervisor, is a breakout.", catalog)
    assert "Tramell Tillman" in people(a)


def test_who_plays_after_a_single_name_teaches_nothing(catalog):
    a = run("At the party Nora, who plays the piano at night, finds the letter.", catalog)
    assert people(a) == set()


# Speakers


def test_lone_speaking_surname_is_the_person_named_in_full(catalog):
    text = (
        "Adria Arjona spoke about the new season at the panel. "
        "“Bix goes through something terrible this year,” Arjona said."
    )
    a = run(text, catalog)
    assert "Adria Arjona" in people(a)
    assert [q.speaker for q in a.quotes] == ["Adria Arjona"]


def test_speaking_surname_does_not_cut_a_three_word_name(catalog):
    text = "Tyler James Williams joined the panel. “We love this cast so much,” Williams said."
    a = run(text, catalog)
    assert "James Williams" not in people(a)


def _qa(questions: int) -> Document:
    parts = [
        "TVLine spoke with co-creator Bill Lawrence about the finale.",
        "TVLINE | Did you always know Jimmy would forgive Louis?",
        "No, and we fought about it in the room for weeks. Brett kept pushing.",
        "TVLINE | How much of the restraint came from Harrison?",
        "A lot. Harrison does not want to play a disease, and I think he was right.",
        "The show is streaming on Apple TV+.",
    ]
    if questions == 1:
        parts = parts[:3] + parts[5:]
    text, blocks, spans, pos = "", [], [], 0
    for i, part in enumerate(parts):
        if i:
            text += "\n\n"
            pos += 2
        text += part
        blocks.append(Block("p", pos, pos + len(part)))
        if part.startswith("TVLINE"):
            spans.append(Span("strong", pos, pos + len(part)))
        pos += len(part)
    return Document(text, tuple(blocks), tuple(spans))


def test_bold_questions_make_the_following_paragraphs_answers(catalog):
    a = analyze(_qa(2), catalog)
    assert [(q.text[:8], q.speaker, q.kind) for q in a.quotes] == [
        ("No, and ", "Bill Lawrence", "interview"),
        ("A lot. H", "Bill Lawrence", "interview"),
    ]


def test_one_bold_question_is_no_interview(catalog):
    assert analyze(_qa(1), catalog).quotes == ()


# Shows


def test_network_possessive_introduces_a_title(catalog):
    a = run("They head back for the fourth season of Apple TV+’s Slow Horses this week.", catalog)
    assert a.shows == ("Slow Horses",)


def test_the_podcasts_own_name_is_no_show(catalog):
    text = (
        "On this week’s episode of The Box Set, the hosts discuss the fourth season of Slow Horses.\n\n"
        "Subscribe to The Box Set wherever you get your podcasts."
    )
    assert run(text, catalog).shows == ("Slow Horses",)


def test_leading_the_merges_with_the_bare_title(catalog):
    text = "On paper, Derry Girls is a small show. The Derry Girls finale is as moving as anything."
    start = text.index("Derry")
    a = analyze(Document(text, (Block("p", 0, len(text)),), (Span("em", start, start + 11),)), catalog)
    assert a.shows == ("Derry Girls",)


def test_a_title_that_starts_with_the_stays_whole(catalog):
    a = run("The season finale of The Long Night Shift airs tonight.", catalog)
    assert a.shows == ("The Long Night Shift",)


def test_show_name_opening_a_quoted_episode_title_is_not_the_show(catalog):
    a = run('The premiere of Yellowjackets, "Friends, Romans, Countrymen", is grim.', catalog)
    assert "Friends" not in a.shows


def test_show_name_quoted_alone_is_still_the_show(catalog):
    a = run('Nothing beats "Friends" on a lazy Sunday, and the cast of Friends agrees.', catalog)
    assert "Friends" in a.shows


def test_emphasised_day_name_is_a_title(catalog):
    text = "Steve Buscemi has been cast in Netflix’s Wednesday as the new principal."
    start = text.index("Wednesday")
    doc = Document(text, (Block("p", 0, len(text)),), (Span("em", start, start + 9),))
    assert analyze(doc, catalog).shows == ("Wednesday",)


def test_plain_day_name_is_no_title(catalog):
    assert run("The finale of Severance aired on Wednesday night.", catalog).shows == ("Severance",)
