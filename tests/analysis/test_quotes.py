"""Quotes: speech versus scare quotes, attribution, nesting and interview paragraphs."""

from __future__ import annotations

from tui.analysis import analyze
from tui.document import Block, Document, document_from_text

from .helpers import run_html


def quotes(text, catalog):
    return analyze(document_from_text(text), catalog).quotes


def test_attribution_after_quote(catalog):
    (q,) = quotes("Showrunner Dana Whitfield was candid. “I knew the ending first,” Whitfield said.", catalog)
    assert q.text == "I knew the ending first" and q.speaker == "Dana Whitfield" and q.kind == "inline"


def test_attribution_with_descriptor_after_verb(catalog):
    text = (
        '"We are thrilled to keep going with this story," said Hulu executive Carla Jimenez in a statement.'
    )
    assert quotes(text, catalog)[0].speaker == "Carla Jimenez"


def test_according_to_and_colon_before(catalog):
    text = "According to creator Sam Adler, “It is six people in a tin can and none of them can leave.”"
    assert quotes(text, catalog)[0].speaker == "Sam Adler"


def test_scare_quotes_and_titles_are_not_speech(catalog):
    text = (
        "Fans called the pair “endgame” after the episode “Code Gray” aired. "
        "A source insisted they are “just friends” and nothing more."
    )
    assert quotes(text, catalog) == ()


def test_short_quote_with_speech_attribution_is_speech(catalog):
    (q,) = quotes("Actor Tom Ashby smiled. “No comment,” Ashby said.", catalog)
    assert q.speaker == "Tom Ashby"


def test_pronoun_resolves_to_last_fitting_person(catalog):
    text = (
        "Across the table, Jack Quaid was wistful about saying goodbye to Hughie Campbell. "
        "“I grew up on this show,” he said."
    )
    assert quotes(text, catalog)[0].speaker == "Jack Quaid"


def test_pronoun_gender_skips_a_person_who_cannot_be_the_speaker(catalog):
    text = (
        "Producer Melissa Rosenberg met director Marco Ramirez. "
        "“It was wonderful to work with him,” she said."
    )
    assert quotes(text, catalog)[0].speaker == "Melissa Rosenberg"


def test_unnamed_source_gives_no_speaker_and_continuation_keeps_it(catalog):
    text = (
        "Chloe Winters was seen downtown. "
        "“They are inseparable, but it is not a romance,” the insider told us. "
        "“Half the cast was at that dinner.”"
    )
    qs = quotes(text, catalog)
    assert [q.speaker for q in qs] == [None, None]


def test_continuation_takes_previous_speaker(catalog):
    text = "“Butcher was never getting a nice ending,” Karl Urban said. “He would be the first to say that.”"
    assert [q.speaker for q in quotes(text, catalog)] == ["Karl Urban", "Karl Urban"]


def test_nested_quotes_are_children(catalog):
    text = (
        "Tom Ashby laughed. “I called Dana and said, ‘You cannot do this to him,’ at midnight,” Ashby said."
    )
    (q,) = quotes(text, catalog)
    assert [c.text for c in q.children] == ["You cannot do this to him"]


def test_plain_text_interview_paragraphs(catalog):
    text = (
        "Grace Oduya plays a firefighter. As she explains in an interview with Collider, it was hard.\n\n"
        "I went in thinking I would learn to look convincing. My instructors did not care that I was an "
        "actor, "
        "and I think that shows in every frame.\n\n"
        "The series was created by Owen Brandt."
    )
    (q,) = quotes(text, catalog)
    assert q.kind == "interview" and q.speaker == "Grace Oduya" and q.text.startswith("I went in")


def test_third_person_paragraphs_are_not_interview_quotes(catalog):
    text = (
        "Grace Oduya plays a firefighter in the new drama.\n\n"
        "We will see more of her crew next week, and the show looks great in its second episode."
    )
    assert quotes(text, catalog) == ()


def test_speaker_labels_in_plain_qa(catalog):
    text = (
        "We caught up with showrunner Ruth Ellison about the finale.\n\n"
        "TVLINE: Was that always the plan?\n\n"
        "ELLISON: It was. I wrote the last page first."
    )
    (q,) = quotes(text, catalog)
    assert q.text == "It was. I wrote the last page first." and q.speaker == "Ruth Ellison"


