"""What the coordinator UI tests share besides fixtures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ifg_desktop.ui.bridge import DataBridge
from ifg_desktop.ui.coordinator import CoordinatorController

PASSWORD = "Wegwijzer-2026"
TODAY = date(2026, 11, 28)


@dataclass
class Installed:
    window: QMainWindow
    controller: CoordinatorController
    bridge: DataBridge
    settings_file: Path
    selected: list[str | None]  # what the window has selected; tests set [0]
