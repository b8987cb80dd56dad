"""The window's style sheet, shipped in resources/."""

from __future__ import annotations

from ifg_desktop.paths import shipped_folder

STYLE_SHEET = (shipped_folder("resources") / "style.qss").read_text(encoding="utf-8")
