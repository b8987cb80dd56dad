"""Make the README's screenshot: the window on a fresh database at a fixed moment.

QT_QPA_PLATFORM=offscreen python tools/screenshot.py docs/window.png [--scale 1.5]
    [--critical] [--search vluchthuis --guide] [--card docs/card.png]
python tools/screenshot.py docs/window-1024x768.png --screen 1024x768 [--scale 1.5]
python tools/screenshot.py docs/window-fr.png --screen 1366x768 --critical --lang fr

``--screen`` shoots the window filling a screen of that many physical pixels, at ``--scale``
(Qt's QT_SCALE_FACTOR, so 1024x768 at 1.5 is a 683x512 window in Qt's logical pixels, its
fonts as large as on that screen): the picture has the screen's size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--size", default="1366x768", help="window size, e.g. 1920x1080")
    parser.add_argument("--scale", default=None, help="QT_SCALE_FACTOR, e.g. 1.25 or 1.5")
    parser.add_argument(
        "--screen",
        default=None,
        help="a screen's size in pixels, e.g. 1024x768: the window fills it",
    )
    parser.add_argument("--critical", action="store_true", help="tick a critical flag")
    parser.add_argument("--search", default="", help="text typed in the search box")
    parser.add_argument(
        "--guide", action="store_true", help="open the guide (at the section the text finds)"
    )
    parser.add_argument("--card", type=Path, help="also save the card dialog for row 0 here")
    parser.add_argument(
        "--lang", choices=("nl", "en", "fr"), default="nl", help="the window's language"
    )
    parser.add_argument("--editor", type=Path, help="also save the service editor for row 0 here")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    # A throwaway settings and data folder: the screenshot never touches the user's.
    scratch = Path(tempfile.mkdtemp(prefix="ifg-shot-"))
    if args.screen:
        screen_width, screen_height = (int(part) for part in args.screen.split("x"))
        layout = {
            "windowFrameMargins": False,
            "screens": [
                {"name": "shot", "x": 0, "y": 0, "width": screen_width, "height": screen_height,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
            ],
        }  # fmt: skip
        (scratch / "screens.json").write_text(json.dumps(layout), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={scratch / 'screens.json'}"
        scale = float(args.scale or 1)
        args.size = f"{round(screen_width / scale)}x{round(screen_height / scale)}"

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.seed import open_directory
    from ifg_desktop.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication(sys.argv[:1])
    if args.lang != "nl":
        from ifg_desktop.ui.language import apply_language

        apply_language(args.lang)
    moment = datetime(2026, 12, 1, 10, 30, tzinfo=BRUSSELS)  # a Tuesday morning
    window = MainWindow(clock=lambda: moment)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.attach(open_directory(str(scratch / "shot.sqlite3")))
    if not args.search:  # the README's picture: a two-year-old, acute
        window.filters.age.years.setValue(2)
        window.filters.urgency.setCurrentIndex(1)  # acuut
    window.search.setText(args.search)
    for _ in range(20):
        app.processEvents()
    window.table.selectRow(0)
    if args.critical:
        # Tick the first critical red flag, as a worker would.
        panel = window.checklist
        panel.box(next(k for k in panel.item_keys() if panel.is_critical(k))).setChecked(True)
    while window.is_counting:
        app.processEvents()
    if args.guide:
        found = window.guide_note.text().split('href="')
        window.open_guide(found[1].split('"')[0] if len(found) > 1 else "")
    for _ in range(20):
        app.processEvents()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.output))
    print(args.output)
    if args.card:
        from ifg_desktop.directory.detail import read_services
        from ifg_desktop.ui.referral_card import ReferralCardDialog

        assert window.database is not None
        keys = [row.key for row in (window.model.row(i) for i in range(6)) if row]
        found_records = read_services(window.database, keys, moment)
        dialog = ReferralCardDialog([found_records[k] for k in keys], keys[:3], window)
        dialog.show()
        for _ in range(20):
            app.processEvents()
        dialog.grab().save(str(args.card))
        print(args.card)
    if args.editor:
        from ifg_desktop.ui.coordinator.editor import ServiceEditorDialog

        assert window.database is not None
        first = window.model.row(0)
        assert first is not None
        editor = ServiceEditorDialog(
            window.database, coordinator="screenshot", key=first.key, today=moment.date()
        )
        editor.show()
        for _ in range(20):
            app.processEvents()
        args.editor.parent.mkdir(parents=True, exist_ok=True)
        editor.grab().save(str(args.editor))
        print(args.editor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
