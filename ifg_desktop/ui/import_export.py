"""The "Bestand" menu: import HSDS with a preview, export, back up and restore.

A thin face over ``directory.hsds`` and ``directory.backups``: every piece of long work runs in a
worker thread (``_Job``) that only calls those functions and reports through signals; the
widgets are touched on the GUI thread alone. Nothing here holds a session.

The main window calls ``install_import_export(window, database, on_changed)`` once, in every
front-desk window: the menu imports only Qt. ``directory.hsds`` (SQLAlchemy, the models) is
imported on the GUI thread when an import or an export is started.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import DatabaseProblem
from ifg_desktop.directory.backups import make_backup, restore_database
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.busy import wait_cursor

if TYPE_CHECKING:
    from ifg_desktop.db import Database
    from ifg_desktop.directory.hsds import Cancel, ImportPlan, ImportResult, Progress

ErrorClasses = tuple[type[Exception], ...]

_NOTES_SHOWN = 2000  # lines of "not taken over" in the preview; more are counted
# File dialog filters, shown through translate("ImportExport", …).
JSON_FILTER = QT_TRANSLATE_NOOP("ImportExport", "HSDS JSON (*.json)")
ZIP_FILTER = QT_TRANSLATE_NOOP("ImportExport", "HSDS in tabelvorm, CSV in zip (*.zip)")
# A folder in the tabular form is opened by choosing one of its files (services.csv).
FOLDER_FILTER = QT_TRANSLATE_NOOP(
    "ImportExport", "HSDS in tabelvorm, map met CSV (*.csv datapackage.json)"
)
ALL_FILES_FILTER = QT_TRANSLATE_NOOP("ImportExport", "Alle bestanden (*)")
# The File menu is found by this name, whatever its title says in the language in use.
FILE_MENU_NAME = "menuBestand"


def _filters(*filters: str) -> str:
    """File dialog filters in the language in use, as QFileDialog takes them."""
    return ";;".join(translate("ImportExport", text) for text in filters)


def import_filters() -> str:
    return "HSDS (*.json *.zip *.csv);;" + _filters(
        JSON_FILTER, ZIP_FILTER, FOLDER_FILTER, ALL_FILES_FILTER
    )


# ---------------------------------------------------------------------------------- work


class _Job(QObject):
    """Runs one function off the GUI thread; the function gets progress and cancel.

    ``refusals`` and ``cancellations`` are the errors of the environment the work may raise
    (the HSDS ones come from the caller, which has imported ``directory.hsds``); any other
    is a bug.
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    refused = Signal(str)  # the environment said no: a Dutch sentence, data untouched
    cancelled = Signal(str)
    crashed = Signal(str)  # a bug: the traceback, raised again on the GUI thread

    def __init__(
        self,
        work: Callable[[Callable[[str, int, int], None], Callable[[], bool]], Any],
        refusals: ErrorClasses,
        cancellations: ErrorClasses,
    ):
        super().__init__()
        self._work = work
        self._refusals = refusals
        self._cancellations = cancellations
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except self._cancellations as stopped:
            self.cancelled.emit(str(stopped))
        except self._refusals as problem:
            self.refused.emit(str(problem))
        except BaseException:  # a bug: reported on the GUI thread, loudly
            self.crashed.emit(traceback.format_exc())
        else:
            self.succeeded.emit(result)


