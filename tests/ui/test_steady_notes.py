"""The notes above the list keep their room while a person types, and give it back at a pause."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ifg_desktop.ui import steady_notes
from ifg_desktop.ui.steady_notes import SteadyNotes


class Page(QWidget):
    """Two notes above a list, as in the window."""

    def __init__(self) -> None:
        super().__init__()
        self.first, self.second = QLabel("Bedoelde je partnergeweld?"), QLabel("Leidraad: x")
        for note in (self.first, self.second):
            note.setWordWrap(True)
            note.setVisible(False)
        self.notes = SteadyNotes((self.first, self.second))
        self.below = QLabel("de lijst")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(self.below, 1)

    def list_top(self) -> int:
        return self.below.mapTo(self, QPoint(0, 0)).y()

    def show_notes(self, *shown: QLabel, typed: bool = True) -> None:
        """What the window does on a keystroke."""
        self.notes.hold()
        for note in (self.first, self.second):
            note.setVisible(note in shown)
        if typed:
            self.notes.changed()
        else:
            self.notes.release()


@pytest.fixture
def page(qtbot: QtBot) -> Page:
    """Shown and laid out."""
    shown = Page()
    qtbot.addWidget(shown)
    shown.resize(400, 300)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def settled(qtbot: QtBot, page: Page) -> int:
    qtbot.wait(1)  # the layout's request is posted
    return page.list_top()


def test_a_note_that_goes_while_typing_leaves_its_room_until_a_pause(
    qtbot: QtBot, page: Page
) -> None:
    bare = settled(qtbot, page)

    page.show_notes(page.first, page.second)  # a note appears at once
    both = settled(qtbot, page)
    assert both > bare
    page.show_notes(page.first)  # the next key: one note goes, the list stays where it is
    assert settled(qtbot, page) == both
    assert page.second.isHidden() and page.notes.holding
    page.show_notes()  # and the other: still in place
    assert settled(qtbot, page) == both
    assert page.notes.isVisible()

    # The typing pauses: the room is given back, and the area takes none at all.
    qtbot.waitUntil(lambda: not page.notes.holding, timeout=steady_notes.SETTLE_MS + 2000)
    assert settled(qtbot, page) == bare
    assert not page.notes.isVisible()


def test_a_note_that_needs_more_room_takes_it_at_once(qtbot: QtBot, page: Page) -> None:
    page.show_notes(page.first)
    one = settled(qtbot, page)
    page.show_notes(page.first, page.second)
    assert settled(qtbot, page) > one


def test_nothing_typed_any_more_gives_the_room_back_at_once(qtbot: QtBot, page: Page) -> None:
    bare = settled(qtbot, page)
    page.show_notes(page.first, page.second)
    page.show_notes(typed=False)  # the search box was emptied ("Nieuw gesprek")
    assert settled(qtbot, page) == bare
    assert not page.notes.holding and not page.notes.isVisible()


def test_a_window_not_shown_keeps_no_room(qtbot: QtBot) -> None:
    """Before the window is laid out its areas have no real height: none is kept."""
    page = Page()
    qtbot.addWidget(page)
    page.show_notes(page.first)
    page.show_notes()
    assert not page.notes.holding
