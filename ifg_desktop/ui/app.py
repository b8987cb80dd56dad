"""Starting the window: show it first, then load the rules and open the database (the window
is felt sooner; see ui/deferred.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ifg_desktop.ui.main_window import MainWindow


def run_window(db_url: str | None) -> int:
    started = start_window(db_url)
    if started is None:
        return 1
    app, window = started
    try:
        return app.exec()
    finally:
        window.shutdown()  # done already if the window was closed; never raises


def start_window(
    db_url: str | None, *, on_shown: Callable[[], None] | None = None
) -> tuple[QApplication, MainWindow] | None:
    """Show the window, then open the database and fill it; None if the database said no.

    ``on_shown`` runs once the empty window is on screen (the cold-start benchmark's mark).
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ifg_desktop.paths import shipped_folder
    from ifg_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("IFG-wegwijzer")
    app.setOrganizationName("ifg-desktop")
    app.setApplicationDisplayName("IFG-wegwijzer")
    # Dutch is the source language; another language comes from resources/translations.
    for folder, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(shipped_folder("resources") / "translations"), "ifg_desktop"),
    ):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)

    window = MainWindow()
    window.show()
    app.processEvents()
    if on_shown is not None:
        on_shown()

    from ifg_desktop.db import DatabaseProblem
    from ifg_desktop.directory import describe
    from ifg_desktop.directory.seed import open_directory

    describe.set_translator(lambda text: QCoreApplication.translate("describe", text))
    try:
        database = open_directory(db_url)
    except DatabaseProblem as problem:
        QMessageBox.critical(window, "IFG-wegwijzer", str(problem))
        return None
    window.attach(database)
    return app, window
