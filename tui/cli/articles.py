"""Article commands: search and show."""

from __future__ import annotations

import shutil
import textwrap

import click

from . import cli
from .common import db_option, fail, json_option, open_service, print_json


def _snippet(text: str, color: bool) -> str:
    from ..store import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN

    if not color:
        return text.replace(HIGHLIGHT_OPEN, "").replace(HIGHLIGHT_CLOSE, "")
    parts = []
    for i, chunk in enumerate(text.replace(HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN).split(HIGHLIGHT_OPEN)):
        parts.append(click.style(chunk, bold=True, fg="yellow") if i % 2 else chunk)
    return "".join(parts)


@cli.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@json_option
@db_option
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, offset: int, as_json: bool) -> None:
    """Search stored articles: words, "phrase", pre*, OR, -word, feed:, after:, before:, is:unread."""
    from ..store import QueryError

    try:
        page = open_service(ctx).search(query, limit=limit, offset=offset)
    except QueryError as error:
        fail(f"bad query: {error}")
    if as_json:
        print_json([{**hit.to_json(), "snippet": _snippet(hit.snippet, False)} for hit in page.hits])
        return
    if not page.hits:
        click.echo("No articles match.")
        return
    color = click.get_text_stream("stdout").isatty()
    for hit in page.hits:
        date = (hit.published or "")[:10]
        click.echo(click.style(f"{hit.id:>6}  {hit.title}", bold=color) + f"  — {hit.feed_title} {date}")
        click.echo(f"        {_snippet(hit.snippet, color)}")
    if page.has_more:
        click.echo(f"… more with --offset {offset + limit}")


def render_article(article, width: int) -> str:
    """The article as readable plain text: headings, paragraphs, quotes and lists, wrapped."""
    doc = article.document
    lines = [article.title, "=" * min(width, max(len(article.title), 3))]
    meta = " · ".join(x for x in (article.feed_title, article.author, (article.published or "")[:10]) if x)
    lines += [meta, article.url or "", ""]
    for block in doc.blocks:
        text = doc.block_text(block)
        prefix = "│ " * block.quoted
        if block.kind.startswith("h"):
            lines += [prefix + text.upper(), ""]
            continue
        bullet = "• " if block.kind == "li" else ""
        wrapped = textwrap.wrap(text, max(20, width - len(prefix) - len(bullet))) or [""]
        lines.append(prefix + bullet + wrapped[0])
        lines += [prefix + " " * len(bullet) + rest for rest in wrapped[1:]]
        lines.append(prefix.rstrip())
    return "\n".join(lines).rstrip() + "\n"


@cli.command()
@click.argument("article_id", type=int)
@json_option
@db_option
@click.pass_context
def show(ctx: click.Context, article_id: int, as_json: bool) -> None:
    """Print an article as readable text."""
    from ..store import ArticleNotFound

    try:
        article = open_service(ctx).article(article_id)
    except ArticleNotFound as error:
        fail(str(error))
    if as_json:
        print_json(
            {
                "id": article.id,
                "title": article.title,
                "feed": article.feed_title,
                "url": article.url,
                "author": article.author,
                "published": article.published,
                "categories": list(article.categories),
                "text": article.document.text,
            }
        )
        return
    width = min(shutil.get_terminal_size((88, 24)).columns, 100)
    click.echo(render_article(article, width), nl=False)
