"""Paints the "Nu" column as a coloured badge with words: colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ifg_desktop.ui.results_model import StateRole
from ifg_desktop.ui.style import BADGE_COLOURS


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = index.data(StateRole)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        background, foreground = BADGE_COLOURS.get(state, BADGE_COLOURS["unknown"])
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)
        advance = metrics.horizontalAdvance(text)
        room = rect.width() - 16
        # elidedText elides even at exactly the text's own width: only ask it when needed.
        shown = (
            text if advance <= room else metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        )
        badge = QRect(rect.left(), rect.top(), min(rect.width(), advance + 16), rect.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor(foreground))
        painter.drawText(
            badge.adjusted(8, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            shown,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = option.fontMetrics.horizontalAdvance(text) + 40
        return QSize(width, size.height() + 6)
