"""Migration 0010: the list's rows kept beside the tables on SQLite, filled from what an
upgraded database already holds; nothing on PostgreSQL."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ifg_desktop.db import Database
from ifg_desktop.directory.seed import open_directory
from tests.db.migrations import alembic
from tests.directory.test_list_rows import assert_rows_tell_the_tables


def _names(db_path: Path, kind: str) -> set[str]:
    with closing(sqlite3.connect(db_path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {name for (name,) in rows}


def test_sqlite_upgrade_fills_the_rows_and_downgrade_removes_them(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    triggers = {name for name in _names(db_path, "trigger") if name.startswith("service_row_")}
    # insert, delete, update on phone, schedule, windows, exceptions; a service inserted
    assert len(triggers) == 13
    alembic(f"sqlite:///{db_path}", "downgrade", "0009")
    assert "service_row" not in _names(db_path, "table")
    assert not {n for n in _names(db_path, "trigger") if n.startswith("service_row_")}
    # Written while there were no triggers: the upgrade reads it from the tables.
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "UPDATE phone SET number = '+3250000000' WHERE position = 0 AND service_id = "
            "(SELECT id FROM service WHERE key = '1712')"
        )
        connection.execute("DELETE FROM schedule_window WHERE weekday = 0")
        connection.commit()
    database = open_directory(str(db_path))  # upgrades to the head again
    try:
        with closing(sqlite3.connect(db_path)) as connection:
            count = connection.execute("SELECT count(*) FROM service_row").fetchone()[0]
            services = connection.execute("SELECT count(*) FROM service").fetchone()[0]
        assert count == services
        assert_rows_tell_the_tables(database)
    finally:
        database.dispose()


def test_postgresql_has_no_rows_of_its_own(pg_database: Database) -> None:
    assert not pg_database.read("SELECT 1 FROM pg_tables WHERE tablename = 'service_row'")
    assert_rows_tell_the_tables(pg_database)
