"""What the first keystroke of a session needs is read beside the first page (ui/warm_up.py),
and makes way for the typing."""

from __future__ import annotations

import time
from collections.abc import Iterator
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


def test_the_menus_come_in_slices_and_make_way_for_a_search(qtbot: QtBot) -> None:
    """One part per turn of the event loop; a search started meanwhile postpones the rest
    (a key typed as the pause ends waits for one part, not for all of them)."""
    done: list[int] = []
    typing = {"now": False}

    def parts() -> Iterator[None]:
        for part in range(4):
            done.append(part)
            typing["now"] = part == 1  # a key typed while the second part ran
            yield

    warm_up.install_in_slices(parts(), lambda: not typing["now"], lambda: False)
    assert done == [0]  # the first part at once, the rest on later turns
    qtbot.waitUntil(lambda: done == [0, 1], timeout=1000)
    qtbot.wait(3 * warm_up.MENUS_RETRY_MS)  # the rest waits for the typing to pause
    assert done == [0, 1]
    typing["now"] = False
    qtbot.waitUntil(lambda: done == [0, 1, 2, 3], timeout=2000)


def test_a_failed_step_is_said_once_at_info_without_its_message(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    worker = warm_up.WarmUp(database, lambda: 0.0)
    with caplog.at_level("DEBUG", logger="ifg_desktop.ui.warm_up"):
        worker.failed("a search", RuntimeError("hulp gezin"))
        worker.failed("phone numbers", RuntimeError("hulp gezin"))
    infos = [r for r in caplog.records if r.levelname == "INFO"]
    assert len(infos) == 1
    assert "RuntimeError" in infos[0].getMessage()
    assert all("hulp gezin" not in r.getMessage() for r in caplog.records)


def test_a_warm_up_that_outlives_the_database_opens_no_connection(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    worker = warm_up.WarmUp(database, lambda: 0.0)
    database.close()
    with caplog.at_level("INFO", logger="ifg_desktop.ui.warm_up"):
        worker.run()  # on this thread: every read refused, quietly
    assert database._held == []
    assert not [r for r in caplog.records if r.levelname == "INFO"]


def test_the_file_menu_answers_alt_b_after_the_first_page_and_a_pause(
    qtbot: QtBot, database: Database, settings_dir: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.coordinator_ready, timeout=15_000):
        window.attach(database)
    assert window.files is not None and window.coordinator is not None
    window.activateWindow()
    qtbot.waitActive(window)
    menu = window.menuBar().findChild(QMenu, "menuBestand")
    assert menu is not None
    assert window.files.import_action in menu.actions()
    shown: list[None] = []
    menu.aboutToShow.connect(lambda: shown.append(None))
    # Alt+B belongs to "Bestand" alone (Be&reikbaar, Beel&d): one press opens it.
    qtbot.keyClick(window.search, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    menu.close()
    window.close()
