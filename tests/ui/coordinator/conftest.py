"""A bare main window with coordinator mode installed, as the real window will have it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.auth import set_first_password
from ifg_desktop.ui.bridge import DataBridge
from ifg_desktop.ui.coordinator import install_coordinator
from tests.ui.coordinator.support import PASSWORD, TODAY, Installed


@pytest.fixture(autouse=True)
def _cheap_password_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real cost is tested in tests/directory/test_auth.py; here it only slows tests."""
    monkeypatch.setattr("ifg_desktop.directory.auth.SCRYPT_N", 2**10)


@pytest.fixture
def installed(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[Installed]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("lijst"))
    qtbot.addWidget(window)
    bridge = DataBridge(database, parent=window)
    selected: list[str | None] = [None]
    settings_file = tmp_path / "settings.ini"
    controller = install_coordinator(
        window,
        database,
        bridge,
        lambda: selected[0],
        today=lambda: TODAY,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
    )
    window.show()
    yield Installed(window, controller, bridge, settings_file, selected)
    bridge.stop()


@pytest.fixture
def unlocked(installed: Installed, database: Database, qtbot: QtBot) -> Installed:
    set_first_password(database, PASSWORD, by="test")
    dialog = installed.controller.unlock()
    qtbot.keyClicks(dialog.name_edit, "An")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.ok_button.click()
    assert installed.controller.coordinator == "An"
    return installed
