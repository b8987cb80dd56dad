"""What the menus need before any dialog: widget names and a wait cursor.

Only PySide6 here. The Coördinator and Bestand menus are installed in every front-desk
window, so their modules import this, never the domain (SQLAlchemy and the models are
imported when a coordinator action or an import is first used).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Every control carries an objectName (tests) and an accessible name (screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The first coordinator action or import loads SQLAlchemy, the models and the dialogs
    (most of a second on a slow machine): the pointer says so."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
