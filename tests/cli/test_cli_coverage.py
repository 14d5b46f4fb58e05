"""Coverage on the command line: analyze without a database, and what refresh stores."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import SEED
from tui.cli import cli

PEOPLE = {
    "Krysten Ritter",
    "Melissa Rosenberg",
    "Ted Sarandos",
    "Marco Ramirez",
    "Doug Petrie",
    "Rachael Taylor",
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("name", ["article.html", "article.txt"])
def test_analyze_the_seed_article_finds_every_finding(name):
    result = run("analyze", str(SEED / name), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["main_show"] == "Jessica Jones"
    assert set(data["shows"]) == {"Jessica Jones", "Daredevil", "The Defenders"}
    characters = {c["name"]: c for c in data["characters"]}
    assert set(characters) == {"Jessica Jones", "Trish Walker"}
    assert characters["Trish Walker"]["actor"] == "Rachael Taylor"
    assert characters["Jessica Jones"]["mentions"] >= 10  # "Jessica" and "Jess" resolve to her
    people = {p["name"]: p for p in data["people"]}
    assert set(people) == PEOPLE
    assert "showrunner" in people["Melissa Rosenberg"]["roles"]
    quotes = data["quotes"]
    assert len(quotes) == 3
    assert {q["speaker"] for q in quotes} == {"Melissa Rosenberg"}
    assert quotes[0]["text"].startswith("Yes, for sure.")
    nested = [c["text"] for c in quotes[2]["children"]]
    assert any("powers anymore" in text for text in nested)
    assert any("if I had your powers" in text for text in nested)
    pair = {(r["a"], r["b"]): r["weight"] for r in data["relations"]}
    assert pair[("Jessica Jones", "Trish Walker")] == max(pair.values())


def test_analyze_a_missing_file_is_a_clear_error(tmp_path):
    result = run("analyze", str(tmp_path / "nope.html"))
    assert result.exit_code == 2
    assert "cannot read" in result.output


def test_coverage_is_stored_on_add_and_listed(db_path):
    db = ["--db", str(db_path)]
    assert run(*db, "add", str(SEED / "feed.rss")).exit_code == 0
    shows = json.loads(run(*db, "shows", "--json").output)
    assert shows[0]["name"] == "Jessica Jones"
    assert {s["name"] for s in shows} == {"Jessica Jones", "Daredevil", "The Defenders"}
    characters = {c["name"]: c for c in json.loads(run(*db, "characters", "--json").output)}
    assert characters["Trish Walker"]["actor"] == "Rachael Taylor"
    assert characters["Trish Walker"]["related"][0]["name"] == "Jessica Jones"
    quotes = json.loads(run(*db, "quotes", "--speaker", "Rosenberg", "--json").output)
    assert len(quotes) >= 3
    assert all(q["speaker"] == "Melissa Rosenberg" for q in quotes)
    by_show = json.loads(run(*db, "quotes", "--show", "Jessica Jones", "--json").output)
    assert len(by_show) == len(json.loads(run(*db, "quotes", "--json").output))
    assert json.loads(run(*db, "quotes", "--show", "Succession", "--json").output) == []


def test_catalog_edits_apply_after_reanalyze(db_path):
    db = ["--db", str(db_path)]
    assert run(*db, "add", str(SEED / "feed.rss")).exit_code == 0
    edit = run(*db, "catalog", "add-character", "Trish Walker", "--show", "Jessica Jones", "--alias", "Patsy")
    assert edit.exit_code == 0, edit.output
    assert run(*db, "catalog", "merge", "show", "Bogus", "Daredevil").exit_code == 0
    done = run(*db, "reanalyze")
    assert done.exit_code == 0, done.output
    assert "Analysed 1 article" in done.output and "1 articles" not in done.output
    characters = {c["name"]: c for c in json.loads(run(*db, "characters", "--json").output)}
    assert "Patsy" in characters["Trish Walker"]["aliases"]
    bad = run(*db, "catalog", "alias", "show", "", "x")
    assert bad.exit_code == 2


CAST_FILE = {
    "shows": [
        {
            "name": "Marigold Lane",
            "aliases": ["Marigold"],
            "network": "Peacock",
            "characters": [["Odessa Vane", "Priya Lantern", ["Dess"]], ["Hollis Crane", None, []]],
        }
    ],
    "people": [{"name": "Tamsin Orr", "roles": ["showrunner"]}],
}
MARIGOLD_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Lane News</title>
<item><title>What comes next on Marigold Lane</title><link>https://lane.example/1</link>
<description>Dess and Hollis share a long scene in the second episode, and Tamsin Orr is pleased.
Odessa is furious with Hollis by the end of it.</description></item></channel></rss>"""


