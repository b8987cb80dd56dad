"""A wait cursor for the first use of something loaded late (coordinator mode, imports)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The first coordinator action or import loads SQLAlchemy, the models and the dialogs
    (most of a second on a slow machine): the pointer says so."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
