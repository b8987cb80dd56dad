"""Render resources/icons/ifg-wegwijzer.svg to the PNGs beside it (48 and 256 px) and to the
.ico (128 px) that PyInstaller puts on the Windows programs.

Run after changing the SVG: ``.venv/bin/python tools/render_icon.py``. The PNGs are committed:
the window and the .desktop file use them, and neither then needs Qt's SVG plugin.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (48, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "ifg-wegwijzer.svg"
    for size in SIZES:
        target = ICONS / f"ifg-wegwijzer-{size}.png"
        if not render(svg, size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    ico = ICONS / "ifg-wegwijzer.ico"
    if not render(svg, 128).save(str(ico), "ICO"):
        print(f"could not write {ico}", file=sys.stderr)
        return 1
    print(ico)
    return 0


if __name__ == "__main__":
    sys.exit(main())
