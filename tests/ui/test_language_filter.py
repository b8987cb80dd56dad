"""The window's language filter: tick a language, see the services that speak it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.editing import load_service, update_service
from tests.ui.test_main_window import TUESDAY_MORNING, FakeClock, keys, shown_window


def test_the_filter_keeps_the_services_that_speak_a_ticked_language(
    qtbot: QtBot, database: Database, settings_dir: Path
) -> None:
    for key, codes in (("1712", {"nl", "vgt"}), ("politie", {"nl", "fr", "en"})):
        loaded = load_service(database, key)
        assert loaded is not None
        update_service(
            database,
            replace(loaded.draft, languages=frozenset(codes)),
            expected_version=loaded.version,
            by="test",
        )
    window = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
    qtbot.waitUntil(lambda: len(keys(window)) == 17)
    languages = window.filters.languages
    assert languages.accessibleName() == "Talen" and languages.text() == "Alle talen"
    with qtbot.waitSignal(window.query_applied):
        languages.set_selected(frozenset({"vgt"}))
    assert keys(window) == ["1712"]
    assert languages.text() == "Vlaamse Gebarentaal"
    # The other 15 have no languages entered: the filter hides them, and says so.
    qtbot.waitUntil(lambda: not window.is_counting)
    assert window.count.text() == "1 dienst\n15 diensten zonder opgegeven talen niet getoond"
    with qtbot.waitSignal(window.query_applied):
        languages.set_selected(frozenset({"vgt", "en"}))
    assert set(keys(window)) == {"1712", "politie"} and languages.text() == "2 talen"
    qtbot.mouseClick(window.filters.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(keys(window)) == 17)
    assert languages.selected() == frozenset()
    qtbot.waitUntil(lambda: not window.is_counting)
    assert "talen" not in window.count.text()  # no language filter: no note


def test_the_menu_keeps_belgiums_languages_first_and_sorts_the_rest_as_shown(
    qtbot: QtBot,
) -> None:
    from ifg_desktop import i18n
    from ifg_desktop.ui.filters import LanguageFilter

    # Translated names that sort otherwise than the Dutch ones: the shown name decides.
    english = {"Vietnamees": "Aaa Vietnamese", "Albanees": "Zzz Albanian", "Duits": "German"}
    i18n.install("en", lambda context, text: english.get(text, "") if context else "")
    try:
        menu = LanguageFilter()
        qtbot.addWidget(menu)
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, None)
    actions = menu.menu().actions()
    assert [action.data() for action in actions[:5]] == ["nl", "fr", "de", "vgt", "sfb"]
    assert actions[2].text() == "German"
    assert actions[5].text() == "Aaa Vietnamese" and actions[-1].text() == "Zzz Albanian"
