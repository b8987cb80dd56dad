"""argparse in the command line's language, and what the command line lets through to a
terminal.

argparse builds its messages with ``gettext`` under the domain "argparse"; Python ships no
Dutch or French catalogue, so the messages a user can meet are put in Dutch here, by their
English text, and from Dutch into the language in use like every other text (``argparse``
in the .ts files). In English, argparse's own text stays. A message this table does not
know stays English: better than none.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from collections.abc import Sequence
from typing import TextIO

from ifg_desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate

_DUTCH = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "gebruik: "),
    "options": QT_TRANSLATE_NOOP("argparse", "opties"),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "argumenten"),
    "show this help message and exit": QT_TRANSLATE_NOOP("argparse", "deze hulp tonen en stoppen"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "argparse", "argument %(argument_name)s: %(message)s"
    ),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "argparse", "deze argumenten ontbreken: %s"
    ),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP(
        "argparse", "een van deze argumenten is nodig: %s"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "onbekende argumenten: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "argparse", "ongeldige waarde: %(value)r"
    ),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "verwacht één waarde"),
    "expected at most one argument": QT_TRANSLATE_NOOP("argparse", "verwacht hoogstens één waarde"),
    "expected at least one argument": QT_TRANSLATE_NOOP("argparse", "verwacht minstens één waarde"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("argparse", "niet samen met %s"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "argparse", "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("argparse", "waarde %r genegeerd"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": QT_TRANSLATE_NOOP(
        "argparse", "kan '%(filename)s' niet openen: %(error)s"
    ),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP(
        "argparse", "%(prog)s: fout: %(message)s\n"
    ),
}
_DUTCH_PLURAL = {
    "expected %s argument": (
        QT_TRANSLATE_NOOP("argparse", "verwacht %s waarde"),
        QT_TRANSLATE_NOOP("argparse", "verwacht %s waarden"),
    )
}


def _translated(message: str) -> str:
    dutch = _DUTCH.get(message)
    return message if dutch is None else translate("argparse", dutch)


def _translated_plural(singular: str, plural: str, count: int) -> str:
    forms = _DUTCH_PLURAL.get(singular)
    if forms is None:
        return singular if count == 1 else plural
    return translate("argparse", forms[0] if count == 1 else forms[1])


def speak_language() -> None:
    """argparse's own messages in the language in use (it looks ``_`` and ``ngettext`` up
    at call time): Dutch and French from the table, English as argparse wrote them."""
    if current_language() == "en":
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
        return
    argparse._ = _translated  # type: ignore[attr-defined]
    argparse.ngettext = _translated_plural  # type: ignore[attr-defined]


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

    @property
    def unguarded(self) -> TextIO:
        """The stream itself, for the program's own control characters (the carriage return
        that redraws a progress line), never for data."""
        return self._stream

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def guard_output() -> tuple[TextIO, TextIO]:
    """Wrap stdout and stderr in ``TerminalSafe``; returns the streams to put back."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalSafe(sys.stdout)
    sys.stderr = TerminalSafe(sys.stderr)
    return saved
