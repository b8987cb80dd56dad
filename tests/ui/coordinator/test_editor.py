"""The service editor, driven as a coordinator would: type, leave the field, save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory import fields
from ifg_desktop.directory.audit import history
from ifg_desktop.directory.editing import load_service, update_service
from ifg_desktop.directory.query import ServiceQuery, find_services, get_service
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.ui.coordinator.editor import TAB_CONTACT, TAB_HOURS, ServiceEditorDialog
from tests.ui.coordinator.support import TODAY, Installed, saved_through


def _editor(unlocked: Installed, key: str | None) -> ServiceEditorDialog:
    controller = unlocked.controller
    editor = controller.new_service() if key is None else controller.edit_service(key)
    assert editor is not None and editor.isVisible()
    return editor


def _retype(qtbot: QtBot, edit: object, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()  # type: ignore[attr-defined]  # leaving the field


def test_opening_and_saving_changes_nothing_for_every_service(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    """The editor shows every field as it is: saving untouched writes and records nothing."""
    for record in find_services(database, ServiceQuery(include_not_referable=True)):
        editor = _editor(unlocked, record.key)
        draft, problems = editor.collect()
        assert problems == {}, record.key
        loaded = load_service(database, record.key)
        assert loaded is not None
        assert fields.changed_fields(loaded.draft, draft) == [], record.key
        assert saved_through(qtbot, editor)
    assert history(database, "1712") == []


def test_edit_through_the_dialog_is_saved_recorded_and_announced(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, "bjb-antwerpen")
    _retype(qtbot, editor.email_edit, "onthaal@balieantwerpen.be")
    phone = editor.phones.add_row()
    _retype(qtbot, phone.number, "0800 30 030")
    assert phone.number.text() == "0800 30 030" and phone.message.isHidden()
    qtbot.keyClicks(phone.label, "Gratis lijn")
    editor.verified_today.setChecked(True)
    with qtbot.waitSignals([editor.save_ended, unlocked.bridge.changed], timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    record = get_service(database, "bjb-antwerpen")
    assert record is not None
    assert record.email == "onthaal@balieantwerpen.be"
    assert [p.number for p in record.phones] == ["+3232607280", "+3280030030"]
    assert record.assured_date == TODAY and record.assurer == "An"
    changed = {e.field_name for e in history(database, "bjb-antwerpen")}
    assert changed == {"email", "phones", "assured_date", "assurer"}
    assert {e.updated_by for e in history(database, "bjb-antwerpen")} == {"An"}
    assert unlocked.window.statusBar().currentMessage() == "Opgeslagen: bjb-antwerpen."


def test_languages_are_ticked_saved_and_recorded(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, "1712")
    languages = editor.language_list
    assert languages.accessibleName()
    ticked = {"nl", "vgt"}
    for row in range(languages.count()):
        item = languages.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ticked:
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignals([editor.save_ended, unlocked.bridge.changed], timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    record = get_service(database, "1712")
    assert record is not None and record.languages == ("nl", "vgt")
    (entry,) = [e for e in history(database, "1712") if e.field_name == "languages"]
    assert entry.replacement_text == "Nederlands, Vlaamse Gebarentaal"
    assert _editor(unlocked, "1712").collect()[0].languages == frozenset(ticked)


def test_a_language_this_version_does_not_list_is_kept(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    # "yue" stored by a newer version on a shared database: a save here must not drop it.
    loaded = load_service(database, "1712")
    assert loaded is not None
    update_service(
        database,
        replace(loaded.draft, languages=frozenset({"nl", "yue"})),
        expected_version=loaded.version,
        by="newer version",
    )
    editor = _editor(unlocked, "1712")
    languages = editor.language_list
    unlisted = [
        languages.item(row)
        for row in range(languages.count())
        if languages.item(row).data(Qt.ItemDataRole.UserRole) == "yue"
    ]
    assert [item.text() for item in unlisted] == ["yue (taal die deze versie niet kent)"]
    assert unlisted[0].checkState() == Qt.CheckState.Checked
    editor.email_edit.setText("info@1712.be")  # another change, then save
    with qtbot.waitSignals([editor.save_ended, unlocked.bridge.changed], timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    record = get_service(database, "1712")
    assert record is not None and set(record.languages) == {"nl", "yue"}
    # The next service opened in a new editor does not inherit the line.
    other = _editor(unlocked, "vk")
    assert other.language_list.count() == languages.count() - 1


def test_the_language_list_puts_belgiums_own_first_then_by_name(unlocked: Installed) -> None:
    languages = _editor(unlocked, "1712").language_list
    codes = [languages.item(row).data(Qt.ItemDataRole.UserRole) for row in range(5)]
    assert codes == ["nl", "fr", "de", "vgt", "sfb"]
    names = [languages.item(row).text() for row in range(5, languages.count())]
    assert names[:3] == ["Albanees", "Amhaars", "Arabisch"] and "Engels" in names[5:]


def test_validation_messages_on_the_field_and_nothing_saved(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    before = load_service(database, "vk")
    editor = _editor(unlocked, "vk")
    phone = editor.phones.add_row()
    _retype(qtbot, phone.number, "03 260 72")
    assert not phone.message.isHidden()
    assert "geen geldig nummer" in phone.message.text()
    _retype(qtbot, editor.email_edit, "vk@vertrouwenscentrum")
    assert editor.messages["email"].text() == (
        "'vk@vertrouwenscentrum' is geen e-mailadres (zoals info@voorbeeld.be)."
    )
    _retype(qtbot, editor.url_edit, "www.vk.be")
    assert editor.url_edit.text() == "https://www.vk.be"
    # One name for the field (url) in the code; people read "Website".
    assert editor.url_edit.objectName() == "urlEdit"
    assert editor.url_edit.accessibleName() == "Website"
    assert editor.messages["url"].isHidden()
    _retype(qtbot, editor.name_edit, "")
    assert editor.messages["name"].text() == "Een dienst heeft een naam."
    assert not editor.save()
    assert editor.isVisible()
    assert editor.tabs.currentIndex() == 0  # the first problem's tab: the name
    assert editor.messages["phones"].text().startswith("Nummer 1: ")
    after = load_service(database, "vk")
    assert after == before  # not a field written


def test_ages_in_years_months_or_from_pregnancy(unlocked: Installed, qtbot: QtBot) -> None:
    editor = _editor(unlocked, "kind-en-gezin")
    editor.pregnancy_button.click()
    assert editor.minimum_age.value() == -9
    assert editor.age_preview.text().startswith("zwangerschap")
    maximum = editor.maximum_age
    maximum.mode.setCurrentIndex(maximum.mode.findData(maximum.THROUGH_YEARS))
    maximum.years.setValue(2)
    assert maximum.value() == 35
    assert editor.age_preview.text() == "zwangerschap – t.e.m. 2 jaar"
    minimum = editor.minimum_age
    minimum.mode.setCurrentIndex(minimum.mode.findData(minimum.AGE))
    minimum.years.setValue(3)
    minimum.months.setValue(6)
    assert minimum.value() == 42
    assert editor.messages["ages"].text().startswith("De minimumleeftijd (vanaf 3 jaar 6 m)")
    assert not editor.save()
    editor.ages_unknown.setChecked(True)
    assert editor.messages["ages"].isHidden()
    assert editor.age_preview.text() == "leeftijd onbekend"


def test_hours_editor_past_midnight_overlap_holidays_and_dates(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, "veilig-huis")
    hours = editor.hours_editor
    hours.known.setChecked(True)
    night = hours.windows.add_row()
    for day in range(5):
        night.days[day].setChecked(True)
    night.opens.setTime(QTime(20, 0))
    night.closes.setTime(QTime(8, 0))
    assert night.next_day.text() == "(tot de volgende dag)"
    assert hours.message.isHidden()
    morning = hours.windows.add_row()
    morning.days[1].setChecked(True)
    morning.opens.setTime(QTime(7, 0))
    morning.closes.setTime(QTime(9, 0))
    assert hours.message.text() == (
        "Maandag 20:00–08:00 (tot de volgende dag) overlapt met dinsdag 07:00–09:00."
    )
    assert not editor.save()
    assert editor.tabs.currentIndex() == TAB_HOURS
    morning.kind.setCurrentIndex(morning.kind.findData("walk_in"))  # a walk-in moment: fine
    assert hours.message.isHidden()
    hours.holidays.setCurrentIndex(2)  # unknown
    closure = hours.exceptions.add_row()
    closure.day.setDate(closure.day.date().fromString("2026-12-25", "yyyy-MM-dd"))
    special = hours.exceptions.add_row()
    special.day.setDate(special.day.date().fromString("2026-12-24", "yyyy-MM-dd"))
    special.closed.setChecked(False)
    qtbot.keyClicks(special.note, "Kerstavond")
    assert saved_through(qtbot, editor)
    loaded = load_service(database, "veilig-huis")
    assert loaded is not None and loaded.draft.hours is not None
    saved = loaded.draft.hours
    assert len(saved.windows) == 6 and saved.closed_on_public_holidays is None
    assert {(e.day, e.closed, e.note) for e in saved.exceptions} == {
        (date(2026, 12, 25), True, None),
        (date(2026, 12, 24), False, "Kerstavond"),
    }
    # And the editor shows the saved hours back grouped by identical hours.
    again = _editor(unlocked, "veilig-huis")
    rows = again.hours_editor.windows.rows
    assert [[box.isChecked() for box in row.days] for row in rows] == [
        [True, True, True, True, True, False, False],
        [False, True, False, False, False, False, False],
    ]


def test_twenty_four_seven_and_unknown(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, "de-sleutel")
    editor.hours_editor.known.setChecked(True)
    editor.hours_editor.always_open.setChecked(True)
    assert saved_through(qtbot, editor)
    record = get_service(database, "de-sleutel")
    assert record is not None and record.always_open
    editor = _editor(unlocked, "de-sleutel")
    editor.hours_editor.known.setChecked(False)  # back to unknown: never "closed"
    assert saved_through(qtbot, editor)
    record = get_service(database, "de-sleutel")
    assert record is not None and (record.hours is None or not record.hours.known)
    assert record.availability.state == "unknown"


def test_new_service_with_a_duplicate_warning(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, None)
    assert editor.windowTitle() == "Nieuwe dienst"
    _retype(qtbot, editor.name_edit, "Politie Antwerpen")
    assert editor.key_edit.text() == "politie-antwerpen"
    editor.tabs.setCurrentIndex(TAB_CONTACT)
    phone = editor.phones.add_row()
    _retype(qtbot, phone.number, "101")
    editor.urgency_boxes["acute"].setChecked(True)
    editor.theme_list.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.duplicates_checked, timeout=10_000):
        assert not editor.save()  # compared off the GUI thread first
    assert editor.duplicates_label.isVisible()
    text = editor.duplicates_label.text()
    assert "Politie (politie): gelijkaardige naam, zelfde nummer 101" in text
    assert editor.save_button.text() == "Toch opslaan"
    assert get_service(database, "politie-antwerpen") is None  # not before it is confirmed
    assert saved_through(qtbot, editor)
    record = get_service(database, "politie-antwerpen")
    assert record is not None and record.urgency == ("acute",)
    assert record.theme_keys == ("partnergeweld",)
    assert {e.last_action_type for e in history(database, "politie-antwerpen")} == {"create"}


def test_new_organization_and_bad_key(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, None)
    _retype(qtbot, editor.name_edit, "Nachtopvang Noord")
    editor.key_edit.clear()
    qtbot.keyClicks(editor.key_edit, "Nacht Opvang")
    assert "kleine letters" in editor.messages["key"].text()
    editor.key_edit.clear()
    qtbot.keyClicks(editor.key_edit, "nachtopvang")
    editor.organization_combo.setCurrentIndex(editor.organization_combo.count() - 1)
    assert editor.new_organization_key.isVisibleTo(editor)
    qtbot.keyClicks(editor.new_organization_key, "caw-noord")
    qtbot.keyClicks(editor.new_organization_name, "CAW Noord")
    with qtbot.waitSignal(editor.saved, timeout=10_000):  # no duplicates: saved by itself
        assert not editor.save()
    record = get_service(database, "nachtopvang")
    assert record is not None and record.organization == "CAW Noord"


@pytest.fixture
def second(db_path: Path) -> Database:
    other = open_directory(str(db_path))
    yield other  # type: ignore[misc]
    other.dispose()


def _someone_else_saves(second: Database, key: str) -> None:
    theirs = load_service(second, key)
    assert theirs is not None
    update_service(
        second,
        replace(theirs.draft, description="Door Bert herschreven.", email="bert@example.org"),
        expected_version=theirs.version,
        by="Bert",
    )


def test_conflict_dialog_shows_their_changes_and_reloads(
    unlocked: Installed, database: Database, second: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, "ocj")
    _retype(qtbot, editor.email_edit, "an@example.org")
    with qtbot.waitSignal(unlocked.bridge.changed, timeout=2000):  # the other instance
        _someone_else_saves(second, "ocj")
    assert editor.general_message.text().startswith("Iemand anders heeft deze dienst")
    assert not saved_through(qtbot, editor)  # refused: someone else saved first
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert "gewijzigd door Bert" in editor.general_message.text()
    theirs = dialog.theirs_table
    rows = {
        theirs.item(r, 0).text(): [theirs.item(r, c).text() for c in (1, 3, 4)]
        for r in range(theirs.rowCount())
    }
    assert rows["e-mail"] == ["Bert", "(leeg)", "bert@example.org"]
    assert rows["beschrijving"][::2] == ["Bert", "Door Bert herschreven."]
    mine = dialog.mine_table
    assert [(mine.item(0, 0).text(), mine.item(0, 1).text())] == [("e-mail", "an@example.org")]
    record = get_service(database, "ocj")
    assert record is not None and record.email == "bert@example.org"  # nothing overwritten
    dialog.reload_button.click()
    assert editor.email_edit.text() == "bert@example.org"
    assert editor.description_edit.toPlainText() == "Door Bert herschreven."
    _retype(qtbot, editor.email_edit, "an@example.org")
    assert saved_through(qtbot, editor)
    record = get_service(database, "ocj")
    assert record is not None and record.email == "an@example.org"
    assert record.description == "Door Bert herschreven."


def test_conflict_reapply_keeps_both(
    unlocked: Installed, database: Database, second: Database, qtbot: QtBot
) -> None:
    editor = _editor(unlocked, "child-focus")
    _retype(qtbot, editor.alternate_name_edit, "Stichting voor vermiste kinderen")
    _someone_else_saves(second, "child-focus")
    assert not saved_through(qtbot, editor)
    assert editor.conflict_dialog is not None
    editor.conflict_dialog.reapply_button.click()
    assert editor.description_edit.toPlainText() == "Door Bert herschreven."
    assert editor.alternate_name_edit.text() == "Stichting voor vermiste kinderen"
    assert saved_through(qtbot, editor)
    record = get_service(database, "child-focus")
    assert record is not None
    assert record.alternate_name == "Stichting voor vermiste kinderen"
    assert record.email == "bert@example.org"
