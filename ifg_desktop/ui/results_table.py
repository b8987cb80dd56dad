"""The results table: a ``QTableView`` that says when it has painted its rows.

The window does its small follow-up steps (the count, the rest of a page) right after the
rows on screen were painted, never before them. Knowing that from the table itself, rather
than from an event filter on its viewport, also spares PySide6 making a Python wrapper for
the viewport at start (about 20 ms: it initialises every widget type to find the right one).
Only paint events come into Python (``paintEvent``, not ``viewportEvent``): each event that
does costs a wrapper, and the first of each kind its type's enums.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QTableView

from ifg_desktop.ui.results_model import PAGE_SIZE


class ResultsTable(QTableView):
    painted = Signal()  # a paint of the rows has just ended
    # The columns that give way, first to last, when the table is narrow, and how wide the
    # stretching name column (0) stays at least while one is shown (set by the window).
    optional_columns: tuple[int, ...] = ()
    name_room = 200

    def rows_in_view(self) -> int:
        """How many rows the table shows at once, a row cut off at the bottom included (a
        table not on screen paints nothing first: a whole page)."""
        if not self.isVisible():
            return PAGE_SIZE
        height = self.height() - self.horizontalHeader().height()
        return max(1, height // max(1, self.verticalHeader().defaultSectionSize()) + 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # the viewport's paint
        super().paintEvent(event)
        self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the optional columns, last to give way first, while the name keeps its room
        beside them (on a narrow screen "Wie belt" goes: the number's own tag says it)."""
        header = self.horizontalHeader()
        optional = self.optional_columns
        room = self.viewport().width() - self.name_room
        room -= sum(
            header.sectionSize(column)
            for column in range(1, header.count())
            if column not in optional
        )
        for column in reversed(optional):  # the most useful first
            fits = header.sectionSize(column) <= room
            if fits:
                room -= header.sectionSize(column)
            if header.isSectionHidden(column) == fits:
                self.setColumnHidden(column, not fits)
                self.updateGeometries()  # the scroll bars know at once
