"""Unlocking: a password set on first use, the name every change carries, one click to lock."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.auth import verify_password
from tests.ui.coordinator.support import PASSWORD, Installed


def _menu(installed: Installed) -> QMenu:
    menu = installed.window.menuBar().findChild(QMenu, "coordinatorMenu")
    assert menu is not None
    return menu


def test_opens_read_only_with_a_coordinator_menu(installed: Installed) -> None:
    controller = installed.controller
    menu = _menu(installed)
    assert menu.title() == "&Coördinator"
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == [
        "Ontgrendelen…", "Vergrendelen", "Nieuwe dienst…", "Geselecteerde dienst bewerken…",
        "Vandaag geverifieerd", "Archiveren…", "Geschiedenis…", "Werklijst…",
        "Gearchiveerde diensten…", "Zoektermen…", "Leidraad bewerken…",
        "Wachtwoord wijzigen…",
    ]  # fmt: skip
    assert not controller.unlocked
    assert controller.unlock_action.isVisible() and not controller.lock_action.isVisible()
    assert not controller.new_action.isEnabled() and not controller.edit_action.isEnabled()
    assert not controller.indicator.isVisible()
    assert controller.new_service() is None  # nothing opens while locked


def test_first_use_sets_the_password_and_unlocks(
    installed: Installed, database: Database, qtbot: QtBot
) -> None:
    dialog = installed.controller.unlock()
    assert dialog.first_use and dialog.repeat_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.name_edit, "An Peeters")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD + "x")
    dialog.ok_button.click()
    assert dialog.message.text() == "De twee wachtwoorden verschillen."
    assert not installed.controller.unlocked
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    with qtbot.waitSignal(installed.controller.mode_changed) as blocker:
        dialog.ok_button.click()
    assert blocker.args == [True]
    assert verify_password(database, PASSWORD)
    controller = installed.controller
    assert controller.coordinator == "An Peeters"
    assert controller.indicator.isVisible()
    assert controller.indicator_label.text() == "Coördinatormodus: An Peeters"
    assert controller.new_action.isEnabled() and controller.lock_action.isVisible()


def test_wrong_password_is_refused(unlocked: Installed, qtbot: QtBot) -> None:
    controller = unlocked.controller
    controller.lock()
    dialog = controller.unlock()
    assert not dialog.first_use and not dialog.repeat_edit.isVisibleTo(dialog)
    assert dialog.name_edit.text() == "An"  # the name is remembered, the password never
    qtbot.keyClicks(dialog.password_edit, "Fout-wachtwoord")
    dialog.ok_button.click()
    assert dialog.message.text() == "Het wachtwoord klopt niet."
    assert dialog.password_edit.text() == ""
    assert not controller.unlocked and dialog.isVisible()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.ok_button.click()
    assert dialog.message.text() == "Vul uw naam in: elke wijziging draagt ze."
    assert not controller.unlocked


def test_lock_is_one_click_and_closes_coordinator_dialogs(
    unlocked: Installed, qtbot: QtBot
) -> None:
    controller = unlocked.controller
    worklist = controller.show_worklist()
    assert worklist is not None and worklist.isVisible()
    with qtbot.waitSignal(controller.mode_changed) as blocker:
        controller.indicator_lock.click()
    assert blocker.args == [False]
    assert not controller.unlocked and not controller.indicator.isVisible()
    assert not worklist.isVisible()
    assert not controller.edit_action.isEnabled()
    assert unlocked.window.statusBar().currentMessage().startswith("Vergrendeld")


def test_nothing_in_plain_text_in_settings(unlocked: Installed) -> None:
    content = unlocked.settings_file.read_bytes()
    assert b"An" in content  # the name, for next time
    assert PASSWORD.encode() not in content


def test_change_password(unlocked: Installed, database: Database, qtbot: QtBot) -> None:
    dialog = unlocked.controller.change_password()
    assert dialog is not None
    qtbot.keyClicks(dialog.old_edit, "niet-het-goede")
    qtbot.keyClicks(dialog.new_edit, "Nieuw-wachtwoord-7")
    qtbot.keyClicks(dialog.repeat_edit, "Nieuw-wachtwoord-7")
    dialog.ok_button.click()
    assert dialog.message.text() == "Het huidige wachtwoord klopt niet."
    qtbot.keyClicks(dialog.old_edit, PASSWORD)
    qtbot.keyClicks(dialog.new_edit, "Nieuw-wachtwoord-7")
    qtbot.keyClicks(dialog.repeat_edit, "Nieuw-wachtwoord-7")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert verify_password(database, "Nieuw-wachtwoord-7")
    assert not verify_password(database, PASSWORD)


def test_every_control_has_a_name(unlocked: Installed) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableView,
    )

    controller = unlocked.controller
    unlocked.selected[0] = "1712"
    dialogs = [
        controller.edit_service("1712"),
        controller.show_history(),
        controller.show_worklist(),
        controller.show_archive(),
        controller.change_password(),
    ]
    kinds = (
        QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit,
        QTableView,
    )  # fmt: skip
    for dialog in dialogs:
        assert dialog is not None
        controls = [c for kind in kinds for c in dialog.findChildren(kind)]
        assert len(controls) >= 3
        for control in controls:
            inside = control.parent()
            while inside is not None and inside is not dialog:
                if inside.objectName().startswith("qt_") or isinstance(
                    inside, (QAbstractSpinBox, QComboBox)
                ):
                    break  # Qt's own insides: a spin box's line edit, a table's corner button
                inside = inside.parent()
            if inside is not dialog or control.objectName().startswith("qt_"):
                continue
            assert control.objectName(), (dialog.objectName(), control)
            assert control.accessibleName(), (dialog.objectName(), control.objectName())