class _Relay(QObject):
    """Lives on the GUI thread: the job's signals arrive here queued, never in the worker."""

    def __init__(
        self,
        parent: QObject,
        progress: Callable[[str, int, int], None],
        success: Callable[[Any], None],
        refused: Callable[[str], None],
        cancelled: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._progress, self._success = progress, success
        self._refused, self._cancelled = refused, cancelled

    @Slot(str, int, int)
    def progress(self, phase: str, done: int, total: int) -> None:
        self._progress(phase, done, total)

    @Slot(object)
    def success(self, value: Any) -> None:
        self._success(value)

    @Slot(str)
    def refused(self, text: str) -> None:
        self._refused(text)

    @Slot(str)
    def cancelled(self, text: str) -> None:
        self._cancelled(text)

    @Slot(str)
    def crashed(self, details: str) -> None:
        raise RuntimeError(f"fout in de achtergrondtaak:\n{details}")


class _Runner(QObject):
    """Runs one job at a time on its own thread and cleans up after it."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._relay: _Relay | None = None
        self._running = False

    @property
    def busy(self) -> bool:
        """Until the job's end (success, refusal, cancel) has reached the GUI thread."""
        return self._running

    def start(
        self,
        work: Callable[..., Any],
        *,
        refusals: ErrorClasses,
        cancellations: ErrorClasses,
        progress: Callable[[str, int, int], None],
        success: Callable[[Any], None],
        refused: Callable[[str], None],
        cancelled: Callable[[str], None],
    ) -> None:
        assert not self._running, "one job at a time"
        self._reap()

        def ended(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                self._running = False
                callback(value)

            return run

        job = _Job(work, refusals, cancellations)
        relay = _Relay(self, progress, ended(success), ended(refused), ended(cancelled))
        thread = QThread(self)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progressed.connect(relay.progress)
        job.succeeded.connect(relay.success)
        job.refused.connect(relay.refused)
        job.cancelled.connect(relay.cancelled)
        job.crashed.connect(relay.crashed)
        for signal in (job.succeeded, job.refused, job.cancelled, job.crashed):
            # Directly, on the worker: the thread ends even while the GUI thread waits for it.
            signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._job, self._relay = thread, job, relay
        self._running = True
        thread.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def wait(self) -> None:
        """Block until the job's thread has ended (after ``cancel``: soon)."""
        self._reap()
        self._running = False

    def _reap(self) -> None:
        if self._thread is not None:
            self._thread.wait()
        for thing in (self._thread, self._job, self._relay):
            if thing is not None:
                thing.deleteLater()
        self._thread, self._job, self._relay = None, None, None


# ---------------------------------------------------------------------------------- preview


class PlanModel(QAbstractTableModel):
    """The dry run as a table: changed first, then new, then unchanged."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanModel", "Sleutel"),
        QT_TRANSLATE_NOOP("PlanModel", "Dienst"),
        QT_TRANSLATE_NOOP("PlanModel", "Wat"),
        QT_TRANSLATE_NOOP("PlanModel", "Details"),
    )

    def __init__(self, plan: ImportPlan, parent: QObject | None = None) -> None:
        from ifg_desktop.directory.hsds import Action, action_label

        super().__init__(parent)
        order = {Action.CHANGED: 0, Action.ADDED: 1, Action.UNCHANGED: 2}
        # Terms of the search vocabulary only when they change: a file carries hundreds.
        terms = [t for t in plan.terms if t.action is not Action.UNCHANGED]
        rows: list[Any] = [*plan.services, *terms]  # PlannedService or PlannedTerm
        self._rows = sorted(rows, key=lambda s: order[s.action])
        self._action_label = action_label  # imported here: the menu imports only Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("PlanModel", self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        service = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return service.key
            if index.column() == 1:
                return service.name
            if index.column() == 2:
                return self._action_label(service.action)
            return self._details(service)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            lines = [f"{c.label}: {c.old_text} → {c.new_text}" for c in service.changes]
            not_taken = self.tr("niet overgenomen: {note}")
            lines.extend(not_taken.format(note=note) for note in service.notes)
            return "\n".join(lines) or None
        return None

    def _details(self, service: Any) -> str:
        parts = [f"{c.label}: {c.old_text} → {c.new_text}" for c in service.changes]
        if service.notes:
            parts.append(self.tr("{n} gegeven(s) niet overgenomen").format(n=len(service.notes)))
        return "; ".join(parts)


class ImportDialog(QDialog):
    """Choose → preview (dry run) → confirm → progress (cancellable) → done."""

    planned = Signal(object)  # the ImportPlan, once the preview is shown
    finished_import = Signal(object)  # the ImportResult, or None when nothing was written

    def __init__(
        self,
        database: Database,
        path: Path,
        actor: str,
        on_changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        from ifg_desktop.directory.hsds import apply_import, plan_import

        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Importeren — {file}").format(file=path.name))
        self.resize(900, 600)
        self._database = database
        self._path = path
        self._actor = actor
        self._on_changed = on_changed
        self._runner = _Runner(self)
        self.plan: ImportPlan | None = None

        self.message = QLabel(self.tr("Het bestand wordt gelezen en vergeleken met de wegwijzer…"))
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Voorbeeld van de import"))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.hide()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("importNotes")
        self.notes.setAccessibleName(self.tr("Niet overgenomen"))
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(160)
        self.notes.hide()
        buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("Importeren"))
        self.confirm.setObjectName("importConfirm")
        self.confirm.setEnabled(False)
        self.cancel = QPushButton(self.tr("Annuleren"))
        self.cancel.setObjectName("importCancel")
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.clicked.connect(self._apply)
        self.cancel.clicked.connect(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

        def plan(progress: Progress, stop: Cancel) -> ImportPlan:
            planned = plan_import(self._database, self._path, progress=progress, cancel=stop)
            if not planned.writes:  # remembers what the services were read from
                apply_import(self._database, planned, actor=self._actor, cancel=stop)
            return planned

        self._start(plan, self._show_plan)

    # -- running -------------------------------------------------------------------------

    def _start(self, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        from ifg_desktop.directory.hsds import Cancelled, HsdsProblem

        self.progress.show()
        self.progress.setRange(0, 0)
        self._runner.start(
            work,
            refusals=(HsdsProblem, DatabaseProblem),
            cancellations=(Cancelled,),
            progress=self._progressed,
            success=done,
            refused=self._refused,
            cancelled=self._refused,
        )

    def _progressed(self, phase: str, done: int, total: int) -> None:
        from ifg_desktop.directory.hsds import phase_label

        self.progress.setFormat(f"{phase_label(phase)} — %p%")
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.progress.hide()
        self.table.setModel(PlanModel(plan, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.show()
        notes = list(plan.notes)
        for service in plan.services:
            notes.extend(f"{service.key}: {note}" for note in service.notes)
        for term in plan.terms:
            about_term = self.tr("zoekterm {term}: {note}")
            notes.extend(about_term.format(term=term.term, note=note) for note in term.notes)
        if notes:
            shown = notes[:_NOTES_SHOWN]
            if len(notes) > _NOTES_SHOWN:
                shown.append(self.tr("… en nog {n}").format(n=len(notes) - _NOTES_SHOWN))
            self.notes.setPlainText(
                self.tr(
                    "Niet overgenomen (HSDS kan het zeggen, IFG-wegwijzer kan het niet bewaren):"
                )
                + "\n"
                + "\n".join(shown)
            )
            self.notes.show()
        if plan.writes:
            self.message.setText(
                self.tr(
                    "{file}: {summary}. Controleer en klik op Importeren; "
                    "er wordt eerst een reservekopie van de databank gemaakt."
                ).format(file=plan.file, summary=plan.summary)
            )
            self.confirm.setEnabled(True)
        else:
            self.message.setText(
                self.tr("{file}: {summary}. Er is niets te importeren.").format(
                    file=plan.file, summary=plan.summary
                )
            )
            self.cancel.setText(self.tr("Sluiten"))
        self.planned.emit(plan)

    @Slot()
    def _apply(self) -> None:
        from ifg_desktop.directory.hsds import apply_import

        plan = self.plan
        assert plan is not None
        self.confirm.setEnabled(False)
        self.message.setText(self.tr("Bezig met importeren…"))
        self._start(
            lambda progress, stop: apply_import(
                self._database, plan, actor=self._actor, progress=progress, cancel=stop
            ),
            self._applied,
        )

    @Slot(object)
    def _applied(self, result: ImportResult) -> None:
        self.progress.hide()
        text = self.tr("Geïmporteerd: {summary}.").format(summary=result.plan.summary)
        if result.backup is not None:
            text += self.tr(" Reservekopie van de databank: {file}").format(file=result.backup)
        self.message.setText(text)
        self.cancel.setText(self.tr("Sluiten"))
        self._on_changed()
        self.finished_import.emit(result)

    @Slot(str)
    def _refused(self, problem: str) -> None:
        self.progress.hide()
        self.message.setText(self.tr("Niet geïmporteerd. {problem}").format(problem=problem))
        self.confirm.setEnabled(False)
        self.cancel.setText(self.tr("Sluiten"))
        self.finished_import.emit(None)

    @Slot()
    def _cancel(self) -> None:
        if self._runner.busy:
            self.message.setText(self.tr("Annuleren…"))
            self._runner.cancel()
        else:
            self.reject()

    def done(self, result: int) -> None:
        # Closing while working: stop the work and wait, so nothing is left half-way.
        self._runner.cancel()
        self._runner.wait()
        super().done(result)


# ---------------------------------------------------------------------------------- menu


class ImportExport(QObject):
    """The menu's actions and the work behind them (one piece at a time)."""

    exported = Signal(object)  # number of services, or None when it failed
    backed_up = Signal(object)  # the copy's path, or None

    def __init__(
        self, window: QMainWindow, database: Database, on_changed: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.on_changed = on_changed
        self.actor = _login()
        self._runner = _Runner(self)
        self.dialog: ImportDialog | None = None

        self.menu = _file_menu(window)
        self.import_action = self._action(self.tr("Importeren…"), "actionImport", self.ask_import)
        self.export_action = self._action(self.tr("Exporteren…"), "actionExport", self.ask_export)
        self.menu.addSeparator()
        self.backup_action = self._action(self.tr("Reservekopie…"), "actionBackup", self.ask_backup)
        self.restore_action = self._action(
            self.tr("Reservekopie terugzetten…"), "actionRestore", self.ask_restore
        )

    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # -- import --------------------------------------------------------------------------

    @Slot()
    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("HSDS-bestand importeren"), str(Path.home()), import_filters()
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        with wait_cursor():  # the first time, ImportDialog imports directory.hsds
            dialog = ImportDialog(self.database, path, self.actor, self.on_changed, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- export, backup, restore ---------------------------------------------------------

    @Slot()
    def ask_export(self) -> None:
        name = f"wegwijzer-{datetime.now():%Y%m%d}.json"
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Exporteren als HSDS"),
            str(Path.home() / name),
            _filters(JSON_FILTER, ZIP_FILTER),
        )
        if path:
            target = Path(path)
            zipped = chosen == translate("ImportExport", ZIP_FILTER)
            if zipped and target.suffix.lower() != ".zip":
                target = target.with_suffix(".zip")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        with wait_cursor():
            from ifg_desktop.directory.hsds import Cancelled, HsdsProblem, export_directory

        self._run(
            self.tr("Exporteren naar {file}…").format(file=path.name),
            lambda progress, stop: export_directory(
                self.database, path, progress=progress, cancel=stop
            ),
            lambda count: self.tr("{n} dienst(en) geëxporteerd naar {file}").format(
                n=count, file=path
            ),
            self.exported,
            refusals=(HsdsProblem, DatabaseProblem),
            cancellations=(Cancelled,),
        )

    @Slot()
    def ask_backup(self) -> None:
        name = f"wegwijzer-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Reservekopie maken"),
            str(Path.home() / name),
            self.tr("SQLite-databank (*.sqlite3)") + ";;" + _filters(ALL_FILES_FILTER),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        self._run(
            self.tr("Reservekopie maken…"),
            lambda _progress, _stop: make_backup(self.database, path),
            lambda made: self.tr("Reservekopie gemaakt: {file}").format(file=made),
            self.backed_up,
            refusals=(DatabaseProblem,),
        )

    @Slot()
    def ask_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Reservekopie terugzetten"),
            str(Path.home()),
            self.tr("SQLite-databank (*.sqlite3 *.bak *.db)") + ";;" + _filters(ALL_FILES_FILTER),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Reservekopie terugzetten"),
            self.tr(
                "De wegwijzer wordt vervangen door {file}. De huidige databank "
                "wordt eerst bewaard als reservekopie. Doorgaan?"
            ).format(file=Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        def done(kept: Path | None) -> str:
            self.on_changed()
            saved = self.tr(" De vorige databank is bewaard als {file}.").format(file=kept)
            restored = self.tr("Reservekopie teruggezet: {file}.").format(file=path.name)
            return restored + saved if kept else restored

        self._run(
            self.tr("Reservekopie terugzetten…"),
            lambda _progress, _stop: restore_database(self.database, path),
            done,
            self.backed_up,
            refusals=(DatabaseProblem,),
        )

    # -- plumbing ------------------------------------------------------------------------

    def _run(
        self,
        busy: str,
        work: Callable[..., Any],
        success: Callable[[Any], str],
        signal: Any,
        *,
        refusals: ErrorClasses,
        cancellations: ErrorClasses = (),
    ) -> None:
        if self._runner.busy:
            self._status(self.tr("Er loopt al een taak; wacht tot ze klaar is."))
            return

        def succeeded(value: Any) -> None:
            self._status(success(value))
            signal.emit(value)

        def refused(text: str) -> None:
            self._warn(text)
            signal.emit(None)

        def cancelled(text: str) -> None:
            self._status(text)
            signal.emit(None)

        def progressed(phase: str, done: int, total: int) -> None:
            from ifg_desktop.directory.hsds import phase_label

            self._status(
                self.tr("{phase}: {done} van {total}").format(
                    phase=phase_label(phase), done=done, total=total
                )
            )

        self._status(busy)
        self._runner.start(
            work,
            refusals=refusals,
            cancellations=cancellations,
            progress=progressed,
            success=succeeded,
            refused=refused,
            cancelled=cancelled,
        )

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    def _warn(self, text: str) -> None:
        self._status(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("IFG-wegwijzer"), text, parent=self.window
        )
        box.setObjectName("importExportProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the application: the window stays usable

    def shutdown(self) -> None:
        """Stop and wait for running work (the window is closing)."""
        self._runner.cancel()
        self._runner.wait()
        if self.dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on close
                self.dialog.close()


def _file_menu(window: QMainWindow) -> QMenu:
    """The window's "Bestand" menu (by its objectName): the existing one, or a new one in front."""
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == FILE_MENU_NAME:
            return menu
    menu = QMenu(translate("ImportExport", "&Bestand"), bar)
    menu.setObjectName(FILE_MENU_NAME)
    first = bar.actions()[0] if bar.actions() else None
    if first is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(first, menu)
    return menu


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "onbekend"


def install_import_export(
    window: QMainWindow, database: Database, on_changed: Callable[[], None]
) -> ImportExport:
    """Add Bestand › Importeren…, Exporteren…, Reservekopie… to ``window``.

    ``on_changed`` is called on the GUI thread after an import or a restore changed the
    directory (refresh the views). Keep the returned object; call ``shutdown()`` on close.
    """
    return ImportExport(window, database, on_changed)


__all__ = ["ImportDialog", "ImportExport", "PlanModel", "install_import_export"]
