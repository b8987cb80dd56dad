"""The window's language: chosen once at start, and a menu to choose another.

The choice is remembered in the window's settings (key ``language``, the code only); without
one, the first of the system's user-interface languages that is shipped, else Dutch. A new
choice applies at the next start: every text of the window, the dialogs and the domain is
made once, in one language, so the window never shows two languages at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ifg_desktop import i18n, languages
from ifg_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

LANGUAGE_KEY = "language"
_CONTEXT = "LanguageMenu"
_NEXT_START = QT_TRANSLATE_NOOP(
    "LanguageMenu", "IFG-wegwijzer opent in het Nederlands vanaf de volgende start."
)
_APPLIES_AT_NEXT_START = QT_TRANSLATE_NOOP("LanguageMenu", "Geldt vanaf de volgende start")

# Translators installed in the application by ``apply_language``.
_installed: list[QTranslator] = []


def default_settings() -> QSettings:
    return QSettings("ifg-desktop", "IFG-wegwijzer")  # the window's own (main_window.py)


def remembered_language(settings: QSettings) -> str | None:
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in i18n.LANGUAGES else None


def system_language() -> str | None:
    """The first of the system's user-interface languages that is shipped."""
    return languages.first_shipped(QLocale.system().uiLanguages())


def choose_language(settings: QSettings | None = None) -> str:
    settings = default_settings() if settings is None else settings
    return remembered_language(settings) or system_language() or i18n.SOURCE_LANGUAGE


def apply_language(code: str) -> None:
    """Install ``code``'s catalogues in the application (its own and Qt's standard buttons),
    in the domain's marker, and as the default locale for dates."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for loaded in (
        languages.load_qt_translator(code, app),
        languages.load_translator(code, app),
    ):
        if loaded is not None and app.installTranslator(loaded):
            _installed.append(loaded)
    # QCoreApplication.translate answers the Dutch text where a catalogue has none.
    i18n.install(code, QCoreApplication.translate if code != i18n.SOURCE_LANGUAGE else None)
    languages.set_default_locale(code)


def remove_language() -> None:
    """Take the installed catalogues out again: Dutch, the source (for tests)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    i18n.install(i18n.SOURCE_LANGUAGE, None)


def in_language(code: str, text: str) -> str:
    """``text`` (of this module's context) in ``code``, whatever language the window uses."""
    translator = languages.load_translator(code)
    return (translator.translate(_CONTEXT, text) if translator else "") or text


def install_language_menu(
    menu: QMenu, window: QWidget | None = None, settings: QSettings | None = None
) -> QMenu:
    """A "Taal" submenu in ``menu``: each language by its own name, the one in use checked.

    Choosing another remembers it and says, in the chosen language, over ``window``, that
    it applies at the next start."""
    from PySide6.QtGui import QAction, QActionGroup

    settings = default_settings() if settings is None else settings
    submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Taal"))
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    in_use = i18n.current_language()  # not the remembered one: --lang may have overruled it
    for code, name in i18n.LANGUAGES.items():
        action = QAction(submenu)
        action.setText(name)  # a language's own name: found by who reads it
        action.setData(code)
        action.setCheckable(True)
        action.setChecked(code == in_use)
        group.addAction(action)
        submenu.addAction(action)
    submenu.addSeparator()
    note = submenu.addAction(QCoreApplication.translate("LanguageMenu", _APPLIES_AT_NEXT_START))
    note.setEnabled(False)

    def choose(action: QAction) -> None:
        code = str(action.data())
        if code != remembered_language(settings):
            settings.setValue(LANGUAGE_KEY, code)
            settings.sync()
        if code != i18n.current_language():
            _announce(window, code)

    group.triggered.connect(choose)
    return submenu


def _announce(parent: QWidget | None, code: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("languageChanged")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(i18n.LANGUAGES[code])
    box.setText(in_language(code, _NEXT_START))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()


__all__ = [
    "LANGUAGE_KEY",
    "apply_language",
    "choose_language",
    "in_language",
    "install_language_menu",
    "remembered_language",
    "remove_language",
    "system_language",
]