def test_block_quote_after_colon_lead_in(catalog):
    text = "The Duffer brothers spoke to Variety. Matt Duffer was candid:\n\nWe felt that weight every day."
    n = text.index("We felt")
    doc = Document(text, (Block("p", 0, n - 2), Block("p", n, len(text), 1)))
    (q,) = analyze(doc, catalog).quotes
    assert q.kind == "block" and q.speaker == "Matt Duffer"


def test_lighter_first_person_paragraphs_after_reported_speech_are_answers(catalog):
    text = (
        "Rebecca Ferguson on the new season\n\n"
        "Rebecca Ferguson stars as Juliette. Ferguson says the season was hard.\n\n"
        "For a lot of this season I'm acting with nobody. I was terrified of that at first. I kept going.\n\n"
        "The show is adapted from novels. Ferguson says she has read them, but not closely.\n\n"
        "I love the books, but the show gives her more time to be wrong. She is stubborn.\n\n"
        "Silo is streaming now. I think it is great, our critic adds nothing here."
    )
    found = quotes(text, catalog)
    assert [q.text[:12] for q in found] == ["For a lot of", "I love the b"]
    assert {q.speaker for q in found} == {"Rebecca Ferguson"}


def test_light_first_person_paragraph_without_an_interview_is_narration(catalog):
    text = (
        "Rebecca Ferguson stars as Juliette. Ferguson says the season was hard.\n\n"
        "I love the books, but the show gives her more time to be wrong. She is stubborn."
    )
    assert quotes(text, catalog) == ()


def test_narration_after_a_block_quoted_answer_is_not_an_answer(catalog):
    html = (
        "<p>Will Smith runs the show.</p>"
        "<p><strong>Was that always the plan?</strong></p>"
        "<blockquote><p>Always, but in tiny doses.</p></blockquote>"
        "<p>That restraint suits Gary Oldman, who once played a tidier spy.</p>"
        "<p><strong>How do you keep it fresh?</strong></p>"
        "<blockquote><p>By letting it curdle.</p></blockquote>"
    )
    found = run_html(html, catalog).quotes
    assert [q.text for q in found] == ["Always, but in tiny doses.", "By letting it curdle."]


def _qa(html: str, title: str, catalog):
    return run_html(f"<html><body><article>{html}</article></body></html>", catalog, title=title)


def test_qa_answers_go_to_the_one_person_the_title_names(catalog):
    html = (
        "<p>Olivia Williams, Travis Fimmel and Mark Strong join Emily Watson in the cast. Below, the actress "
        "reflects on the season.</p><p><strong>What surprised you?</strong></p>"
        "<p>How physical it was. I trained for months.</p><p><strong>Any advice for them?</strong></p>"
        "<p>Trust the wigs. I do.</p>"
    )
    found = _qa(html, "Q&A: Emily Watson", catalog).quotes
    assert [q.speaker for q in found] == ["Emily Watson", "Emily Watson"]


def test_qa_interview_cue_looks_within_its_own_sentence(catalog):
    html = (
        "<p>The series stars Emily Watson and Olivia Williams. Mark Strong and Jessica Barden co-star. "
        "We spoke to the nominee about it.</p><p><strong>Do you like Valya?</strong></p>"
        "<p>I adore her. I really do.</p><p><strong>And the cast?</strong></p><p>I love them all.</p>"
    )
    found = _qa(html, "Dune: Prophecy Star Emily Watson Talks Season 2", catalog).quotes
    assert {q.speaker for q in found} == {"Emily Watson"}


_LABELLED_QA = (
    "<p>Emily Watson did not expect a second season. Co-star Mark Strong has told the story on a podcast.</p>"
    "<blockquote>It felt like coming home to a cold house.</blockquote>"
    "<p>The conversation has been edited for length.</p>"
    "<p><strong>Q:</strong> Do you feel pressure coming back?</p>"
    "<p><strong>A:</strong> Not from the awards. They hold down recipes in my kitchen.</p>"
    "<p>Also, I have aged. My knees are worse now, and we wrote around it.</p>"
    "<p><strong>Q:</strong> Is this really the end?</p>"
    "<p><strong>A:</strong> Ask me again in five years.</p>"
)