def test_catalog_import_adds_a_shows_cast_from_one_file(db_path, tmp_path):
    db = ["--db", str(db_path)]
    feed = tmp_path / "lane.rss"
    feed.write_text(MARIGOLD_FEED, encoding="utf-8")
    cast = tmp_path / "cast.json"
    cast.write_text(json.dumps(CAST_FILE), encoding="utf-8")
    assert run(*db, "add", str(feed)).exit_code == 0
    before = {c["name"] for c in json.loads(run(*db, "characters", "--json").output)}
    assert "Odessa Vane" not in before
    imported = run(*db, "catalog", "import", str(cast))
    assert imported.exit_code == 0, imported.output
    assert "Imported 1 show, 2 characters and 1 person." in imported.output
    assert run(*db, "reanalyze").exit_code == 0
    characters = {c["name"]: c for c in json.loads(run(*db, "characters", "--json").output)}
    assert characters["Odessa Vane"]["actor"] == "Priya Lantern"
    assert "Hollis Crane" in characters
    assert {s["name"] for s in json.loads(run(*db, "shows", "--json").output)} >= {"Marigold Lane"}
    listed = run(*db, "catalog", "edits")
    assert "import: {'shows': 1, 'people': 1}" in listed.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not a JSON catalog file"),
        ("[1, 2]", "the top level is not an object"),
        ('{"films": []}', 'with "shows" and/or "people"'),
        ('{"shows": [{"name": "X", "characters": [["Only a name"]]}]}', "shows[0].characters[0] must be"),
        ('{"shows": [{"title": "X"}]}', "shows[0] needs a name"),
        ('{"people": [{"name": "Y", "roles": "showrunner"}]}', "people[0].roles must be a list"),
    ],
)
def test_a_bad_catalog_file_is_refused_with_where_and_nothing_is_stored(db_path, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = run("--db", str(db_path), "catalog", "import", str(bad))
    assert result.exit_code != 0
    assert message in result.output
    assert json.loads(run("--db", str(db_path), "catalog", "edits", "--json").output) == []


def test_catalog_list_shows_a_shows_entry_with_the_users_edits(db_path):
    db = ["--db", str(db_path)]
    added = run(
        *db, "catalog", "add-character", "Gillian Hayes", "--show", "Jessica Jones", "--actor", "Rebecca"
    )
    assert added.exit_code == 0, added.output
    listed = json.loads(run(*db, "catalog", "list", "marvel's jessica jones", "--json").output)
    assert listed["name"] == "Jessica Jones"
    by_name = {c["name"]: c for c in listed["characters"]}
    assert by_name["Trish Walker"]["actor"] == "Rachael Taylor"
    assert by_name["Gillian Hayes"]["actor"] == "Rebecca"
    text = run(*db, "catalog", "list", "Jessica Jones").output
    assert "  Trish Walker (Rachael Taylor) — also Patsy Walker" in text
    missing = run(*db, "catalog", "list", "No Such Show")
    assert missing.exit_code != 0
    assert "no show named 'No Such Show'" in missing.output
