import json
import sqlite3

from click.testing import CliRunner

from tui.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_feeds_json_on_a_new_database_is_an_empty_array(tmp_path):
    result = run("--db", str(tmp_path / "g.db"), "feeds", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output) == []
    assert (tmp_path / "g.db").exists()


def test_db_option_is_accepted_after_the_command_too(tmp_path):
    db = tmp_path / "after.db"
    result = run("feeds", "--db", str(db), "--json")
    assert result.exit_code == 0
    assert db.exists()


def test_gr_db_environment_variable_chooses_the_database(tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("GREENROOM_DB", str(db))
    assert run("feeds").exit_code == 0
    assert db.exists()


def test_malformed_search_is_a_usage_error_with_a_clear_line(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "g.db"), "search", '"unbalanced'])
    assert result.exit_code == 2
    assert "unbalanced quote" in result.output
    assert "Traceback" not in result.output


def test_show_of_a_missing_article_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "g.db"), "show", "99"])
    assert result.exit_code == 2
    assert "no article with id 99" in result.output


def test_remove_of_an_unknown_feed_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "g.db"), "remove", "https://nowhere.example/"])
    assert result.exit_code == 2


def test_a_database_from_a_newer_greenroom_is_refused_untouched(tmp_path):
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db.read_bytes()
    result = CliRunner().invoke(cli, ["--db", str(db), "feeds"])
    assert result.exit_code == 2
    assert "newer" in result.output or "upgrade Greenroom" in result.output
    assert db.read_bytes() == before


def test_opening_the_app_on_a_newer_database_is_refused_with_one_line(tmp_path):
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = CliRunner().invoke(cli, ["--db", str(db)])
    assert result.exit_code == 2
    assert "upgrade Greenroom" in result.output
