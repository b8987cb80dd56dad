"""A document imported before, into a service nothing changed since, is not read again; any
change on either side (the file, the service, its organization) is read and compared."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from ifg_desktop.db import Database
from ifg_desktop.directory import editing
from ifg_desktop.directory.hsds import Action, apply_import, export_directory, importer, plan_import
from ifg_desktop.models import Organization
from ifg_desktop.models.service import service_source


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the documents the import reads (maps)."""
    read: list[str] = []
    original = importer.read_service

    def counted(record: Any, document: dict[str, Any], context: Any) -> Any:
        read.append(document.get("id", ""))
        return original(record, document, context)

    monkeypatch.setattr(importer, "read_service", counted)
    return read


def _imported_twice(database: Database, empty_database: Database, tmp_path: Path) -> Path:
    """The seeded directory exported, imported into an empty database and, with one
    service changed, again (a plan that writes remembers what every service came from)."""
    path = tmp_path / "map.json"
    export_directory(database, path)
    assert apply_import(empty_database, plan_import(empty_database, path), actor="An").written
    return path


def _sources(database: Database) -> int:
    with database.begin() as session:
        return int(session.scalar(select(func.count()).select_from(service_source)) or 0)


def _edited(path: Path, target: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    documents = json.loads(path.read_text(encoding="utf-8"))
    for document in documents:
        edit(document)
    target.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return target


def test_the_same_file_again_is_not_read(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    assert _sources(empty_database) == 17
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, path)
    assert plan.count(Action.UNCHANGED) == 17 and not plan.writes and read == []
    assert [s.key for s in plan.services] == [s.key for s in plan_import(database, path).services]
    assert {s.name for s in plan.services} == {s.name for s in plan_import(database, path).services}


def test_a_changed_document_is_read_and_the_rest_not(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)

    def edit(document: dict[str, Any]) -> None:
        if document["name"] == "Politie":
            document["description"] = "Anders."

    changed = _edited(path, tmp_path / "changed.json", edit)
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, changed)
    assert len(read) == 1
    [service] = [s for s in plan.services if s.action is Action.CHANGED]
    assert service.key == "politie" and plan.count(Action.UNCHANGED) == 16
    apply_import(empty_database, plan, actor="An")
    read.clear()
    assert not plan_import(empty_database, changed).writes and read == []
    # The first file again: the service is read (its document differs from the last one).
    again = plan_import(empty_database, path)
    assert len(read) == 1 and again.count(Action.CHANGED) == 1


def test_a_service_edited_since_is_read_and_compared(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    loaded = editing.load_service(empty_database, "politie")
    assert loaded is not None
    editing.update_service(
        empty_database,
        replace(loaded.draft, description="In het venster gewijzigd."),
        expected_version=loaded.version,
        by="Bo",
    )
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, path)
    assert len(read) == 1
    [service] = [s for s in plan.services if s.action is Action.CHANGED]
    assert service.key == "politie" and {c.field for c in service.changes} == {"description"}


