"""What the coordinator's menu needs before any dialog: widget names.

Only PySide6 here. The Coördinator and Bestand menus are installed in every front-desk
window, so their modules import this, never the domain (SQLAlchemy and the models are
imported when a coordinator action or an import is first used).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Every control carries an objectName (tests) and an accessible name (screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget
