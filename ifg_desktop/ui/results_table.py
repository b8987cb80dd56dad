"""The results table: a ``QTableView`` that says when it has painted its rows.

The window does its small follow-up steps (the count, the rest of a page) right after the
rows on screen were painted, never before them. Knowing that from the table itself, rather
than from an event filter on its viewport, also spares PySide6 making a Python wrapper for
the viewport at start (about 20 ms: it initialises every widget type to find the right one).
Only paint events come into Python (``paintEvent``, not ``viewportEvent``): each event that
does costs a wrapper, and the first of each kind its type's enums.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QMenu, QSplitter, QTableView, QWidget

from ifg_desktop.ui.results_model import PAGE_SIZE

# The name stays this wide at least (elided beyond, whole in its tooltip): "Wie belt" gives
# way below the first, the ages only below the second.
NAME_READABLE = 150
NAME_SMALLEST = 120
# The detail beside the list is this wide: at least (else it goes under the list), and at
# most, for the list's columns come first.
DETAIL_NARROWEST = 300
DETAIL_WIDEST = 360
UNLIMITED = 16777215  # QWIDGETSIZE_MAX


class ResultsTable(QTableView):
    painted = Signal()  # a paint of the rows has just ended
    # The columns that give way, first to last, when the table is narrow (set by the window).
    optional_columns: tuple[int, ...] = ()
    # Columns sized to the rows in view: the least width each takes (set by the window).
    least_widths: dict[int, int]

    def __init__(self) -> None:
        super().__init__()
        self._widths: dict[int, int] = {}  # a hidden column's width, for when it comes back
        self._chosen: dict[int, bool] = {}  # shown or hidden from the header's menu
        self.least_widths = {}
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

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

    def column_width(self, column: int) -> int:
        """The column's width, shown or not."""
        header = self.horizontalHeader()
        if header.isSectionHidden(column):
            return self._widths.get(column, 0)
        return header.sectionSize(column)

    def width_for_every_column(self) -> int:
        """How wide the table must be to show every column beside a readable name."""
        columns = sum(
            self.least_widths.get(c, self.column_width(c))
            for c in range(1, self.horizontalHeader().count())
        )
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return NAME_READABLE + columns + chrome

    def fit_columns(self) -> None:
        """Show the optional columns, last to give way first, while the name keeps its room
        beside them (on a narrow screen "Wie belt" goes first: the number's own tag says it;
        the ages only on a really narrow one). A column shown or hidden from the header's
        menu stays so."""
        header = self.horizontalHeader()
        optional = [c for c in self.optional_columns if c not in self._chosen]
        room = self.viewport().width()
        room -= sum(
            self.column_width(column)
            for column in range(1, header.count())
            if column not in optional and not header.isSectionHidden(column)
        )
        for column in reversed(optional):  # the most useful first
            most_useful = column == self.optional_columns[-1]
            name_room = NAME_SMALLEST if most_useful else NAME_READABLE
            fits = self.column_width(column) + name_room <= room
            if fits:
                room -= self.column_width(column)
            self._show_column(column, fits)
        hidden = [
            str(self.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(header.count())
            if header.isSectionHidden(c)
        ]
        header.setToolTip(
            self.tr("Verborgen kolommen: {columns}. Rechtsklik hier om ze te tonen.").format(
                columns=", ".join(hidden)
            )
            if hidden
            else ""
        )

    def _show_column(self, column: int, shown: bool) -> None:
        header = self.horizontalHeader()
        if header.isSectionHidden(column) != shown:
            return
        if not shown:
            self._widths[column] = header.sectionSize(column)
        self.setColumnHidden(column, not shown)
        if shown and column in self._widths:
            header.resizeSection(column, self._widths[column])
        self.updateGeometries()  # the scroll bars know at once

    def _column_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """The header's menu: each column that may give way, to show or hide, and back to
        what fits."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Kolommen tonen"))
        header = self.horizontalHeader()
        for column in self.optional_columns:
            action = menu.addAction(str(self.model().headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.choose_column(c, shown))
        menu.addSeparator()
        automatic = menu.addAction(self.tr("Kolommen naar de breedte"))
        automatic.setEnabled(bool(self._chosen))
        automatic.triggered.connect(self.choose_automatic_columns)
        return menu

    def choose_column(self, column: int, shown: bool) -> None:
        self._chosen[column] = shown
        self._show_column(column, shown)
        self.fit_columns()

    def choose_automatic_columns(self) -> None:
        self._chosen.clear()
        self.fit_columns()


class ListAndDetail(QSplitter):
    """The list and, beside it, the detail of the row chosen, while the list keeps every
    column beside a readable name; else the detail under the list. Beside, the detail takes
    what the list leaves, between DETAIL_NARROWEST and DETAIL_WIDEST."""

    def __init__(self, table: ResultsTable, results: QWidget, detail: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._table = table
        self._detail = detail
        self.addWidget(results)
        self.addWidget(detail)
        self.setChildrenCollapsible(False)
        self._width = -1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_detail()

    def place_detail(self) -> None:
        """Beside or under, from this width; shared out again when that changed."""
        needed = self._table.width_for_every_column()
        beside = self.width() - self.handleWidth() - DETAIL_NARROWEST >= needed
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        detail = self._detail
        detail.setMaximumWidth(DETAIL_WIDEST if beside else UNLIMITED)
        # Under the list on a low screen, the detail may be short: it scrolls.
        detail.setMinimumHeight(0 if beside else 40)
        if self.orientation() != orientation:
            self.setOrientation(orientation)
            # Shared out once the splitter has its new size (after this turn's layout).
            QTimer.singleShot(0, self.share)
        elif beside and self.width() != self._width:
            self.share()
        self._width = self.width()

    def share(self) -> None:
        """The list first: it holds the numbers and the states; the detail says more."""
        handle = self.handleWidth()
        if self.orientation() == Qt.Orientation.Horizontal:
            total = self.width()
            rest = total - handle - self._table.width_for_every_column()
            detail = max(DETAIL_NARROWEST, min(DETAIL_WIDEST, rest))
            self.setSizes([max(1, total - handle - detail), detail])
        else:
            total = self.height()
            share = total * 3 // 4
            self.setSizes([share, max(1, total - share - handle)])
