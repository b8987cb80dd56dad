"""The verification worklist: most overdue first, each service one click from its editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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
from ifg_desktop.directory.check import CheckFinding, check_directory, problem_text
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import MessageLabel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class WorklistModel(QAbstractTableModel):
    # The button first, so it is always in sight however long the reasons are.
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("WorklistModel", "Dienst"),
        QT_TRANSLATE_NOOP("WorklistModel", "Te laat"),
        QT_TRANSLATE_NOOP("WorklistModel", "Laatst geverifieerd"),
        QT_TRANSLATE_NOOP("WorklistModel", "Wat te doen"),
    )
    EDIT_COLUMN = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[CheckFinding] = []

    def set_findings(self, findings: Sequence[CheckFinding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> CheckFinding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            header = self.HEADERS[section]
            return translate("WorklistModel", header) if header else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == KEY_ROLE:
            return finding.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 1:
                return finding.name
            if column == 2:
                if finding.never_verified:
                    return self.tr("nooit geverifieerd")
                days = finding.most_days_overdue
                return self.tr("{n} dagen").format(n=days) if days is not None else ""
            if column == 3:
                return (
                    finding.assured_date.strftime("%d-%m-%Y")
                    if finding.assured_date
                    else self.tr("nooit")
                )
            if column == 4:
                return "; ".join(problem_text(finding, p) for p in finding.problems)
            return ""
        return None


class WorklistDialog(QDialog):
    """``open_editor(key)`` is called when a row's "Bewerken" button is clicked."""

    def __init__(
        self,
        database: Database,
        *,
        open_editor: Callable[[str], object],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._open_editor = open_editor
        self._today = today
        named(self, "worklistDialog", self.tr("Werklijst"))
        self.setWindowTitle(self.tr("Werklijst: te verifiëren en aan te vullen"))
        self.title = named(QLabel(), "worklistTitle", self.tr("Aantal diensten"))
        self.model = WorklistModel(self)
        self.view = named(QTableView(), "worklistTable", self.tr("Werklijst"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.message = MessageLabel("worklistMessage", self.tr("werklijst"))
        self.close_button = named(
            QPushButton(self.tr("Sluiten")), "worklistClose", self.tr("Sluiten")
        )
        self.close_button.clicked.connect(self.accept)
        self.edit_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self.refresh()

    def refresh(self) -> None:
        try:
            findings = check_directory(self._database, self._today())
        except DatabaseProblem as problem:
            self.message.show_message(str(problem))
            return
        self.message.show_message(None)
        self.model.set_findings(findings)
        self.title.setText(self.tr("{n} dienst(en) vragen aandacht").format(n=len(findings)))
        self.edit_buttons = []
        for row, finding in enumerate(findings):
            button = named(
                QPushButton(self.tr("Bewerken")),
                "worklistEdit",
                self.tr("{name} bewerken").format(name=finding.name),
            )
            button.clicked.connect(lambda _checked=False, r=row: self.open_row(r))
            self.view.setIndexWidget(self.model.index(row, WorklistModel.EDIT_COLUMN), button)
            self.edit_buttons.append(button)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)

    def open_row(self, row: int) -> None:
        self._open_editor(self.model.finding(row).key)
