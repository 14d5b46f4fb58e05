"""The command line: `greenroom` opens the app; subcommands script the same services.

Thin by design: options become a service call and the result is printed as text or JSON. Errors
print one line and exit 2 for bad input, 1 when some feeds failed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from .common import db_option, fail, open_service, resolve_db

EXIT_PARTIAL = 1
EXIT_USAGE = 2


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.option("--demo", is_flag=True, help="Open a throwaway copy of the bundled demo coverage.")
@click.version_option(package_name="greenroom")
@click.pass_context
def cli(ctx: click.Context, demo: bool) -> None:
    """Greenroom: a terminal reader for TV-show coverage.

    With no command, opens the app on your database.
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..app import run_app
    from ..store import SchemaTooNew

    if demo:
        folder = Path(tempfile.mkdtemp(prefix="greenroom-demo-"))
        try:
            run_app(folder / "demo.db", demo=True)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        run_app(resolve_db(ctx))
    except SchemaTooNew as error:
        fail(str(error))


def main() -> None:
    cli(prog_name="greenroom")


from . import articles, coverage, feeds  # noqa: E402, F401  (registers the commands on `cli`)

__all__ = ["EXIT_PARTIAL", "EXIT_USAGE", "cli", "db_option", "fail", "main", "open_service"]
