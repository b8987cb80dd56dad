"""The red-flag checklist beside the directory: for this conversation only.

What is ticked lives in these check boxes and nowhere else: nothing is written to the
database, the settings or a log, and "Nieuw gesprek" clears it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.ui.accessibility import tab_stops
from ifg_desktop.ui.deferred import checklist

if TYPE_CHECKING:
    from ifg_desktop.directory.checklist import (
        Assessment,
        ChecklistGuidance,
        ChecklistItemRecord,
    )


def _wrapped(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    return label


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class FlagCheck(QWidget):
    """A check box whose long text wraps (QCheckBox's own text never does)."""

    def __init__(self, text: str, critical: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _ClickableLabel(text + (self.tr(" — kritiek") if critical else ""))
        self.label.setWordWrap(True)
        self.label.setObjectName("flagText")
        self.label.setProperty("critical", critical)
        self.label.clicked.connect(self.box.toggle)
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 1, 0, 1)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)


class ChecklistPanel(QWidget):
    """Three groups of check boxes, a live summary, suggestions and the Kindreflex steps."""

    assessment_changed = Signal(object)  # Assessment
    apply_suggestions = Signal(object)  # Assessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.setAccessibleName(self.tr("Checklist alarmsignalen"))
        self._items: list[ChecklistItemRecord] = []
        self._boxes: dict[str, QCheckBox] = {}
        self._child_involved = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        heading = _wrapped(self.tr("Alarmsignalen"), "checklistHeading")
        outer.addWidget(heading)
        # Scrolled with the flags (set_content): on a low window only the flags' viewport
        # gives way to the banner and the summary, and no flag moves.
        self.disclaimer = _wrapped("", "checklistDisclaimer")
        self.summary = _wrapped("", "checklistSummary")
        self.summary.setAccessibleName(self.tr("Samenvatting van de checklist"))
        self.apply_button = QPushButton(self.tr("Suggesties toepassen"))
        self.apply_button.setObjectName("applySuggestionsButton")
        self.apply_button.setToolTip(
            self.tr("Toon de diensten en thema's die bij de aangevinkte signalen passen")
        )
        self.apply_button.setAccessibleName(self.apply_button.toolTip())
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(lambda: self.apply_suggestions.emit(self.assessment()))
        self.kindreflex = QGroupBox(self.tr("Kindreflex — kinderen in beeld"))
        self.kindreflex.setObjectName("kindreflexBox")
        self.kindreflex.setVisible(False)
        self._kindreflex_steps = QVBoxLayout(self.kindreflex)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setObjectName("checklistScroll")
        self._scroll.setAccessibleName(self.tr("Alarmsignalen om aan te vinken"))
        # Tab goes to the check boxes themselves; the area scrolls to each.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self._scroll, 1)
        # The summary and its button under the flags: when the summary grows (a critical
        # flag: three lines) the flags above keep their place, the one just ticked too.
        outer.addWidget(self.summary)
        outer.addWidget(self.apply_button)
        self._groups = QWidget()
        self._scroll.setWidget(self._groups)
        QVBoxLayout(self._groups).addWidget(self.disclaimer)
        # Nothing to assess before the content comes (set_content, once the window shows).
        self.summary.setText(self.tr("Niets aangevinkt."))
        self.summary.setProperty("acute", False)

    def set_content(
        self, items: Sequence[ChecklistItemRecord], guidance: ChecklistGuidance
    ) -> None:
        self._items = list(items)
        self.disclaimer.setText(guidance.disclaimer)
        while self._kindreflex_steps.count():
            old = self._kindreflex_steps.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        for number, text in enumerate(guidance.kindreflex, start=1):
            self._kindreflex_steps.addWidget(_wrapped(f"{number}. {text}", "kindreflexStep"))
        groups = QWidget()
        layout = QVBoxLayout(groups)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.disclaimer)  # taken from the groups shown before
        self._boxes = {}
        titles = {
            "red_flag": self.tr("Rode vlaggen (escalatie)"),
            "protective": self.tr("Beschermende factoren"),
            "signal": self.tr("Signalen die je kan opmerken"),
        }
        for kind, title in titles.items():
            box = QGroupBox(title)
            box.setObjectName(f"checklistGroup_{kind}")
            inner = QVBoxLayout(box)
            current_group = None
            for item in self._items:
                if item.kind != kind:
                    continue
                if item.group and item.group != current_group:
                    current_group = item.group
                    inner.addWidget(_wrapped(item.group, "checklistSubheading"))
                flag = FlagCheck(item.text, item.critical)
                check = flag.box
                check.setObjectName(f"flag_{item.key}")
                if item.critical:
                    check.setAccessibleDescription(self.tr("Kritiek alarmsignaal"))
                if item.help:
                    flag.setToolTip(item.help)
                check.toggled.connect(self._update_summary)
                inner.addWidget(flag)
                self._boxes[item.key] = check
            layout.addWidget(box)
            if kind == "red_flag":  # children in view: the steps right under the red flags
                layout.addWidget(self.kindreflex)
        layout.addStretch(1)
        self._scroll.setWidget(groups)
        self._groups = groups
        if self._boxes:  # Tab reads as the eye does: the flags, then the button under them
            QWidget.setTabOrder(list(self._boxes.values())[-1], self.apply_button)
        self._update_summary()

    def focus_first(self, reason: Qt.FocusReason) -> None:
        """The focus on the first flag, scrolled into view. Not focusNextChild(): that moves
        on from wherever the focus was (from the search box to "Nieuw gesprek")."""
        window = self.window()
        shown = [w for w in tab_stops(self) if w.isVisibleTo(window) and w.isEnabled()]
        if shown:
            if self._scroll.isAncestorOf(shown[0]):  # from the top: the group's heading too
                self._scroll.verticalScrollBar().setValue(0)
                self._scroll.ensureWidgetVisible(shown[0])
            shown[0].setFocus(reason)

    # -- state of this conversation ---------------------------------------------------------
    def ticked(self) -> frozenset[str]:
        return frozenset(key for key, box in self._boxes.items() if box.isChecked())

    def set_ticked(self, key: str, checked: bool = True) -> None:
        self._boxes[key].setChecked(checked)

    def box(self, key: str) -> QCheckBox:
        return self._boxes[key]

    def items(self) -> list[ChecklistItemRecord]:
        """The items shown, as read from the database."""
        return list(self._items)

    def item_keys(self) -> list[str]:
        return list(self._boxes)

    def is_critical(self, key: str) -> bool:
        return any(item.key == key and item.critical for item in self._items)

    def set_child_involved(self, involved: bool) -> None:
        """A child's age (or unborn) is in the filters: show Kindreflex too."""
        if involved != self._child_involved:
            self._child_involved = involved
            self._update_summary()

    def assessment(self) -> Assessment:
        return checklist.assess(self._items, self.ticked(), child_involved=self._child_involved)

    def clear(self) -> None:
        for box in self._boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._child_involved = False
        self._update_summary()

    def _update_summary(self) -> None:
        result = self.assessment()
        if not (result.red_flags or result.protective or result.signals):
            text = self.tr("Niets aangevinkt.")
        else:
            text = self.tr(
                "{red} rode vlag(gen), {protective} beschermende factor(en), "
                "{signals} signaal/signalen."
            ).format(red=result.red_flags, protective=result.protective, signals=result.signals)
        if result.acute:
            text = (
                self.tr("Kritiek: {items}. ").format(items="; ".join(result.critical_items)) + text
            )
        self.summary.setText(text)
        if self.summary.property("acute") != result.acute:  # the style sheet reads it
            self.summary.setProperty("acute", result.acute)
            self.summary.style().unpolish(self.summary)
            self.summary.style().polish(self.summary)
        self.apply_button.setEnabled(bool(result.themes or result.services))
        self.kindreflex.setVisible(result.show_kindreflex)
        self.assessment_changed.emit(result)
