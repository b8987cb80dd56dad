"""Archived services: out of every list, and brought back from here exactly as they were."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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
from ifg_desktop.ui.coordinator.background import BackgroundRead
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import MessageLabel


class ArchiveDialog(QDialog):
    restore_ended = Signal(bool)  # True once the service is back in the directory

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
        self._writer = BackgroundRead(self, self._show_restoring)
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
        self.list.currentRowChanged.connect(lambda _row: self._enable_restore())
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
        self._enable_restore()

    def _enable_restore(self) -> None:
        self.restore_button.setEnabled(self.list.currentRow() >= 0 and not self._writer.busy)

    def restore_selected(self) -> bool:
        """Bring the selected service back, written off the GUI thread; True once that is
        on its way (``restore_ended`` follows)."""
        item = self.list.currentItem()
        if item is None or self._writer.busy:
            return False
        key, version = item.data(Qt.ItemDataRole.UserRole)
        database, by = self._database, self._coordinator

        def write() -> str | None:
            try:
                restore_service(database, key, by=by, expected_version=version)
            except EditRefused as refused:  # said on the GUI thread
                return str(refused)
            return None

        self.restore_button.setEnabled(False)
        self._writer.run(write, self._restored, self._restored)
        return True

    def _restored(self, refused: str | None) -> None:
        """After the write: the change announced, or why not said; the list read again."""
        if refused is None:
            self.message.show_message(None)
            self._on_change()
        self.refresh()
        if refused is not None:
            self.message.show_message(refused)
        self.restore_ended.emit(refused is None)

    def _show_restoring(self, slow: bool) -> None:
        if slow:
            self.message.show_message(self.tr("Bezig met terugzetten…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def done(self, result: int) -> None:
        if self._writer.busy:
            return  # a restore on its way is not taken back: close once it is done
        super().done(result)
