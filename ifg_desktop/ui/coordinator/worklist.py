"""The verification worklist: most overdue first, each service one click from its editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database
from ifg_desktop.directory.check import (
    CheckFinding,
    check_directory,
    first_findings,
    problem_text,
)
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.coordinator.background import BackgroundRead
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import MessageLabel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Rows with a button of their own; further down a click in the first column (or Enter, or a
# double click on the row) opens the editor: 100,000 buttons would take the window minutes.
EDIT_BUTTONS = 200
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

    def extend(self, findings: Sequence[CheckFinding]) -> None:
        """More rows below those shown (the rest of a list whose top is shown)."""
        if findings:
            first = len(self._findings)
            self.beginInsertRows(QModelIndex(), first, first + len(findings) - 1)
            self._findings.extend(findings)
            self.endInsertRows()

    @property
    def findings(self) -> list[CheckFinding]:
        return list(self._findings)

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
            if column == WorklistModel.EDIT_COLUMN:
                return self.tr("Bewerken")
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
    """``open_editor(key)`` is called when a row's "Bewerken" button is clicked.

    The list is read off the GUI thread (``BackgroundRead``); ``loaded`` says it is shown."""

    loaded = Signal()

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
        self.view.clicked.connect(self._clicked)
        busy = self.tr("Werklijst laden…")
        self.busy_label = named(QLabel(busy), "worklistBusy", busy)
        self.busy_bar = named(QProgressBar(), "worklistProgress", busy)
        self.busy_bar.setRange(0, 0)  # how long it takes is not known: a moving bar
        self.busy_label.hide()
        self.busy_bar.hide()
        self._reader = BackgroundRead(self, self._show_busy)
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
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._reader.busy

    def refresh(self) -> None:
        """Read the list again, off the GUI thread: first its top (the rows with a button,
        sorted by the database) and how long it is, then the whole; ``loaded`` when the
        whole is shown."""
        database, today = self._database, self._today()
        self._reader.run(
            lambda: first_findings(database, today, EDIT_BUTTONS),
            lambda first: self._show_first(database, today, *first),
            self._refused,
        )

    def _show_first(
        self, database: Database, today: date, findings: list[CheckFinding], total: int
    ) -> None:
        if total <= len(findings):
            self._show(findings)
            return
        self._show(findings, total=total)
        self._reader.run(lambda: check_directory(database, today), self._show_rest, self._refused)

    def _show_rest(self, findings: list[CheckFinding]) -> None:
        """The whole list, read after its top: the rows below are added (the buttons, the
        selection and where the list is scrolled to stay), unless the top moved meanwhile."""
        shown = self.model.findings
        if findings[: len(shown)] != shown:
            self._show(findings)
            return
        self.model.extend(findings[len(shown) :])
        self.title.setText(self.tr("{n} dienst(en) vragen aandacht").format(n=len(findings)))
        self.loaded.emit()

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _refused(self, problem: str) -> None:
        self.message.show_message(problem)
        self.loaded.emit()

    def _show(self, findings: list[CheckFinding], *, total: int | None = None) -> None:
        """The list, or (``total`` given) its top while the rest is read."""
        self.message.show_message(None)
        self.model.set_findings(findings)
        count = len(findings) if total is None else total
        self.title.setText(self.tr("{n} dienst(en) vragen aandacht").format(n=count))
        self.edit_buttons = []
        for row, finding in enumerate(findings[:EDIT_BUTTONS]):
            button = named(
                QPushButton(self.tr("Bewerken")),
                "worklistEdit",
                self.tr("{name} bewerken").format(name=finding.name),
            )
            button.clicked.connect(lambda _checked=False, r=row: self.open_row(r))
            self.view.setIndexWidget(self.model.index(row, WorklistModel.EDIT_COLUMN), button)
            self.edit_buttons.append(button)
        if len(findings) <= EDIT_BUTTONS:
            self.view.resizeColumnsToContents()  # reads every row: not for a long list
        self.view.horizontalHeader().setStretchLastSection(True)
        if total is None:
            self.loaded.emit()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == WorklistModel.EDIT_COLUMN and index.row() >= EDIT_BUTTONS:
            self.open_row(index.row())

    def done(self, result: int) -> None:
        self._reader.wait()  # no thread outlives the dialog
        super().done(result)

    def open_row(self, row: int) -> None:
        self._open_editor(self.model.finding(row).key)
