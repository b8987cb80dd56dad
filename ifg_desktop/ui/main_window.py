"""Placeholder main window until the front-desk window lands (issue 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from ifg_desktop.db import Database
from ifg_desktop.directory.query import ServiceQuery, count_services


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("IFG-wegwijzer"))
        self._label = QLabel(self.tr("Databank openen…"))
        self.setCentralWidget(self._label)
        self.resize(900, 600)

    def attach(self, database: Database) -> None:
        count = count_services(database, ServiceQuery())
        self._label.setText(self.tr("{n} diensten in de wegwijzer").format(n=count))
