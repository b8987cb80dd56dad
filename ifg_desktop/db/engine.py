"""Where the database is, and how every connection to it is set up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

ENV_VARIABLE = "IFG_DESKTOP_DB"
BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("ifg-desktop", appauthor=False)) / "ifg-desktop.sqlite3"


def resolve_url(url: str | None = None) -> URL:
    """``--db`` wins, then ``IFG_DESKTOP_DB``, then the file in the user's data folder.

    A bare path is taken as a SQLite file.
    """
    chosen = url or os.environ.get(ENV_VARIABLE)
    if not chosen:
        return make_url(f"sqlite:///{default_database_path()}")
    if "://" not in chosen:
        return make_url(f"sqlite:///{Path(chosen).expanduser().absolute()}")
    return make_url(chosen)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for memory databases and other backends."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def display_name(url: URL) -> str:
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit while setting pragmas: journal_mode cannot change inside a transaction.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)
