"""A window on the shared PostgreSQL database: another desk's change is on screen within a
second, told by the server (nothing polled); the server going away is said calmly, what is on
screen and what was typed or ticked stays, and the window carries on when it is back."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.db.errors import DatabaseUnavailable
from ifg_desktop.directory.editing import load_service, update_service
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.ui.main_window import CONNECTION_LOST, MainWindow
from tests.postgres_server import Server
from tests.ui.test_main_window import (
    TUESDAY_MORNING,
    FakeClock,
    keys,
    rows,
    shown_window,
    type_search,
)


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    assert window.bridge is not None and window.bridge.listener is not None
    assert window.bridge.listener.wait_listening(10)
    return window


def _rename(database: Database, key: str, name: str) -> None:
    loaded = load_service(database, key)
    assert loaded is not None
    update_service(
        database, replace(loaded.draft, name=name), expected_version=loaded.version, by="An"
    )


def test_another_desks_change_is_heard_within_a_second(
    qtbot: QtBot, pg_database: Database, settings_dir: Path
) -> None:
    window = _window(qtbot, pg_database)
    other = open_directory(pg_database.url.render_as_string(hide_password=False))
    try:
        type_search(qtbot, window, "vertrouwenscentrum")
        assert "vk" in keys(window)
        renamed = "Vertrouwenscentrum Kindermishandeling (nieuwe naam)"
        assert window.bridge is not None
        with qtbot.waitSignal(window.bridge.changed, timeout=1000):
            _rename(other, "vk", renamed)
            committed = time.monotonic()
        heard = time.monotonic() - committed
        assert heard < 1.0, f"heard {heard:.3f} s after the commit"
        # Then the page is read again and painted: a moment more on a loaded machine.
        qtbot.waitUntil(lambda: renamed in rows(window), timeout=3000)
        assert window.search.text() == "vertrouwenscentrum"
    finally:
        other.dispose()


def test_nothing_is_polled_on_postgresql(
    qtbot: QtBot,
    pg_database: Database,
    settings_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[None] = []
    real = Database._counted_data_version

    def counting(self: Database) -> object:
        asked.append(None)
        return real(self)

    # What the server is asked: its services counted (a search asks data_version once a
    # second, answered from the notices heard once the listener listens).
    monkeypatch.setattr(Database, "_counted_data_version", counting)
    window = _window(qtbot, pg_database)
    assert window.bridge is not None and window.bridge.listener is not None
    assert not window.bridge.polling and window.bridge.listening
    assert window.bridge.listener.wait_listening(10)
    qtbot.wait(200)
    asked.clear()
    type_search(qtbot, window, "geweld")  # a search too
    qtbot.wait(1500)  # three polls' worth on SQLite
    window.bridge.notify_local_change()  # an own edit: announced, nothing counted
    assert asked == []
    timer = window.bridge.findChild(QTimer, "dataBridgeTimer")
    assert timer is not None and not timer.isActive()
    assert window.connection_banner is not None and not window.connection_banner.isVisible()


def test_a_failed_search_keeps_the_rows_and_the_text(
    qtbot: QtBot, database: Database, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read that fails (before anyone knows the server is away): nothing raises, the rows
    and the detail shown stay, the typed text stays, one line says what happened."""
    window = shown_window(qtbot, database, FakeClock(TUESDAY_MORNING))
    type_search(qtbot, window, "politie")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.record is not None)
    shown, detail = rows(window), window.detail.record

    def away(*_args: object, **_kwargs: object) -> list[tuple[object, ...]]:
        raise DatabaseUnavailable("De databankserver van x is niet bereikbaar.")

    monkeypatch.setattr(database, "read", away)
    qtbot.keyClicks(window.search, " zone")
    qtbot.wait(200)
    assert window.search.text() == "politie zone"
    assert rows(window) == shown and window.detail.record == detail
    assert "niet bereikbaar" in window.statusBar().currentMessage()
    window.model.fetchMore()  # a later step of the page: the same
    window.refresh()
    assert rows(window) == shown
    monkeypatch.undo()
    window.refresh()  # the database answers again: the search as typed
    qtbot.waitUntil(lambda: rows(window) != shown or not window.model.filling)


# --- the server away ---------------------------------------------------------------------------


@pytest.mark.slow
def test_the_server_stopped_and_started_under_an_open_window(
    qtbot: QtBot, own_server: Server, settings_dir: Path
) -> None:
    name = f"desk_{uuid.uuid4().hex[:8]}"
    own_server.admin(f'CREATE DATABASE "{name}"')
    url = own_server.url.format(name=name)
    database = open_directory(url)
    other = open_directory(url)
    window = _window(qtbot, database)
    try:
        type_search(qtbot, window, "crisis")
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.detail.record is not None)
        checklist = window.checklist
        flag = next(key for key in checklist.item_keys() if not checklist.is_critical(key))
        qtbot.mouseClick(window.checklist.box(flag), Qt.MouseButton.LeftButton)
        assert flag in window.checklist.ticked()
        shown, detail = rows(window), window.detail.record
        banner = window.connection_banner
        assert banner is not None and not banner.isVisible()
        window.search.setFocus()

        own_server.stop()
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert banner.text() == CONNECTION_LOST
        assert banner.toolTip().startswith("De verbinding met de gedeelde databank")
        assert window.focusWidget() is window.search  # the banner takes nothing from the typing
        assert not window.acute.isVisible()  # the red one is for acute danger only
        # Working on meanwhile: typing, ticking, choosing a row; nothing raises.
        qtbot.keyClicks(window.search, " jongeren")
        second = next(key for key in checklist.item_keys() if checklist.is_critical(key))
        window.checklist.set_ticked(second)
        assert window.acute.isVisible() and banner.isVisible()  # both, each its own
        window.table.selectRow(1)
        qtbot.wait(300)
        assert window.search.text() == "crisis jongeren"
        assert {flag, second} <= window.checklist.ticked()
        assert rows(window) == shown and window.detail.record == detail
        assert window.bridge is not None and window.bridge.offline

        own_server.start()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15_000)
        # Back: the search as typed now runs, the ticks and the text are as they were.
        qtbot.waitUntil(lambda: window.model.query.text == "crisis jongeren", timeout=2000)
        assert window.search.text() == "crisis jongeren"
        assert {flag, second} <= window.checklist.ticked()
        with qtbot.waitSignal(window.query_applied):
            window.search.clear()
        renamed = "Vertrouwenscentrum (na de herstart)"
        _rename(other, "vk", renamed)  # other's pool had dead connections: pre-ping
        qtbot.waitUntil(lambda: renamed in rows(window), timeout=2000)
    finally:
        started = time.monotonic()
        window.close()
        closing = time.monotonic() - started
        other.dispose()
    assert window.bridge is not None and not window.bridge.listening
    assert closing < 2.0, f"closing took {closing:.2f} s"
