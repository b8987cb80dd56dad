"""When somebody saved the same service first: show what they changed, offer to reload.

Nothing is ever overwritten from here. "Laden" throws the unsaved edit away; "Laden en
mijn wijzigingen erop zetten" fills the editor with the new version plus this person's
changed fields, to look over and save again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory import fields
from ifg_desktop.directory.availability import BRUSSELS
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.editing import EditConflict
from ifg_desktop.ui.coordinator.common import named

MAX_COLUMN_WIDTH = 260


def _table(
    object_name: str, accessible_name: str, headers: list[str], rows: list[list[str]]
) -> QTableWidget:
    table = named(QTableWidget(len(rows), len(headers)), object_name, accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # long values (a description, the hours) are cut off
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(len(headers)):
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ConflictDialog(QDialog):
    reload_requested = Signal()
    reapply_requested = Signal(object)  # the merged ServiceDraft

    def __init__(
        self,
        conflict: EditConflict,
        *,
        base: ServiceDraft | None,
        mine: ServiceDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "conflictDialog", self.tr("Intussen gewijzigd"))
        self.setWindowTitle(self.tr("Intussen gewijzigd door iemand anders"))
        self.conflict = conflict
        self._mine = mine
        self._mine_changed = [] if base is None else fields.changed_fields(base, mine)

        theirs = [
            [
                change.label,
                ", ".join(change.by),
                change.when.astimezone(BRUSSELS).strftime("%d-%m-%Y %H:%M"),
                change.before_text,
                change.after_text,
            ]
            for change in conflict.changes_by_field
        ]
        if not theirs and base is not None and conflict.current is not None:
            # Changed without a trail (another tool): the difference is all that is known.
            theirs = [
                [
                    fields.field_label(field),
                    self.tr("onbekend"),
                    "",
                    fields.value_text(field, old),
                    fields.value_text(field, new),
                ]
                for field, old, new in fields.changed_fields(base, conflict.current.draft)
            ]
        self.theirs_table = _table(
            "conflictTheirChanges",
            self.tr("Wat de ander wijzigde"),
            [self.tr("Veld"), self.tr("Door"), self.tr("Wanneer"), self.tr("Was"), self.tr("Nu")],
            theirs,
        )
        self.mine_table = _table(
            "conflictMyChanges",
            self.tr("Uw wijzigingen, niet opgeslagen"),
            [self.tr("Veld"), self.tr("Uw waarde")],
            [
                [fields.field_label(field), fields.value_text(field, new)]
                for field, _old, new in self._mine_changed
            ],
        )
        explanation = named(QLabel(str(conflict)), "conflictMessage", self.tr("Uitleg"))
        explanation.setWordWrap(True)

        self.reload_button = named(
            QPushButton(self.tr("Nieuwe versie laden")),
            "conflictReload",
            self.tr("Nieuwe versie laden, mijn wijzigingen vergeten"),
        )
        self.reapply_button = named(
            QPushButton(self.tr("Nieuwe versie laden en mijn wijzigingen erop zetten")),
            "conflictReapply",
            self.tr("Nieuwe versie laden en mijn wijzigingen erop zetten"),
        )
        self.cancel_button = named(
            QPushButton(self.tr("Annuleren")), "conflictCancel", self.tr("Annuleren")
        )
        available = conflict.current is not None
        self.reload_button.setEnabled(available)
        self.reapply_button.setEnabled(available and bool(self._mine_changed))
        self.reload_button.clicked.connect(self._reload)
        self.reapply_button.clicked.connect(self._reapply)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("Wat de ander wijzigde:")))
        layout.addWidget(self.theirs_table)
        layout.addWidget(QLabel(self.tr("Uw wijzigingen (nog niet opgeslagen):")))
        layout.addWidget(self.mine_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.reapply_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(760, 420)

    def merged(self) -> ServiceDraft | None:
        """The new version with this person's changed fields on top."""
        current = self.conflict.current
        if current is None:
            return None
        return replace(
            current.draft,
            **{field: getattr(self._mine, field) for field, _, _ in self._mine_changed},
        )

    def _reload(self) -> None:
        self.reload_requested.emit()
        self.accept()

    def _reapply(self) -> None:
        self.reapply_requested.emit(self.merged())
        self.accept()
