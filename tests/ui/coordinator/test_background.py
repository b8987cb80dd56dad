"""The worklist, the duplicate check and a save run off the GUI thread; a long wait is
shown."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProxyStyle, QStyle
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory import check, editing
from ifg_desktop.directory.query import get_service
from ifg_desktop.ui.coordinator.editor import ServiceEditorDialog
from tests.ui.coordinator.support import TODAY, Installed


def _recorded(
    monkeypatch: pytest.MonkeyPatch, where: str, real: Callable[..., Any], *, pause: float = 0
) -> list[int]:
    """Replace ``where`` by ``real`` that notes the thread it runs on (and takes ``pause``)."""
    threads: list[int] = []

    def noted(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        time.sleep(pause)
        return real(*args, **kwargs)

    monkeypatch.setattr(where, noted)
    return threads


def test_the_worklist_is_read_off_the_gui_thread(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its first page and its count, then a page at a time as the view scrolls to the end;
    all off the GUI thread."""
    monkeypatch.setattr("ifg_desktop.ui.coordinator.worklist.EDIT_BUTTONS", 3)
    monkeypatch.setattr("ifg_desktop.ui.coordinator.worklist.PAGE_SIZE", 4)
    pages = _recorded(
        monkeypatch, "ifg_desktop.ui.coordinator.worklist.findings_page", check.findings_page
    )
    counts = _recorded(
        monkeypatch, "ifg_desktop.ui.coordinator.worklist.count_findings", check.count_findings
    )
    dialog = unlocked.controller.show_worklist()
    assert dialog is not None and dialog.isVisible()  # open before the list is read
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    expected = [f.key for f in check.check_directory(database, TODAY)]
    assert dialog.title.text() == f"{len(expected)} dienst(en) vragen aandacht"
    assert 0 < dialog.model.rowCount() < len(expected)  # not all read at once
    while dialog.model.next_page is not None:
        shown = dialog.model.rowCount()
        dialog.view.scrollToBottom()
        qtbot.waitUntil(
            lambda shown=shown: dialog.model.rowCount() > shown or dialog.model.next_page is None,
            timeout=5_000,
        )
    assert len(pages) > 2 and counts and threading.get_ident() not in pages + counts
    assert [dialog.model.finding(r).key for r in range(dialog.model.rowCount())] == expected
    assert len(dialog.edit_buttons) == 3  # further down, a click in the first column
    dialog.view.clicked.emit(dialog.model.index(5, 0))
    editor = unlocked.controller.editor
    assert editor is not None and editor.key_edit.text() == expected[5]


