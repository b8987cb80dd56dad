"""``main``: the language first (the help is in it), then the parser, then the window or the
command's handler, with the database and output guarded the same way for every command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ifg_desktop.cli.common import EXIT_ENVIRONMENT, EXIT_OK, EXIT_USAGE, Handler, one_line
from ifg_desktop.cli.parser import build_parser
from ifg_desktop.i18n import translate


def main(argv: Sequence[str] | None = None) -> int:
    import os

    from ifg_desktop.cli.messages import guard_output, undecodable_argument

    arguments = sys.argv[1:] if argv is None else list(argv)
    # Before the parser is built: its help is in the chosen language.
    asked = asked_language(arguments)
    _use_language(asked or _environment_language())
    for value in (*arguments, os.environ.get("IFG_DESKTOP_DB", "")):
        bad = undecodable_argument([value])
        if bad is not None:
            print(
                translate(
                    "cli", "ifg-desktop: fout: '{text}' is geen geldige tekst (UTF-8)"
                ).format(text=bad),
                file=sys.stderr,
            )
            return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.lang is not None and args.lang != asked:  # given as an abbreviation (--la fr)
        _use_language(args.lang)
    if args.command is None:
        from ifg_desktop.ui.app import run_window

        return run_window(args.db, language=args.lang)

    import logging
    from contextlib import ExitStack

    from ifg_desktop.db import DatabaseProblem

    # Without a handler, a driver's warning (psycopg's on a lost connection) reaches stderr
    # in English beside our one Dutch line.
    for library in ("psycopg", "sqlalchemy"):
        if not logging.getLogger(library).handlers:
            logging.getLogger(library).addHandler(logging.NullHandler())
    handler: Handler = args.handler
    saved = guard_output()
    try:
        # What a command opens is closed when it ends (on a server: its sessions).
        with ExitStack() as args.opened:
            return handler(parser, args)
    except DatabaseProblem as problem:
        print(f"ifg-desktop: {one_line(problem)}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except BrokenPipeError:  # `ifg-desktop find | head`: the reader has all it wanted
        sys.stderr.close()
        return EXIT_OK
    finally:
        sys.stdout, sys.stderr = saved


def asked_language(arguments: Sequence[str]) -> str | None:
    """The value of the top-level ``--lang`` (before the command), if a shipped language."""
    from ifg_desktop.languages import shipped_code

    words = iter(arguments)
    for word in words:
        if word == "--lang":
            return shipped_code(next(words, ""))
        if word.startswith("--lang="):
            return shipped_code(word.partition("=")[2])
        if word == "--db":
            next(words, None)
        elif not word.startswith("-") or word == "--":
            return None  # the command: what follows is its own
    return None


def _environment_language() -> str:
    from ifg_desktop.languages import environment_language

    return environment_language()


def _use_language(code: str) -> None:
    from ifg_desktop.cli.messages import speak_language
    from ifg_desktop.languages import use_on_command_line

    use_on_command_line(code)
    speak_language()
