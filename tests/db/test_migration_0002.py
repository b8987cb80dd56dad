"""Migration 0002 (coordinator mode) on a database that already holds a directory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, inspect

from ifg_desktop.directory.seed import open_directory
from ifg_desktop.migrations import SCHEMA_REVISION
from tests.db.migrations import alembic


def test_upgrade_from_0001_keeps_the_directory_and_backs_it_up(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE service SET name = 'Hernoemd' WHERE key = 'vk'")
    alembic(f"sqlite:///{db_path}", "downgrade", "0001")
    engine = create_engine(f"sqlite:///{db_path}")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert "audit_entry" not in tables and "coordinator_secret" not in tables

    database = open_directory(str(db_path))
    database.dispose()
    with sqlite3.connect(db_path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == (SCHEMA_REVISION,)
        rows = connection.execute("SELECT name, archived_at FROM service WHERE key='vk'")
        assert rows.fetchall() == [("Hernoemd", None)]
        assert connection.execute("SELECT count(*) FROM service").fetchone() == (17,)
        assert connection.execute("SELECT count(*) FROM audit_entry").fetchone() == (0,)
        # The search index survived (its triggers sit on service_search, untouched).
        hits = connection.execute(
            "SELECT count(*) FROM service_fts_sub WHERE service_fts_sub MATCH 'crisisteam'"
        )
        assert hits.fetchone() == (2,)
    assert list(db_path.parent.glob("*.migratie.bak*"))  # a copy was taken first
