"""Migration 0008: the languages a service is reached in, in a table of their own, on SQLite
and on PostgreSQL; no service gets a language it was not given."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ifg_desktop.db import Database
from ifg_desktop.directory.detail import read_service
from ifg_desktop.directory.seed import open_directory
from tests.conftest import brussels
from tests.db.migrations import alembic

MOMENT = brussels("2026-12-02 10:00")


def _tables(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def test_sqlite_upgrade_and_downgrade(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM service_language").fetchone() == (0,)
        indexes = connection.execute("PRAGMA index_list(service_language)").fetchall()
        assert "ix_service_language_code" in {row[1] for row in indexes}
    alembic(f"sqlite:///{db_path}", "downgrade", "0007")
    assert "service_language" not in _tables(db_path)
    database = open_directory(str(db_path))  # upgrades to the head again
    try:
        assert "service_language" in _tables(db_path)
        record = read_service(database, "1712", MOMENT)
        assert record is not None and record.languages == ()
    finally:
        database.dispose()


def test_postgresql_upgrade_and_downgrade(pg_empty_database: Database) -> None:
    database = pg_empty_database

    def exists(sql: str) -> bool:
        return bool(database.read(sql))

    table = "SELECT 1 FROM pg_tables WHERE tablename = 'service_language'"
    index = "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_service_language_code'"
    trigger = (
        "SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relname = 'service_language' AND t.tgname = 'ifg_notify_change'"
    )
    assert exists(table) and exists(index) and exists(trigger)
    url = database.url.render_as_string(hide_password=False)
    database.dispose()
    alembic(url, "downgrade", "0007")
    assert not exists(table)
    alembic(url, "upgrade", "head")
    assert exists(table) and exists(index) and exists(trigger)
