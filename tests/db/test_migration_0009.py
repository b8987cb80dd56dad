"""Migration 0009: what an import read each service from, on SQLite and on PostgreSQL; an
upgraded database remembers nothing yet, and its next import that writes fills it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ifg_desktop.db import Database
from ifg_desktop.directory.hsds import Action, apply_import, export_directory, plan_import
from ifg_desktop.directory.seed import open_directory
from tests.db.migrations import alembic


def _tables(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def test_sqlite_upgrade_and_downgrade(db_path: Path, tmp_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM service_source").fetchone() == (0,)
        indexes = connection.execute("PRAGMA index_list(service_source)").fetchall()
        assert "ix_service_source_digest" in {row[1] for row in indexes}
    alembic(f"sqlite:///{db_path}", "downgrade", "0008")
    assert "service_source" not in _tables(db_path)
    database = open_directory(str(db_path))  # upgrades to the head again
    try:
        assert "service_source" in _tables(db_path)
        export = tmp_path / "map.json"
        export_directory(database, export)
        plan = plan_import(database, export)
        assert plan.count(Action.UNCHANGED) == 17 and not plan.writes
    finally:
        database.dispose()


def test_postgresql_upgrade_and_downgrade(pg_empty_database: Database, tmp_path: Path) -> None:
    database = pg_empty_database

    def exists(sql: str) -> bool:
        return bool(database.read(sql))

    table = "SELECT 1 FROM pg_tables WHERE tablename = 'service_source'"
    index = "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_service_source_digest'"
    trigger = (
        "SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relname = 'service_source' AND t.tgname = 'ifg_notify_change'"
    )
    assert exists(table) and exists(index) and exists(trigger)
    url = database.url.render_as_string(hide_password=False)
    database.dispose()
    alembic(url, "downgrade", "0008")
    assert not exists(table)
    alembic(url, "upgrade", "head")
    assert exists(table) and exists(index) and exists(trigger)


def test_postgresql_remembers_what_an_import_read(
    database: Database, pg_empty_database: Database, tmp_path: Path
) -> None:
    export = tmp_path / "map.json"
    export_directory(database, export)
    assert apply_import(
        pg_empty_database, plan_import(pg_empty_database, export), actor="An"
    ).written
    assert pg_empty_database.read("SELECT count(*) FROM service_source") == [(17,)]
    again = plan_import(pg_empty_database, export)
    assert again.count(Action.UNCHANGED) == 17 and not again.writes