def test_an_organization_changed_since_is_read_and_compared(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    with empty_database.begin() as session:
        session.execute(update(Organization).where(Organization.key == "caw").values(name="Ander"))
    plan = plan_import(empty_database, path)
    changed = [s for s in plan.services if s.action is Action.CHANGED]
    assert changed and all({c.field for c in s.changes} == {"organization"} for s in changed)
    apply_import(empty_database, plan, actor="An")
    with empty_database.begin() as session:
        assert session.scalar(select(Organization.name).where(Organization.key == "caw")) != "Ander"


def test_a_known_document_twice_is_still_the_same_key_twice(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    documents = json.loads(path.read_text(encoding="utf-8"))
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps([*documents, documents[0]], ensure_ascii=False), "utf-8")
    with pytest.raises(importer.HsdsFileError, match="dezelfde sleutel"):
        plan_import(empty_database, twice)


def test_nothing_is_remembered_when_the_import_fails(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.json"
    export_directory(database, path)
    plan = plan_import(empty_database, path)

    def broken(*_arguments: Any, **_keywords: Any) -> None:
        raise RuntimeError("stroomuitval")

    monkeypatch.setattr(importer, "write_terms", broken)
    with pytest.raises(RuntimeError):
        apply_import(empty_database, plan, actor="An")
    assert _sources(empty_database) == 0


def _forgotten(database: Database) -> None:
    """As a database upgraded from before digests were kept: nothing remembered."""
    with database.begin() as session:
        session.execute(service_source.delete())


def test_an_unchanged_import_remembers_what_it_read(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    _forgotten(empty_database)
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, path)
    assert not plan.writes and len(read) == 17
    result = apply_import(empty_database, plan, actor="An")
    assert not result.written and result.backup is None
    assert _sources(empty_database) == 17
    read.clear()
    assert not plan_import(empty_database, path).writes and read == []


def test_the_command_line_remembers_an_unchanged_import(
    database: Database,
    empty_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ifg_desktop.cli import main

    path = _imported_twice(database, empty_database, tmp_path)
    _forgotten(empty_database)
    file = empty_database.url.database
    assert main(["--db", str(file), "import", str(path), "--actor", "An"]) == 0
    assert "Niets te importeren" in capsys.readouterr().out
    assert _sources(empty_database) == 17


def test_the_window_remembers_an_unchanged_import(
    qtbot: Any, database: Database, empty_database: Database, tmp_path: Path
) -> None:
    from ifg_desktop.ui.import_export import ImportDialog

    path = _imported_twice(database, empty_database, tmp_path)
    _forgotten(empty_database)
    dialog = ImportDialog(empty_database, path, "An", lambda: None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10_000) as planned:
        pass
    assert not planned.args[0].writes and not dialog.confirm.isEnabled()
    assert _sources(empty_database) == 17


def test_an_unchanged_plan_outdated_meanwhile_remembers_nothing(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    _forgotten(empty_database)
    plan = plan_import(empty_database, path)
    loaded = editing.load_service(empty_database, "politie")
    assert loaded is not None
    editing.update_service(
        empty_database,
        replace(loaded.draft, description="Intussen gewijzigd."),
        expected_version=loaded.version,
        by="Bo",
    )
    assert not apply_import(empty_database, plan, actor="An").written
    assert _sources(empty_database) == 0


def test_an_unchanged_import_that_fails_remembers_nothing(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    _forgotten(empty_database)
    plan = plan_import(empty_database, path)
    original = importer.record_sources

    def half(*arguments: Any) -> None:
        original(*arguments)
        raise RuntimeError("stroomuitval")

    monkeypatch.setattr(importer, "record_sources", half)
    with pytest.raises(RuntimeError):
        apply_import(empty_database, plan, actor="An")
    assert _sources(empty_database) == 0


def _read_again_after(
    change: Callable[[], None],
    database: Database,
    empty_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _imported_twice(database, empty_database, tmp_path)
    read = _counting(monkeypatch)
    assert not plan_import(empty_database, path).writes and read == []
    change()
    plan = plan_import(empty_database, path)
    assert len(read) == 17 and not plan.writes
    apply_import(empty_database, plan, actor="An")  # remembered as read by this code
    read.clear()
    plan_import(empty_database, path)
    assert read == []


def test_a_document_is_read_again_when_reading_a_value_changes(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change() -> None:
        monkeypatch.setattr(importer, "_READING_VERSION", importer._READING_VERSION + 1)

    _read_again_after(change, database, empty_database, tmp_path, monkeypatch)


def test_a_document_is_read_again_when_the_keys_read_change(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ifg_desktop.directory.hsds import service_import

    def change() -> None:
        ignored = (*service_import.SERVICE_IGNORED, "fees")
        monkeypatch.setattr(service_import, "SERVICE_IGNORED", ignored)

    _read_again_after(change, database, empty_database, tmp_path, monkeypatch)


def test_a_document_is_read_again_when_a_field_is_added(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ifg_desktop.directory import service_fields

    def change() -> None:
        fields = service_fields.SERVICE_FIELDS
        added = replace(fields[-1], name="fees", hsds="fees")
        monkeypatch.setattr(service_fields, "SERVICE_FIELDS", (*fields, added))

    _read_again_after(change, database, empty_database, tmp_path, monkeypatch)


def test_a_document_is_read_again_after_a_migration(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ifg_desktop import migrations

    def change() -> None:
        monkeypatch.setattr(migrations, "SCHEMA_REVISION", "9999")

    _read_again_after(change, database, empty_database, tmp_path, monkeypatch)


# ------------------------------------------------------------------- the tabular form


def _csv_edited(
    source: Path, target: Path, table: str, edit: Callable[[dict[str, str]], None]
) -> Path:
    """The zip ``source`` with every row of ``table`` passed through ``edit``."""
    import csv
    import io
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == table:
                rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
                for row in rows:
                    edit(row)
                text = io.StringIO(newline="")
                writer = csv.DictWriter(text, fieldnames=list(rows[0]), lineterminator="\r\n")
                writer.writeheader()
                writer.writerows(rows)
                data = text.getvalue().encode("utf-8")
            new.writestr(name, data)
    return target


def _csv_imported(database: Database, empty_database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "map.zip"
    export_directory(database, path)
    assert apply_import(empty_database, plan_import(empty_database, path), actor="An").written
    return path


def test_the_same_tables_again_are_not_read(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tabular form too: a service's document is digested with the organization and
    locations it names, and not read again when none of it changed."""
    path = _csv_imported(database, empty_database, tmp_path)
    assert _sources(empty_database) == 17
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, path)
    assert plan.count(Action.UNCHANGED) == 17 and not plan.writes and read == []


def test_an_organization_changed_in_its_own_table_is_read_for_its_services(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the tables a service names its organization by id: a new name in
    organizations.csv changes no row of services.csv, and must still be read."""
    path = _csv_imported(database, empty_database, tmp_path)
    with database.begin() as session:
        organization = session.scalars(select(Organization).order_by(Organization.key)).first()
        assert organization is not None
        name, services = organization.name, {s.key for s in organization.services}
    renamed = []

    def rename(row: dict[str, str]) -> None:
        if row["name"] == name:
            renamed.append(row["id"])
            row["name"] = "Nieuwe naam"

    changed = _csv_edited(path, tmp_path / "org.zip", "organizations.csv", rename)
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, changed)
    assert len(renamed) == 1 and services
    assert {s.key for s in plan.services if s.action is Action.CHANGED} == services
    assert len(read) == len(services)  # and the other services not


def test_a_location_changed_in_its_own_table_is_read_for_its_services(
    database: Database, empty_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _csv_imported(database, empty_database, tmp_path)
    moved: list[str] = []

    def move(row: dict[str, str]) -> None:
        if row["city"] and not moved:
            moved.append(row["location_id"])
            row["city"] = "Elders"

    changed = _csv_edited(path, tmp_path / "adres.zip", "addresses.csv", move)
    read = _counting(monkeypatch)
    plan = plan_import(empty_database, changed)
    changed_keys = {s.key for s in plan.services if s.action is Action.CHANGED}
    assert len(moved) == 1 and len(changed_keys) == 1 and len(read) == 1
