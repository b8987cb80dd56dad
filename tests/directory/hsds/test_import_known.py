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
