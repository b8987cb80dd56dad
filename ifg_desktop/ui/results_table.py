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
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView

from ifg_desktop.ui.results_model import PAGE_SIZE


class ResultsTable(QTableView):
    painted = Signal()  # a paint of the rows has just ended

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
