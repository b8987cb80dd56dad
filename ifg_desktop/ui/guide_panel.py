"""The conversation guide (Leidraad) beside the checklist: short sections to read while
talking, each with the slides of the training deck it comes from."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from ifg_desktop.directory.guide import GuideSectionRecord


def guide_html(sections: Sequence[GuideSectionRecord]) -> str:
    what_to_say = escape(translate("GuidePanel", "Wat je kunt zeggen:"))
    parts = []
    for section in sections:
        parts.append(f'<h3><a name="{escape(section.key)}"></a>{escape(section.title)}</h3>')
        parts.append(f"<p><b>{escape(section.summary)}</b></p>")
        parts.append("<ul>" + "".join(f"<li>{escape(p)}</li>" for p in section.points) + "</ul>")
        if section.say:
            said = "".join(f"<li><i>“{escape(s)}”</i></li>" for s in section.say)
            parts.append(f"<p>{what_to_say}</p><ul>{said}</ul>")
        source = escape(translate("GuidePanel", "Bron: {source}").format(source=section.source))
        parts.append(f"<p style='font-size:small'>{source}</p>")
    return "".join(parts)


class GuidePanel(QWidget):
    """The sections, rendered when the panel is first shown (not at the window's start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        self.setAccessibleName(self.tr("Leidraad voor het gesprek"))
        self.view = QTextBrowser()
        self.view.setObjectName("guideView")
        self.view.setAccessibleName(self.tr("Leidraad: secties"))
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self._sections: tuple[GuideSectionRecord, ...] = ()
        self._rendered = True
        self._anchor: str | None = None

    @property
    def sections(self) -> tuple[GuideSectionRecord, ...]:
        return self._sections

    def set_sections(self, sections: Sequence[GuideSectionRecord]) -> None:
        self._sections = tuple(sections)
        self._rendered = False
        if self.isVisible():
            self._render()

    def show_section(self, key: str) -> None:
        """Scroll to ``key``'s section (once rendered)."""
        self._anchor = key
        if self._rendered:
            self.view.scrollToAnchor(key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._rendered:
            self._render()

    def _render(self) -> None:
        self.view.setHtml(guide_html(self._sections))
        self._rendered = True
        if self._anchor:
            self.view.scrollToAnchor(self._anchor)
