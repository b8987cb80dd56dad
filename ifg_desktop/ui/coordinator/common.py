"""What the coordinator's menu needs before any dialog: widget names.

Only PySide6 here. The Coördinator and Bestand menus are installed in every front-desk
window, so their modules import this, never the domain (SQLAlchemy and the models are
imported when a coordinator action or an import is first used).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str, description: str = "") -> W:
    """Every control carries an objectName (tests) and an accessible name (screen readers);
    ``description`` where the name alone does not say what the control does."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    if isinstance(widget, QComboBox):  # the list it opens is a widget of its own
        widget.view().setAccessibleName(accessible_name)
    return widget
