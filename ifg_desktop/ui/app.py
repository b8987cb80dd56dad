"""Starting the window: show it first, then open the database (the window is felt sooner)."""

from __future__ import annotations

import sys


def run_window(db_url: str | None) -> int:
    # SQLAlchemy before PySide6: importing Qt first makes SQLAlchemy's import slower.
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ifg_desktop.db import DatabaseProblem
    from ifg_desktop.directory import describe
    from ifg_desktop.directory.seed import open_directory
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
    describe.set_translator(lambda text: QCoreApplication.translate("describe", text))

    window = MainWindow()
    window.show()
    app.processEvents()
    try:
        database = open_directory(db_url)
    except DatabaseProblem as problem:
        QMessageBox.critical(window, "IFG-wegwijzer", str(problem))
        return 1
    window.attach(database)
    return app.exec()
