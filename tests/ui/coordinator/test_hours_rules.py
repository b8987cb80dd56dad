"""The hours editor and hours that do not hold every week: shown, kept when other fields
change, and chosen (every other week, a day of the month)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.availability import Hours, Window
from ifg_desktop.directory.editing import load_service, update_service
from ifg_desktop.ui.coordinator.hours_editor import HoursEditor
from tests.ui.coordinator.support import Installed, saved_through

RULED = Hours(
    windows=(
        Window(0, time(9), time(17)),
        Window(0, time(13), time(16), "walk_in", ordinals=(1,)),
        Window(1, time(9), time(12), ordinals=(2, 4)),  # none of the editor's own choices
        Window(2, time(18), time(20), interval=2, anchor=date(2026, 1, 7)),
        Window(4, time(13), time(17), ordinals=(-1,), anchor=date(2026, 1, 1)),
    ),  # in the week's order, as the editor gives them back
    closed_on_public_holidays=True,
)


def test_rules_are_shown_and_given_back_unchanged(qtbot: QtBot) -> None:
    editor = HoursEditor()
    qtbot.addWidget(editor)
    editor.set_value(RULED, None)
    assert editor.hours() == RULED
    repeats = [row.repeat.currentText() for row in editor.windows.rows]
    assert repeats == [
        "elke week",
        "de eerste van de maand",
        "de tweede en vierde van de maand",
        "om de twee weken",
        "de laatste van de maand",
    ]
    fortnightly = editor.windows.rows[3]
    assert fortnightly.anchor.isVisibleTo(editor)
    assert not editor.windows.rows[1].anchor.isVisibleTo(editor)
    editor.by_appointment.setChecked(True)  # another field: the rules stay
    assert editor.hours() == replace(RULED, by_appointment=True)
    assert editor.message.isHidden()


def test_choosing_a_day_of_the_month_or_every_other_week(qtbot: QtBot) -> None:
    editor = HoursEditor()
    qtbot.addWidget(editor)
    editor.set_value(Hours(), None)
    row = editor.windows.add_row()
    row.days[0].setChecked(True)
    row.repeat.setCurrentIndex(2)  # the first of the month
    hours = editor.hours()
    assert hours is not None
    assert hours.windows == (Window(0, time(9), time(17), ordinals=(1,)),)
    row.repeat.setCurrentIndex(1)  # every other week, from the date chosen
    row.anchor.setDate(QDate(2026, 1, 5))
    hours = editor.hours()
    assert hours is not None
    assert hours.windows == (Window(0, time(9), time(17), interval=2, anchor=date(2026, 1, 5)),)


def test_editing_a_service_keeps_its_monthly_hours(
    unlocked: Installed, database: Database, qtbot: QtBot
) -> None:
    loaded = load_service(database, "1712")
    assert loaded is not None
    update_service(
        database, replace(loaded.draft, hours=RULED), expected_version=loaded.version, by="An"
    )
    editor = unlocked.controller.edit_service("1712")
    assert editor is not None
    editor.hours_editor.note.setText("Inloop: eerste maandag")
    assert saved_through(qtbot, editor)
    saved = load_service(database, "1712")
    assert saved is not None and saved.draft.hours is not None
    assert set(saved.draft.hours.windows) == set(RULED.windows)
    assert saved.draft.schedule_note == "Inloop: eerste maandag"
