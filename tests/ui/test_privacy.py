"""Nothing a worker types, filters or ticks is written anywhere: not the database, not the
settings, not a log. Proven by reading back every file the session wrote."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from ifg_desktop.directory.seed import open_directory
from ifg_desktop.ui.main_window import SETTINGS_KEYS, MainWindow, window_settings
from tests.conftest import brussels

SECRET = "Mevrouw Janssens-Verhoeven"


def snapshot(root: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


def test_a_session_writes_nothing_about_the_person(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db_path = tmp_path / "db" / "ifg.sqlite3"
    db_path.parent.mkdir()
    database = open_directory(str(db_path))
    database.dispose()
    with sqlite3.connect(db_path) as connection:  # everything on disk in the main file
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    home = Path(os.environ["HOME"])
    before = snapshot(tmp_path) | snapshot(home)

    database = open_directory(str(db_path))
    window = MainWindow(clock=lambda: brussels("2026-12-01 10:00"))
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a laptop's: the checklist beside the list, to be clicked
    window.show()
    window.attach(database)
    with qtbot.waitSignal(window.query_applied):
        qtbot.keyClicks(window.search, SECRET)
    window.filters.age.years.setValue(7)
    window.filters.urgency.setCurrentIndex(1)
    window.filters.themes.set_selected(frozenset({"kindermishandeling"}))
    ticked = window.checklist.item_keys()[:5]
    for key in ticked:
        qtbot.mouseClick(window.checklist.box(key), Qt.MouseButton.LeftButton)
    assert window.checklist.ticked() == frozenset(ticked)
    window.close()  # saves the layout
    database.dispose()

    after = snapshot(tmp_path) | snapshot(home)
    written = {path: data for path, data in after.items() if before.get(path) != data}
    for path, data in written.items():
        assert SECRET.encode() not in data, path
        for key in ticked:
            assert key.encode() not in data, (path, key)
    # The database file itself did not change; its write-ahead log holds no new pages.
    assert after[db_path] == before[db_path]
    with sqlite3.connect(db_path) as connection:
        _busy, wal_frames, _done = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert wal_frames == 0
    # The settings hold the window's layout and nothing else.
    settings = window_settings()
    assert settings.format() == QSettings.Format.NativeFormat
    assert set(settings.allKeys()) <= set(SETTINGS_KEYS)
    assert any(path.is_relative_to(settings_dir) for path in written)  # layout was saved
    # And nothing went to a log.
    for record in caplog.records:
        assert SECRET not in record.getMessage()
