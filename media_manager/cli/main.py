"""Entry point: the ``media-manager`` group, global options and the one error handler."""

from __future__ import annotations

import importlib
import logging
import os
import signal
import sys

import click
from sqlalchemy.exc import DBAPIError

from media_manager.config import Settings
from media_manager.db import database_reason
from media_manager.errors import MediaManagerError
from media_manager.filenames import show_undecodable_names


class DeskGroup(click.Group):
    """A click group whose errors end as one line on stderr, never a traceback, and whose
    commands (:data:`COMMANDS`) are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, name = COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(f"media_manager.cli.{module}"), name)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def main(self, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("standalone_mode", True)
        try:
            # standalone_mode=False: click returns ctx.exit()'s code instead of exiting
            code = super().main(*args, standalone_mode=False, **{
                k: v for k, v in kwargs.items() if k != "standalone_mode"})
            if isinstance(code, int) and code:
                sys.exit(code)
            return code
        except click.exceptions.Abort:
            _quiet_ctrl_c_from_now_on()  # a second Ctrl-C now ends it, as aborted
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.ClickException as problem:
            problem.show()
            sys.exit(problem.exit_code)
        except MediaManagerError as problem:
            click.echo(f"error: {problem}", err=True)
            sys.exit(problem.exit_code)
        except KeyboardInterrupt:
            _quiet_ctrl_c_from_now_on()  # a second Ctrl-C now ends it, as aborted
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except DBAPIError as problem:  # one short line, not the driver's SQL dump (issue 11)
            if os.environ.get("MEDIA_MANAGER_DEBUG"):
                raise
            click.echo(f"error: database: {database_reason(problem)}", err=True)
            sys.exit(2)
        except Exception as problem:  # the last line of defence: one line, not a traceback
            if os.environ.get("MEDIA_MANAGER_DEBUG"):
                raise
            click.echo(f"error: {type(problem).__name__}: {problem}", err=True)
            sys.exit(2)


@click.group(cls=DeskGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "database_url", envvar="MEDIA_MANAGER_DB", metavar="URL",
              help="Catalogue database URL (default: SQLite file in the user's data folder; "
                   "e.g. postgresql+psycopg://user@host/dbname). Env: MEDIA_MANAGER_DB.")
@click.option("--data-dir", type=click.Path(file_okay=False), envvar="MEDIA_MANAGER_DATA",
              help="Folder for the default SQLite catalogue and thumbnails. Env: MEDIA_MANAGER_DATA.")
@click.option("--user", envvar="MEDIA_MANAGER_USER", help="Who is making changes (for history).")
@click.option("--thumbnails", "thumbnails", envvar="MEDIA_MANAGER_THUMBNAILS", metavar="STORE",
              help="Where thumbnails and previews live: data (the data folder, default), "
                   "database (in the catalogue: every machine of a desk reaches them) or a "
                   "folder path with a / (a share). Env: MEDIA_MANAGER_THUMBNAILS.")
@click.version_option(package_name="media-manager")
@click.pass_context
def cli(ctx: click.Context, database_url: str | None, data_dir: str | None,
        user: str | None, thumbnails: str | None) -> None:
    """media-manager: catalogue wire photos, their captions and credits."""
    ctx.obj = Settings.from_env(database_url=database_url, data_dir=data_dir, user=user,
                                thumbnails=thumbnails)


def main() -> None:
    show_undecodable_names(sys.stdout, sys.stderr)
    sys.unraisablehook = _ctrl_c_is_never_ignored
    _no_library_tracebacks()
    from media_manager.cli import aborted_while_starting

    try:
        if signal.getsignal(signal.SIGINT) is aborted_while_starting:  # loaded: from now on
            signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C unwinds it
        cli()
    except KeyboardInterrupt:  # in the instant before the group's own handler is reached
        _quiet_ctrl_c_from_now_on()
        click.echo("Aborted.", err=True)
        sys.exit(130)
    finally:
        _quiet_ctrl_c_from_now_on()


def _ctrl_c_is_never_ignored(unraisable) -> None:  # type: ignore[no-untyped-def]
    """A Ctrl-C that lands inside a garbage-collector callback (SQLAlchemy's weakref
    finalisers) would be printed as "Exception ignored ... Traceback" and then lost: deliver it
    again to the main thread, where the one error handler turns it into "Aborted."."""
    if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
        if _command_over:  # said already, or too late to say: end as a Ctrl-C ends
            os._exit(130)
        # delivered again in 10 ms, by a timer signal, once this hook has returned
        signal.signal(signal.SIGALRM, _interrupt)
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        return
    sys.__unraisablehook__(unraisable)


def _no_library_tracebacks() -> None:
    """SQLAlchemy logs, with a traceback, a connection it could not close (a Ctrl-C landing in
    ``close()``); with no logging set up Python prints that on stderr. The command's own one
    line says what went wrong: such library records go nowhere unless MEDIA_MANAGER_DEBUG."""
    if not os.environ.get("MEDIA_MANAGER_DEBUG"):
        logging.getLogger("sqlalchemy").addHandler(logging.NullHandler())


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


#: Set once the command has ended or aborted: a Ctrl-C from then on ends the process at once.
_command_over = False


def _quiet_ctrl_c_from_now_on() -> None:
    """The command is over: a Ctrl-C while the interpreter winds down (worker pools, the
    progress bar's monitor thread) ends the process at once, with no traceback. So does a
    Ctrl-C a garbage-collector callback swallows from now on (see the hook); one it swallowed
    before is not delivered again after the command's own "Aborted.": its timer is cancelled."""
    global _command_over
    _command_over = True
    if hasattr(signal, "setitimer"):  # POSIX only, as the re-delivery is
        signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGINT, lambda *_: os._exit(130))
    _forget_a_ctrl_c_in_generated_code()


def _forget_a_ctrl_c_in_generated_code() -> None:
    """CPython marks a Ctrl-C that lands while code made from a string runs (``exec`` of
    text: SQLAlchemy and dataclasses make functions that way) as never handled, even when it
    is, and under ``python -m`` ends the process by that signal once it has exited (status
    -2, after "Aborted." and exit 130). Each such run of text clears the mark as it starts, so
    running an empty one, now that no Ctrl-C is raised any more, clears a stale mark."""
    exec("")  # noqa: S102 - empty text: nothing runs


#: Each command and the module that defines it: a command's module (and what it imports)
#: loads only when that command runs, or when ``--help`` lists the commands.
COMMANDS = {
    "init": "catalog:init_command", "ingest": "ingest:ingest_command",
    "thumbnails": "ingest:thumbnails_command", "inspect": "inspect:inspect_command",
    "parse": "captions:parse_command", "lint": "lint:lint_command",
    "list": "search:list_command", "show": "catalog:show_command",
    "search": "search:search_command", "demo": "demo:demo_command", "ui": "demo:ui_command",
    "edit": "edit:edit_command", "history": "edit:history_command",
    "revert": "edit:revert_command", "template": "templates:template_group",
    "write": "write:write_command", "export": "write:export_command",
    "import-captions": "import_captions:import_captions_command",
    "review": "review:review_group", "watch": "watch:watch_command", "use": "usage:use_command",
    "report": "reports:report_group", "backup": "backup:backup_command",
    "restore": "backup:restore_command",
}
