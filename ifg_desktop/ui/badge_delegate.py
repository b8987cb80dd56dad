"""Paints the "Nu" column as a coloured badge with words, and tags a number for professionals
only: colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ifg_desktop.ui.results_model import ProfessionalRole, StateRole
from ifg_desktop.ui.style import (
    BADGE_COLOURS,
    PROFESSIONAL_TAG_COLOURS,
    TAG_GAP,
    TAG_PADDING,
    professional_tag_width,
    tag_font,
)

STATE_PART_SEPARATOR = " · "  # describe.state_text: the state, then a part open day and night


def fit_state_text(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` shortened to ``room`` pixels. The state itself stays whole and the part
    reachable day and night gives way from its end ("Uren onbekend · crisisopvang d…"); only
    a state too long by itself loses its start, for its end holds the time that matters
    ("…sluit om 16:00")."""
    # elidedText elides even at exactly the text's own width: only ask it when needed.
    if metrics.horizontalAdvance(text) <= room:
        return text
    state, separator, part = text.partition(STATE_PART_SEPARATOR)
    state_width = metrics.horizontalAdvance(state)
    if separator and state_width <= room:
        rest = metrics.elidedText(separator + part, Qt.TextElideMode.ElideRight, room - state_width)
        return state + rest
    return metrics.elidedText(state, Qt.TextElideMode.ElideLeft, room)


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
        shown = fit_state_text(text, metrics, rect.width() - 16)
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


class PhoneDelegate(QStyledItemDelegate):
    """The number as the table paints it; for professionals only, a tag "enkel prof." at the
    cell's right edge (the same place on every row, so the eye finds it down the column)."""

    def __init__(self, tag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.data(ProfessionalRole):
            super().paint(painter, option, index)
            return
        room = professional_tag_width(option.font, self.tag)
        cell_option = QStyleOptionViewItem(option)
        self.initStyleOption(cell_option, index)
        style = cell_option.widget.style() if cell_option.widget else QApplication.style()
        number = cell_option.text
        # The cell's background and selection over its whole width, then the number in the
        # room left of the tag (elided before the tag rather than under it).
        cell_option.text = ""
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, cell_option, painter, cell_option.widget
        )
        cell_option.text = number
        cell_option.rect = cell_option.rect.adjusted(0, 0, -room, 0)
        cell_option.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, cell_option, painter, cell_option.widget
        )
        font = tag_font(option.font)
        metrics = QFontMetrics(font)
        cell: QRect = option.rect
        width = min(room - TAG_GAP, cell.width() - 4)
        height = min(cell.height() - 6, metrics.height() + 4)
        tag = QRect(cell.right() - 3 - width, cell.center().y() - height // 2, width, height)
        background, foreground, border = PROFESSIONAL_TAG_COLOURS
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(border))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(tag, 5, 5)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        painter.drawText(
            tag.adjusted(TAG_PADDING, 0, -TAG_PADDING + 1, 0),
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(self.tag, Qt.TextElideMode.ElideRight, width - 2 * TAG_PADDING + 1),
        )
        painter.restore()
