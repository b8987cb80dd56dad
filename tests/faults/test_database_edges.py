"""Faults at the edges: the environment's errors get a true sentence, bugs stay loud, and a
database is refused or opened read-only without a byte of it changing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ifg_desktop.cli import main
from ifg_desktop.db import Database, DatabaseLocked, DatabaseProblem, open_database
from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.database import expected_tables
from ifg_desktop.db.errors import (
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DatabaseUnreadable,
    database_problem,
)
from ifg_desktop.db.search import SQLITE_ONLY_TABLES
from ifg_desktop.directory.query import ServiceQuery, find_services, get_service
from ifg_desktop.directory.seed import open_directory
from ifg_desktop.migrations import KNOWN_REVISIONS, SCHEMA_REVISION
from tests.db.migrations import alembic

# --- errors that tell the truth ---------------------------------------------------------------


def test_a_bug_in_our_own_sql_is_not_a_broken_file(database: Database) -> None:
    with pytest.raises(sqlite3.OperationalError) as raised:
        database.read("SELEC key FROM service")
    assert not isinstance(raised.value, DatabaseProblem)
    with pytest.raises(sqlite3.OperationalError):
        database.read("SELECT no_such_column FROM service")


def test_a_bug_in_a_unit_of_work_goes_on_as_it_is(database: Database) -> None:
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError) as raised, database.begin() as session:
        session.execute(text("UPDATE service SET no_such_column = 1"))
    assert "no_such_column" in str(raised.value)


def test_our_sql_bug_on_postgresql_is_not_a_problem_of_the_environment(
    any_database: Database,
) -> None:
    with pytest.raises(Exception) as raised:  # any error but DatabaseProblem
        any_database.read("SELEC 1")
    assert not isinstance(raised.value, DatabaseProblem)


def test_a_full_disk_has_its_own_sentence_and_changes_nothing(database: Database) -> None:
    before = database.read("SELECT count(*) FROM service")
    with pytest.raises(DatabaseFull) as raised, database.begin() as session:
        # A database that may not grow past its current size: SQLITE_FULL, as on a full disk.
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text("UPDATE service SET name = name || printf('%.*c', 100000, 'x')"))
    message = str(raised.value)
    assert message.startswith("De schijf is vol") and "er is niets gewijzigd" in message
    assert "\n" not in message
    database.dispose()
    assert database.read("SELECT count(*) FROM service") == before


class _FakeSqliteError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.sqlite_errorcode = code


class _FakeDriverError(Exception):
    """Like psycopg's errors: ``sqlstate``, None when the server was never reached."""

    def __init__(self, sqlstate: str | None, message: str = "driver says\nno") -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


class OperationalError(_FakeDriverError):  # psycopg's name for a failed connection
    pass


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (5, DatabaseLocked),  # SQLITE_BUSY
        (517, DatabaseLocked),  # SQLITE_BUSY_SNAPSHOT: the primary code is the low byte
        (6, DatabaseLocked),  # SQLITE_LOCKED
        (11, DatabaseUnreadable),  # SQLITE_CORRUPT
        (26, DatabaseUnreadable),  # SQLITE_NOTADB
        (8, DatabaseReadOnly),  # SQLITE_READONLY
        (13, DatabaseFull),  # SQLITE_FULL
        (14, DatabaseUnreadable),  # SQLITE_CANTOPEN
        (3, DatabaseUnreadable),  # SQLITE_PERM
        (23, DatabaseUnreadable),  # SQLITE_AUTH
        (10, DatabaseUnavailable),  # SQLITE_IOERR
        (778, DatabaseUnavailable),  # SQLITE_IOERR_WRITE
    ],
)
def test_sqlite_result_codes(code: int, kind: type[DatabaseProblem]) -> None:
    problem = database_problem(_FakeSqliteError(code, "driver text\nover two lines"), "x.db")
    assert type(problem) is kind
    assert "\n" not in str(problem) and "x.db" in str(problem)


@pytest.mark.parametrize("code", [1, 19, 20, 21, 25])  # ERROR, CONSTRAINT, MISMATCH, MISUSE, RANGE
def test_sqlite_codes_of_bugs_are_not_explained_away(code: int) -> None:
    assert database_problem(_FakeSqliteError(code, "no such column: x"), "x.db") is None


