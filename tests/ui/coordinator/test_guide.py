"""The coordinator's guide editor: a section edited and saved with the audit trail; an
edit in progress survives a change from elsewhere."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from ifg_desktop.db import Database
from ifg_desktop.directory.audit import trail
from ifg_desktop.directory.guide import GUIDE_SECTION, load_guide, save_section
from ifg_desktop.ui.coordinator.guide import GuideDialog


def test_a_section_edited_in_the_dialog_is_saved_and_audited(
    qtbot: QtBot, database: Database
) -> None:
    changed: list[bool] = []
    dialog = GuideDialog(database, coordinator="An", on_change=lambda: changed.append(True))
    qtbot.addWidget(dialog)
    first = load_guide(database)[0]
    assert dialog.title.text() == first.title
    dialog.points.setPlainText(dialog.points.toPlainText() + "\nNog een punt.")
    assert dialog.save() and changed
    assert load_guide(database)[0].points[-1] == "Nog een punt."
    entries = [e for e in trail(database, first.key) if e.resource_type == GUIDE_SECTION]
    assert [(e.field_name, e.updated_by) for e in entries] == [("points", "An")]
    dialog.title.clear()  # a section needs a title: said, nothing saved
    assert not dialog.save() and dialog.message.text()
    assert load_guide(database)[0].title == first.title


def test_an_edit_in_progress_survives_a_change_from_elsewhere(
    qtbot: QtBot, database: Database
) -> None:
    dialog = GuideDialog(database, coordinator="An")
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Mijn nieuwe samenvatting.")
    other = load_guide(database)[1]
    save_section(database, replace(other, summary="Van een collega."), by="Bert")
    dialog.refresh()  # what the window does when the data changed
    assert dialog.summary.toPlainText() == "Mijn nieuwe samenvatting."
    assert "gewijzigd" in dialog.message.text()
