"""Coordinator mode in a window: the "Coördinator" menu, the mode indicator, the dialogs.

The main window needs only ``install_coordinator``; it hands over how to know the selected
service, and refreshes its views on ``DataBridge.changed`` like any other change.

Every front-desk window installs the menu, and most never unlock it: installing imports
only Qt. The dialogs and the domain behind them (SQLAlchemy, the models) are imported in
the slot that needs them, on the GUI thread, under a wait cursor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QWidget,
)

from ifg_desktop.db import DatabaseProblem
from ifg_desktop.ui.busy import wait_cursor
from ifg_desktop.ui.coordinator.common import named

if TYPE_CHECKING:
    from ifg_desktop.db import Database
    from ifg_desktop.ui.bridge import DataBridge
    from ifg_desktop.ui.coordinator.archive import ArchiveDialog
    from ifg_desktop.ui.coordinator.background import BackgroundRead
    from ifg_desktop.ui.coordinator.editor import ServiceEditorDialog
    from ifg_desktop.ui.coordinator.guide import GuideDialog
    from ifg_desktop.ui.coordinator.history import HistoryDialog
    from ifg_desktop.ui.coordinator.terms import TermsDialog
    from ifg_desktop.ui.coordinator.unlock import ChangePasswordDialog, UnlockDialog
    from ifg_desktop.ui.coordinator.worklist import WorklistDialog

NAME_SETTING = "coordinator/name"  # only the name is remembered, never the password
STATUS_MS = 6000


def default_settings() -> QSettings:
    return QSettings("ifg-desktop", "IFG-wegwijzer")


class CoordinatorController(QObject):
    mode_changed = Signal(bool)  # True: unlocked
    # A verification or an archive was written (off the GUI thread) or refused: True once
    # it is in the database.
    written = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        database: Database,
        bridge: DataBridge,
        current_service_key: Callable[[], str | None],
        *,
        today: Callable[[], date] = date.today,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("coordinatorController")
        self.window = window
        self.database = database
        self.bridge = bridge
        self._current_key = current_service_key
        self._today = today
        self._settings = settings or default_settings()
        self.coordinator: str | None = None
        # The dialog of each kind that is open (kept for tests and to refresh on changes).
        self.unlock_dialog: UnlockDialog | None = None
        self.editor: ServiceEditorDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.worklist_dialog: WorklistDialog | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self.terms_dialog: TermsDialog | None = None
        self.guide_dialog: GuideDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self._writer: BackgroundRead | None = None  # made at the first write
        self._busy_cursor = False
        # Why this window cannot change anything (a front-desk login on the shared database,
        # read-only media), or None: then coordinator mode is not offered, and it says why.
        self.read_only_reason = _write_refusal(database)

        self.menu = window.menuBar().addMenu(self.tr("&Coördinator"))
        self.menu.setObjectName("coordinatorMenu")
        self.menu.setAccessibleName(self.tr("Coördinator"))

        def action(name: str, text: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.triggered.connect(lambda _checked=False: slot())
            self.menu.addAction(made)
            return made

        self.unlock_action = action("unlockAction", self.tr("Ontgrendelen…"), self.unlock)
        self.lock_action = action("lockAction", self.tr("Vergrendelen"), self.lock)
        self.menu.addSeparator()
        self.new_action = action("newServiceAction", self.tr("Nieuwe dienst…"), self.new_service)
        self.edit_action = action(
            "editServiceAction", self.tr("Geselecteerde dienst bewerken…"), self.edit_selected
        )
        self.verify_action = action(
            "verifyTodayAction", self.tr("Vandaag geverifieerd"), self.verify_selected
        )
        self.archive_action = action(
            "archiveServiceAction", self.tr("Archiveren…"), self.archive_selected
        )
        self.history_action = action("historyAction", self.tr("Geschiedenis…"), self.show_history)
        self.menu.addSeparator()
        self.worklist_action = action("worklistAction", self.tr("Werklijst…"), self.show_worklist)
        self.archive_list_action = action(
            "archiveListAction", self.tr("Gearchiveerde diensten…"), self.show_archive
        )
        self.terms_action = action("searchTermsAction", self.tr("Zoektermen…"), self.show_terms)
        self.guide_action = action("guideAction", self.tr("Leidraad bewerken…"), self.show_guide)
        self.menu.addSeparator()
        self.password_action = action(
            "changePasswordAction", self.tr("Wachtwoord wijzigen…"), self.change_password
        )
        self._unlocked_actions = [
            self.lock_action,
            self.new_action,
            self.edit_action,
            self.verify_action,
            self.archive_action,
            self.history_action,
            self.worklist_action,
            self.archive_list_action,
            self.terms_action,
            self.guide_action,
            self.password_action,
        ]

        self.indicator = named(QWidget(), "coordinatorIndicator", self.tr("Coördinatormodus"))
        self.indicator_label = named(
            QLabel(), "coordinatorIndicatorLabel", self.tr("Coördinatormodus")
        )
        self.indicator_label.setStyleSheet(
            "background: #ffd54f; color: #000; padding: 2px 8px; font-weight: bold;"
        )
        self.indicator_lock = named(QToolButton(), "coordinatorLockButton", self.tr("Vergrendelen"))
        self.indicator_lock.setText(self.tr("Vergrendelen"))
        self.indicator_lock.clicked.connect(self.lock)
        row = QHBoxLayout(self.indicator)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.indicator_label)
        row.addWidget(self.indicator_lock)
        window.statusBar().addPermanentWidget(self.indicator)
        self.read_only_label = named(
            QLabel(self.tr("Alleen lezen")), "readOnlyIndicator", self.tr("Alleen lezen")
        )
        self.read_only_label.setVisible(False)
        window.statusBar().addPermanentWidget(self.read_only_label)
        if self.read_only_reason is not None:
            self._offer_no_mode(self.read_only_reason)

        bridge.changed.connect(self._data_changed)
        self._show_mode()

    # -- the mode ------------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self.coordinator is not None

    def _offer_no_mode(self, reason: str) -> None:
        """The menu item stays, greyed, saying why; the status bar says it too."""
        self.unlock_action.setText(self.tr("Coördinatormodus niet beschikbaar"))
        self.unlock_action.setEnabled(False)
        self.unlock_action.setToolTip(reason)
        self.unlock_action.setStatusTip(reason)
        self.menu.setToolTipsVisible(True)
        self.read_only_label.setToolTip(reason)
        self.read_only_label.setAccessibleDescription(reason)
        self.read_only_label.setVisible(True)
        self.window.statusBar().showMessage(reason, STATUS_MS * 2)

    def _show_mode(self) -> None:
        unlocked = self.unlocked
        self.unlock_action.setVisible(not unlocked)
        self.unlock_action.setEnabled(self.read_only_reason is None)
        for made in self._unlocked_actions:
            made.setEnabled(unlocked)
        self.lock_action.setVisible(unlocked)
        self.indicator.setVisible(unlocked)
        self.indicator_label.setText(
            self.tr("Coördinatormodus: {name}").format(name=self.coordinator) if unlocked else ""
        )
        # The status bar squeezes permanent widgets for its messages: not this one.
        self.indicator_label.ensurePolished()
        self.indicator_lock.ensurePolished()
        self.indicator_label.setMinimumWidth(self.indicator_label.sizeHint().width())
        self.indicator_lock.setMinimumWidth(self.indicator_lock.sizeHint().width())

    def unlock(self) -> UnlockDialog | None:
        if self.read_only_reason is not None:  # the database would refuse every change
            self._status(self.read_only_reason)
            return None
        name = str(self._settings.value(NAME_SETTING, "") or "")
        with wait_cursor():
            from ifg_desktop.ui.coordinator.unlock import UnlockDialog

            # Reads whether a password is set: the first SQLAlchemy session of this window.
            dialog = UnlockDialog(self.database, name=name, parent=self.window)
        dialog.accepted.connect(lambda: self._unlocked(dialog.coordinator))
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def _unlocked(self, name: str | None) -> None:
        if not name:
            return
        self.coordinator = name
        self._settings.setValue(NAME_SETTING, name)
        self._settings.sync()
        self._show_mode()
        self._status(self.tr("Coördinatormodus ontgrendeld voor {name}.").format(name=name))
        self.mode_changed.emit(True)
        # A first save needs the inverted lemma list; where no earlier start or import left
        # it in the cache, it is made now beside the window (seconds, once per PC).
        import threading

        from ifg_desktop.directory.wordforms import warm

        threading.Thread(target=warm, name="word-forms", daemon=True).start()

    def lock(self) -> None:
        """One click: back to read-only; coordinator dialogs close, unsaved edits with them.
        A save, archive or restore on its way ends first: it is not taken back."""
        dialogs = [
            dialog
            for dialog in (
                self.editor,
                self.history_dialog,
                self.worklist_dialog,
                self.archive_dialog,
                self.terms_dialog,
                self.guide_dialog,
                self.password_dialog,
            )
            if dialog is not None
        ]
        if dialogs or self._writer is not None:
            from ifg_desktop.ui.coordinator.background import wait_for_all

            wait_for_all()
        for dialog in dialogs:
            dialog.reject()
        self.editor = self.history_dialog = self.worklist_dialog = None
        self.archive_dialog = self.terms_dialog = self.password_dialog = None
        self.guide_dialog = None
        was_unlocked = self.unlocked
        self.coordinator = None
        self._show_mode()
        if was_unlocked:
            self._status(self.tr("Vergrendeld: de wegwijzer is weer alleen-lezen."))
            self.mode_changed.emit(False)

    # -- actions -------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Coördinator"), text, parent=self.window
        )
        named(box, "coordinatorMessage", self.tr("Melding"))
        self.message_box = box
        box.open()

    def _selected(self) -> str | None:
        key = self._current_key()
        if key is None:
            self._status(self.tr("Kies eerst een dienst in de lijst."))
        return key

    def _changed(self) -> None:
        self.bridge.notify_local_change()

    def _write(self, work: Callable[[], object], done: Callable[[], None]) -> bool:
        """``work`` (a write of the directory) off the GUI thread: at 100,000 services an
        archive rewrites the search rows around the service, and the window keeps answering.
        Then, on the GUI thread, the change is announced and ``done`` runs; a refusal is
        said. False while the previous write is still on its way."""
        if self._writer is None:
            with wait_cursor():  # loads the worker
                from ifg_desktop.ui.coordinator.background import BackgroundRead

                self._writer = BackgroundRead(self, self._show_writing)
        if self._writer.busy:  # said in a box: a confirmed archive must not pass unnoticed
            self._inform(self.tr("Even geduld: de vorige wijziging wordt nog opgeslagen."))
            return False
        from ifg_desktop.directory.editing import EditRefused

        def write() -> str | None:
            try:
                work()
            except EditRefused as refused:  # said on the GUI thread
                return str(refused)
            return None

        def written(refused: str | None) -> None:
            if refused is None:
                self._changed()
                done()
            else:
                self._inform(refused)
            self.written.emit(refused is None)

        def not_written(problem: str) -> None:
            self._inform(problem)
            self.written.emit(False)

        self._writer.run(write, written, not_written)
        return True

    def _show_writing(self, slow: bool) -> None:
        bar = self.window.statusBar()
        saving = self.tr("Bezig met opslaan…")
        if slow and not self._busy_cursor:
            bar.showMessage(saving)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # over every widget
            self._busy_cursor = True
        elif not slow and self._busy_cursor:
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False
            if bar.currentMessage() == saving:
                bar.clearMessage()

    def new_service(self) -> ServiceEditorDialog | None:
        return self._open_editor(None)

    def edit_selected(self) -> ServiceEditorDialog | None:
        key = self._selected()
        return None if key is None else self._open_editor(key)

    def edit_service(self, key: str) -> ServiceEditorDialog | None:
        return self._open_editor(key)

    def _open_editor(self, key: str | None) -> ServiceEditorDialog | None:
        if self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.directory.editing import EditRefused
            from ifg_desktop.ui.coordinator.editor import ServiceEditorDialog

            try:
                editor = ServiceEditorDialog(
                    self.database,
                    coordinator=self.coordinator,
                    key=key,
                    today=self._today(),
                    parent=self.window,
                )
            except (EditRefused, DatabaseProblem) as refused:
                self._inform(str(refused))
                return None
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, key: str) -> None:
        self._changed()
        self._status(self.tr("Opgeslagen: {key}.").format(key=key))

    def verify_selected(self) -> bool:
        """Mark the selected service verified today; True once that is on its way
        (``written`` follows)."""
        key = self._selected()
        if key is None or self.coordinator is None:
            return False
        with wait_cursor():  # loads the domain, the first time after a start
            from ifg_desktop.directory.editing import verify_today

        database, by, today = self.database, self.coordinator, self._today()
        said = self.tr("'{key}' is vandaag geverifieerd door {name}.").format(key=key, name=by)
        return self._write(
            lambda: verify_today(database, key, by=by, today=today),
            lambda: self._status(said),
        )

    def archive_selected(self) -> QMessageBox | None:
        key = self._selected()
        if key is None or self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.directory.editing import load_service

            loaded = load_service(self.database, key)
        if loaded is None:
            self._inform(self.tr("Er is geen dienst met sleutel '{key}' (meer).").format(key=key))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Archiveren"),
            self.tr(
                "'{name}' archiveren? De dienst verdwijnt uit elke lijst; onder "
                "'Gearchiveerde diensten' kan hij teruggezet worden."
            ).format(name=loaded.draft.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        named(box, "archiveConfirm", self.tr("Archiveren bevestigen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._archive(key, loaded.version)

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _archive(self, key: str, version: int) -> None:
        if self.coordinator is None:
            return
        with wait_cursor():
            from ifg_desktop.directory.editing import archive_service

        database, by = self.database, self.coordinator
        said = self.tr("'{key}' is gearchiveerd.").format(key=key)
        self._write(
            lambda: archive_service(database, key, by=by, expected_version=version),
            lambda: self._status(said),
        )

    def show_history(self) -> HistoryDialog | None:
        key = self._selected()
        if key is None or self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.ui.coordinator.history import HistoryDialog

            dialog = HistoryDialog(
                self.database, key, coordinator=self.coordinator, parent=self.window
            )
        dialog.restored.connect(lambda _key: self._changed())
        self.history_dialog = dialog
        dialog.open()
        return dialog

    def show_worklist(self) -> WorklistDialog | None:
        if self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.ui.coordinator.worklist import WorklistDialog

            dialog = WorklistDialog(
                self.database, open_editor=self.edit_service, today=self._today, parent=self.window
            )
        self.worklist_dialog = dialog
        dialog.open()
        return dialog

    def show_archive(self) -> ArchiveDialog | None:
        if self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.ui.coordinator.archive import ArchiveDialog

            dialog = ArchiveDialog(
                self.database,
                coordinator=self.coordinator,
                on_change=self._changed,
                parent=self.window,
            )
        self.archive_dialog = dialog
        dialog.open()
        return dialog

    def show_terms(self) -> TermsDialog | None:
        """The search vocabulary: the words people type, and what they find."""
        if self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.ui.coordinator.terms import TermsDialog

            dialog = TermsDialog(
                self.database,
                coordinator=self.coordinator,
                on_change=self._changed,
                parent=self.window,
            )
        self.terms_dialog = dialog
        dialog.open()
        return dialog

    def show_guide(self) -> GuideDialog | None:
        """The conversation guide's sections, to keep them true."""
        if self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.ui.coordinator.guide import GuideDialog

            dialog = GuideDialog(
                self.database,
                coordinator=self.coordinator,
                on_change=self._changed,
                parent=self.window,
            )
        self.guide_dialog = dialog
        dialog.open()
        return dialog

    def change_password(self) -> ChangePasswordDialog | None:
        if self.coordinator is None:
            return None
        with wait_cursor():
            from ifg_desktop.ui.coordinator.unlock import ChangePasswordDialog

            dialog = ChangePasswordDialog(
                self.database, coordinator=self.coordinator, parent=self.window
            )
        dialog.accepted.connect(lambda: self._status(self.tr("Het wachtwoord is gewijzigd.")))
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _data_changed(self) -> None:
        """Another instance (or this one) changed data: open lists show it."""
        for dialog in (
            self.history_dialog,
            self.worklist_dialog,
            self.archive_dialog,
            self.terms_dialog,
            self.guide_dialog,
        ):
            if dialog is not None and dialog.isVisible():
                dialog.refresh()
        if self.editor is not None and self.editor.isVisible():
            self.editor.note_outside_change()


def _write_refusal(database: Database) -> str | None:
    """Database.write_refusal, or None when the server cannot tell now (it stays the gate)."""
    try:
        return database.write_refusal()
    except DatabaseProblem:
        return None


def install_coordinator(
    window: QMainWindow,
    database: Database,
    bridge: DataBridge,
    current_service_key: Callable[[], str | None],
    *,
    today: Callable[[], date] = date.today,
    settings: QSettings | None = None,
) -> CoordinatorController:
    """Add coordinator mode to ``window``: a "Coördinator" menu and a mode indicator.

    ``current_service_key`` returns the key of the service selected in the window (or None).
    The window refreshes on ``bridge.changed``; every edit made here emits it.
    """
    return CoordinatorController(
        window, database, bridge, current_service_key, today=today, settings=settings
    )


__all__ = ["CoordinatorController", "install_coordinator"]
