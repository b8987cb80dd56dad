"""The bundle's smoke test: open the real window on a database, wait until its list shows the
first services, print one line and quit with 0 (1 when no service shows in time).

It proves that Qt with its platform plugin, the style sheet, the seed data, the migrations and
the search's word lists all made it into a bundle. ``ifg-wegwijzer --smoke-test [--db URL]``
in the bundle; ``python -m ifg_desktop.ui.smoke`` from a checkout.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ifg-wegwijzer --smoke-test")
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QTimer

    from ifg_desktop.i18n import translate
    from ifg_desktop.ui.app import start_window
    from ifg_desktop.ui.results_model import ServiceTableModel

    began = time.monotonic()
    started = start_window(args.db)
    if started is None:
        return 1
    app, window = started

    def check() -> None:
        rows = window.model.rowCount()
        if rows and window.isVisible():
            first = window.model.index(0, ServiceTableModel.NAME).data()
            line = translate(
                "SmokeTest",
                "Rooktest geslaagd: venster '{title}' ({width}×{height}) toont {rows} "
                "diensten, eerste: {first} (na {seconds:.1f} s)",
            ).format(
                title=window.windowTitle(),
                width=window.width(),
                height=window.height(),
                rows=rows,
                first=first,
                seconds=time.monotonic() - began,
            )
            print(line, flush=True)
            app.exit(0)
        elif time.monotonic() - began > args.timeout:
            message = translate(
                "SmokeTest", "Rooktest mislukt: na {seconds:.0f} s staat er geen dienst in de lijst"
            ).format(seconds=args.timeout)
            print(message, file=sys.stderr, flush=True)
            app.exit(1)

    poll = QTimer(window)
    poll.timeout.connect(check)
    poll.start(50)
    try:
        return app.exec()
    finally:
        window.shutdown()


if __name__ == "__main__":
    sys.exit(main())