def test_a_slow_worklist_says_so_and_the_window_answers_meanwhile(
    unlocked: Installed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _recorded(
        monkeypatch,
        "ifg_desktop.ui.coordinator.worklist.findings_page",
        check.findings_page,
        pause=0.8,
    )
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    dialog = unlocked.controller.show_worklist()
    assert dialog is not None
    assert not dialog.busy_bar.isVisibleTo(dialog)  # not for the first 0.3 s
    qtbot.waitUntil(lambda: dialog.busy_bar.isVisibleTo(dialog), timeout=5_000)
    assert dialog.busy_label.isVisibleTo(dialog) and dialog.model.rowCount() == 0
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    timer.stop()
    assert not dialog.busy_bar.isVisibleTo(dialog) and dialog.model.rowCount() > 0
    assert len(ticks) >= 10  # the event loop ran while the list was read
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5


def test_a_worklist_the_database_refuses_is_said(
    unlocked: Installed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any) -> Any:
        raise DatabaseProblem("De databank is even niet bereikbaar.")

    monkeypatch.setattr("ifg_desktop.ui.coordinator.worklist.findings_page", refused)
    dialog = unlocked.controller.show_worklist()
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.message.text() == "De databank is even niet bereikbaar."


def test_the_duplicate_check_runs_off_the_gui_thread(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _recorded(
        monkeypatch,
        "ifg_desktop.ui.coordinator.editor.find_duplicates",
        editing.find_duplicates,
        pause=0.5,
    )
    editor = unlocked.controller.new_service()
    assert editor is not None
    editor.name_edit.setText("Politie")
    editor.name_edit.editingFinished.emit()
    with qtbot.waitSignal(editor.duplicates_checked, timeout=10_000):
        assert not editor.save()
        assert not editor.save_button.isEnabled()  # one check at a time
        qtbot.waitUntil(lambda: editor.duplicates_label.isVisible(), timeout=5_000)
        assert editor.duplicates_label.text() == "Nakijken of deze dienst al bestaat…"
    assert threads and threading.get_ident() not in threads
    assert "Politie (politie): zelfde naam" in editor.duplicates_label.text()
    assert editor.save_button.isEnabled() and editor.save_button.text() == "Toch opslaan"
    assert get_service(database, editor.key_edit.text()) is None


def test_a_refused_duplicate_check_is_said_and_nothing_saved(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any) -> Any:
        raise DatabaseProblem("De databank is even niet bereikbaar.")

    monkeypatch.setattr("ifg_desktop.ui.coordinator.editor.find_duplicates", refused)
    editor = unlocked.controller.new_service()
    assert editor is not None
    editor.name_edit.setText("Heel nieuwe dienst")
    editor.name_edit.editingFinished.emit()
    with qtbot.waitSignal(editor.duplicates_checked, timeout=10_000):
        assert not editor.save()
    assert editor.general_message.text() == "De databank is even niet bereikbaar."
    assert get_service(database, editor.key_edit.text()) is None


def _vk_with_new_email(unlocked: Installed) -> ServiceEditorDialog:
    """The editor of 'vk' with a new e-mail address typed: a change to save."""
    editor = unlocked.controller.edit_service("vk")
    assert editor is not None
    editor.email_edit.setText("info@vk.be")
    editor.email_edit.editingFinished.emit()
    return editor


def test_a_save_is_written_off_the_gui_thread_and_a_long_one_is_shown(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _recorded(
        monkeypatch,
        "ifg_desktop.ui.coordinator.editor.update_service",
        editing.update_service,
        pause=0.6,
    )
    editor = _vk_with_new_email(unlocked)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
        assert not editor.save_button.isEnabled() and not editor.cancel_button.isEnabled()
        assert not editor.tabs.isEnabled()  # what is written is what the form shows
        assert not editor.save()  # one save at a time
        editor.reject()  # Escape while it is written: a save on its way is not taken back
        assert editor.isVisible()
        qtbot.waitUntil(lambda: editor.saving_label.isVisible(), timeout=5_000)
        assert editor.saving_label.text() == "Bezig met opslaan…"
    assert threads and threading.get_ident() not in threads
    assert not editor.isVisible() and editor.saving_label.isHidden()
    record = get_service(database, "vk")
    assert record is not None and record.email == "info@vk.be"


def test_a_refused_save_is_said_and_the_dialog_keeps_what_was_typed(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseProblem("De databank is even niet bereikbaar.")

    monkeypatch.setattr("ifg_desktop.ui.coordinator.editor.update_service", refused)
    editor = _vk_with_new_email(unlocked)
    with qtbot.waitSignal(editor.save_ended, timeout=10_000) as ended:
        assert editor.save()
    assert ended.args == [False] and editor.isVisible()
    assert editor.save_button.isEnabled() and editor.cancel_button.isEnabled()
    assert editor.general_message.text() == "De databank is even niet bereikbaar."
    assert editor.email_edit.text() == "info@vk.be"
    record = get_service(database, "vk")
    assert record is not None and record.email != "info@vk.be"


def test_a_bug_in_a_save_is_said_and_the_dialog_goes_on(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not an answer that never comes (buttons grey for good, a modal dialog the window
    cannot get past): the bug is logged, said, and the coordinator can go on."""

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("a bug")

    monkeypatch.setattr("ifg_desktop.ui.coordinator.editor.update_service", broken)
    editor = _vk_with_new_email(unlocked)
    with qtbot.waitSignal(editor.save_ended, timeout=10_000) as ended:
        assert editor.save()
    assert ended.args == [False] and editor.isVisible()
    assert editor.general_message.text().startswith("Dat lukte niet door een fout")
    assert editor.save_button.isEnabled() and editor.tabs.isEnabled()
    assert editor.email_edit.text() == "info@vk.be"
    editor.reject()
    assert not editor.isVisible()


def test_locking_waits_for_a_save_on_its_way(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _recorded(
        monkeypatch,
        "ifg_desktop.ui.coordinator.editor.update_service",
        editing.update_service,
        pause=0.3,
    )
    editor = _vk_with_new_email(unlocked)
    assert editor.save()
    unlocked.controller.lock()  # not taken back: written, then the dialog closes
    assert not editor.isVisible() and unlocked.controller.editor is None
    record = get_service(database, "vk")
    assert record is not None and record.email == "info@vk.be"


def test_an_archive_is_written_off_the_gui_thread(
    unlocked: Installed, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _recorded(
        monkeypatch, "ifg_desktop.directory.editing.archive_service", editing.archive_service
    )
    controller = unlocked.controller
    unlocked.selected[0] = "tele-onthaal"
    box = controller.archive_selected()
    assert box is not None
    with qtbot.waitSignal(controller.written, timeout=10_000) as written:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert written.args == [True] and threads and threading.get_ident() not in threads
    assert unlocked.window.statusBar().currentMessage() == "'tele-onthaal' is gearchiveerd."
    record = get_service(database, "tele-onthaal")
    assert record is not None and record.archived_at is not None


class _SingleClickActivates(QProxyStyle):
    """As KDE's style: a single click on a row activates it."""

    def styleHint(self, hint: Any, *args: Any) -> int:
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, *args)


def test_a_click_past_the_buttons_opens_one_editor_and_each_row_names_its_service(
    unlocked: Installed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ifg_desktop.ui.coordinator.worklist.EDIT_BUTTONS", 1)
    opened: list[str] = []
    dialog = unlocked.controller.show_worklist()
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    monkeypatch.setattr(dialog, "_open_editor", opened.append)
    model = dialog.model
    assert model.rowCount() > 2
    first_column = model.index(2, 0)
    name = model.finding(2).name
    assert model.data(first_column) == "Bewerken"
    spoken = model.data(first_column, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"{name} bewerken"
    assert model.data(first_column, Qt.ItemDataRole.ToolTipRole) == spoken
    assert dialog.edit_buttons[0].toolTip() == f"{model.finding(0).name} bewerken"

    style = _SingleClickActivates()
    dialog.view.setStyle(style)
    dialog.view.scrollTo(first_column)
    where = dialog.view.visualRect(first_column).center()
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [model.finding(2).key]  # once, not twice