def test_labelled_questions_and_answers_after_block_quotes_are_read_as_a_qa(catalog):
    found = _qa(_LABELLED_QA, "Emily Watson Is Back, and She Has Thoughts", catalog).quotes
    assert [q.text for q in found] == [
        "It felt like coming home to a cold house.",
        "Not from the awards. They hold down recipes in my kitchen.",
        "Also, I have aged. My knees are worse now, and we wrote around it.",
        "Ask me again in five years.",
    ]
    # The answers are the interviewee's, not the co-star's the narration had telling a story.
    assert {q.speaker for q in found} == {"Emily Watson"}


def test_a_paragraph_opening_with_a_bare_capital_q_is_no_question(catalog):
    html = "<p>Emily Watson talks.</p><blockquote>I loved it.</blockquote><p>Quiet: the set went still.</p>"
    found = _qa(html, "Emily Watson talks", catalog).quotes
    assert [q.text for q in found] == ["I loved it."]


_PLAIN_QA = (
    "We spoke to Heidi Thomas, who created the drama, ahead of the new series.\n\n"
    "Fifteen series. Did you ever imagine you'd still be doing this?\n\n"
    "Never. When we made the first series, we thought we were making six episodes.\n\n"
    "The new series opens under real financial pressure. Why go back to that well?\n\n"
    "Because it's true to the period. I wanted the sisters to feel that precariousness.\n\n"
    "And Sister Julienne is at the center of that fight.\n\n"
    "Jenny Agutter has been with us since the very first episode, and I adore her.\n\n"
    "What comes next for the show?\n\n"
    "More babies, more bicycles, more tea."
)


def test_plain_text_qa_questions_are_no_quotes_and_answers_are(catalog):
    found = analyze(document_from_text(_PLAIN_QA), catalog).quotes
    assert [q.text.split(".")[0] for q in found] == [
        "Never",
        "Because it's true to the period",
        "Jenny Agutter has been with us since the very first episode, and I adore her",
        "More babies, more bicycles, more tea",
    ]
    assert {q.speaker for q in found} == {"Heidi Thomas"}


def test_two_rhetorical_questions_make_no_qa(catalog):
    text = (
        "Is this the best season yet? Hard to say.\n\n"
        "Will the finale stick the landing?\n\n"
        "The cast seems to think so, and the reviews agree.\n\n"
        "Who will survive?\n\n"
        "Tune in Sunday to find out."
    )
    assert analyze(document_from_text(text), catalog).quotes == ()


def test_a_first_person_essay_has_no_interview_answers(catalog):
    text = (
        "I have a confession to make about the last episode: the first time I watched it, I was "
        "disappointed. I wanted something to happen, and I wanted them to grow up.\n\n"
        "For anyone who needs a refresher, the final episode picks up with the two flatmates on a sofa.\n\n"
        "I laughed the first time. I nearly cried the second. I think I wanted a different ending, and I "
        "was wrong."
    )
    assert analyze(document_from_text(text), catalog).quotes == ()


def test_an_explainers_rhetorical_questions_make_no_qa(catalog):
    text = (
        "Fans have argued about Ezra Fitz for years. Was he A all along?\n\n"
        "The evidence is thin, but it is there. Ezra wrote a book about the girls, and he lied about it.\n\n"
        "So why did the writers never commit to it?\n\n"
        "The showrunner once told Vulture that the twist was considered and dropped in the room.\n\n"
        "And what about the lair?\n\n"
        "The lair is the strongest piece of evidence. It was full of photographs of the girls.\n\n"
        "Does any of it hold up today?\n\n"
        "Mostly, yes. The show left enough threads dangling that the theory will never quite die."
    )
    assert analyze(document_from_text(text), catalog).quotes == ()


