"""Feed commands: add, feeds, remove, refresh, import-opml, export-opml."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..wording import counted
from . import EXIT_PARTIAL, cli
from .common import db_option, fail, json_option, open_service, print_json


def _feed_json(feed) -> dict:
    return {
        "id": feed.id,
        "url": feed.url,
        "title": feed.title,
        "site_url": feed.site_url,
        "category": feed.category,
        "articles": feed.article_count,
        "unread": feed.unread_count,
        "last_fetched": feed.last_fetched,
        "last_error": feed.last_error,
        "failures": feed.failures,
        "enabled": feed.enabled,
    }


@cli.command()
@click.argument("url_or_path")
@click.option("--timeout", type=float, default=None, help="Seconds to wait for the server.")
@db_option
@click.pass_context
def add(ctx: click.Context, url_or_path: str, timeout: float | None) -> None:
    """Subscribe to a feed (URL or local file) and fetch it once."""
    service = open_service(ctx)
    target = url_or_path
    if "://" not in target and Path(target).exists():
        target = str(Path(target).resolve())
    try:
        added = service.add_feed(target, timeout=timeout)
    except Exception as error:  # ingestion errors carry a one-line message for the user
        fail(_describe(error))
    click.echo(f"Added {added.feed.title} ({counted(added.new, 'new article')}) as feed {added.feed.id}")


def _describe(error: Exception) -> str:
    return str(error) or error.__class__.__name__


@cli.command("feeds")
@json_option
@db_option
@click.pass_context
def list_feeds(ctx: click.Context, as_json: bool) -> None:
    """List subscribed feeds."""
    feeds = open_service(ctx).feeds()
    if as_json:
        print_json([_feed_json(f) for f in feeds])
        return
    for feed in feeds:
        state = "" if feed.enabled else "  [disabled]"
        error = f"  ! {feed.last_error}" if feed.last_error else ""
        click.echo(
            f"{feed.id:>4}  {feed.title}  ({feed.unread_count}/{feed.article_count} unread){state}{error}"
        )
        click.echo(f"      {feed.url}")


@cli.command()
@click.argument("id_or_url")
@db_option
@click.pass_context
def remove(ctx: click.Context, id_or_url: str) -> None:
    """Unsubscribe from a feed and delete its articles."""
    from ..store import FeedNotFound

    try:
        feed = open_service(ctx).remove_feed(id_or_url)
    except FeedNotFound as error:
        fail(str(error))
    click.echo(f"Removed {feed.title}")


@cli.command()
@click.option("--feed", "feed_ids", multiple=True, help="Feed id or URL (repeatable); default all.")
@click.option("--timeout", type=float, default=None, help="Seconds to wait for each server.")
@json_option
@db_option
@click.pass_context
def refresh(ctx: click.Context, feed_ids: tuple[str, ...], timeout: float | None, as_json: bool) -> None:
    """Fetch new articles from feeds, in parallel."""
    from ..store import FeedNotFound

    service = open_service(ctx)
    try:
        ids = [service.find_feed(f).id for f in feed_ids] or None
    except FeedNotFound as error:
        fail(str(error))
    total = len(ids) if ids else sum(1 for f in service.feeds() if f.enabled)
    show_bar = sys.stderr.isatty() and not as_json
    with click.progressbar(length=total, label="Refreshing", file=sys.stderr, hidden=not show_bar) as bar:
        summary = service.refresh(ids, on_result=lambda _result: bar.update(1), timeout=timeout)
    if as_json:
        print_json(
            [
                {
                    "feed_id": r.feed_id,
                    "url": r.url,
                    "ok": r.ok,
                    "new": r.new,
                    "updated": r.updated,
                    "not_modified": r.not_modified,
                    "error": r.error,
                }
                for r in summary.results
            ]
        )
    else:
        for result in summary.results:
            if not result.ok:
                click.echo(f"  failed: {result.url}: {result.error}", err=True)
        click.echo(
            f"{counted(summary.ok, 'feed')} ok, {summary.failed:,} failed; "
            f"{counted(summary.new, 'new article')}, {summary.updated:,} updated"
        )
    if summary.failed:
        sys.exit(EXIT_PARTIAL)


@cli.command("import-opml")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
@click.pass_context
def import_opml(ctx: click.Context, file: str) -> None:
    """Subscribe to the feeds in an OPML file (feeds already present are skipped)."""
    service = open_service(ctx)
    try:
        added, skipped = service.import_opml(Path(file).read_bytes())
    except Exception as error:  # OpmlError and friends: a clear line, nothing stored
        fail(_describe(error))
    click.echo(
        f"Imported {counted(added, 'feed')}, skipped {skipped:,} already present. "
        "Run `greenroom refresh` to fetch."
    )


@cli.command("export-opml")
@click.argument("file", required=False, type=click.Path(dir_okay=False, writable=True))
@db_option
@click.pass_context
def export_opml(ctx: click.Context, file: str | None) -> None:
    """Write subscriptions as OPML to FILE (or standard output)."""
    text = open_service(ctx).export_opml()
    if file:
        Path(file).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {file}")
    else:
        click.echo(text, nl=False)
