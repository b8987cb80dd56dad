"""Importing: preview first, then all or nothing; round trips are lossless."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ifg_desktop.db import Database, open_database
from ifg_desktop.directory import bulk
from ifg_desktop.directory.bulk import insert_drafts
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.hsds import (
    Action,
    ImportCancelled,
    Phase,
    PlanOutdated,
    apply_import,
    export_directory,
    plan_import,
)
from ifg_desktop.directory.hsds.exporter import drafts
from ifg_desktop.directory.hsds.service_import import canonical
from ifg_desktop.directory.indexing import place_services
from ifg_desktop.directory.query import ServiceQuery, find_services, get_service
from ifg_desktop.models import Service
from tests.directory.hsds.strategies import drafts as any_drafts

Snapshot = Callable[[Path], list[str]]


def all_drafts(database: Database) -> list[ServiceDraft]:
    with database.begin() as session:
        return [canonical(draft) for draft in drafts(session)]


def db_file(database: Database) -> Path:
    assert database.url.database is not None
    return Path(database.url.database)


def edited_export(
    database: Database, tmp_path: Path, edit: Callable[[dict[str, Any]], None]
) -> Path:
    target = tmp_path / "bewerkt.json"
    export_directory(database, target)
    documents = json.loads(target.read_text(encoding="utf-8"))
    for document in documents:
        edit(document)
    target.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return target


@pytest.mark.parametrize("name", ["export.json", "export.zip", "export-map"])
def test_round_trip_into_an_empty_database(
    database: Database, empty_database: Database, tmp_path: Path, name: str
) -> None:
    first, second = tmp_path / "1" / name, tmp_path / "2" / name
    export_directory(database, first)
    plan = plan_import(empty_database, first)
    assert plan.count(Action.ADDED) == 17 and not any(s.notes for s in plan.services)
    assert apply_import(empty_database, plan, actor="test").written
    export_directory(empty_database, second)
    if first.is_dir():
        for part in first.iterdir():
            assert part.read_bytes() == (second / part.name).read_bytes(), part.name
    else:
        assert first.read_bytes() == second.read_bytes()
    assert all_drafts(empty_database) == all_drafts(database)
    # The imported directory is searchable like the original.
    for text in ("team", "geweld", "vk"):
        keys = {r.key for r in find_services(database, ServiceQuery(text=text))}
        assert {r.key for r in find_services(empty_database, ServiceQuery(text=text))} == keys


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(any_drafts(), min_size=1, max_size=4, unique_by=lambda d: d.key))
def test_round_trip_of_generated_services(
    tmp_path: Path, empty_database_file: Path, generated: list[ServiceDraft]
) -> None:
    # Organizations are one per key in a database: make the drafts agree on them.
    organizations = {d.organization.key: d.organization for d in generated if d.organization}
    generated = [
        d if d.organization is None else _with_org(d, organizations[d.organization.key])
        for d in generated
    ]
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # one per example
    for name in ("bron.sqlite3", "doel.sqlite3"):
        shutil.copy(empty_database_file, folder / name)
    source = open_database(str(folder / "bron.sqlite3"))
    target = open_database(str(folder / "doel.sqlite3"))
    try:
        with source.begin() as session:
            from ifg_desktop.models import Theme

            session.add_all(
                Theme(key=k, label=k.title(), position=i)
                for i, k in enumerate(sorted({t for d in generated for t in d.themes}))
            )
            session.flush()
            place_services(session, insert_drafts(session, generated))
        export_directory(source, folder / "a.json")
        apply_import(target, plan_import(target, folder / "a.json"), actor="test")
        export_directory(target, folder / "b.json")
        assert (folder / "a.json").read_bytes() == (folder / "b.json").read_bytes()
        assert all_drafts(target) == all_drafts(source)
    finally:
        source.dispose()
        target.dispose()


def _with_org(draft: ServiceDraft, organization: Any) -> ServiceDraft:
    from dataclasses import replace

    return replace(draft, organization=organization)


def test_dry_run_writes_nothing(
    database: Database, tmp_path: Path, hsds_data: Path, snapshot: Snapshot
) -> None:
    before = snapshot(db_file(database))
    plan = plan_import(database, hsds_data / "examples" / "service_full.json")
    assert plan.count(Action.ADDED) == 1
    assert snapshot(db_file(database)) == before
    assert not list(db_file(database).parent.glob("*.bak.*"))  # no backup either


def test_import_takes_a_dated_backup_first(
    database: Database, hsds_data: Path, snapshot: Snapshot
) -> None:
    before = snapshot(db_file(database))
    result = apply_import(
        database, plan_import(database, hsds_data / "examples" / "csv"), actor="An"
    )
    assert result.backup is not None and ".import.bak." in result.backup.name
    assert snapshot(result.backup) == before


def test_changes_are_listed_field_by_field(database: Database, tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        if document["name"] == "Politie":
            document["name"] = "Lokale politie"
            document["phones"][0]["number"] = "112"

    plan = plan_import(database, edited_export(database, tmp_path, edit))
    [changed] = [s for s in plan.services if s.action is Action.CHANGED]
    assert changed.key == "politie"
    by_field = {c.field: c for c in changed.changes}
    assert set(by_field) == {"name", "phones"}
    assert (by_field["name"].old, by_field["name"].new) == ("Politie", "Lokale politie")
    assert by_field["phones"].new[0]["number"] == "112"
    assert plan.count(Action.UNCHANGED) == 16
    apply_import(database, plan, actor="An")
    record = get_service(database, "politie")
    assert record is not None and record.name == "Lokale politie"
    assert "politie" in {r.key for r in find_services(database, ServiceQuery(text="lokale pol"))}


def test_services_not_in_the_file_are_left_alone(
    database: Database, tmp_path: Path, hsds_data: Path
) -> None:
    before = all_drafts(database)
    apply_import(
        database, plan_import(database, hsds_data / "examples" / "service_full.json"), actor="An"
    )
    after = all_drafts(database)
    assert [d for d in after if d.key != "ac148810-d857-441c-9679-408f346de14b"] == before


def test_renaming_an_organization_refreshes_the_search_of_its_other_services(
    database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        caw = [
            s.key
            for s in session.scalars(select(Service))
            if s.organization and s.organization.key == "caw"
        ]
    assert len(caw) >= 2

    def edit(document: dict[str, Any]) -> None:
        if document.get("organization", {}).get("name", "").startswith("CAW"):
            document["organization"]["name"] = "Welzijnshuis Zuiderkempen"

    path = edited_export(database, tmp_path, edit)
    documents = json.loads(path.read_text(encoding="utf-8"))
    keep = next(
        d for d in documents if d.get("organization", {}).get("name", "").startswith("Welzijn")
    )
    path.write_text(json.dumps([keep]), encoding="utf-8")  # only one of CAW's services
    apply_import(database, plan_import(database, path), actor="An")
    assert {r.key for r in find_services(database, ServiceQuery(text="zuiderkempen"))} == set(caw)


def test_cancel_writes_nothing(
    database: Database, tmp_path: Path, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "BATCH", 3)
    path = _many(tmp_path, 12)
    plan = plan_import(database, path)
    before = snapshot(db_file(database))
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 4  # after some batches were written inside the transaction

    progress: list[tuple[str, int, int]] = []
    with pytest.raises(ImportCancelled):
        apply_import(
            database, plan, actor="An", cancel=cancel, progress=lambda *p: progress.append(p)
        )
    assert any(phase == Phase.WRITING and done > 0 for phase, done, _ in progress)
    assert snapshot(db_file(database)) == before


def _many(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "veel.json"
    documents = [
        {"id": f"dienst-{i:05}", "name": f"Dienst {i}", "status": "active",
         "phones": [{"id": f"p{i}", "number": "03 260 72 80"}]}
        for i in range(count)
    ]  # fmt: skip
    path.write_text(json.dumps(documents), encoding="utf-8")
    return path


def test_a_plan_made_stale_by_another_change_writes_nothing(
    database: Database, tmp_path: Path, snapshot: Snapshot
) -> None:
    path = _many(tmp_path, 3)
    plan = plan_import(database, path)
    apply_import(database, plan_import(database, _many(tmp_path, 1)), actor="Bert")
    before = snapshot(db_file(database))
    with pytest.raises(PlanOutdated):
        apply_import(database, plan, actor="An")
    assert snapshot(db_file(database)) == before


def test_a_plan_is_stale_when_an_organization_it_names_changed_meanwhile(
    database: Database, tmp_path: Path, snapshot: Snapshot
) -> None:
    """The check under the lock reads versions and organizations, not every service: an
    organization renamed in the editor (no version of this service moves) still counts."""
    from ifg_desktop.models import Organization

    def edit(document: dict[str, Any]) -> None:
        if document.get("organization", {}).get("name", "").startswith("CAW"):
            document["description"] = "Nieuw uit het bestand."

    plan = plan_import(database, edited_export(database, tmp_path, edit))
    assert plan.count(Action.CHANGED) >= 1
    with database.begin() as session:
        caw = session.scalars(select(Organization).where(Organization.key == "caw")).one()
        caw.name = "CAW, anders genoemd"
    before = snapshot(db_file(database))
    with pytest.raises(PlanOutdated):
        apply_import(database, plan, actor="An")
    assert snapshot(db_file(database)) == before


def test_a_plan_keeps_only_the_drafts_it_writes(database: Database, tmp_path: Path) -> None:
    """Compared while read: an unchanged service leaves no draft in the plan (memory)."""

    def edit(document: dict[str, Any]) -> None:
        if document["name"].startswith("1712"):
            document["description"] = "Anders."

    plan = plan_import(database, edited_export(database, tmp_path, edit))
    written = [s.key for s in plan.services if s.action is not Action.UNCHANGED]
    assert written and [d.key for d in plan.drafts] == written
    assert plan.count(Action.UNCHANGED) == len(plan.services) - len(written) > 10


def test_a_large_plan_packs_its_drafts_beyond_the_first_and_writes_them_all(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small plan keeps its drafts as they are (fast); a large one packs all but the first
    few thousand (memory). Either way they come back in the file's order and are written."""
    from ifg_desktop.directory.hsds import importer

    monkeypatch.setattr(importer, "_KEPT_AS_OBJECTS", 350)
    monkeypatch.setattr(importer, "_COMPARED_AT_ONCE", 300)
    path = _many(tmp_path, 1000)
    plan = plan_import(database, path)
    kinds = [type(drafts).__name__ for drafts, _changed, _added in plan.packed]
    assert kinds == ["tuple", "bytes", "bytes", "bytes"]  # 300 kept; 600 or 400 too many
    keys = [f"dienst-{i:05}" for i in range(1000)]
    assert [draft.key for draft in plan.drafts] == keys
    apply_import(database, plan, actor="An")
    with database.begin() as session:
        stored = set(session.scalars(select(Service.key).where(Service.key.like("dienst-%"))))
    assert stored == set(keys)


