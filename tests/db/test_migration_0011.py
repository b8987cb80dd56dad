"""Migration 0011: the search rows and word forms, written with the older stemmer's keys
("geweer" -> "weer"), are emptied and written anew with the classic stemmer's on opening."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from ifg_desktop.db import Database
from ifg_desktop.directory.query import ServiceQuery, find_rows, search_plan
from ifg_desktop.directory.seed import ensure_indexed, indexing_note, open_directory
from tests.db.migrations import alembic

# What the older keys wrote: "geweer" (the vocabulary's weapons) kept under "weer".
_OLD_FORM = ("geweren", "weer")
_SAID = "hij heeft me weer geslagen"


def _as_indexed_before(database: Database) -> None:
    """Leave in the rows what the older rules wrote: a form under the old key, and that key
    beside one service's text."""
    statements = (
        ("DELETE FROM word_form WHERE form = :form", {"form": _OLD_FORM[0]}),
        (
            "INSERT INTO word_form (form, form_key) VALUES (:form, :key)",
            {"form": _OLD_FORM[0], "key": _OLD_FORM[1]},
        ),
        (
            "UPDATE service_search SET body = body || ' weer' WHERE rank = "
            "(SELECT display_rank FROM service WHERE key = 'politie')",
            {},
        ),
    )
    with database.begin_write() as session:
        for sql, params in statements:
            session.execute(text(sql), params)


def _assert_written_anew(database: Database) -> None:
    assert database.read("SELECT form_key FROM word_form WHERE form = 'geweren'") != [("weer",)]
    assert find_rows(database, ServiceQuery(text="weer")) == []
    assert "wapens" not in search_plan(database, ServiceQuery(text=_SAID)).flags
    assert find_rows(database, ServiceQuery(text="geweren"))[0].key in {
        "politie",
        "crisisteam-plus18",
    }
    missing = database.read(
        "SELECT count(*) FROM service s WHERE NOT EXISTS "
        "(SELECT 1 FROM service_search x WHERE x.rank = s.display_rank)"
    )
    assert missing == [(0,)]


def test_sqlite_upgrade_writes_the_search_rows_anew(db_path: Path) -> None:
    database = open_directory(str(db_path))
    try:
        _as_indexed_before(database)
        assert find_rows(database, ServiceQuery(text="weer"))  # the stale key is found
    finally:
        database.dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0010'")
        connection.commit()

    database = open_directory(str(db_path))  # upgrades, then indexes anew
    try:
        _assert_written_anew(database)
        # The full-text index holds no stale word: it was emptied with the rows.
        stale = database.read(
            "SELECT count(*) FROM service_fts_word WHERE service_fts_word MATCH 'weer'"
        )
        assert stale == [(0,)]
    finally:
        database.dispose()


def test_sqlite_downgrade_empties_them_and_keeps_the_index_in_step(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    alembic(f"sqlite:///{db_path}", "downgrade", "0010")
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM service_search").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM word_form").fetchone() == (0,)
        # The triggers are there again: the index follows a row written and taken out.
        connection.execute("INSERT INTO service_search(rank, body) VALUES (-5, 'proef')")
        match = "SELECT count(*) FROM service_fts_sub WHERE service_fts_sub MATCH 'proef'"
        assert connection.execute(match).fetchone() == (1,)
        connection.execute("DELETE FROM service_search WHERE rank = -5")
        assert connection.execute(match).fetchone() == (0,)
        connection.commit()
    database = open_directory(str(db_path))  # up again, and indexed by the code that runs
    try:
        _assert_written_anew(database)
    finally:
        database.dispose()


def test_postgresql_upgrade_writes_the_search_rows_anew(pg_database: Database) -> None:
    _as_indexed_before(pg_database)
    url = pg_database.url.render_as_string(hide_password=False)
    with pg_database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    alembic(url, "upgrade", "head")
    assert pg_database.read("SELECT count(*) FROM service_search") == [(0,)]
    assert ensure_indexed(pg_database)
    _assert_written_anew(pg_database)


def test_the_command_line_says_it_indexes_anew(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ifg_desktop.cli import main

    open_directory(str(db_path)).dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0010'")
        connection.commit()
    assert main(["--db", str(db_path), "find", "politie"]) == 0
    assert indexing_note() in capsys.readouterr().err  # on stderr: stdout stays the answer
    assert main(["--db", str(db_path), "find", "politie"]) == 0
    assert indexing_note() not in capsys.readouterr().err  # once
