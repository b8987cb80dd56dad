"""The results table's model: one page at a time from the query engine, never the whole list.

Rows are lean ``ServiceRow``s; more are fetched as the view scrolls (``fetchMore``), so a
directory of 100,000 services costs one page per keystroke. Whether a row is open is worked
out when the row is first painted, not for rows nobody sees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from ifg_desktop.db import Database
from ifg_desktop.directory import describe
from ifg_desktop.directory.availability import Availability, OpenState
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.query import ServiceQuery, ServiceRow, find_rows_step

PAGE_SIZE = 50  # a screenful and a half
StateRole = Qt.ItemDataRole.UserRole + 1  # the OpenState of the row, for the badge
KeyRole = Qt.ItemDataRole.UserRole + 2  # the service's key

_Index = QModelIndex | QPersistentModelIndex


class ServiceTableModel(QAbstractTableModel):
    NAME, AUDIENCE, AGES, PHONE, STATE = range(5)

    def __init__(self, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._database: Database | None = None
        self._query = ServiceQuery()
        self._moment: datetime = clock()
        self._rows: list[ServiceRow] = []
        self._after: int | None = None  # where the next step goes on (a display rank)
        self._wanted = PAGE_SIZE
        self._stepping = False
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(1)  # a millisecond's room for a keystroke or a paint
        self._fill_timer.timeout.connect(self._fill)
        # Set by a view that paints: each further step waits for the rows so far to be
        # painted (a zero-delay timer would otherwise run ahead of the paint).
        self.pace: Callable[[Callable[[], None]], None] | None = None
        self._states: dict[int, Availability] = {}
        self._texts: dict[tuple[int, int], str] = {}  # what each cell says, once worked out
        self._exhausted = True
        self._headers = (
            self.tr("Dienst"),
            self.tr("Wie belt"),
            self.tr("Leeftijd"),
            self.tr("Telefoon"),
            self.tr("Nu"),
        )

    # -- feeding ----------------------------------------------------------------------------
    def set_database(self, database: Database | None) -> None:
        self._database = database
        self.refresh()

    def set_query(self, query: ServiceQuery) -> None:
        self._query = query
        self.refresh()

    @property
    def query(self) -> ServiceQuery:
        return self._query

    @property
    def moment(self) -> datetime:
        """The moment the states were computed for (the chosen one, or 'now' at refresh)."""
        return self._moment

    def refresh(self) -> None:
        """Run the query again from the first page (the filters or the data changed)."""
        self.beginResetModel()
        self._moment = self._query.moment or self._clock()
        self._rows = []
        self._states = {}
        self._texts = {}
        self._after = None
        self._stepping = False
        self._exhausted = self._database is None
        self._wanted = PAGE_SIZE
        if self._database is not None:
            self._rows = self._step(PAGE_SIZE)
        self.endResetModel()
        self._fill_timer.stop()
        if len(self._rows) < self._wanted and not self._exhausted:
            self._next_step()  # a selective search: the rest of the page comes in steps

    def _next_step(self) -> None:
        self._stepping = True
        if self.pace is None:
            self._fill_timer.start()
        else:
            self.pace(self._fill_timer.start)

    def _step(self, limit: int) -> list[ServiceRow]:
        """The next rows, looking through one bounded part of the directory."""
        assert self._database is not None
        # Every step is computed for the same moment, even when "now" moves on meanwhile.
        query = replace(self._query, moment=self._moment)
        step = find_rows_step(self._database, query, after=self._after, limit=limit)
        self._after = step.resume_after
        self._exhausted = step.resume_after is None
        return step.rows

    def _fill(self) -> None:
        """One more step towards the rows wanted, appended; again on the next turn if short."""
        self._stepping = False
        if self._exhausted or self._database is None or len(self._rows) >= self._wanted:
            return
        rows = self._step(self._wanted - len(self._rows))
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(self._rows) < self._wanted and not self._exhausted:
            self._next_step()

    @property
    def filling(self) -> bool:
        """Still looking for the rows of the current page."""
        return self._stepping or self._fill_timer.isActive()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.filling

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._database is None:
            return
        self._wanted = len(self._rows) + PAGE_SIZE
        self._fill()

    # -- reading ----------------------------------------------------------------------------
    def row(self, row: int) -> ServiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def state(self, row: int) -> Availability:
        state = self._states.get(row)
        if state is None:
            state = self._states[row] = self._rows[row].availability_at(self._moment)
        return state

    def row_of(self, key: str) -> int | None:
        return next((i for i, record in enumerate(self._rows) if record.key == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cell = (index.row(), column)
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self._display(index.row(), column)
            return text
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(index.row(), column) or self._display(index.row(), column)
        if role == StateRole:
            return self.state(index.row()).state.value
        if role == KeyRole:
            return record.key
        if role == Qt.ItemDataRole.FontRole and column == self.PHONE:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: int, column: int) -> str:
        record = self._rows[row]
        if column == self.NAME:
            return record.name
        if column == self.AUDIENCE:
            return self.tr("Enkel prof.") if record.professional_only else self.tr("Cliënt")
        if column == self.AGES:
            return describe.age_range_short(
                record.minimum_age_months, record.maximum_age_months, record.ages_unknown
            )
        if column == self.PHONE:
            return (
                format_phone(record.main_phone) if record.main_phone else self.tr("aan te vullen")
            )
        if column == self.STATE:
            return describe.state_text(self.state(row), self._moment)
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        record = self._rows[row]
        if column == self.NAME:
            return record.alternate_name or record.name
        if column == self.AUDIENCE:
            return (
                self.tr("Enkel voor professionals: geef dit nummer niet aan de cliënt.")
                if record.professional_only
                else self.tr("De cliënt mag deze dienst zelf contacteren.")
            )
        if column == self.AGES:
            return describe.age_range(
                record.minimum_age_months, record.maximum_age_months, record.ages_unknown
            )
        if column == self.STATE:
            state = self.state(row)
            text = describe.state_text(state, self._moment)
            if state.state is OpenState.UNKNOWN:
                text += "\n" + self.tr("Openingsuren niet gekend: bel om het na te gaan.")
            return text
        return None