@pytest.mark.parametrize(
    ("sqlstate", "kind"),
    [
        ("08006", DatabaseUnavailable),  # connection failure
        ("08001", DatabaseUnavailable),
        ("57P01", DatabaseUnavailable),  # admin shutdown
        ("57P03", DatabaseUnavailable),  # cannot connect now
        ("53300", DatabaseUnavailable),  # too many connections
        ("53100", DatabaseFull),  # disk full
        ("40001", DatabaseLocked),  # serialization failure
        ("40P01", DatabaseLocked),  # deadlock
        ("55P03", DatabaseLocked),  # lock not available
        ("42501", DatabaseReadOnly),  # insufficient privilege
        ("25006", DatabaseReadOnly),  # read-only transaction (a standby)
        ("28P01", DatabaseUnavailable),  # wrong password
        ("XX001", DatabaseUnreadable),  # data corrupted
    ],
)
def test_postgresql_sqlstates(sqlstate: str, kind: type[DatabaseProblem]) -> None:
    from sqlalchemy.exc import DBAPIError

    wrapped = DBAPIError("SELECT 1", None, _FakeDriverError(sqlstate))
    for error in (_FakeDriverError(sqlstate), wrapped):
        problem = database_problem(error, "postgresql+psycopg://an@server/wegwijzer")
        assert type(problem) is kind, sqlstate
        assert "\n" not in str(problem)


@pytest.mark.parametrize("sqlstate", ["42601", "42P01", "42703", "23505", "22P02"])
def test_postgresql_sqlstates_of_bugs_are_not_explained_away(sqlstate: str) -> None:
    assert database_problem(_FakeDriverError(sqlstate), "pg") is None


def test_a_connection_that_never_reached_the_server() -> None:
    assert isinstance(database_problem(OperationalError(None), "pg"), DatabaseUnavailable)
    assert database_problem(_FakeDriverError(None), "pg") is None  # a client-side misuse


def test_an_unreachable_postgresql_server_is_one_line(unused_port: int) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseUnavailable) as raised:
        open_database(f"postgresql+psycopg://nobody@127.0.0.1:{unused_port}/wegwijzer")
    assert "niet bereikbaar" in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never says a word (a server hung, a firewall
    that swallows): the port."""
    import socket

    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(8)
        yield int(listening.getsockname()[1])


def test_a_silent_server_is_given_up_on(silent_server: int) -> None:
    """Every way the application reaches a server gives up after the connect timeout with
    one line: the window's reads, SQLAlchemy's units of work, the command line."""
    pytest.importorskip("psycopg")
    from ifg_desktop.db.engine import CONNECT_TIMEOUT_SECONDS

    url = f"postgresql+psycopg://nobody@127.0.0.1:{silent_server}/wegwijzer"
    database = Database(url)
    try:
        for attempt in (lambda: database.read("SELECT 1"), database.data_version):
            started = time.monotonic()
            with pytest.raises(DatabaseUnavailable) as raised:
                attempt()
            assert time.monotonic() - started < 4 * CONNECT_TIMEOUT_SECONDS
            assert "niet bereikbaar" in str(raised.value)
    finally:
        database.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "ifg_desktop", "--db", url, "find", "politie"],
        capture_output=True,
        text=True,
        timeout=12 * CONNECT_TIMEOUT_SECONDS,
    )
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "niet bereikbaar" in done.stderr


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_message_is_one_line_whatever_it_is_given() -> None:
    assert str(DatabaseProblem("eerste regel\ntweede\r\nderde")) == "eerste regel tweede derde"
    assert "\n" not in str(DatabaseLocked("a\n\nb"))


# --- a file that is not ours stays as it was ----------------------------------------------------


def _header_journal_bytes(path: Path) -> bytes:
    return path.read_bytes()[18:20]  # 1,1: rollback journal; 2,2: WAL


@pytest.mark.parametrize(
    "schema",
    [
        ["CREATE TABLE other (x)", "INSERT INTO other VALUES (1)"],
        # Another program's Alembic, with a revision of its own.
        [
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
            "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
            "CREATE TABLE invoice (id INTEGER PRIMARY KEY)",
        ],
    ],
)
def test_a_foreign_file_is_refused_before_anything_writes_to_it(
    db_path: Path, schema: list[str]
) -> None:
    with sqlite3.connect(db_path) as connection:
        for statement in schema:
            connection.execute(statement)
    connection.close()
    before = db_path.read_bytes()
    assert _header_journal_bytes(db_path) == b"\x01\x01"
    with pytest.raises(DatabaseProblem) as raised:
        open_directory(str(db_path))
    assert "geen IFG-wegwijzer-databank" in str(raised.value)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


# --- read-only media ----------------------------------------------------------------------------


def _closed_cleanly(path: Path) -> None:
    """A seeded WAL database, closed: no -wal or -shm beside it (as copied onto a stick)."""
    open_directory(str(path)).dispose()
    assert _header_journal_bytes(path) == b"\x02\x02"
    assert not path.with_name(path.name + "-shm").exists()
    assert not path.with_name(path.name + "-wal").exists()


def _search_and_fail_to_write(path: Path) -> Database:
    before = path.read_bytes()
    database = open_directory(str(path))
    try:
        assert database.read_only
        assert get_service(database, "vk") is not None
        found = find_services(database, ServiceQuery(text="kinderen"), limit=5)
        assert found
        with pytest.raises(DatabaseReadOnly) as raised, database.begin_write() as session:
            session.execute(text("UPDATE service SET name = 'x'"))
        assert "alleen-lezen" in str(raised.value)
        with pytest.raises(DatabaseReadOnly) as raised, database.begin() as session:
            session.execute(text("UPDATE service SET name = 'x'"))
        assert "alleen-lezen" in str(raised.value) and "\n" not in str(raised.value)
        assert database.data_version() is not None
    finally:
        database.dispose()
    assert path.read_bytes() == before
    return database


def test_a_wal_database_on_read_only_media_can_be_searched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: the folder and the file say they cannot be written (root writes anyway)."""
    _closed_cleanly(db_path)
    real_access = os.access
    folder = db_path.parent

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(path).absolute() in (folder, db_path):
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert engine_module.sqlite_access(db_path) == "immutable"
    database = _search_and_fail_to_write(db_path)
    assert database.access == "immutable"
    # SQLite was told nothing changes the file: it made no -shm beside it.
    assert sorted(p.name for p in folder.iterdir()) == [db_path.name]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes whatever the mode says"
)
def test_a_wal_database_in_a_read_only_folder_can_be_searched(db_path: Path) -> None:
    _closed_cleanly(db_path)
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        _search_and_fail_to_write(db_path)
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)


