"""A layout that puts its items in a row and wraps onto the next row when the width runs out.

Qt ships none (its "flow layout" is an example); the filter bar uses it so that every filter
stays visible on a 1024-pixel screen at 150 % as on a wide one, without sideways scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- the item list ----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        # All in one row when there is room.
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self._spacing * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # As narrow as the widest single item: everything else wraps.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- placing ----------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items row by row inside ``rect``; the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def finish_row() -> None:
            # Items of one row share its height, centred: captions line up with boxes.
            if move:
                for item, point, size in row:
                    offset = (row_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(point.x(), point.y() + offset), size))
            row.clear()

        for item in self._visible():
            hint = item.sizeHint()
            size = QSize(
                min(hint.width(), max(area.width(), item.minimumSize().width())), hint.height()
            )
            if row and x + size.width() > area.right() + 1:
                finish_row()
                x, y = area.x(), y + row_height + self._spacing // 2
                row_height = 0
            row.append((item, QPoint(x, y), size))
            x += size.width() + self._spacing
            row_height = max(row_height, size.height())
        finish_row()
        return y + row_height - rect.y() + margins.bottom()
