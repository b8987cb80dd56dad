"""The shipped languages, for the window and the command line: which one, and loading it.

Only QtCore (``QTranslator``, ``QLocale``): the command line uses it without a
``QApplication``. Dutch is the source language and needs no catalogue; English and French
come from ``resources/translations/ifg_desktop_<code>.qm`` (``tools/translations.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ifg_desktop import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QTranslator

CATALOGUE = "ifg_desktop"
# The locale behind each language: dates, day and month names, number formats. Belgian
# where Belgium has one; British English rather than the C locale's American.
LOCALES: dict[str, str] = {"nl": "nl_BE", "en": "en_GB", "fr": "fr_BE"}
# Where POSIX looks for the language of messages, strongest first (after GNU's LANGUAGE).
_ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")

# The command line's translator: a QTranslator answers only while it lives.
_kept: list[QTranslator] = []


def translations_folder() -> Path:
    from ifg_desktop.paths import shipped_folder

    return shipped_folder("resources") / "translations"


def shipped_code(name: str) -> str | None:
    """The shipped language of a locale or language name ("fr_BE.UTF-8", "en-GB", "nl"),
    or None ("C", "POSIX", "de_DE")."""
    code = name.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in i18n.LANGUAGES else None


def first_shipped(names: Iterable[str]) -> str | None:
    """The first of ``names`` (a user's languages, in their order) that is shipped."""
    for name in names:
        code = shipped_code(name)
        if code is not None:
            return code
    return None


def environment_language(
    environ: Mapping[str, str] | None = None, system: Iterable[str] | None = None
) -> str:
    """The language of the environment when shipped, else Dutch, in GNU gettext's order: the
    LANGUAGE list first (unless the locale is C), then LC_ALL, LC_MESSAGES, LANG, the first
    set deciding. With none set (Windows), the system's languages (``system``, by default
    QLocale.system()'s, as the window asks)."""
    environ = os.environ if environ is None else environ
    locale = next((environ[name] for name in _ENVIRONMENT if environ.get(name)), "")
    if locale.split(".")[0] not in ("", "C", "POSIX"):
        listed = first_shipped(name for name in environ.get("LANGUAGE", "").split(":") if name)
        if listed is not None:
            return listed
    if locale:
        return shipped_code(locale) or i18n.SOURCE_LANGUAGE
    if system is None:
        from PySide6.QtCore import QLocale

        system = QLocale.system().uiLanguages()
    return first_shipped(system) or i18n.SOURCE_LANGUAGE


def load_translator(code: str, parent: QObject | None = None) -> QTranslator | None:
    """The application's catalogue for ``code``; None for Dutch or when it is missing."""
    if code == i18n.SOURCE_LANGUAGE:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator(parent)
    if not translator.load(f"{CATALOGUE}_{code}", str(translations_folder())):
        return None
    return translator


def load_qt_translator(code: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own catalogue (standard buttons and dialogs) for ``code``, where Qt ships one."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


def lookup_of(translator: QTranslator) -> i18n.Lookup:
    def lookup(context: str, text: str) -> str:
        return translator.translate(context, text) or ""

    return lookup


def set_default_locale(code: str) -> None:
    """Dates and day names (a QDateEdit's, a calendar's) in ``code``, never the C locale's."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(LOCALES.get(code, LOCALES[i18n.SOURCE_LANGUAGE])))


def use_on_command_line(code: str) -> None:
    """Translate the command line's text into ``code`` (no QApplication needed)."""
    _kept.clear()
    translator = load_translator(code)
    if translator is None:
        i18n.install(code if code in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE, None)
        return
    _kept.append(translator)
    i18n.install(code, lookup_of(translator))


__all__ = [
    "LOCALES",
    "environment_language",
    "first_shipped",
    "load_qt_translator",
    "load_translator",
    "set_default_locale",
    "shipped_code",
    "translations_folder",
    "use_on_command_line",
]
