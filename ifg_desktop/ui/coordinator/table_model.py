"""The one way a coordinator's list becomes a table: a row per record, read-only.

A list (the trail of a service, the worklist, the search vocabulary) subclasses
``RecordTableModel`` with its ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP`` under the
subclass's name), ``cell`` (what a column shows of a record) and ``key`` (what ``KEY_ROLE``
gives: how the dialog finds the record again); ``tooltip`` and ``role_data`` when a list
says more. Rows are replaced with ``set_records`` or added below with ``append_records``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ifg_desktop.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Record = TypeVar("Record")


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    HEADERS: tuple[str, ...] = ()  # source texts; "" for a column without a title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []

    # -- what a subclass says -------------------------------------------------------------

    def cell(self, record: Record, column: int) -> Any:
        """What ``column`` shows of ``record`` (its text, also its tooltip)."""
        raise NotImplementedError

    def key(self, record: Record) -> Any:
        """What ``KEY_ROLE`` gives for the record's row."""
        raise NotImplementedError

    def tooltip(self, record: Record, column: int) -> Any:
        """The tooltip of a cell: by default its text (a long text is read in full there)."""
        return self.cell(record, column)

    def role_data(self, record: Record, column: int, role: int) -> Any:
        """What another role gives for a cell (a screen reader's text, a list's own role):
        nothing by default."""
        return None

    # -- the rows -------------------------------------------------------------------------

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def append_records(self, records: Sequence[Record]) -> None:
        """More rows below those shown (selection and scrolling stay)."""
        if records:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()

    @property
    def records(self) -> list[Record]:
        return list(self._records)

    def record(self, row: int) -> Record:
        return self._records[row]

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

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
            return translate(type(self).__name__, header) if header else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == KEY_ROLE:
            return self.key(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column())
        return self.role_data(record, index.column(), role)
