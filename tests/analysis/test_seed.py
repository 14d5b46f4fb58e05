"""The seed article, in both forms, yields every finding the issue lists."""

from __future__ import annotations

import pytest

from tui.analysis import analyze

TITLE = "Jessica Jones Season 2 Will Explore Trish and Jessica's Relationship"
CATEGORIES = ("Jessica Jones", "Netflix")


@pytest.fixture(scope="module", params=["html", "text"])
def result(request, seed_html, seed_text, catalog):
    doc = seed_html if request.param == "html" else seed_text
    return request.param, doc, analyze(doc, catalog, title=TITLE, categories=CATEGORIES)


def test_shows_and_main_show(result):
    _, _, a = result
    assert set(a.shows) == {"Jessica Jones", "Daredevil", "The Defenders"}
    assert a.main_show == "Jessica Jones"


def test_characters_with_actor_and_first_names(result):
    _, doc, a = result
    chars = {c.name: c for c in a.characters}
    assert set(chars) == {"Jessica Jones", "Trish Walker"}
    assert chars["Trish Walker"].actor == "Rachael Taylor"
    resolved = {doc.text[m.start : m.end] for m in a.mentions if m.kind == "character"}
    assert {"Jessica", "Trish", "Jess"} <= resolved


def test_people_and_exclusions(result):
    _, _, a = result
    people = {p.name: p for p in a.people}
    assert set(people) == {
        "Krysten Ritter",
        "Melissa Rosenberg",
        "Ted Sarandos",
        "Marco Ramirez",
        "Doug Petrie",
        "Rachael Taylor",
    }
    assert "showrunner" in people["Melissa Rosenberg"].roles
    for not_person in ("Netflix", "Marvel", "Entertainment Weekly", "Jessica Jones", "Trish Walker"):
        assert not_person not in people


def test_surnames_resolve_to_people(result):
    _, doc, a = result
    by_surface = {doc.text[m.start : m.end]: m.name for m in a.mentions if m.kind == "person"}
    assert by_surface["Rosenberg"] == "Melissa Rosenberg"
    assert by_surface["Ritter"] == "Krysten Ritter"


def test_three_interview_answers_by_rosenberg_with_nested_quotes(result):
    form, doc, a = result
    assert len(a.quotes) == 3
    assert [q.text.split(".")[0] for q in a.quotes] == [
        "Yes, for sure",
        "I’m interested in continuing to explore the relationship between Trish and Jessica",
        "They started off estranged in season 1, and then came together in the most profound way, "
        "where Jessica "
        "was willing to sacrifice herself for Trish",
    ]
    assert all(q.speaker == "Melissa Rosenberg" and q.speaker_kind == "person" for q in a.quotes)
    assert all(q.kind == ("block" if form == "html" else "interview") for q in a.quotes)
    assert all(doc.text[q.start : q.end] == q.text for q in a.quotes)
    children = [c.text for c in a.quotes[2].children]
    assert children == ["Oh, I don’t want to have powers anymore.", "What I could do if I had your powers."]


def test_jessica_and_trish_strongly_related(result):
    _, _, a = result
    assert a.relations[0].a == "Jessica Jones" and a.relations[0].b == "Trish Walker"
    assert a.relations[0].weight >= 5


def test_learned_facts(result):
    _, _, a = result
    facts = {(f.kind, f.name, f.value) for f in a.learned}
    assert ("character", "Trish Walker", "Rachael Taylor") in facts
    assert ("person", "Melissa Rosenberg", "showrunner") in facts
    assert ("person", "Marco Ramirez", "showrunner") in facts


def test_to_json_shape(result):
    _, _, a = result
    data = a.to_json()
    assert set(data) == {"shows", "main_show", "characters", "people", "quotes", "relations"}
    assert set(data["characters"][0]) == {"name", "actor", "aliases", "mentions"}
    assert set(data["people"][0]) == {"name", "roles"}
    assert set(data["quotes"][0]) == {"text", "speaker", "start", "end", "kind", "confidence", "children"}
    assert set(data["relations"][0]) == {"a", "b", "weight"}
    assert data["quotes"][2]["children"][0]["children"] == []
