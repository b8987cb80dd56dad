"""History, worklist and archive: read from the window, acted on in one click."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.audit import history
from ifg_desktop.directory.editing import load_service, update_service, verify_today
from ifg_desktop.directory.query import ServiceQuery, find_services, get_service
from tests.ui.coordinator.support import TODAY, Installed


def _edit_email(database: Database, key: str, email: str, by: str) -> None:
    loaded = load_service(database, key)
    assert loaded is not None
    update_service(
        database, replace(loaded.draft, email=email), expected_version=loaded.version, by=by
    )


def test_history_model_and_restore_from_it(
    unlocked: Installed, database: Database, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    _edit_email(database, "vk", "een@example.org", "Bert")
    _edit_email(database, "vk", "twee@example.org", "Chris")
    unlocked.selected[0] = "vk"
    dialog = unlocked.controller.show_history()
    assert dialog is not None
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.data(model.index(0, c)) for c in range(1, 6)] == [
        "Chris", "gewijzigd", "e-mail", "een@example.org", "twee@example.org",
    ]  # fmt: skip
    assert dialog.title.text() == "Vertrouwenscentrum Kindermishandeling: 2 wijziging(en)"
    assert not dialog.restore_previous.isEnabled()  # nothing selected
    dialog.select_row(1)  # Bert's change: put back what was there before it
    assert dialog.restore_previous.isEnabled()
    with qtbot.waitSignals([dialog.restore_ended, unlocked.bridge.changed], timeout=10_000):
        dialog.restore_previous.click()
    record = get_service(database, "vk")
    assert record is not None and record.email is None
    assert model.rowCount() == 3  # the restore is itself in the history
    assert [model.data(model.index(0, c)) for c in range(1, 6)] == [
        "An", "eerdere waarde teruggezet", "e-mail", "twee@example.org", "(leeg)",
    ]  # fmt: skip
    qtmodeltester.check(model)


def test_history_refuses_a_stale_restore_and_refreshes(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    _edit_email(database, "ocj", "een@example.org", "Bert")
    unlocked.selected[0] = "ocj"
    dialog = unlocked.controller.show_history()
    assert dialog is not None
    dialog.select_row(0)
    _edit_email(database, "ocj", "later@example.org", "Chris")  # meanwhile, elsewhere
    with qtbot.waitSignal(dialog.restore_ended, timeout=10_000) as ended:
        assert dialog.restore("previous")  # written off the GUI thread, then refused
    assert ended.args == [False]
    assert dialog.message.text() == (
        "De dienst werd intussen gewijzigd; de geschiedenis is vernieuwd."
    )
    assert dialog.model.rowCount() == 2
    record = get_service(database, "ocj")
    assert record is not None and record.email == "later@example.org"


def test_worklist_model_order_and_one_click_to_the_editor(
    unlocked: Installed, database: Database, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    verify_today(database, "politie", by="An", today=TODAY.replace(year=TODAY.year - 2))
    dialog = unlocked.controller.show_worklist()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() > 0)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    names = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    assert dialog.title.text() == f"{model.rowCount()} dienst(en) vragen aandacht"
    never = [model.finding(r).never_verified for r in range(model.rowCount())]
    assert never[-1] is False and all(never[:-1])  # never verified first, then politie
    assert names[-1] == "Politie"
    assert model.data(model.index(model.rowCount() - 1, 2)) == "365 dagen"
    assert len(dialog.edit_buttons) == model.rowCount()
    dialog.edit_buttons[-1].click()  # one click
    editor = unlocked.controller.editor
    assert editor is not None and editor.isVisible()
    assert editor.key_edit.text() == "politie"


def test_worklist_follows_changes(unlocked: Installed, database: Database, qtbot: QtBot) -> None:
    dialog = unlocked.controller.show_worklist()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() > 0)
    before = dialog.model.rowCount()
    unlocked.selected[0] = "politie"
    verify_today(database, "1712", by="An", today=TODAY)
    with qtbot.waitSignal(unlocked.controller.written, timeout=10_000):
        assert unlocked.controller.verify_selected()  # written off the GUI thread

    def keys() -> list[str]:
        return [dialog.model.finding(r).key for r in range(dialog.model.rowCount())]

    # The change is announced: the list is read again (maybe twice: the other write is
    # noticed on its own), without either service.
    qtbot.waitUntil(lambda: not dialog.loading and "politie" not in keys(), timeout=10_000)
    assert "1712" not in keys()
    assert dialog.model.rowCount() == before - 2


def test_verified_today_is_one_action(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    controller = unlocked.controller
    assert not controller.verify_selected()  # nothing selected
    assert unlocked.window.statusBar().currentMessage() == "Kies eerst een dienst in de lijst."
    unlocked.selected[0] = "1712"
    with qtbot.waitSignal(controller.written, timeout=10_000) as written:
        controller.verify_action.trigger()  # written off the GUI thread
    assert written.args == [True]
    record = get_service(database, "1712")
    assert record is not None and (record.assured_date, record.assurer) == (TODAY, "An")
    assert unlocked.window.statusBar().currentMessage() == (
        "'1712' is vandaag geverifieerd door An."
    )


def test_archive_with_confirmation_and_restore_from_the_archive(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    controller = unlocked.controller
    unlocked.selected[0] = "tele-onthaal"
    box = controller.archive_selected()
    assert box is not None and box.isVisible()
    assert "'Tele-Onthaal' archiveren?" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert get_service(database, "tele-onthaal") is not None
    assert "tele-onthaal" in {r.key for r in find_services(database, ServiceQuery())}
    box = controller.archive_selected()
    assert box is not None
    with qtbot.waitSignals([controller.written, unlocked.bridge.changed], timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "tele-onthaal" not in {r.key for r in find_services(database, ServiceQuery())}

    archive = controller.show_archive()
    assert archive is not None and archive.list.count() == 1
    assert archive.list.item(0).text().startswith("Tele-Onthaal (tele-onthaal) — gearchiveerd op")
    archive.list.setCurrentRow(0)
    with qtbot.waitSignals([archive.restore_ended, unlocked.bridge.changed], timeout=10_000):
        archive.restore_button.click()
    assert archive.list.count() == 0
    assert "tele-onthaal" in {r.key for r in find_services(database, ServiceQuery())}
    assert [e.last_action_type for e in history(database, "tele-onthaal")] == [
        "restore",
        "archive",
    ]


def test_editing_a_key_that_is_gone_says_so(unlocked: Installed) -> None:
    assert unlocked.controller.edit_service("bestaat-niet") is None
    box = unlocked.controller.message_box
    assert box is not None and box.text() == "Er is geen dienst met sleutel 'bestaat-niet' (meer)."
