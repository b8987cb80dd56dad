"""A service's trail in the window: who changed what when, and putting an earlier value back."""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory.audit import AuditRecord, history
from ifg_desktop.directory.availability import BRUSSELS
from ifg_desktop.directory.editing import EditConflict, EditRefused, load_service, restore_value
from ifg_desktop.i18n import QT_TRANSLATE_NOOP
from ifg_desktop.ui.coordinator.background import BackgroundRead
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.table_model import RecordTableModel
from ifg_desktop.ui.coordinator.widgets import MessageLabel


class HistoryModel(RecordTableModel[AuditRecord]):
    """Trail rows, newest first: when, who, what, which field, was, became."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Wanneer"),
        QT_TRANSLATE_NOOP("HistoryModel", "Wie"),
        QT_TRANSLATE_NOOP("HistoryModel", "Actie"),
        QT_TRANSLATE_NOOP("HistoryModel", "Veld"),
        QT_TRANSLATE_NOOP("HistoryModel", "Was"),
        QT_TRANSLATE_NOOP("HistoryModel", "Werd"),
    )

    def key(self, record: AuditRecord) -> int:
        return record.id

    def cell(self, record: AuditRecord, column: int) -> Any:
        return (
            record.last_action_date.astimezone(BRUSSELS).strftime("%d-%m-%Y %H:%M"),
            record.updated_by,
            record.action_label,  # in words by the domain, in the language in use
            record.field_label,
            record.previous_text,
            record.replacement_text,
        )[column]


class HistoryDialog(QDialog):
    """The history of one service; with a coordinator's name, values can be put back."""

    restored = Signal(str)  # the service's key, once a value is back
    restore_ended = Signal(bool)  # a restore was written (True) or refused

    def __init__(
        self,
        database: Database,
        key: str,
        *,
        coordinator: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._key = key
        self._coordinator = coordinator
        self._version: int | None = None
        self._writer = BackgroundRead(self, self._show_restoring)
        named(self, "historyDialog", self.tr("Geschiedenis"))
        self.title = named(QLabel(), "historyTitle", self.tr("Dienst"))
        self.model = HistoryModel(self)
        self.view = named(QTableView(), "historyTable", self.tr("Wijzigingen"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.restore_previous = named(
            QPushButton(self.tr("Oude waarde terugzetten")),
            "restorePrevious",
            self.tr("De waarde van vóór deze wijziging terugzetten"),
        )
        self.restore_replacement = named(
            QPushButton(self.tr("Deze nieuwe waarde terugzetten")),
            "restoreReplacement",
            self.tr("De waarde die deze wijziging invoerde terugzetten"),
        )
        self.close_button = named(
            QPushButton(self.tr("Sluiten")), "historyClose", self.tr("Sluiten")
        )
        self.message = MessageLabel("historyMessage", self.tr("geschiedenis"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_previous)
        buttons.addWidget(self.restore_replacement)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.restore_previous.clicked.connect(lambda: self.restore("previous"))
        self.restore_replacement.clicked.connect(lambda: self.restore("replacement"))
        self.close_button.clicked.connect(self.accept)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        try:
            loaded = load_service(self._database, self._key)
            entries = history(self._database, self._key)
        except DatabaseProblem as problem:
            self.message.show_message(str(problem))
            return
        name = loaded.draft.name if loaded else self._key
        self._version = loaded.version if loaded else None
        self.setWindowTitle(self.tr("Geschiedenis — {name}").format(name=name))
        self.title.setText(
            self.tr("{name}: {n} wijziging(en)").format(name=name, n=len(entries))
            if entries
            else self.tr("{name}: nog geen wijzigingen opgetekend").format(name=name)
        )
        self.model.set_records(entries)
        self._selection_changed()

    def selected_entry(self) -> AuditRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        can = (
            self._coordinator is not None
            and entry is not None
            and entry.restorable
            and not self._writer.busy
        )
        self.restore_previous.setEnabled(
            can and entry is not None and entry.previous_value is not None
        )
        self.restore_replacement.setEnabled(can)

    def restore(self, use: str) -> bool:
        """Put a value of the trail back, written off the GUI thread; True once that is on
        its way (``restore_ended`` follows, with ``restored`` when it is in)."""
        entry = self.selected_entry()
        if entry is None or self._coordinator is None or self._writer.busy:
            return False
        database, entry_id, by, version = self._database, entry.id, self._coordinator, self._version
        which: Literal["previous", "replacement"] = (
            "previous" if use == "previous" else "replacement"
        )

        def write() -> EditRefused | None:
            try:
                restore_value(database, entry_id, by=by, use=which, expected_version=version)
            except EditRefused as refused:  # said on the GUI thread
                return refused
            return None

        self.restore_previous.setEnabled(False)
        self.restore_replacement.setEnabled(False)
        self._writer.run(write, self._restore_written, self._restore_refused)
        return True

    def _restore_written(self, refused: EditRefused | None) -> None:
        self.refresh()
        if isinstance(refused, EditConflict):
            self.message.show_message(
                self.tr("De dienst werd intussen gewijzigd; de geschiedenis is vernieuwd.")
            )
        elif refused is not None:
            self.message.show_message(str(refused))
        else:
            self.message.show_message(None)
            self.restored.emit(self._key)
        self.restore_ended.emit(refused is None)

    def _restore_refused(self, problem: str) -> None:
        """The database said no: nothing was written."""
        self._selection_changed()
        self.message.show_message(problem)
        self.restore_ended.emit(False)

    def _show_restoring(self, slow: bool) -> None:
        if slow:
            self.message.show_message(self.tr("Bezig met terugzetten…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def done(self, result: int) -> None:
        if self._writer.busy:
            return  # a restore on its way is not taken back: close once it is done
        super().done(result)
