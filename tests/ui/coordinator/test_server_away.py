"""A coordinator's save while the shared server is away: one Dutch sentence, the dialog stays
with what was typed, nothing half written; with the server back the same save goes through."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.query import get_service
from ifg_desktop.directory.seed import open_directory
from tests.postgres_server import Server
from tests.ui.coordinator.support import Installed

pytestmark = pytest.mark.slow


@pytest.fixture
def database(own_server: Server) -> Iterator[Database]:
    """The coordinator fixtures' database, on the server of this test."""
    name = f"desk_{uuid.uuid4().hex[:8]}"
    own_server.admin(f'CREATE DATABASE "{name}"')
    opened = open_directory(own_server.url.format(name=name))
    yield opened
    opened.dispose()


def test_a_save_with_the_server_away_says_so_and_keeps_what_was_typed(
    unlocked: Installed, database: Database, own_server: Server, qtbot: QtBot
) -> None:
    editor = unlocked.controller.edit_service("vk")
    assert editor is not None and editor.isVisible()
    editor.email_edit.clear()
    qtbot.keyClicks(editor.email_edit, "nieuw@vertrouwenscentrum.be")
    editor.email_edit.editingFinished.emit()
    own_server.stop()
    try:
        with qtbot.waitSignal(editor.save_ended, timeout=60_000) as ended:
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert ended.args == [False] and editor.isVisible()
        said = editor.general_message.text()
        assert "niet bereikbaar" in said and "\n" not in said, said
        assert "Traceback" not in said
        assert editor.email_edit.text() == "nieuw@vertrouwenscentrum.be"
    finally:
        own_server.start()
    record = get_service(database, "vk")
    assert record is not None and record.email != "nieuw@vertrouwenscentrum.be"
    with qtbot.waitSignals([editor.save_ended, unlocked.bridge.changed], timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    record = get_service(database, "vk")
    assert record is not None and record.email == "nieuw@vertrouwenscentrum.be"
