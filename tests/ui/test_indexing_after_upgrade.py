"""The first start after an upgrade that emptied the search rows (migration 0011) writes
them anew before the list can show anything: the window says so while it does."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from ifg_desktop.directory import indexing
from ifg_desktop.directory.seed import indexing_note, open_directory
from ifg_desktop.ui.app import start_window
from ifg_desktop.ui.main_window import MainWindow


def _as_before_the_upgrade(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0010'")
        connection.commit()


def test_the_window_says_the_search_is_being_indexed_anew(
    qtbot: QtBot, db_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_before_the_upgrade(db_path)
    seen: list[tuple[str, bool]] = []
    index_all = indexing.index_all
    # The window being started (an earlier test's window may not be deleted yet, and its
    # status bar says nothing): the one that was told to say it.
    told: list[MainWindow] = []
    say = MainWindow.say_indexing

    def telling(window: MainWindow, done: int, total: int) -> None:
        told.append(window)
        say(window, done, total)

    def watched(session: Session, progress: Callable[[int, int], None] | None = None) -> None:
        window = told[0]
        busy = QGuiApplication.overrideCursor() is not None
        seen.append((window.statusBar().currentMessage(), busy))
        index_all(session, progress)

    monkeypatch.setattr(indexing, "index_all", watched)
    monkeypatch.setattr(MainWindow, "say_indexing", telling)
    started = start_window(str(db_path))
    assert started is not None
    _app, window = started
    assert set(told) == {window}
    qtbot.addWidget(window)
    try:
        assert seen == [(indexing_note(), True)]  # said, and the pointer busy, before
        assert window.statusBar().currentMessage() == ""
        assert QGuiApplication.overrideCursor() is None
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    finally:
        window.shutdown()


def test_a_start_with_the_rows_in_place_says_nothing(
    qtbot: QtBot, db_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_directory(str(db_path)).dispose()
    said: list[bool] = []
    monkeypatch.setattr(MainWindow, "say_indexing", lambda _self, *_: said.append(True))
    started = start_window(str(db_path))
    assert started is not None
    qtbot.addWidget(started[1])
    try:
        assert said == []
        assert QGuiApplication.overrideCursor() is None
    finally:
        started[1].shutdown()


def test_the_window_says_how_far_and_stays_alive_meanwhile(
    qtbot: QtBot, db_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slice at a time: the count in the status bar, and the window's own events (here a
    timer) handled between slices, so that the system does not take it for hung."""
    _as_before_the_upgrade(db_path)
    with closing(sqlite3.connect(db_path)) as connection:
        (services,) = connection.execute("SELECT count(*) FROM service").fetchone()
    monkeypatch.setattr(indexing, "_TEXTS_AT_ONCE", 10)
    said: list[tuple[int, int, str]] = []
    fired_while_indexing: list[bool] = []
    opened = [False]  # start_window returned: the indexing is over
    say = MainWindow.say_indexing

    def watched(window: MainWindow, done: int, total: int) -> None:
        if not said:  # a timer that only an event loop running meanwhile can fire
            QTimer.singleShot(0, lambda: fired_while_indexing.append(not opened[0]))
        say(window, done, total)
        said.append((done, total, window.statusBar().currentMessage()))

    monkeypatch.setattr(MainWindow, "say_indexing", watched)
    started = start_window(str(db_path))
    opened[0] = True
    assert started is not None
    qtbot.addWidget(started[1])
    try:
        assert said[0] == (0, 0, indexing_note())  # before the services are counted
        slices = said[1:]
        assert [done for done, _total, _text in slices] == [
            *range(10, services, 10),
            services,
        ]
        assert {total for _done, total, _text in slices} == {services}
        assert slices[-1][2] == indexing_note(services, services)
        assert f"{services}" in slices[-1][2]
        assert fired_while_indexing == [True]
        assert QGuiApplication.overrideCursor() is None
    finally:
        started[1].shutdown()
