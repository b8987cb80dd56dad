"""The window's style sheet, shipped in resources/, and the colours of the state badges."""

from __future__ import annotations

from ifg_desktop.paths import shipped_folder

STYLE_SHEET = (shipped_folder("resources") / "style.qss").read_text(encoding="utf-8")

# Background, text: calm and readable (contrast above 4.5:1).
BADGE_COLOURS = {
    "open": ("#dff3e4", "#14532d"),
    "closed": ("#fde2e1", "#7f1d1d"),
    "unknown": ("#ececec", "#374151"),
}
