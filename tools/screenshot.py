"""Make the README's screenshot: the window on a fresh database at a fixed moment.

QT_QPA_PLATFORM=offscreen python tools/screenshot.py docs/window.png [--scale 1.5]
    [--critical] [--search vluchthuis --guide] [--card docs/card.png]
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--critical", action="store_true", help="tick a critical flag")
    parser.add_argument("--search", default="", help="text typed in the search box")
    parser.add_argument(
        "--guide", action="store_true", help="open the guide (at the section the text finds)"
    )
    parser.add_argument("--card", type=Path, help="also save the card dialog for row 0 here")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.seed import open_directory
    from ifg_desktop.ui.main_window import MainWindow

    # A throwaway settings and data folder: the screenshot never touches the user's.
    scratch = Path(tempfile.mkdtemp(prefix="ifg-shot-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication(sys.argv[:1])
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
