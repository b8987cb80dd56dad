"""The application's icon: the signpost of resources/icons (PNGs, so no SVG plugin is needed)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ifg_desktop.paths import shipped_folder

ICON_SIZES = (48, 256)


def application_icon() -> QIcon:
    icon = QIcon()
    folder = shipped_folder("resources") / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"ifg-wegwijzer-{size}.png"), QSize(size, size))
    return icon
