"""The language menu ticks the language the window speaks, whatever was remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from ifg_desktop import i18n
from ifg_desktop.ui.language import (
    LANGUAGE_KEY,
    apply_language,
    install_language_menu,
    remove_language,
)


@pytest.fixture
def english_by_command_line() -> Iterator[None]:
    before = QLocale()
    apply_language("en")  # as `ifg-desktop --lang en` does
    yield
    remove_language()
    QLocale.setDefault(before)


def test_the_language_in_use_is_ticked_not_the_remembered_one(
    qtbot: QtBot, settings_dir: Path, english_by_command_line: None
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(settings_dir / "fr.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "fr")  # remembered, but --lang en wins for this start
    menu = install_language_menu(window.menuBar().addMenu("View"), window, settings)
    choices = {str(a.data()): a for a in menu.actions() if a.isCheckable()}
    assert i18n.current_language() == "en"
    assert [code for code, action in choices.items() if action.isChecked()] == ["en"]

    choices["en"].trigger()  # English from now on, without --lang: nothing to announce
    assert settings.value(LANGUAGE_KEY) == "en"
    assert window.findChild(QMessageBox, "languageChanged") is None
