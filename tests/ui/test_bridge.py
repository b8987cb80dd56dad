"""Another instance's change reaches a looking window within two seconds, without a restart."""

from __future__ import annotations

import time
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
