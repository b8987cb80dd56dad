"""The window's backup and restore, without Qt: the open database reads what was put back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory.backups import make_backup, restore_database


def _name(database: Database, key: str) -> str:
    with database.begin() as session:
        value = session.execute(text("SELECT name FROM service WHERE key = :k"), {"k": key})
        return str(value.scalar_one())


def test_restore_into_the_open_database_keeps_the_one_it_replaces(
    database: Database, tmp_path: Path
) -> None:
    before = _name(database, "1712")
    copy = make_backup(database, tmp_path / "kopie.sqlite3")
    assert copy == tmp_path / "kopie.sqlite3"
    with database.begin() as session:
        session.execute(text("UPDATE service SET name = 'Gewijzigd' WHERE key = '1712'"))

    kept = restore_database(database, copy)

    assert _name(database, "1712") == before
    assert kept is not None and kept.exists() and kept != copy


def test_a_file_that_is_no_backup_is_refused_with_the_data_as_it_was(
    database: Database, tmp_path: Path
) -> None:
    other = tmp_path / "notities.sqlite3"
    other.write_text("geen databank")
    before = _name(database, "1712")
    with pytest.raises(DatabaseProblem, match="geen reservekopie"):
        restore_database(database, other)
    assert _name(database, "1712") == before
