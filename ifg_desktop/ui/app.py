"""Starting the window: show it first, then load the rules and open the database (the window
is felt sooner; see ui/deferred.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ifg_desktop.ui.main_window import MainWindow


def run_window(db_url: str | None, *, language: str | None = None) -> int:
    started = start_window(db_url, language=language)
    if started is None:
        return 1
    app, window = started
    try:
        return app.exec()
    finally:
        window.shutdown()  # done already if the window was closed; never raises


def start_window(
    db_url: str | None,
    *,
    on_shown: Callable[[], None] | None = None,
    language: str | None = None,
) -> tuple[QApplication, MainWindow] | None:
    """Show the window, then open the database and fill it; None if the database said no.
    A new SQLite file is made and filled by a process of its own (ui/first_start.py).

    ``language`` (``--lang``) is for this run only; without it, the remembered choice, else
    the system's language, else Dutch.

    ``on_shown`` runs once the empty window is on screen (the cold-start benchmark's mark).
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ifg_desktop.ui.language import apply_language, choose_language
    from ifg_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("IFG-wegwijzer")
    app.setOrganizationName("ifg-desktop")
    app.setApplicationDisplayName("IFG-wegwijzer")
    from ifg_desktop.ui.icon import application_icon

    app.setWindowIcon(application_icon())  # quick-hide swaps the window's own for a neutral one
    # Before any widget exists: the remembered language, else the system's, else Dutch.
    chosen = language or choose_language()
    apply_language(chosen)

    window = MainWindow()
    window.show()
    app.processEvents()
    if on_shown is not None:
        on_shown()

    from ifg_desktop.db import DatabaseProblem, sqlite_file_to_make
    from ifg_desktop.directory.seed import open_directory

    try:
        new_file = sqlite_file_to_make(db_url)
        if new_file is not None:
            from ifg_desktop.ui.first_start import make_in_own_process

            make_in_own_process(new_file, language=chosen, waiting=window.say_first_start)
        database = open_directory(db_url, indexing=window.say_indexing)
    except DatabaseProblem as problem:
        QMessageBox.critical(window, "IFG-wegwijzer", str(problem))
        return None
    finally:
        window.busy_done()
    window.attach(database)
    return app, window
