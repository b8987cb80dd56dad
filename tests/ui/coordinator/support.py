"""What the coordinator UI tests share besides fixtures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ifg_desktop.ui.bridge import DataBridge
from ifg_desktop.ui.coordinator import CoordinatorController
from ifg_desktop.ui.coordinator.editor import ServiceEditorDialog

PASSWORD = "Wegwijzer-2026"
TODAY = date(2026, 11, 28)


@dataclass
class Installed:
    window: QMainWindow
    controller: CoordinatorController
    bridge: DataBridge
    settings_file: Path
    selected: list[str | None]  # what the window has selected; tests set [0]


def saved_through(qtbot: QtBot, editor: ServiceEditorDialog) -> bool:
    """Press save in the editor and wait for the write (off the GUI thread) to end: True
    once the service is in the database, False when the dialog said why not."""
    with qtbot.waitSignal(editor.save_ended, timeout=10_000) as ended:
        assert editor.save(), "the save did not go off (a problem shown, or a check first)"
    return bool(ended.args[0])
