"""Where the database is, and how every connection to it is set up.

Kept free of SQLAlchemy at import time: opening an up-to-date SQLite file and reading the
first page of results needs only ``sqlite3`` (see database.py), so the window can show its
first results before SQLAlchemy has even been imported.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

ENV_VARIABLE = "IFG_DESKTOP_DB"
BUSY_TIMEOUT_MS = 5000
_SQLITE_FILE_PREFIX = "sqlite:///"


def default_database_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("ifg-desktop", appauthor=False)) / "ifg-desktop.sqlite3"


def resolve_target(url: str | None = None) -> str:
    """The database URL: ``--db`` wins, then ``IFG_DESKTOP_DB``, then the file in the
    user's data folder. A bare path is taken as a SQLite file."""
    chosen = url or os.environ.get(ENV_VARIABLE)
    if not chosen:
        return f"{_SQLITE_FILE_PREFIX}{default_database_path()}"
    if "://" not in chosen:
        return f"{_SQLITE_FILE_PREFIX}{Path(chosen).expanduser().absolute()}"
    return chosen


def resolve_url(url: str | None = None) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(resolve_target(url))


def dialect_of(target: str) -> str:
    """ "sqlite", "postgresql", … from a URL's scheme (the driver after "+" left out)."""
    return target.split("://", 1)[0].split("+", 1)[0]


def sqlite_file_of(target: str) -> Path | None:
    """The file behind a plain SQLite URL; None for memory databases, URLs with options, and
    other backends (those go the SQLAlchemy way)."""
    if dialect_of(target) != "sqlite" or "?" in target or "://" not in target:
        return None
    rest = target.split("://", 1)[1]
    if not rest.startswith("/") or rest in ("/", "/:memory:"):
        return None
    return Path(rest[1:])


def display_name(target: str) -> str:
    path = sqlite_file_of(target)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(target).render_as_string(hide_password=True)


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """A plain connection with the pragmas every connection gets."""
    # Each reader connection is used by one thread, the watcher under its lock; another
    # thread only closes them (Database.dispose): SQLite itself is built thread-safe.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    _sqlite_pragmas(connection, None)
    return connection


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit while setting pragmas: journal_mode cannot change inside a transaction.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(target: str) -> Engine:
    from sqlalchemy import create_engine, event

    if dialect_of(target) == "sqlite":
        path = sqlite_file_of(target)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(target, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(target, pool_pre_ping=True)
