"""Coverage commands: analyze, reanalyze, shows, characters, quotes, and the catalog edits."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..wording import counted
from . import cli
from .common import db_option, fail, json_option, open_service, print_json


@cli.command()
@click.argument("file_or_url")
@json_option
def analyze(file_or_url: str, as_json: bool) -> None:
    """Analyse one HTML or text file (or URL) without a database."""
    from ..services import analyze_source

    try:
        result = analyze_source(file_or_url)
    except OSError as error:
        fail(f"cannot read {file_or_url}: {error.strerror or error}")
    except Exception as error:  # fetch errors carry a one-line message
        fail(str(error) or error.__class__.__name__)
    data = result.to_json()
    if as_json:
        print_json(data)
        return
    click.echo(f"Main show: {data['main_show'] or '-'}")
    click.echo(f"Shows: {', '.join(data['shows']) or '-'}")
    for character in data["characters"]:
        actor = f" ({character['actor']})" if character["actor"] else ""
        click.echo(f"Character: {character['name']}{actor} ×{character['mentions']}")
    for person in data["people"]:
        roles = f" — {', '.join(person['roles'])}" if person["roles"] else ""
        click.echo(f"Person: {person['name']}{roles}")
    for quote in data["quotes"]:
        click.echo(f"Quote ({quote['kind']}, {quote['speaker'] or 'unknown'}): {quote['text'][:100]}")
    for relation in data["relations"]:
        click.echo(f"Related: {relation['a']} — {relation['b']} ({relation['weight']})")


@cli.command()
@db_option
@click.pass_context
def reanalyze(ctx: click.Context) -> None:
    """Rebuild all coverage analysis (after catalog edits)."""
    service = open_service(ctx)
    total = service.stats()["articles"]
    with click.progressbar(
        length=total, label="Analysing", file=sys.stderr, hidden=not sys.stderr.isatty()
    ) as bar:
        count = service.reanalyze(on_progress=lambda done, _total: bar.update(1))
    click.echo(f"Analysed {counted(count, 'article')}")


@cli.command()
@json_option
@db_option
@click.pass_context
def shows(ctx: click.Context, as_json: bool) -> None:
    """Shows with coverage, most recently covered first."""
    items = open_service(ctx).shows()
    if as_json:
        print_json(
            [
                {"id": s.id, "name": s.name, "articles": s.articles, "unread": s.unread, "latest": s.latest}
                for s in items
            ]
        )
        return
    for show in items:
        click.echo(f"{show.name}  ({show.unread}/{show.articles} unread)  latest {(show.latest or '')[:10]}")


@cli.command()
@click.option("--show", "show_name", help="Only characters of this show.")
@json_option
@db_option
@click.pass_context
def characters(ctx: click.Context, show_name: str | None, as_json: bool) -> None:
    """Characters, with actor and related characters."""
    service = open_service(ctx)
    items = []
    for character in service.characters(show_name):
        related = service.related(character.id, limit=5)
        items.append(
            {
                "id": character.id,
                "name": character.name,
                "show": character.show,
                "actor": character.actor,
                "aliases": list(character.aliases),
                "related": [{"name": r.entity.name, "weight": r.weight} for r in related],
            }
        )
    if as_json:
        print_json(items)
        return
    for item in items:
        actor = f" ({item['actor']})" if item["actor"] else ""
        show = f" — {item['show']}" if item["show"] else ""
        related = ", ".join(r["name"] for r in item["related"])
        click.echo(f"{item['name']}{actor}{show}" + (f"\n    related: {related}" if related else ""))


@cli.command()
@click.option("--speaker", help="Only quotes by this speaker (name or part of it).")
@click.option("--show", "show_name", help="Only quotes from coverage of this show.")
@click.option("--saved", is_flag=True, help="The saved quote collection instead.")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
@json_option
@db_option
@click.pass_context
def quotes(ctx: click.Context, speaker, show_name, saved: bool, limit: int, as_json: bool) -> None:
    """Quotes found in coverage, with their speakers."""
    service = open_service(ctx)
    if saved:
        items = [
            {
                "id": q.id,
                "text": q.text,
                "speaker": q.speaker,
                "article": q.article_title,
                "url": q.article_url,
            }
            for q in service.saved_quotes()
        ]
    else:
        items = [
            {
                "id": q.id,
                "article_id": q.article_id,
                "text": q.text,
                "speaker": q.speaker,
                "kind": q.kind,
                "confidence": q.confidence,
            }
            for q in service.quotes(speaker=speaker, show=show_name, limit=limit)
        ]
    if as_json:
        print_json(items)
        return
    for item in items:
        click.echo(f"“{item['text']}”\n    — {item['speaker'] or 'unknown'}\n")


@cli.group()
def catalog() -> None:
    """Edit the catalog of shows, characters and people (your edits win over what was learned)."""


def _edit(ctx: click.Context, action: str, **payload: object) -> None:
    from ..catalog_edits import CatalogEditError

    try:
        open_service(ctx).edit_catalog(action, **payload)
    except CatalogEditError as error:
        fail(str(error))
    click.echo("Saved. Run `greenroom reanalyze` to apply it to stored coverage.")


@catalog.command("add-show")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True)
@click.option("--network")
@db_option
@click.pass_context
def add_show(ctx: click.Context, name: str, aliases: tuple[str, ...], network: str | None) -> None:
    """Add a show (with aliases)."""
    _edit(ctx, "show", name=name, aliases=list(aliases), network=network)


@catalog.command("add-character")
@click.argument("name")
@click.option("--show")
@click.option("--actor")
@click.option("--alias", "aliases", multiple=True)
@db_option
@click.pass_context
def add_character(ctx: click.Context, name: str, show, actor, aliases: tuple[str, ...]) -> None:
    """Add a character (with show, actor and aliases)."""
    _edit(ctx, "character", name=name, show=show, actor=actor, aliases=list(aliases))


@catalog.command("add-person")
@click.argument("name")
@click.option("--role", "roles", multiple=True)
@db_option
@click.pass_context
def add_person(ctx: click.Context, name: str, roles: tuple[str, ...]) -> None:
    """Add a real person (with roles such as showrunner)."""
    _edit(ctx, "person", name=name, roles=list(roles))


@catalog.command("alias")
@click.argument("kind", type=click.Choice(["show", "character", "person"]))
@click.argument("name")
@click.argument("alias")
@db_option
@click.pass_context
def add_alias(ctx: click.Context, kind: str, name: str, alias: str) -> None:
    """Give an entry another name."""
    _edit(ctx, "alias", kind=kind, name=name, alias=alias)


@catalog.command("merge")
@click.argument("kind", type=click.Choice(["show", "character", "person"]))
@click.argument("keep")
@click.argument("drop")
@db_option
@click.pass_context
def merge(ctx: click.Context, kind: str, keep: str, drop: str) -> None:
    """Merge DROP into KEEP: DROP's names become KEEP's aliases."""
    _edit(ctx, "merge", kind=kind, keep=keep, drop=drop)


@catalog.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
@click.pass_context
def import_catalog(ctx: click.Context, file: str) -> None:
    """Add shows with their characters and cast, and people, from a JSON file (the bundled format)."""
    try:
        payload = json.loads(Path(file).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        fail(f"{file} is not a JSON catalog file: {error}")
    if not isinstance(payload, dict):
        fail(f"{file} is not a JSON catalog file: the top level is not an object")
    _edit(ctx, "import", **payload)
    shows, people = payload.get("shows", []), len(payload.get("people", []))
    characters = sum(len(show.get("characters", [])) for show in shows)
    click.echo(
        f"Imported {counted(len(shows), 'show')}, {counted(characters, 'character')} and "
        f"{people:,} {'person' if people == 1 else 'people'}."
    )


@catalog.command("list")
@click.argument("show")
@json_option
@db_option
@click.pass_context
def list_show(ctx: click.Context, show: str, as_json: bool) -> None:
    """List a show's entry as the catalog in force has it: aliases, network, characters with cast."""
    found = open_service(ctx).catalog_entry(show)
    if found is None:
        fail(f"no show named {show!r} in the catalog (add it with `greenroom catalog add-show`)")
    entry, characters = found
    data = {
        "name": entry.name,
        "aliases": list(entry.aliases),
        "network": entry.network,
        "characters": [{"name": c.name, "actor": c.actor, "aliases": list(c.aliases)} for c in characters],
    }
    if as_json:
        print_json(data)
        return
    network = f" ({entry.network})" if entry.network else ""
    aliases = f" — also {', '.join(entry.aliases)}" if entry.aliases else ""
    click.echo(f"{entry.name}{network}{aliases}")
    for c in characters:
        actor = f" ({c.actor})" if c.actor else ""
        also = f" — also {', '.join(c.aliases)}" if c.aliases else ""
        click.echo(f"  {c.name}{actor}{also}")


@catalog.command("edits")
@json_option
@db_option
@click.pass_context
def list_edits(ctx: click.Context, as_json: bool) -> None:
    """List your catalog edits, oldest first."""
    edits = open_service(ctx).coverage.edits()
    if as_json:
        print_json([{"action": action, **payload} for action, payload in edits])
        return
    for action, payload in edits:
        if action == "import":  # a whole file: its size, not its contents
            shows, people = payload.get("shows", []), payload.get("people", [])
            payload = {"shows": len(shows), "people": len(people)}
        click.echo(f"{action}: {payload}")
