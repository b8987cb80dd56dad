"""Opening databases: create, refuse what is newer or foreign, explain what is locked."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from ifg_desktop.db import (
    Database,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    DatabaseUnreadable,
    open_database,
)
from ifg_desktop.db.engine import resolve_url
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.migrations import KNOWN_REVISIONS, SCHEMA_REVISION


def test_schema_revision_constant_is_alembic_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ifg_desktop.paths import _PACKAGE

    config = Config()
    config.set_main_option("script_location", str(_PACKAGE / "migrations"))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [SCHEMA_REVISION]
    assert {rev.revision for rev in script.walk_revisions()} == set(KNOWN_REVISIONS)


def test_connections_get_the_pragmas(db_path: Path) -> None:
    database = open_database(str(db_path))
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    database.dispose()


def test_first_start_creates_and_seeds_later_starts_keep_changes(db_path: Path) -> None:
    database = open_directory(str(db_path))
    with database.begin() as session:
        session.execute(text("UPDATE service SET name = 'Hernoemd' WHERE key = '1712'"))
    database.dispose()
    again = open_directory(str(db_path))
    with again.begin() as session:
        assert session.execute(text("SELECT name FROM service WHERE key='1712'")).scalar() == (
            "Hernoemd"
        )
        assert session.execute(text("SELECT count(*) FROM service")).scalar() == 17
    again.dispose()


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _file_bytes(db_path)
    with pytest.raises(DatabaseTooNew) as raised:
        open_directory(str(db_path))
    assert "nieuwere versie" in str(raised.value)
    assert _file_bytes(db_path) == before
    assert not list(db_path.parent.glob("*.bak*"))


def test_foreign_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE other (x)")
    with pytest.raises(DatabaseProblem) as raised:
        open_directory(str(db_path))
    assert "geen IFG-wegwijzer-databank" in str(raised.value)


def test_file_that_is_not_a_database(db_path: Path) -> None:
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnreadable) as raised:
        open_directory(str(db_path))
    assert "geen leesbare" in str(raised.value)
    assert db_path.read_bytes() == b"this is not sqlite" * 100


def test_locked_database_gets_a_clear_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ifg_desktop.db import engine as engine_module

    open_directory(str(db_path)).dispose()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        database = open_database(str(db_path))
        with pytest.raises(DatabaseLocked) as raised, database.begin() as session:
            session.execute(text("UPDATE service SET name = name"))
        assert "vergrendeld" in str(raised.value)
    finally:
        holder.rollback()
        holder.close()


def test_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_url("postgresql://u@h/db").get_backend_name() == "postgresql"
    assert resolve_url(str(tmp_path / "x.db")).database == str(tmp_path / "x.db")
    monkeypatch.setenv("IFG_DESKTOP_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url(str(tmp_path / "flag.db")).database == str(tmp_path / "flag.db")
    monkeypatch.delenv("IFG_DESKTOP_DB")
    default = resolve_url(None).database
    assert default is not None and default.endswith("ifg-desktop.sqlite3")
    assert default.startswith(os.environ["XDG_DATA_HOME"])  # the user's data folder


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://onthaal:geheim@server/wegwijzer",
        "postgresql+psycopg://onthaal@server/wegwijzer?password=geheim",
        "postgresql://onthaal@server/wegwijzer?sslmode=require&sslpassword=geheim",
        "postgresql+psycopg://onthaal@server/wegwijzer?PASSWORD=geheim&host=server",
        "postgresql+psycopg://onthaal@server/wegwijzer?api_token=geheim&ApiKey=geheim",
    ],
)
def test_no_password_is_shown_wherever_it_is_in_the_url(url: str) -> None:
    from sqlalchemy.engine import make_url

    from ifg_desktop.cli.admin import _login_url
    from ifg_desktop.db.engine import display_name, hidden
    from ifg_desktop.db.errors import DatabaseProblem
    from ifg_desktop.db.notices import _connect_args

    assert "geheim" not in display_name(url)
    assert "***" in display_name(url) and "server" in display_name(url)
    assert "geheim" not in hidden(url)
    assert "geheim" not in _connect_args(url)[1]  # what the change listener logs
    assert "geheim" not in _login_url(make_url(url), "balie")  # admin roles prints it
    with pytest.raises(DatabaseProblem) as refused:
        resolve_url(url.replace("postgresql", "mysql", 1))
    assert "geheim" not in str(refused.value)


def test_reads_inside_reading_see_one_snapshot(any_database: Database) -> None:
    """A search reads its keys and records in several statements: a commit in between
    must not give it half of the old and half of the new data."""
    count = "SELECT count(*) FROM service"
    before = any_database.read(count)
    other = Database(any_database.target)
    try:
        with any_database.reading():
            assert any_database.read(count) == before
            with other.begin() as session:  # someone else commits meanwhile
                session.execute(text("DELETE FROM service_theme"))
                session.execute(
                    text("DELETE FROM service WHERE key NOT IN (SELECT key FROM service LIMIT 1)")
                )
            with any_database.reading():  # nested: the same snapshot
                assert any_database.read(count) == before
            assert any_database.read(count) == before
        assert any_database.read(count) != before
    finally:
        other.dispose()


def test_a_read_after_close_is_refused_and_opens_no_connection(db_path: Path) -> None:
    """A thread that outlived its window (a warm-up) must not open a connection that
    nobody would close."""
    import threading

    from ifg_desktop.db.database import DatabaseClosed

    database = open_database(str(db_path))
    assert database.read("SELECT 1") == [(1,)]
    database.close()
    refused: list[BaseException] = []

    def late_reader() -> None:
        try:
            database.read("SELECT 1")
        except DatabaseProblem as problem:
            refused.append(problem)

    thread = threading.Thread(target=late_reader)
    thread.start()
    thread.join(10)
    assert len(refused) == 1 and isinstance(refused[0], DatabaseClosed)
    with pytest.raises(DatabaseClosed), database.reading():
        pass
    assert database._held == []
