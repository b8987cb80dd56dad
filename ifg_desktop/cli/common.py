"""What every command shares: exit statuses, the parser class, the database a command opens,
moments typed on the command line, and how output is written."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, NoReturn, TextIO

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
    from ifg_desktop.directory.seed import indexing_note
    from ifg_desktop.directory.seed import open_directory as open_seeded

    progress = terminal_progress()

    def indexing(done: int, total: int) -> None:
        # Imported only then: the importer's package would cost every `find` SQLAlchemy.
        from ifg_desktop.directory.hsds.progress import Phase

        if total == 0:  # before: said once, also where no progress line is drawn
            print(indexing_note(), file=sys.stderr)
        progress(Phase.INDEXING, done, total)

    with progress:
        database = open_seeded(args.db, indexing=indexing)
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


class TerminalProgress:
    """How far a long import or export is, on a terminal: a line per step ("Bestand lezen:
    42 %"), redrawn in place at most five times a second; nothing on a pipe or in a file,
    so that scripts read exactly what they read before. Used as ``with progress:`` around
    the work: the last line is ended before the command prints its answer.

    A step shows 100 % only once it is over (the next step began, or the work returned): a
    file still to be written after its last service, or a refusal, never follows "100 %".
    The line never stops the work: a terminal gone away only ends it."""

    REDRAW_S = 0.2

    def __init__(
        self,
        stream: TextIO,
        *,
        shown: bool,
        clock: Callable[[], float] = time.monotonic,
        columns: int = 80,
    ) -> None:
        self._stream = stream
        self.shown = shown
        self._clock = clock
        self._columns = columns  # a longer line would wrap, and "\r" would leave rows behind
        self._phase: str | None = None
        self._shown = 0.0
        self._width = 0

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, failed: type[BaseException] | None, *_details: object) -> None:
        self.close(finished=failed is None)

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.shown:
            return
        now = self._clock()
        new_step = phase != self._phase
        if not (new_step or now - self._shown >= self.REDRAW_S):
            return
        if new_step:
            self._end_step()
        if total > 1:
            self._draw(self._text(phase, min(99, max(0, done) * 100 // total)))
        else:
            self._draw(f"{self._label(phase)}…")  # one piece (a backup): no percentage
        self._phase, self._shown = phase, now

    @staticmethod
    def _label(phase: str) -> str:
        from ifg_desktop.directory.hsds.progress import phase_label

        return phase_label(phase)

    def _text(self, phase: str, percent: int) -> str:
        return translate("cli", "{step}: {percent} %").format(
            step=self._label(phase), percent=percent
        )

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # the terminal went away (a closed SSH session)
            self.shown = False

    def _draw(self, text: str) -> None:
        text = text[: max(1, self._columns - 1)]
        self._write("\r" + text.ljust(self._width))
        self._width = len(text)

    def _end_step(self, *, finished: bool = True) -> None:
        """The step before is over: its line says 100 % and stays. A step cut short by a
        refusal keeps the last figure it reached."""
        if self._phase is None:
            return
        if finished and self.shown:
            self._draw(self._text(self._phase, 100))
        if self.shown:
            self._write("\n")
        self._phase, self._width = None, 0

    def close(self, *, finished: bool = True) -> None:
        self._end_step(finished=finished)


def terminal_progress(stream: TextIO | None = None) -> TerminalProgress:
    """The progress of a long command on standard error, shown when that is a terminal that
    can move its cursor back (not TERM=dumb)."""
    import os
    import shutil

    chosen = sys.stderr if stream is None else stream
    # Its own texts (step names, percentages) and a carriage return: not the guard's to escape.
    chosen = getattr(chosen, "unguarded", chosen)
    try:
        shown = chosen.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):  # no stream, or a closed one
        shown = False
    columns = shutil.get_terminal_size().columns
    return TerminalProgress(chosen, shown=shown, columns=columns)
