"""The steps of an import or an export, as codes, and how a face shows them.

``progress(phase, done, total)`` is told which step runs by a ``Phase`` (a code, also when
it crossed a Qt signal as a plain string); a face shows it with ``phase_label``, in the
language in use. Code compares phases, never their Dutch text.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate


class Phase(StrEnum):
    READING = "reading"
    COMPARING = "comparing"
    BACKING_UP = "backing_up"
    WRITING = "writing"
    INDEXING = "indexing"
    EXPORTING = "exporting"


PHASE_LABELS = {
    Phase.READING: QT_TRANSLATE_NOOP("hsds", "Bestand lezen"),
    Phase.COMPARING: QT_TRANSLATE_NOOP("hsds", "Vergelijken met de databank"),
    Phase.BACKING_UP: QT_TRANSLATE_NOOP("hsds", "Reservekopie maken"),
    Phase.WRITING: QT_TRANSLATE_NOOP("hsds", "Diensten schrijven"),
    Phase.INDEXING: QT_TRANSLATE_NOOP("hsds", "Zoekindex bijwerken"),
    Phase.EXPORTING: QT_TRANSLATE_NOOP("hsds", "Exporteren"),
}

Progress = Callable[[Phase, int, int], None]
Cancel = Callable[[], bool]


def phase_label(phase: Phase | str) -> str:
    """A step (``Phase.READING`` …, or its code) in the language in use."""
    return translate("hsds", PHASE_LABELS[Phase(phase)])


__all__ = ["PHASE_LABELS", "Cancel", "Phase", "Progress", "phase_label"]
