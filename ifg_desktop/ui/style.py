"""The window's style sheet, shipped in resources/, and the colours of the state badges."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from ifg_desktop.paths import shipped_folder

STYLE_SHEET = (shipped_folder("resources") / "style.qss").read_text(encoding="utf-8")

# Background, text: calm and readable (contrast above 4.5:1).
BADGE_COLOURS = {
    "open": ("#dff3e4", "#14532d"),
    "closed": ("#fde2e1", "#7f1d1d"),
    "unknown": ("#ececec", "#374151"),
}

# The tag beside a number for professionals only: the detail's professional banner in small.
PROFESSIONAL_TAG_COLOURS = ("#fff7ed", "#7c2d12", "#ea580c")  # background, text, border
TAG_PADDING = 5  # inside the tag, each side of its text
TAG_GAP = 6  # between the number and the tag


def tag_font(font: QFont) -> QFont:
    """The tag's font: the table's, a little smaller and bold, so it reads as a label."""
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    elif font.pixelSize() > 0:
        small.setPixelSize(max(9, round(font.pixelSize() * 0.8)))
    small.setBold(True)
    return small


def professional_tag_width(font: QFont, tag: str) -> int:
    """What the tag takes beside the number, gap included."""
    return QFontMetrics(tag_font(font)).horizontalAdvance(tag) + 2 * TAG_PADDING + TAG_GAP
