"""Shared fixtures: every test gets its own database file; Qt runs offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests expect Dutch and the C locale's formats, whatever the machine's language: set
# before Qt is imported, for Qt reads the system's locale once (QLocale.system()) and keeps it.
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_MESSAGES", None)

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings as hypothesis_settings

from ifg_desktop.db import Database
from ifg_desktop.directory.availability import BRUSSELS
from ifg_desktop.directory.seed import open_directory

if TYPE_CHECKING:
    from tests.postgres_server import Server

# Hypothesis keeps no example database: a test run leaves nothing in the working folder.
hypothesis_settings.register_profile("ifg-desktop", database=None)
hypothesis_settings.load_profile("ifg-desktop")

_ROOT = Path(__file__).parent.parent
# What Python and the tools make by themselves, beside the tests' own doing.
_TOOL_LEFTOVERS = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")
_TREE_BEFORE = pytest.StashKey[set[str] | None]()
_HYPOTHESIS_HOME = pytest.StashKey[Path]()
_SAVED_FOLDERS = pytest.StashKey[dict[str, str | None]]()
_USER_FOLDERS = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")


def _working_tree() -> set[str] | None:
    """Every path git would report, ignored ones included; None outside a git checkout."""
    try:
        status = subprocess.run(
            ["git", "status", "--porcelain", "--ignored", "--untracked-files=normal"],
            cwd=_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return {
        line for line in status.stdout.splitlines() if not any(t in line for t in _TOOL_LEFTOVERS)
    }


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_TREE_BEFORE] = _working_tree()
    # Hypothesis caches (Unicode tables, constants) in .hypothesis/ of the working folder
    # unless told otherwise: a folder of its own, removed at the end.
    from hypothesis.configuration import set_hypothesis_home_dir

    # One folder of the run for both (a run killed half-way leaves one behind, not two).
    session.config.stash[_HYPOTHESIS_HOME] = run = Path(tempfile.mkdtemp(prefix="ifg-tests-"))
    set_hypothesis_home_dir(run / "hypothesis")
    # The user's folders, for the whole run: a session or module fixture is made before a
    # test's own (_isolated_environment) and must not write the real user's cache either.
    user = run / "home"
    user.mkdir()
    session.config.stash[_SAVED_FOLDERS] = {name: os.environ.get(name) for name in _USER_FOLDERS}
    os.environ["HOME"] = str(user)
    for name, folder in zip(_USER_FOLDERS[1:], ("data", "config", "cache"), strict=True):
        os.environ[name] = str(user / folder)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A test run that leaves a file in the working tree fails, naming the file."""
    run = session.config.stash.get(_HYPOTHESIS_HOME, None)  # with the run's user folders
    if run is not None:
        shutil.rmtree(run, ignore_errors=True)
    for name, value in session.config.stash.get(_SAVED_FOLDERS, {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    before = session.config.stash.get(_TREE_BEFORE, None)
    after = _working_tree()
    if before is None or after is None:
        return
    left = sorted(after - before)
    if left:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write("\n")
            reporter.write_line("The test run left these in the working tree:", red=True)
            for line in left:
                reporter.write_line(f"  {line}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's data folder or settings, nor an IFG_DESKTOP_DB set outside."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # One cache folder for the whole run (the session's, pytest_sessionstart): what it keeps
    # (the lemma list's answers, three seconds to make) is the same for every test.
    monkeypatch.delenv("IFG_DESKTOP_DB", raising=False)
    # The command line speaks the environment's language: the tests expect Dutch, whatever
    # the machine's language (tests/i18n/ choose theirs).
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _source_language() -> Iterator[None]:
    """A test that installs a language (start_window does: translators, the domain's texts,
    the default locale) leaves Dutch and the locale it found to the next."""
    core = sys.modules.get("PySide6.QtCore")
    # The class itself, taken now: a test may monkeypatch QtCore.QLocale, and its patch can
    # still be in place when this fixture tears down.
    qlocale = core.QLocale if core is not None else None
    before = qlocale() if qlocale is not None else None
    yield
    language = sys.modules.get("ifg_desktop.ui.language")
    if language is not None:
        language.remove_language()
    if qlocale is None and (core := sys.modules.get("PySide6.QtCore")) is not None:
        qlocale = core.QLocale
    if qlocale is not None and hasattr(qlocale, "setDefault"):
        qlocale.setDefault(before if before is not None else qlocale.c())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ifg.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A database with the shipped directory, as on first start."""
    opened = open_directory(str(db_path))
    yield opened
    opened.dispose()


def brussels(text: str) -> datetime:
    """A local moment in Brussels: ``brussels("2026-11-28 23:00")``."""
    return datetime.fromisoformat(text).replace(tzinfo=BRUSSELS)


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    """QSettings write here during the test, never in the real user's folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


# --- HSDS import and export -------------------------------------------------------------------

HSDS_DATA = Path(__file__).parent / "data" / "hsds"


@pytest.fixture
def hsds_data() -> Path:
    """The HSDS 3.0 examples and schema copied into the repository (see its README)."""
    return HSDS_DATA


@pytest.fixture(scope="session")
def empty_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database file with nothing in it, made once: copy it, do not change it."""
    from ifg_desktop.db import open_database

    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(str(path)).dispose()
    return path


@pytest.fixture
def empty_database(tmp_path: Path, empty_database_file: Path) -> Iterator[Database]:
    """A database with the schema and nothing in it: no services, no themes."""
    import shutil

    from ifg_desktop.db import open_database

    path = tmp_path / "empty.sqlite3"
    shutil.copy(empty_database_file, path)
    opened = open_database(str(path))
    yield opened
    opened.dispose()


@pytest.fixture(scope="session")
def hsds_validator() -> Any:
    """Validates one HSDS 3.0 service document (the compiled schema, formats checked)."""
    import json

    import jsonschema

    schema = json.loads((HSDS_DATA / "schema" / "service.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def database_snapshot(path: Path) -> list[str]:
    """Everything in a SQLite file, as SQL text: equal snapshots = an unchanged database."""
    import sqlite3
    from contextlib import closing

    # Read-only: a path that is not a file (a PostgreSQL database's bare name) fails here
    # instead of becoming a new empty file in the working folder.
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        return list(connection.iterdump())


@pytest.fixture
def snapshot() -> Callable[[Path], list[str]]:
    return database_snapshot


# --- PostgreSQL, the shared database ------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for this test run (tests/postgres_server.py); its URL, {name} to
    fill in with a database name."""
    from tests.postgres_server import running_server, server_programs

    if server_programs() is None:
        pytest.skip("no PostgreSQL server programs here (Debian: apt-get install postgresql)")
    with running_server() as url:
        yield url


@pytest.fixture
def own_server() -> Iterator[Server]:
    """A PostgreSQL server of this test's own, to stop and start again: the other tests go
    on using the session's."""
    from tests.postgres_server import Server, running_server, server_programs

    if server_programs() is None:
        pytest.skip("no PostgreSQL server programs here (Debian: apt-get install postgresql)")
    with running_server() as url:
        yield Server(url)


@contextmanager
def _new_postgres_database(server: str, *, seeded: bool) -> Iterator[Database]:
    import uuid

    from sqlalchemy import create_engine, text

    from ifg_desktop.db import open_database

    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.format(name="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.format(name=name)
    opened = open_directory(url) if seeded else open_database(url)
    try:
        yield opened
    finally:
        opened.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_database(postgres_server: str) -> Iterator[Database]:
    """A new PostgreSQL database with the shipped directory, as on first start."""
    with _new_postgres_database(postgres_server, seeded=True) as opened:
        yield opened


@pytest.fixture
def pg_empty_database(postgres_server: str) -> Iterator[Database]:
    """A new PostgreSQL database with the schema and nothing in it."""
    with _new_postgres_database(postgres_server, seeded=False) as opened:
        yield opened


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest) -> Database:
    """The shipped directory on each kind of database the application supports."""
    fixture = "database" if request.param == "sqlite" else "pg_database"
    opened: Database = request.getfixturevalue(fixture)
    return opened
