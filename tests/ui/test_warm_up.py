"""What the first keystroke of a session needs is read beside the first page (ui/warm_up.py),
and makes way for the typing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory import search_plan
from ifg_desktop.ui import warm_up
from ifg_desktop.ui.main_window import MainWindow


def test_the_words_read_in_parts_are_the_words_read_at_once(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = search_plan._read_directory_words(database)
    monkeypatch.setattr(search_plan, "WORDS_PART", 7)  # many parts of the seed's words
    parts: list[None] = []
    assert search_plan._read_directory_words(database, lambda: parts.append(None)) == whole
    assert len(parts) > len(whole) // 7
    search_plan.warm_words(database, lambda: None)
    loaded = search_plan._loaded_words(database)
    assert loaded is not None
    assert loaded.by_length == search_plan.DirectoryWords(whole).by_length


def test_the_warm_up_waits_while_searches_start(database: Database) -> None:
    """Its steps after the vocabulary run only after a pause in the typing."""
    typing = {"last": time.monotonic() + 60}  # a search "in a minute": always typing
    worker = warm_up.WarmUp(database, lambda: typing["last"])
    worker.start()
    time.sleep(0.5)
    assert worker.is_alive()
    assert search_plan._loaded_words(database) is None
    typing["last"] = 0.0  # the typing paused
    worker.join(30)
    assert not worker.is_alive()
    assert search_plan._loaded_words(database) is not None


def test_the_menus_wait_for_a_pause_in_the_typing(database: Database) -> None:
    worker = warm_up.WarmUp(database, lambda: 0.0)
    assert warm_up.menus_may_install(None, time.monotonic())  # no warm-up: at once
    assert not warm_up.menus_may_install(worker, time.monotonic())  # typing
    assert warm_up.menus_may_install(worker, 0.0)
    worker.menus_asked_at = time.monotonic() - warm_up.MENUS_AT_THE_LATEST_S - 1
    assert warm_up.menus_may_install(worker, time.monotonic())  # at the latest


def test_the_window_warms_up_and_installs_its_menus(
    qtbot: QtBot, database: Database, settings_dir: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.coordinator_ready, timeout=15_000):
        window.attach(database)
    assert window._warm_thread is not None
    window._warm_thread.join(30)
    assert search_plan._loaded_words(database) is not None
    window.close()