def test_a_block_quote_after_narration_is_its_last_sentences_subject(catalog):
    html = (
        "<h2>Jean Smart, Hacks</h2><p>Smart won again and thanked Lucia Aniello.</p>"
        "<h2>Hannah Einbinder, Hacks</h2>"
        "<p>Smart’s on-screen protégé had her own moment when Einbinder won for playing Ava Daniels. "
        "Einbinder, who had been nervous on the red carpet, thanked Smart directly from the stage.</p>"
        "<blockquote><p>Jean, I have learned more standing next to you than in four years of college.</p>"
        "</blockquote>"
    )
    assert [q.speaker for q in _qa(html, "Emmys 2025: the speeches", catalog).quotes] == ["Hannah Einbinder"]


def test_a_block_quote_that_names_the_narrated_subject_is_not_theirs(catalog):
    html = (
        "<p>Ayo Edebiri plays Sydney Adamu on The Bear. Creator Christopher Storer has said the writers "
        "wanted the kitchen to feel smaller this year.</p>"
        "<blockquote><p>Chris told me early on that this was going to be a quieter season.</p></blockquote>"
    )
    found = _qa(html, "Ayo Edebiri Talks The Bear Season 3", catalog).quotes
    assert [q.speaker for q in found] == ["Ayo Edebiri"]


def test_a_block_quote_after_a_paragraph_opening_on_a_winner_is_theirs_in_a_round_up(catalog):
    html = (
        "<p>Seth Rogen won first and thanked everyone at Apple.</p>"
        "<p>Kristen Bell, best actress, television musical or comedy (Nobody Wants This)</p>"
        "<p>Bell, who stars opposite Adam Brody, was the final TV winner of the night.</p>"
        "<blockquote><p>This show is about two people who absolutely should not work, and then they do.</p>"
        "</blockquote>"
    )
    found = _qa(html, "Golden Globes: The Best TV Speeches, From Seth Rogen to the Rest", catalog).quotes
    assert [q.speaker for q in found] == ["Kristen Bell"]


def test_a_line_cut_off_by_a_dash_closes_before_the_narration(catalog):
    from tui.analysis import analyze
    from tui.document import document_from_text

    text = (
        'Janine runs field day. "Okay, everybody! Blue team is by the swings, red team is over by the—" '
        "The whistle shrieks. \"No! That's not the go whistle! That's the gather whistle!\""
    )
    found = analyze(document_from_text(text), catalog, title="Abbott Elementary Recap").quotes
    assert [q.text for q in found] == [
        "Okay, everybody! Blue team is by the swings, red team is over by the—",
        "No! That's not the go whistle! That's the gather whistle!",
    ]


def test_a_paragraph_going_on_with_a_plain_answer_is_part_of_it(catalog):
    text = (
        "Hiro Tanaka plays the warlord Toranaga, and he spoke to us about the new season.\n\n"
        "I was nervous, honestly. With the novel, we always had a map. Now there is no map, and I am "
        "drawing it as we walk with the writers, which is exciting for me.\n\n"
        "But I think Toranaga would enjoy that. He is most comfortable when nobody knows the road.\n\n"
        "The second season premieres in the spring on FX, the network said."
    )
    found = [q.text[:20] for q in analyze(document_from_text(text), catalog).quotes]
    assert found == ["I was nervous, hones", "But I think Toranaga"]


def test_a_joint_interviews_unlabelled_answer_that_names_the_last_speaker_is_the_others(catalog):
    text = (
        "Hannah Einbinder and Jean Smart sat down with us to talk about the new season of Hacks.\n\n"
        "How was the first day back?\n\n"
        "EINBINDER: Loud. Everybody was shouting about the lamb, and I loved every second.\n\n"
        "Paul W. Downs is also your co-star. Does that change anything on set?\n\n"
        "SMART: It changes everything. You can't complain about the writing to the writer.\n\n"
        "Jean's being polite. Jimmy gets a lot of abuse from both of our characters, and I started it.\n\n"
        "What's the rule now?\n\n"
        "EINBINDER: No improvised jokes about Jimmy's hair. I made that one up myself."
    )
    found = [(q.text[:12], q.speaker) for q in analyze(document_from_text(text), catalog).quotes]
    assert found == [
        ("Loud. Everyb", "Hannah Einbinder"),
        ("It changes e", "Jean Smart"),
        ("Jean's being", "Hannah Einbinder"),
        ("No improvise", "Hannah Einbinder"),
    ]
