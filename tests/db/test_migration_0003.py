"""Migration 0003 (search in the client's words) on a database that already holds a directory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ifg_desktop.directory.query import ServiceQuery, find_rows
from ifg_desktop.directory.seed import open_directory
from tests.db.migrations import alembic


def test_upgrade_from_0002_indexes_anew_and_brings_the_vocabulary(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE service SET name = 'Hernoemd' WHERE key = 'vk'")
    alembic(f"sqlite:///{db_path}", "downgrade", "0002")
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "search_term" not in tables and "service_fts_name" not in tables
        # The 0001 triggers are back: the old index follows a change of the search rows.
        connection.execute("INSERT INTO service_search(rank, body) VALUES (-5, 'proef')")
        hits = connection.execute(
            "SELECT count(*) FROM service_fts_sub WHERE service_fts_sub MATCH 'proef'"
        )
        assert hits.fetchone() == (1,)
        connection.execute("DELETE FROM service_search WHERE rank = -5")

    database = open_directory(str(db_path))
    try:
        # The search rows were written anew, in three parts, with the other word forms.
        assert find_rows(database, ServiceQuery(text="weggelopen"))[0].key == "child-focus"
        assert find_rows(database, ServiceQuery(text="hernoemd"))[0].key == "vk"
        found = [row.key for row in find_rows(database, ServiceQuery(text="huiselijk geweld"))]
        assert "crisisteam-plus18" in found[:5]
        count = database.read("SELECT count(*) FROM search_term")[0][0]
        assert count > 1000
        missing = database.read(
            "SELECT count(*) FROM service s WHERE NOT EXISTS "
            "(SELECT 1 FROM service_search x WHERE x.rank = s.display_rank)"
        )
        assert missing == [(0,)]
    finally:
        database.dispose()
    assert list(db_path.parent.glob("*.migratie.bak*"))  # a copy was taken first
