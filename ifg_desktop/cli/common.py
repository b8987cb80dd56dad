"""What every command shares: exit statuses, the parser class, the database a command opens,
moments typed on the command line, and how output is written."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any, NoReturn

from ifg_desktop.i18n import translate

EXIT_OK, EXIT_ENVIRONMENT, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 3

# What a command's parser sets as its ``handler``: it gets the top-level parser (a usage error
# is reported against the whole command line) and the parsed arguments, and returns the exit
# status.
Handler = Callable[[argparse.ArgumentParser, argparse.Namespace], int]

# Moments a worker can ask about; beyond these, time zone arithmetic overflows.
_FIRST_YEAR, _LAST_YEAR = 1900, 2999


class Parser(argparse.ArgumentParser):
    """argparse with our exit status for a usage error and a translated "error"."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            translate("cli", "{prog}: fout: {message}").format(prog=self.prog, message=message)
            + "\n",
        )


def open_directory(args: argparse.Namespace) -> Any:
    """The database of ``--db``, closed when the command ends."""
    from ifg_desktop.directory.seed import open_directory as open_seeded

    database = open_seeded(args.db)
    args.opened.callback(database.dispose)
    return database


def moment(parser: argparse.ArgumentParser, text: str, example: str) -> datetime:
    """An ISO 8601 moment from the command line, in Brussels time unless it has an offset."""
    from ifg_desktop.directory.availability import BRUSSELS

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        parser.error(
            translate("cli", "'{text}' is geen ISO 8601-tijdstip ({example})").format(
                text=text, example=example
            )
        )
    if not _FIRST_YEAR <= when.year <= _LAST_YEAR:
        parser.error(_outside_years(text))
    if when.tzinfo is None:
        when = when.replace(tzinfo=BRUSSELS)
    try:
        return when.astimezone(BRUSSELS)
    except OverflowError:
        parser.error(_outside_years(text))


def _outside_years(text: str) -> str:
    return translate("cli", "'{text}' valt buiten de jaren {first}–{last}").format(
        text=text, first=_FIRST_YEAR, last=_LAST_YEAR
    )


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def one_line(problem: object) -> str:
    """A message on one line, whatever line breaks and runs of spaces it held."""
    return " ".join(str(problem).split())


def login() -> str:
    """Who runs the command, for the trail."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return translate("cli", "onbekend")
