"""The one translation marker for text built outside a widget, and the language in use.

Dutch is the source language: every user-visible phrase is written in Dutch and passes through
``translate(context, text)`` (or a widget's ``self.tr``), where Qt's ``pyside6-lupdate`` finds
it (``tools/translations.py``). Tables built before any language is chosen mark their phrases
with ``QT_TRANSLATE_NOOP(context, text)`` and translate the value when it is shown.

This module has no Qt in it, so the domain (``directory/``) may use it: the window or the
command line installs a lookup (a ``QTranslator``'s) with ``install``; until then every phrase
is its Dutch self. Placeholders are ``{name}`` and are filled after translating.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SOURCE_LANGUAGE = "nl"
# The languages shipped in resources/translations (ifg_desktop_<code>.qm), source first.
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English", "fr": "Français"}

Lookup = Callable[[str, str], str]

_lookup: Lookup | None = None
_language = SOURCE_LANGUAGE
# Per thread: an export writing its file in a worker thread stays Dutch while the window,
# in the main thread, keeps its language.
_dutch_here = threading.local()


def translate(context: str, text: str) -> str:
    """``text`` in the language in use; the Dutch text itself where no translation exists."""
    if _lookup is None or _dutch_in_this_thread():
        return text
    return _lookup(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for extraction without translating it yet; returns it unchanged."""
    del context
    return text


def install(language: str, lookup: Lookup | None) -> None:
    """Use ``lookup`` (context, Dutch text) → translation or "" for ``language`` from now on."""
    global _lookup, _language
    _lookup = lookup
    _language = language


def current_language() -> str:
    """The code of the language in use: "nl", "en" or "fr"."""
    return SOURCE_LANGUAGE if _dutch_in_this_thread() else _language


def _dutch_in_this_thread() -> bool:
    depth: int = getattr(_dutch_here, "depth", 0)
    return depth > 0


@contextmanager
def in_source_language() -> Iterator[None]:
    """Dutch for a while, whatever language is installed: for output that scripts read and
    that must not change with the language (the command line's JSON, files written, what goes
    into the database). Only in the calling thread."""
    _dutch_here.depth = getattr(_dutch_here, "depth", 0) + 1
    try:
        yield
    finally:
        _dutch_here.depth -= 1


__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SOURCE_LANGUAGE",
    "current_language",
    "in_source_language",
    "install",
    "translate",
]
