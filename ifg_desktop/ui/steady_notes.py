"""The notes above the list of services, in an area that does not shrink while a person types.

The notes follow every keystroke: "Bedoelde je …?", the guide's sections, a red flag's
advice. One that comes and goes while a word is typed ("crisisteam" shows the shelter route,
"crisisteam an" does not, "ant" shows the acute path) moved the whole list a line up and
down at each key, under the eyes of someone reading it, and relaid the window out on the
keystroke's path. Here a note that goes away leaves its room until the typing pauses; a note
that appears, or grows, takes its room at once (a red flag's advice never waits).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# A pause in typing: between the keys of a word people take 100–300 ms.
SETTLE_MS = 800


class SteadyNotes(QWidget):
    """``notes`` (labels shown and hidden by their owner) one under the other.

    Call :meth:`hold` before changing the notes and :meth:`changed` after; :meth:`release`
    when there is nothing typed any more (the area then fits its notes at once)."""

    def __init__(self, notes: Sequence[QLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchNotes")
        self._notes = tuple(notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for note in self._notes:
            layout.addWidget(note)
        layout.addStretch(1)  # the room kept lies under the notes, not between them
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.release)
        self.setVisible(False)

    @property
    def holding(self) -> bool:
        """Room is kept that the notes shown do not need (until the typing pauses)."""
        return self.minimumHeight() > 0

    def hold(self) -> None:
        """Keep at least the height on screen now, whatever the notes become (a window not
        shown yet has no height to keep: its size is not laid out)."""
        if self.isVisible() and self.height() > self.minimumHeight():
            self.setMinimumHeight(self.height())

    def changed(self) -> None:
        """The notes were changed: shown if any is, the room kept until a pause."""
        self.setVisible(self._any_note() or self.holding)
        self._settle.start()

    def release(self) -> None:
        """Fit the notes shown now (none: the area takes no room, not even its spacing)."""
        self._settle.stop()
        self.setMinimumHeight(0)
        self.setVisible(self._any_note())

    def _any_note(self) -> bool:
        return any(not note.isHidden() for note in self._notes)
