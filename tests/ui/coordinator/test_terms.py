"""The search vocabulary in the window: a coordinator filters, adds, edits and removes terms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory import audit
from ifg_desktop.directory.vocabulary import TermRecord, read_terms, save_term, vocabulary_of
from ifg_desktop.ui.coordinator.terms import TermEditorDialog, TermsDialog, split_finds
from tests.ui.coordinator.support import Installed


def _terms(database: Database) -> dict[str, TermRecord]:
    return {record.term: record for record in read_terms(database)}


def _open(unlocked: Installed, qtbot: QtBot) -> TermsDialog:
    unlocked.controller.terms_action.trigger()  # Coördinator › Zoektermen…
    dialog = unlocked.controller.terms_dialog
    assert dialog is not None and dialog.isVisible()
    _activate(qtbot, dialog)
    return dialog


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Offscreen, a new window is not made active by itself, as a desktop would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _shown(dialog: TermsDialog) -> list[str]:
    proxy = dialog.proxy
    return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


def _tick_with_the_keyboard(qtbot: QtBot, editor: TermEditorDialog, key: str) -> None:
    flags = editor.flags_list
    flags.setFocus()
    for _ in range(flags.count()):
        if flags.currentItem().data(Qt.ItemDataRole.UserRole) == key:
            qtbot.keyClick(flags, Qt.Key.Key_Space)
            return
        qtbot.keyClick(flags, Qt.Key.Key_Down)
    raise AssertionError(key)


def test_the_menu_action_needs_coordinator_mode(installed: Installed, unlocked: Installed) -> None:
    assert unlocked.controller.terms_action.isEnabled()
    assert unlocked.controller.terms_action.text() == "Zoektermen…"
    unlocked.controller.lock()
    assert not installed.controller.terms_action.isEnabled()
    assert installed.controller.show_terms() is None


def test_list_and_filter(
    unlocked: Installed, database: Database, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    save_term(database, TermRecord("proefwoord", ("partnergeweld",), ("wurging",)), by="An")
    total = len(read_terms(database))
    dialog = _open(unlocked, qtbot)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == total
    assert dialog.count_label.text() == f"{total} zoektermen"
    assert dialog.filter_edit.hasFocus()
    qtbot.keyClicks(dialog.filter_edit, "PROEFWOÖRD")  # case and accents do not matter
    assert _shown(dialog) == ["proefwoord"]
    assert dialog.count_label.text() == f"1 van {total} zoektermen"
    row = [dialog.proxy.index(0, column).data() for column in range(3)]
    assert row == ["proefwoord", "partnergeweld", "wurging"]
    assert "Wurging" in str(dialog.proxy.index(0, 2).data(Qt.ItemDataRole.ToolTipRole))
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "wurging")  # what a term finds or names counts too
    assert "proefwoord" in _shown(dialog) and "wurgen" in _shown(dialog)
    assert not dialog.edit_button.isEnabled()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)  # Enter: to the first result
    assert dialog.view.hasFocus() and dialog.selected_term() == _shown(dialog)[0]
    assert dialog.edit_button.isEnabled() and dialog.remove_button.isEnabled()


def test_a_new_term_typed_and_ticked_with_the_keyboard(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    dialog = _open(unlocked, qtbot)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Nieuw…
    qtbot.waitUntil(lambda: dialog.editor is not None, timeout=2000)  # a mnemonic animates
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    _activate(qtbot, editor)
    assert editor.windowTitle() == "Nieuwe zoekterm" and editor.term_edit.hasFocus()
    qtbot.keyClicks(editor.term_edit, "Klappen  Thuis")
    qtbot.keyClick(editor.term_edit, Qt.Key.Key_Tab)
    assert editor.finds_edit.hasFocus()
    qtbot.keyClicks(editor.finds_edit, "Partnergeweld, intrafamiliaal geweld")
    qtbot.keyClick(editor.finds_edit, Qt.Key.Key_Tab)  # Tab leaves the field
    assert editor.flags_list.hasFocus()
    _tick_with_the_keyboard(qtbot, editor, "recent-geweld")
    assert editor.checked_flags() == ["recent-geweld"]
    with qtbot.waitSignal(unlocked.bridge.changed, timeout=1000):
        qtbot.keyClick(editor.flags_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert _terms(database)["klappen thuis"] == TermRecord(
        "klappen thuis", ("partnergeweld", "intrafamiliaal geweld"), ("recent-geweld",)
    )
    assert vocabulary_of(database).lookup(["klappen", "thuis"]) is not None  # search knows it
    assert dialog.selected_term() == "klappen thuis"  # shown, selected, in the list
    [entry] = [e for e in audit.trail(database, "klappen thuis")]
    assert (entry.updated_by, entry.action_label, entry.field_label) == (
        "An",
        "aangemaakt",
        "Zoekterm",
    )
    assert entry.replacement_text == (
        "vindt: partnergeweld, intrafamiliaal geweld; signalen: recent-geweld"
    )


def test_problems_are_shown_on_the_form_and_nothing_is_saved(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    before = _terms(database)
    dialog = _open(unlocked, qtbot)
    editor = dialog.new_term()
    qtbot.keyClicks(editor.term_edit, "proefterm")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.message.isVisible()
    assert editor.message.text() == (
        "Vul minstens één woord van de wegwijzer in dat de term vindt."
    )
    editor.term_edit.clear()
    qtbot.keyClicks(editor.term_edit, "Wurgen")  # in the shipped vocabulary already
    qtbot.keyClicks(editor.finds_edit, "wurging")
    editor.save_button.click()
    assert "De zoekterm 'wurgen' bestaat al" in editor.message.text()
    editor.term_edit.clear()
    editor.save_button.click()
    assert editor.message.text() == "Vul een woord of uitdrukking in."
    editor.cancel_button.click()
    assert _terms(database) == before


def test_edit_a_term(unlocked: Installed, database: Database, qtbot: QtBot) -> None:
    save_term(database, TermRecord("proefwoord", ("partnergeweld",), ("wurging",)), by="Bert")
    dialog = _open(unlocked, qtbot)
    qtbot.keyClicks(dialog.filter_edit, "proefwoord")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter on a term: edit it
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    assert editor.term_edit.text() == "proefwoord"
    assert editor.finds_edit.toPlainText() == "partnergeweld"
    assert editor.checked_flags() == ["wurging"]
    editor.finds_edit.setPlainText("partnergeweld\nopvang; crisisopvang")
    editor.set_flag("wurging", False)
    editor.set_flag("wapens")
    with qtbot.waitSignal(unlocked.bridge.changed, timeout=1000):
        editor.save_button.click()
    assert _terms(database)["proefwoord"] == TermRecord(
        "proefwoord", ("partnergeweld", "opvang", "crisisopvang"), ("wapens",)
    )
    assert dialog.selected_term() == "proefwoord"
    changed = audit.trail(database, "proefwoord")[-1]
    assert (changed.updated_by, changed.action_label) == ("An", "gewijzigd")
    assert changed.previous_text == "vindt: partnergeweld; signalen: wurging"


def test_remove_a_term_after_confirming(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    save_term(database, TermRecord("proefwoord", ("partnergeweld",)), by="Bert")
    dialog = _open(unlocked, qtbot)
    qtbot.keyClicks(dialog.filter_edit, "proefwoord")
    dialog.view.selectRow(0)
    box = dialog.remove_selected()
    assert box is not None and "'proefwoord'" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert "proefwoord" in _terms(database)
    dialog.remove_button.click()
    box = dialog.confirm_box
    assert box is not None
    with qtbot.waitSignal(unlocked.bridge.changed, timeout=1000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "proefwoord" not in _terms(database)
    assert audit.trail(database, "proefwoord")[-1].action_label == "verwijderd"
    assert _shown(dialog) == []


def test_locking_closes_the_dialog_and_its_editor(unlocked: Installed, qtbot: QtBot) -> None:
    dialog = _open(unlocked, qtbot)
    editor = dialog.new_term()
    unlocked.controller.lock()
    assert not dialog.isVisible() and not editor.isVisible()
    assert unlocked.controller.terms_dialog is None


def test_another_window_s_change_shows(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    dialog = _open(unlocked, qtbot)
    qtbot.keyClicks(dialog.filter_edit, "proefwoord")
    assert _shown(dialog) == []
    save_term(database, TermRecord("proefwoord", ("opvang",)), by="Bert")  # elsewhere
    with qtbot.waitSignal(unlocked.bridge.changed, timeout=3000):
        pass
    assert _shown(dialog) == ["proefwoord"]


def test_every_control_has_names(unlocked: Installed, qtbot: QtBot) -> None:
    dialog = _open(unlocked, qtbot)
    editor = dialog.new_term()
    for owner in (dialog, editor):
        controls = [
            w
            for w in owner.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit | QAbstractItemView)
            and w.window() is owner
            and w.parent() is not None
            and not w.objectName().startswith("qt_")
        ]
        assert controls
        for widget in controls:
            if widget.objectName() == "" and isinstance(
                widget.parent(), QAbstractItemView | QLineEdit
            ):
                continue  # Qt's own: a table's corner button, a line edit's clear button
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_split_finds() -> None:
    assert split_finds("a, b;c\n\n d e ,") == ["a", "b", "c", "d e"]
