"""A window on a front-desk login opens read-only: no coordinator mode, and it says why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ifg_desktop.cli import main
from ifg_desktop.db import Database
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.ui.main_window import MainWindow
from tests.db.roles_support import Roles, roles_for

REASON = (
    "Coördinatormodus niet beschikbaar: deze aanmelding bij de gedeelde databank mag alleen "
    "lezen. Vraag de beheerder om een coördinatoraanmelding."
)


@pytest.fixture
def roles(pg_database: Database) -> Iterator[Roles]:
    with roles_for(pg_database.url) as made:
        assert main(["--db", made.login_url("ifg"), *made.admin_arguments()]) == 0
        yield made


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.coordinator_ready, timeout=10_000):
        window.attach(database)
    return window


def test_a_front_desk_login_gets_no_coordinator_mode_and_is_told_why(
    qtbot: QtBot, roles: Roles, settings_dir: Path
) -> None:
    database = open_directory(roles.balie_url)
    window = _window(qtbot, database)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() > 0)  # searching works
        controller = window.coordinator
        assert controller is not None and window.files is not None
        assert controller.read_only_reason == REASON
        unlock = controller.unlock_action
        assert unlock.isVisible() and not unlock.isEnabled()
        assert unlock.text() == "Coördinatormodus niet beschikbaar"
        assert unlock.toolTip() == REASON and controller.menu.toolTipsVisible()
        assert controller.read_only_label.isVisible()
        assert controller.read_only_label.toolTip() == REASON
        assert window.statusBar().currentMessage() == REASON
        assert controller.unlock() is None and not controller.unlocked  # nothing opens
        for action in (window.files.import_action, window.files.restore_action):
            assert not action.isEnabled() and action.toolTip() == REASON
        assert window.files.export_action.isEnabled()  # exporting only reads
    finally:
        window.shutdown()
        database.dispose()


def test_a_coordinator_login_gets_coordinator_mode(
    qtbot: QtBot, roles: Roles, settings_dir: Path
) -> None:
    database = open_directory(roles.coordinator_url)
    window = _window(qtbot, database)
    try:
        controller = window.coordinator
        assert controller is not None
        assert controller.read_only_reason is None
        assert controller.unlock_action.isEnabled()
        assert controller.unlock_action.text() == "Ontgrendelen…"
        assert not controller.read_only_label.isVisible()
    finally:
        window.shutdown()
        database.dispose()


def test_read_only_media_take_the_same_path(
    qtbot: QtBot, database: Database, settings_dir: Path
) -> None:
    read_only = Database(database.target, access="ro")
    window = _window(qtbot, read_only)
    try:
        controller = window.coordinator
        assert controller is not None
        assert controller.read_only_reason is not None
        assert "alleen-lezen" in controller.read_only_reason
        assert not controller.unlock_action.isEnabled()
    finally:
        window.shutdown()
        read_only.dispose()
