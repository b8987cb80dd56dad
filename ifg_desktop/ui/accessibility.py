"""What screen readers need beyond a widget's name: alerts, and names for the parts Qt makes.

Names and descriptions themselves are set where each widget is built (``setAccessibleName``,
``named`` in ui/coordinator/common.py); tests/ui/test_accessibility.py walks the tree.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def announce(widget: QWidget) -> None:
    """Tell assistive technology that ``widget`` now shows something that cannot wait (the
    acute banner, the server away): read out even where the focus is elsewhere."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def name_popup(combo: QComboBox) -> QComboBox:
    """The list a combo box opens is a widget of its own: it says which choice it is for."""
    combo.view().setAccessibleName(combo.accessibleName())
    return combo


def name_popups(root: QWidget) -> None:
    """``name_popup`` for every combo box in ``root``, once their own names are set."""
    for combo in root.findChildren(QComboBox):
        name_popup(combo)


def tab_stops(root: QWidget, *, include_root: bool = False) -> list[QWidget]:
    """The widgets in ``root`` that Tab can reach, in the order they were added to it (here
    the order they are laid out in). Left out: parts that pass their focus on (a spin box's
    line edit) and popups, which are windows of their own."""
    window = root.window()
    candidates = ([root] if include_root else []) + root.findChildren(QWidget)
    return [
        widget
        for widget in candidates
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is window
        and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
    ]


def set_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (hidden and disabled ones are skipped)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


__all__ = ["announce", "name_popup", "name_popups", "set_tab_order", "tab_stops"]