def test_a_read_only_file_in_a_writable_folder(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_cleanly(db_path)
    real_access = os.access

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(path).absolute() == db_path:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert _search_and_fail_to_write(db_path).access == "ro"


def test_an_old_database_on_read_only_media_is_not_migrated(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_cleanly(db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    connection.close()
    before = db_path.read_bytes()
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    if SCHEMA_REVISION == "0004":
        pytest.skip("no older revision with the same tables")
    with pytest.raises(DatabaseReadOnly) as raised:
        open_database(str(db_path))
    assert "alleen-lezen" in str(raised.value)
    assert db_path.read_bytes() == before


# --- the file named is the file used ------------------------------------------------------------


@pytest.mark.parametrize("name", ["we?ird.sqlite3", "a#b.sqlite3", "50%25off %41.sqlite3"])
def test_a_path_with_url_characters_is_that_very_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    target = engine_module.resolve_target(str(path))
    assert engine_module.sqlite_file_of(target) == path
    assert engine_module.resolve_url(str(path)).database == str(path)
    created = open_directory(str(path))  # the slow path: SQLAlchemy and Alembic
    try:
        assert created.sqlite_file == path
        assert created.engine.url.database == str(path)
        assert created.display_name == str(path)
    finally:
        created.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    again = open_database(str(path))  # the fast path
    try:
        assert get_service(again, "vk") is not None
    finally:
        again.dispose()
    from sqlalchemy.engine import URL

    by_url = open_database(URL.create("sqlite", database=str(path)))
    assert by_url.sqlite_file == path
    by_url.dispose()
    assert {p.name for p in tmp_path.iterdir()} <= {name, f"{name}-wal", f"{name}-shm"}


# --- a folder that does not exist ---------------------------------------------------------------


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "gedeeld" / "teamm" / "wegwijzer.sqlite3"
    with pytest.raises(DatabaseProblem) as raised:
        open_directory(str(missing))
    assert f"De map {missing.parent} bestaat niet; controleer het pad." in str(raised.value)
    assert not (tmp_path / "gedeeld").exists()


def test_the_cli_says_so_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo" / "wegwijzer.sqlite3"
    assert main(["--db", str(missing), "find", "politie"]) != 0
    assert "bestaat niet; controleer het pad" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_the_default_data_folder_is_still_made_on_first_start() -> None:
    default = engine_module.default_database_path()
    assert not default.parent.exists()
    database = open_directory(None)
    try:
        assert database.sqlite_file == default and default.exists()
    finally:
        database.dispose()


# --- kinds of database the application does not speak ------------------------------------------


@pytest.mark.parametrize(
    "url", ["mysql://an:geheim@server/wegwijzer", "foo://bar", "://", "sqlite+aiosqlite:///x.db"]
)
def test_an_unsupported_url_is_a_sentence_not_a_traceback(url: str) -> None:
    for attempt in (engine_module.resolve_target, open_database, open_directory):
        with pytest.raises(DatabaseProblem) as raised:
            attempt(url)
        message = str(raised.value)
        assert "postgresql+psycopg://" in message and "SQLite" in message
        assert "geheim" not in message and "\n" not in message


def test_a_missing_postgresql_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # "import psycopg" fails
    for attempt in (
        lambda: engine_module.make_engine("postgresql+psycopg://an@server/wegwijzer"),
        lambda: open_database("postgresql://an@server/wegwijzer"),
    ):
        with pytest.raises(DatabaseProblem) as raised:
            attempt()
        assert "psycopg" in str(raised.value) and "\n" not in str(raised.value)


def test_plain_postgresql_urls_use_the_driver_that_comes_with_the_application() -> None:
    assert engine_module.resolve_target("postgresql://an@server/db") == (
        "postgresql+psycopg://an@server/db"
    )


# --- a schema that promises tables it lacks -----------------------------------------------------


def _drop(path: Path, table: str) -> bytes:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(f"DROP TABLE {table}")
    connection.close()
    return path.read_bytes()


def test_the_current_schema_without_a_table_is_refused(db_path: Path) -> None:
    _closed_cleanly(db_path)
    before = _drop(db_path, "guide_section")
    for attempt in (open_database, open_directory):
        with pytest.raises(DatabaseUnreadable) as raised:
            attempt(str(db_path))
        assert "onvolledig of beschadigd" in str(raised.value)
        assert "guide_section" in str(raised.value)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("table", ["service_row", "service_fts_name"])
def test_a_sqlite_database_without_its_search_tables_is_refused(db_path: Path, table: str) -> None:
    """The list's own tables (full-text index, rows): without them every search would
    fail with an SQL error; the start says what is wrong instead."""
    _closed_cleanly(db_path)
    before = _drop(db_path, table)
    for attempt in (open_database, open_directory):
        with pytest.raises(DatabaseUnreadable) as raised:
            attempt(str(db_path))
        assert "onvolledig of beschadigd" in str(raised.value) and table in str(raised.value)
    assert db_path.read_bytes() == before


def test_an_old_schema_without_a_table_is_refused_before_migrating(db_path: Path) -> None:
    alembic(f"sqlite:///{db_path}", "upgrade", "0002")
    before = _drop(db_path, "audit_entry")
    with pytest.raises(DatabaseUnreadable) as raised:
        open_directory(str(db_path))
    assert "onvolledig of beschadigd" in str(raised.value)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.bak*"))


def test_the_window_says_so_in_a_sentence(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, settings_dir: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ifg_desktop.ui.app import start_window

    _closed_cleanly(db_path)
    _drop(db_path, "search_term")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    assert start_window(str(db_path)) is None
    assert len(shown) == 1 and "onvolledig of beschadigd" in shown[0]


def test_a_postgresql_schema_without_a_table_is_refused(pg_empty_database: Database) -> None:
    with pg_empty_database.engine.begin() as connection:
        connection.execute(text("DROP TABLE guide_section"))
    url = pg_empty_database.url.render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnreadable) as raised:
        open_database(url)
    assert "guide_section" in str(raised.value)


def test_the_expected_tables_follow_the_models_and_the_migrations(tmp_path: Path) -> None:
    import importlib
    import pkgutil

    import ifg_desktop.models
    from ifg_desktop.models.base import Base

    # Every module of models/ (the package loads them lazily): every table in the metadata.
    for module in pkgutil.iter_modules(ifg_desktop.models.__path__):
        importlib.import_module(f"ifg_desktop.models.{module.name}")

    assert expected_tables(SCHEMA_REVISION) == {"alembic_version", *Base.metadata.tables}
    for revision in sorted(KNOWN_REVISIONS):
        path = tmp_path / f"{revision}.sqlite3"
        alembic(f"sqlite:///{path}", "upgrade", revision)
        with sqlite3.connect(path) as connection:
            every = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
                if not row[0].startswith("sqlite_")
            }
            # FTS5's own tables beside each full-text table ("…_data", "…_idx", …).
            shadows = {
                f"{row[0]}_{part}"
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
                )
                for part in ("data", "idx", "content", "docsize", "config")
            }
        connection.close()
        tables = {t for t in every if not t.startswith(SQLITE_ONLY_TABLES)}
        assert expected_tables(revision) == tables, revision
        assert expected_tables(revision, sqlite=True) == every - shadows, revision