def test_nothing_to_do_writes_nothing_and_takes_no_backup(
    database: Database, tmp_path: Path
) -> None:
    export_directory(database, tmp_path / "zelfde.json")
    plan = plan_import(database, tmp_path / "zelfde.json")
    assert not plan.writes
    result = apply_import(database, plan, actor="An")
    assert not result.written and result.backup is None


def test_new_themes_are_created_with_the_label_from_the_file(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    export_directory(database, tmp_path / "a.json")
    plan = plan_import(empty_database, tmp_path / "a.json")
    assert ("partnergeweld", "Partnergeweld") in plan.new_themes
    apply_import(empty_database, plan, actor="An")
    record = get_service(empty_database, "1712")
    assert record is not None and "Partnergeweld" in {t.label for t in record.themes}


def test_a_round_trip_through_postgresql(
    database: Database, pg_empty_database: Database, tmp_path: Path
) -> None:
    """An HSDS file from one PC's directory imported into a team's shared database, and
    exported from there: the same file, and the same services found."""
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    export_directory(database, first)
    plan = plan_import(pg_empty_database, first)
    assert plan.count(Action.ADDED) == 17
    assert apply_import(pg_empty_database, plan, actor="test").written
    export_directory(pg_empty_database, second)
    assert first.read_bytes() == second.read_bytes()
    assert all_drafts(pg_empty_database) == all_drafts(database)
    for text in ("team", "geweld", "vk", "kind"):
        keys = {r.key for r in find_services(database, ServiceQuery(text=text))}
        assert {r.key for r in find_services(pg_empty_database, ServiceQuery(text=text))} == keys
    # Importing the same file again finds nothing to change.
    again = plan_import(pg_empty_database, second)
    assert (
        again.count(Action.ADDED) == 0
        and not apply_import(pg_empty_database, again, actor="test").written
    )
