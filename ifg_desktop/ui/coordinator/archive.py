"""Archived services: out of every list, and brought back from here exactly as they were."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory.availability import BRUSSELS
from ifg_desktop.directory.editing import EditRefused, list_archived, restore_service
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import MessageLabel


class ArchiveDialog(QDialog):
    def __init__(
        self,
        database: Database,
        *,
        coordinator: str,
        on_change: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._coordinator = coordinator
        self._on_change = on_change
        named(self, "archiveDialog", self.tr("Archief"))
        self.setWindowTitle(self.tr("Gearchiveerde diensten"))
        self.list = named(QListWidget(), "archiveList", self.tr("Gearchiveerde diensten"))
        self.restore_button = named(
            QPushButton(self.tr("Terugzetten")), "archiveRestore", self.tr("Dienst terugzetten")
        )
        self.close_button = named(
            QPushButton(self.tr("Sluiten")), "archiveClose", self.tr("Sluiten")
        )
        self.message = MessageLabel("archiveMessage", self.tr("archief"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.resize(560, 380)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        try:
            archived = list_archived(self._database)
        except DatabaseProblem as problem:
            self.message.show_message(str(problem))
            return
        for service in archived:
            item = QListWidgetItem(
                self.tr("{name} ({key}) — gearchiveerd op {when}").format(
                    name=service.name,
                    key=service.key,
                    when=service.archived_at.astimezone(BRUSSELS).strftime("%d-%m-%Y %H:%M"),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (service.key, service.version))
            self.list.addItem(item)
        if not archived:
            self.message.show_message(None)
        self.restore_button.setEnabled(self.list.currentRow() >= 0)

    def restore_selected(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        key, version = item.data(Qt.ItemDataRole.UserRole)
        try:
            restore_service(self._database, key, by=self._coordinator, expected_version=version)
        except (EditRefused, DatabaseProblem) as refused:
            self.message.show_message(str(refused))
            self.refresh()
            return False
        self._on_change()
        self.refresh()
        return True
