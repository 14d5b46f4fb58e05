"""What every command shares: the database option, opening the service, errors, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from ..config import default_db_path


def _remember_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["db"] = Path(value)


def db_option(function: Callable) -> Callable:
    """`--db PATH`, accepted before the command or after it."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        expose_value=False,
        callback=_remember_db,
        is_eager=True,
        help="Database file (default: $GREENROOM_DB or the user data directory).",
    )(function)


def resolve_db(ctx: click.Context) -> Path:
    for context in (ctx, *_parents(ctx)):
        if isinstance(context.obj, dict) and "db" in context.obj:
            return context.obj["db"]
    return default_db_path()


def _parents(ctx: click.Context):
    parent = ctx.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def open_service(ctx: click.Context):
    """The Greenroom service on the chosen database; closed when the command ends."""
    from ..services import Greenroom
    from ..store import SchemaTooNew

    try:
        service = Greenroom.open(resolve_db(ctx))
    except SchemaTooNew as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot open the database: {error}")
    ctx.call_on_close(service.close)
    return service


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one clear line to stderr and exit."""
    click.echo(f"greenroom: {message}", err=True)
    sys.exit(code)


def print_json(value: object) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def json_option(function: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(function)
