"""Imports are recorded in the audit trail as changes by the importing coordinator."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ifg_desktop.db import Database
from ifg_desktop.directory import audit
from ifg_desktop.directory.editing import load_service
from ifg_desktop.directory.fields import IMPORTED_FROM
from ifg_desktop.directory.hsds import apply_import, plan_import
from ifg_desktop.directory.hsds.service_export import service_document


def _write(path: Path, drafts: list) -> None:  # type: ignore[type-arg]
    path.write_text(json.dumps([service_document(d, {}) for d in drafts]), encoding="utf-8")


def test_import_records_changes_field_by_field_and_additions_once(
    database: Database, tmp_path: Path
) -> None:
    current = load_service(database, "bjb-antwerpen")
    assert current is not None
    changed = replace(current.draft, name="BJB Antwerpen (juridische eerstelijnshulp)")
    added = replace(current.draft, key="nieuw-bureau", name="Nieuw bureau")
    source = tmp_path / "lijst.json"
    _write(source, [changed, added])
    plan = plan_import(database, source)
    apply_import(database, plan, actor="Bea")

    history = audit.history(database, "bjb-antwerpen")
    names = [entry for entry in history if entry.field_name == "name"]
    assert names and names[0].updated_by == "Bea"
    assert "BJB Antwerpen (juridische" in names[0].replacement_text
    assert names[0].restorable  # the earlier name can be put back from the trail

    created = audit.history(database, "nieuw-bureau")
    assert [entry.field_name for entry in created] == [IMPORTED_FROM]
    assert created[0].updated_by == "Bea" and "lijst.json" in created[0].replacement_text
