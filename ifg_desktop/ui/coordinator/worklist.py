"""The verification worklist: most overdue first, each service one click from its editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database
from ifg_desktop.directory.check import (
    PAGE,
    CheckFinding,
    PageKey,
    count_findings,
    findings_page,
    problem_text,
)
from ifg_desktop.i18n import QT_TRANSLATE_NOOP
from ifg_desktop.ui.coordinator.background import BackgroundRead
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.table_model import Index, RecordTableModel
from ifg_desktop.ui.coordinator.widgets import MessageLabel

# Rows with a button of their own; further down a click in the first column (or Enter, or a
# double click on the row) opens the editor: 100,000 buttons would take the window minutes.
EDIT_BUTTONS = 200
PAGE_SIZE = PAGE  # findings read at a time, when the view scrolls to the end of those shown


class WorklistModel(RecordTableModel[CheckFinding]):
    """The worklist, read a page at a time: when the view reaches the last row it asks
    ``fetchMore``, which hands where the next page starts to ``read_page`` (the dialog reads
    it off the GUI thread and gives it to ``append_page``)."""

    # The button first, so it is always in sight however long the reasons are.
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("WorklistModel", "Dienst"),
        QT_TRANSLATE_NOOP("WorklistModel", "Te laat"),
        QT_TRANSLATE_NOOP("WorklistModel", "Laatst geverifieerd"),
        QT_TRANSLATE_NOOP("WorklistModel", "Wat te doen"),
    )
    EDIT_COLUMN = 0

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        read_page: Callable[[PageKey], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._read_page = read_page
        self._next: PageKey | None = None  # where the next page starts; None: no more
        self._reading = False  # a page is asked and not yet here

    def set_first_page(self, findings: Sequence[CheckFinding], after: PageKey | None) -> None:
        self._next, self._reading = after, False
        self.set_records(findings)

    def append_page(self, findings: Sequence[CheckFinding], after: PageKey | None) -> None:
        self._next, self._reading = after, False
        self.append_records(findings)

    def expect_first_page(self) -> None:
        """No page of the list shown is asked for until the list is read again."""
        self._reading = True

    def page_refused(self) -> None:
        self._reading = False

    @property
    def next_page(self) -> PageKey | None:
        return self._next

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._next is not None
            and not self._reading
            and self._read_page is not None
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._next is not None and self._read_page is not None:
            self._reading = True
            self._read_page(self._next)

    def finding(self, row: int) -> CheckFinding:
        return self.record(row)

    def key(self, record: CheckFinding) -> str:
        return record.key

    # The first column says "Bewerken" on every row: a screen reader and the tooltip say
    # which service it edits.
    def tooltip(self, record: CheckFinding, column: int) -> Any:
        if column == WorklistModel.EDIT_COLUMN:
            return self.tr("{name} bewerken").format(name=record.name)
        return super().tooltip(record, column)

    def role_data(self, record: CheckFinding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and column == WorklistModel.EDIT_COLUMN:
            return self.tooltip(record, column)
        return None

    def cell(self, record: CheckFinding, column: int) -> Any:
        if column == WorklistModel.EDIT_COLUMN:
            return self.tr("Bewerken")
        if column == 1:
            return record.name
        if column == 2:
            if record.never_verified:
                return self.tr("nooit geverifieerd")
            days = record.most_days_overdue
            return self.tr("{n} dagen").format(n=days) if days is not None else ""
        if column == 3:
            return (
                record.assured_date.strftime("%d-%m-%Y")
                if record.assured_date
                else self.tr("nooit")
            )
        if column == 4:
            return "; ".join(problem_text(record, p) for p in record.problems)
        return ""


class WorklistDialog(QDialog):
    """``open_editor(key)`` is called when a row's "Bewerken" button is clicked.

    The list is read off the GUI thread (``BackgroundRead``), a page at a time, its count
    apart; ``loaded`` says its first page and its count are shown."""

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
        self.model = WorklistModel(self, read_page=self._read_page)
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
        # Pages and the count are read apart: the first page is shown without waiting for
        # the count, and a page asked while scrolling does not wait for it either.
        self._slow: set[str] = set()
        self._pages = BackgroundRead(self, lambda slow: self._show_busy("pages", slow))
        self._counter = BackgroundRead(self, lambda slow: self._show_busy("count", slow))
        self._generation = 0  # one per refresh: a page or count of an older one is dropped
        self._first_shown = False
        self._total: int | None = None
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
        return self._pages.busy or self._counter.busy

    def refresh(self) -> None:
        """Read the list again, off the GUI thread: its first page and, apart, how long it
        is; ``loaded`` when both are shown. Further pages are read as the view scrolls."""
        database, today = self._database, self._today()
        self._generation += 1
        generation, self._first_shown, self._total = self._generation, False, None
        self.model.expect_first_page()
        self._pages.run(
            lambda: findings_page(database, today, None, PAGE_SIZE),
            lambda page: self._show_first(generation, *page),
            self._refused,
        )
        self._counter.run(
            lambda: count_findings(database, today),
            lambda total: self._show_count(generation, total),
            self._refused,
        )

    def _read_page(self, after: PageKey) -> None:
        database, today, generation = self._database, self._today(), self._generation
        self._pages.run(
            lambda: findings_page(database, today, after, PAGE_SIZE),
            lambda page: self._show_more(generation, after, *page),
            self._page_refused,
        )

    def _show_first(
        self, generation: int, findings: list[CheckFinding], after: PageKey | None
    ) -> None:
        if generation != self._generation:
            return
        self.message.show_message(None)
        self.model.set_first_page(findings, after)
        self.edit_buttons = []
        self._add_edit_buttons()
        for column in range(WorklistModel.EDIT_COLUMN, len(WorklistModel.HEADERS) - 1):
            self.view.resizeColumnToContents(column)  # the rows read so far: one page at most
        self.view.horizontalHeader().setStretchLastSection(True)
        self._first_shown = True
        if after is None:
            self._total = len(findings)
        self._show_total()

    def _show_more(
        self,
        generation: int,
        asked: PageKey,
        findings: list[CheckFinding],
        after: PageKey | None,
    ) -> None:
        if generation != self._generation or asked != self.model.next_page:
            return
        self.model.append_page(findings, after)
        self._add_edit_buttons()

    def _show_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if self._total is None:
            self._total = total
        self._show_total()

    def _show_total(self) -> None:
        if self._total is None:
            self.title.setText(self.tr("Werklijst laden…"))
        else:
            self.title.setText(self.tr("{n} dienst(en) vragen aandacht").format(n=self._total))
        if self._first_shown and self._total is not None:
            self.loaded.emit()

    def _add_edit_buttons(self) -> None:
        """A button on each of the first ``EDIT_BUTTONS`` rows that has none yet."""
        for row in range(len(self.edit_buttons), min(EDIT_BUTTONS, self.model.rowCount())):
            finding = self.model.finding(row)
            what = self.tr("{name} bewerken").format(name=finding.name)
            button = named(QPushButton(self.tr("Bewerken")), "worklistEdit", what)
            button.setToolTip(what)
            button.clicked.connect(lambda _checked=False, r=row: self.open_row(r))
            self.view.setIndexWidget(self.model.index(row, WorklistModel.EDIT_COLUMN), button)
            self.edit_buttons.append(button)

    def _show_busy(self, part: str, slow: bool) -> None:
        if slow:
            self._slow.add(part)
        else:
            self._slow.discard(part)
        busy = bool(self._slow)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _refused(self, problem: str) -> None:
        self.message.show_message(problem)
        self.loaded.emit()

    def _page_refused(self, problem: str) -> None:
        self.model.page_refused()
        self.message.show_message(problem)

    def _clicked(self, index: QModelIndex) -> None:
        # Where a single click activates (KDE's style), ``activated`` opens it already.
        if self.view.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.view
        ):
            return
        if index.column() == WorklistModel.EDIT_COLUMN and index.row() >= EDIT_BUTTONS:
            self.open_row(index.row())

    def done(self, result: int) -> None:
        self._pages.wait()  # no thread outlives the dialog
        self._counter.wait()
        super().done(result)

    def open_row(self, row: int) -> None:
        self._open_editor(self.model.finding(row).key)
