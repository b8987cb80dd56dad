"""Bestand › Importeren / Exporteren / Reservekopie on a bare main window."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ifg_desktop.db import Database
from ifg_desktop.db.backup import check_backup
from ifg_desktop.directory.hsds import Action, Phase, plan_import
from ifg_desktop.directory.hsds import importer as importer_module
from ifg_desktop.directory.query import get_service
from ifg_desktop.ui import import_export
from ifg_desktop.ui.import_export import (
    ImportDialog,
    ImportExport,
    PlanModel,
    install_import_export,
)

EXAMPLE_ID = "ac148810-d857-441c-9679-408f346de14b"
Snapshot = Callable[[Path], list[str]]


class Changes:
    """on_changed, remembering that it ran, and on which thread."""

    def __init__(self) -> None:
        self.threads: list[bool] = []

    def __call__(self) -> None:
        self.threads.append(threading.current_thread() is threading.main_thread())


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def menu(window: QMainWindow, database: Database, changes: Changes) -> Iterator[ImportExport]:
    installed = install_import_export(window, database, changes)
    yield installed
    installed.shutdown()


def db_path(database: Database) -> Path:
    assert database.url.database is not None
    return Path(database.url.database)


def open_import(
    qtbot: QtBot, menu: ImportExport, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportDialog:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    menu.import_action.trigger()
    dialog = menu.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_menu_is_added_once_with_its_actions(window: QMainWindow, menu: ImportExport) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Bestand"]
    names = [a.objectName() for a in menu.menu.actions() if not a.isSeparator()]
    assert names == ["actionImport", "actionExport", "actionBackup", "actionRestore"]


def test_an_existing_bestand_menu_is_used(
    qtbot: QtBot, window: QMainWindow, database: Database
) -> None:
    existing = window.menuBar().addMenu("&Bestand")
    existing.setObjectName("menuBestand")  # found by name: the title may be translated
    existing.addAction("Afsluiten")
    installed = install_import_export(window, database, lambda: None)
    assert installed.menu is existing and len(window.menuBar().actions()) == 1


def test_import_previews_then_writes_on_confirm(
    qtbot: QtBot,
    menu: ImportExport,
    database: Database,
    hsds_data: Path,
    changes: Changes,
    snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(db_path(database))
    dialog = open_import(qtbot, menu, hsds_data / "examples" / "service_full.json", monkeypatch)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        pass
    model = dialog.table.model()
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "nieuw"
    assert "languages" in dialog.notes.toPlainText()
    assert dialog.confirm.isEnabled()
    assert snapshot(db_path(database)) == before  # the preview wrote nothing
    assert changes.threads == []
    with qtbot.waitSignal(dialog.finished_import, timeout=10_000) as done:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert done.args[0].written
    assert "Geïmporteerd" in dialog.message.text() and ".import.bak." in dialog.message.text()
    assert changes.threads == [True]  # once, on the GUI thread
    assert get_service(database, EXAMPLE_ID) is not None


def test_a_bad_file_is_explained_and_nothing_changes(
    qtbot: QtBot,
    menu: ImportExport,
    database: Database,
    tmp_path: Path,
    changes: Changes,
    snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "slecht.json"
    bad.write_text('[{"id": "x", "name": "X", "status": "active", "minimum_age": "veel"}]')
    before = snapshot(db_path(database))
    dialog = open_import(qtbot, menu, bad, monkeypatch)
    with qtbot.waitSignal(dialog.finished_import, timeout=10_000):
        pass
    assert "slecht.json" in dialog.message.text() and "minimum_age" in dialog.message.text()
    assert not dialog.confirm.isEnabled() and dialog.cancel.text() == "Sluiten"
    assert snapshot(db_path(database)) == before and changes.threads == []


def test_cancel_while_writing_writes_nothing(
    qtbot: QtBot,
    menu: ImportExport,
    database: Database,
    tmp_path: Path,
    changes: Changes,
    snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "veel.json"
    source.write_text(
        json.dumps([{"id": f"d{i}", "name": f"Dienst {i}", "status": "active"} for i in range(50)])
    )
    reached, go = threading.Event(), threading.Event()
    real = importer_module.apply_import

    def held(database: Database, plan: Any, **kwargs: Any) -> Any:
        progress = kwargs.pop("progress")

        def hold(phase: str, done: int, total: int) -> None:
            progress(phase, done, total)
            if phase == Phase.WRITING:
                reached.set()
                go.wait(10)

        return real(database, plan, progress=hold, **kwargs)

    # Looked up in directory.hsds when Importeren is clicked (the menu imports it late).
    monkeypatch.setattr("ifg_desktop.directory.hsds.apply_import", held)
    before = snapshot(db_path(database))
    dialog = open_import(qtbot, menu, source, monkeypatch)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        pass
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)  # the person clicks Annuleren
    with qtbot.waitSignal(dialog.finished_import, timeout=10_000) as done:
        go.set()
    assert done.args == [None]
    assert "geannuleerd" in dialog.message.text()
    assert snapshot(db_path(database)) == before and changes.threads == []


def test_export_runs_in_the_background(
    qtbot: QtBot, window: QMainWindow, menu: ImportExport, tmp_path: Path, database: Database
) -> None:
    target = tmp_path / "uit.json"
    with qtbot.waitSignal(menu.exported, timeout=10_000) as done:
        menu.export_to(target)
    assert done.args == [17]
    services = [d for d in json.loads(target.read_text(encoding="utf-8")) if "status" in d]
    assert len(services) == 17  # the search vocabulary's terms follow them
    assert "17 dienst(en)" in window.statusBar().currentMessage()


def test_export_through_the_menu_as_zip(
    qtbot: QtBot, menu: ImportExport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = (str(tmp_path / "uit"), import_export.ZIP_FILTER)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: chosen))
    with qtbot.waitSignal(menu.exported, timeout=10_000):
        menu.export_action.trigger()
    assert (tmp_path / "uit.zip").is_file()


def test_a_failed_export_warns_without_blocking(
    qtbot: QtBot, window: QMainWindow, menu: ImportExport, tmp_path: Path
) -> None:
    (tmp_path / "bestand").write_text("")
    with qtbot.waitSignal(menu.exported, timeout=10_000) as done:
        menu.export_to(tmp_path / "bestand" / "uit.json")
    assert done.args == [None]
    box = window.findChild(QMessageBox, "importExportProblem")
    assert box is not None and "uit.json" in box.text()


def test_backup_and_restore(
    qtbot: QtBot,
    menu: ImportExport,
    database: Database,
    tmp_path: Path,
    changes: Changes,
    snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = tmp_path / "kopie.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(copy), ""))
    )
    with qtbot.waitSignal(menu.backed_up, timeout=10_000):
        menu.backup_action.trigger()
    check_backup(copy)
    saved = snapshot(db_path(database))
    with database.begin() as session:
        session.execute(text("UPDATE service SET name = 'Weg' WHERE key = '1712'"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(copy), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(menu.backed_up, timeout=10_000):
        menu.restore_action.trigger()
    assert changes.threads == [True]
    assert snapshot(db_path(database)) == saved


def test_plan_model(qtmodeltester: Any, database: Database, hsds_data: Path) -> None:
    plan = plan_import(database, hsds_data / "examples" / "csv")
    model = PlanModel(plan)
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and plan.services[0].action is Action.ADDED


def test_plan_model_lists_changed_search_terms(
    qtmodeltester: Any, database: Database, tmp_path: Path
) -> None:
    from ifg_desktop.directory.hsds.search_terms import term_document
    from ifg_desktop.directory.vocabulary import TermRecord

    changed = TermRecord("wurgen", ("wurging",))
    source = tmp_path / "termen.json"
    source.write_text(json.dumps([term_document(changed)]), encoding="utf-8")
    model = PlanModel(plan_import(database, source))
    qtmodeltester.check(model)
    assert [model.data(model.index(0, column)) for column in range(3)] == [
        "(zoekterm)",
        "wurgen",
        "gewijzigd",
    ]
    assert str(model.data(model.index(0, 3))).endswith("→ vindt: wurging")


def test_ui_never_imports_sqlalchemy() -> None:
    import ast

    folder = Path(import_export.__file__).parent
    for module in folder.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] == "sqlalchemy" for n in names), module.name


def test_a_csv_folder_is_imported_by_choosing_one_of_its_files(
    qtbot: QtBot, menu: ImportExport, hsds_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_import(qtbot, menu, hsds_data / "examples" / "csv" / "services.csv", monkeypatch)
    with qtbot.waitSignal(dialog.planned, timeout=10_000) as planned:
        pass
    assert planned.args[0].format == "hsds-csv" and planned.args[0].count(Action.ADDED) == 1
