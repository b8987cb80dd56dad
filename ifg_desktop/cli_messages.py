"""argparse in Dutch, and what the command line lets through to a terminal.

argparse builds its messages with ``gettext`` under the domain "argparse"; Python ships no
Dutch catalogue, so the messages a user can meet are translated here, by their English
text. A message this table does not know stays English: better than none.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import TextIO

_DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "not allowed with argument %s": "niet samen met %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "ignored explicit argument %r": "waarde %r genegeerd",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}
_DUTCH_PLURAL = {"expected %s argument": ("verwacht %s waarde", "verwacht %s waarden")}


def _dutch(message: str) -> str:
    return _DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, count: int) -> str:
    forms = _DUTCH_PLURAL.get(singular)
    if forms is None:
        return singular if count == 1 else plural
    return forms[0] if count == 1 else forms[1]


def speak_dutch() -> None:
    """Make argparse's own messages Dutch (it looks ``_`` and ``ngettext`` up at call time)."""
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]


def undecodable_argument(argv: Sequence[str]) -> str | None:
    """The first argument that was not valid UTF-8 (Python keeps such bytes as lone
    surrogates), shown with the bad bytes replaced; None when all are fine."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return argument.encode("utf-8", "replace").decode("utf-8")
    return None


# C0 controls but tab and newline, DEL, and C1: a stored name holding ESC or an OSC
# sequence would otherwise drive the terminal it is printed on.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


class TerminalSafe:
    """A text stream that shows control characters as ``\\x1b`` instead of sending them."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_CONTROL.sub(_visible, text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def guard_output() -> tuple[TextIO, TextIO]:
    """Wrap stdout and stderr in ``TerminalSafe``; returns the streams to put back."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalSafe(sys.stdout)
    sys.stderr = TerminalSafe(sys.stderr)
    return saved
