"""Another instance's change reaches a looking window within two seconds, without a restart."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.editing import load_service, update_service
from ifg_desktop.directory.query import get_service
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.ui.bridge import POLL_INTERVAL_MS, DataBridge


@pytest.fixture(params=["sqlite", "postgresql"])
def shared(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where two instances meet: one SQLite file, or one PostgreSQL database."""
    if request.param == "sqlite":
        return str(db_path)
    database: Database = request.getfixturevalue("pg_database")
    return database.url.render_as_string(hide_password=False)


def test_change_in_another_instance_is_seen_within_two_seconds(qtbot: QtBot, shared: str) -> None:
    looking, editing = open_directory(shared), open_directory(shared)
    bridge = DataBridge(looking)
    try:
        if looking.dialect == "postgresql":  # told by the server's notices: nothing polled
            assert not bridge.polling and bridge.listening
            assert bridge.listener is not None and bridge.listener.wait_listening(5)
        else:
            assert bridge.polling and POLL_INTERVAL_MS <= 1000
        with qtbot.assertNotEmitted(bridge.changed, wait=POLL_INTERVAL_MS * 2):
            get_service(looking, "vk")  # reading is no change
        loaded = load_service(editing, "vk")
        assert loaded is not None
        started = time.monotonic()
        with qtbot.waitSignal(bridge.changed, timeout=2000):
            update_service(
                editing,
                replace(loaded.draft, email="vk@example.org"),
                expected_version=loaded.version,
                by="An",
            )
        assert time.monotonic() - started < 2.0
        record = get_service(looking, "vk")  # and the looking instance reads the new value
        assert record is not None and record.email == "vk@example.org"
    finally:
        bridge.stop()
        looking.dispose()
        editing.dispose()


def test_own_change_is_announced_once(qtbot: QtBot, db_path: Path) -> None:
    database = open_directory(str(db_path))
    bridge = DataBridge(database)
    try:
        loaded = load_service(database, "ocj")
        assert loaded is not None
        update_service(
            database,
            replace(loaded.draft, email="ocj@example.org"),
            expected_version=loaded.version,
            by="An",
        )
        emitted: list[None] = []
        bridge.changed.connect(lambda: emitted.append(None))
        bridge.notify_local_change()
        qtbot.wait(POLL_INTERVAL_MS * 3)
        assert len(emitted) == 1
    finally:
        bridge.stop()
        database.dispose()


class _Flaky:
    """A database whose change counter raises ``error`` (once set)."""

    display_name = "flaky.sqlite3"

    def __init__(self) -> None:
        self.error: BaseException | None = None
        self.version = 1

    def data_version(self) -> int:
        if self.error is not None:
            raise self.error
        return self.version


def test_a_lock_is_waited_out_but_a_bug_is_not_swallowed(qtbot: QtBot) -> None:
    import sqlite3

    from ifg_desktop.db import DatabaseLocked, DatabaseUnreadable
    from ifg_desktop.db.errors import DatabaseUnavailable

    flaky = _Flaky()
    bridge = DataBridge(flaky, parent=None)  # type: ignore[arg-type]
    try:
        for passing in (DatabaseLocked("bezet"), DatabaseUnavailable("server weg")):
            flaky.error = passing
            assert bridge.poll() is False
            assert bridge.polling
        flaky.error = None
        flaky.version = 2
        with qtbot.waitSignal(bridge.changed, timeout=100):
            assert bridge.poll() is True
        flaky.error = sqlite3.OperationalError("no such column: x")  # a bug of ours
        with pytest.raises(sqlite3.OperationalError):
            bridge.poll()
        assert not bridge.polling  # said once, not every half second
        flaky.error = DatabaseUnreadable("beschadigd")  # lasting: said in the window
        bridge.start()
        with qtbot.waitSignal(bridge.problem, timeout=100) as said:
            assert bridge.poll() is False
        assert said.args == ["beschadigd"] and not bridge.polling
        bridge.notify_local_change()  # after a save that committed: never raises
        flaky.error = None
        bridge.start()
    finally:
        bridge.stop()


def test_closing_the_window_stops_its_work_and_lets_the_database_go(
    qtbot: QtBot, db_path: Path, settings_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QThread, QTimer

    from ifg_desktop.ui.main_window import MainWindow

    database = open_directory(str(db_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.coordinator_ready, timeout=5000):
        window.attach(database)
    assert window.bridge is not None and window.files is not None
    assert database.read("SELECT count(*) FROM service")[0][0] > 0  # a reader is held
    window.files.export_to(tmp_path / "export.json")  # work on a thread of its own
    window.close()
    assert not window.bridge.polling
    assert not [timer for timer in window.findChildren(QTimer) if timer.isActive()]
    assert not [thread for thread in window.findChildren(QThread) if thread.isRunning()]
    assert not database._held and database._watcher is None  # every connection closed
    window.close()  # again: nothing happens, nothing raises
    database.dispose()


def test_closing_never_raises(
    qtbot: QtBot,
    database_for_close: Database,
    settings_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from ifg_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(database_for_close)

    def broken() -> None:
        raise RuntimeError("dispose failed")

    monkeypatch.setattr(database_for_close, "dispose", broken)
    window.close()  # logged, not raised
    assert window.bridge is not None and not window.bridge.polling
    assert "dispose failed" in caplog.text


@pytest.fixture
def database_for_close(db_path: Path) -> Iterator[Database]:
    opened = open_directory(str(db_path))
    yield opened
    Database.dispose(opened)
