"""Opening a database: check its schema, create or upgrade it, hand out units of work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.errors import DatabaseProblem, DatabaseTooNew, explain_operational_error
from ifg_desktop.migrations import KNOWN_REVISIONS, SCHEMA_REVISION

BACKUPS_KEPT = 5


class Database:
    """One database: its engine, a session factory, and what dialect it speaks."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.dialect = engine.dialect.name
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = threading.local()
        self._held: list[Any] = []
        self._watcher: PoolProxiedConnection | None = None
        self._watcher_lock = threading.Lock()

    @property
    def display_name(self) -> str:
        return engine_module.display_name(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work; driver errors from the environment become DatabaseProblem."""
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as error:
            raise explain_operational_error(error.orig or error, self.display_name) from error

    def read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Rows of one read-only statement with ``?`` placeholders, on the fast path.

        The query engine's hot path (a page per keystroke) goes straight to the driver:
        on SQLite through one connection per thread kept open, elsewhere through SQLAlchemy
        with the placeholders renamed.
        """
        try:
            if self.dialect == "sqlite":
                return self._reader().execute(sql, tuple(params)).fetchall()
            parts = sql.split("?")
            named = "".join(f"{part}:p{i}" for i, part in enumerate(parts[:-1])) + parts[-1]
            with self.engine.connect() as connection:
                result = connection.execute(
                    text(named), {f"p{i}": value for i, value in enumerate(params)}
                )
                return [tuple(row) for row in result]
        except (OperationalError, sqlite3.OperationalError) as error:
            cause = getattr(error, "orig", None) or error
            raise explain_operational_error(cause, self.display_name) from error

    def _reader(self) -> sqlite3.Connection:
        connection = getattr(self._readers, "connection", None)
        if connection is None:
            # A pooled connection, so it has the pragmas; held by this thread for good.
            proxied = self.engine.raw_connection()
            self._held.append(proxied)
            connection = proxied.driver_connection
            self._readers.connection = connection
        assert isinstance(connection, sqlite3.Connection)
        return connection

    @contextmanager
    def begin_write(self) -> Iterator[Session]:
        """A unit of work that will write: it holds the write lock from its first read.

        On SQLite the transaction starts with ``BEGIN IMMEDIATE``: what it reads (a
        version to compare, say) cannot change before it writes, and a second writer
        waits for the busy timeout instead of failing half-way on a stale snapshot. Other
        databases lock the rows read ``with_for_update()``.
        """
        with self.begin() as session:
            if self.dialect == "sqlite":
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session

    def data_version(self) -> Hashable:
        """A token that differs once anybody committed a change to the data.

        SQLite: ``PRAGMA data_version`` on one connection kept open for it (it changes when
        *another* connection commits, this process's other connections included). Other
        databases: the newest audit entry, the newest service change and the number of
        services, which every coordinator edit moves.
        """
        try:
            if self.dialect == "sqlite":
                return self._sqlite_data_version()
            return self._counted_data_version()
        except OperationalError as error:
            raise explain_operational_error(error.orig or error, self.display_name) from error

    def _sqlite_data_version(self) -> Hashable:
        with self._watcher_lock:
            if self._watcher is None:
                watcher = self.engine.raw_connection()
                watcher.detach()  # its own, for as long as this Database lives
                self._watcher = watcher
            cursor = self._watcher.cursor()
            try:
                cursor.execute("PRAGMA data_version")
                row = cursor.fetchone()
            finally:
                cursor.close()
        if row is None:  # a bug in the driver: the pragma always answers
            raise RuntimeError("PRAGMA data_version returned no row")
        return int(row[0])

    def _counted_data_version(self) -> Hashable:
        with self.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT (SELECT max(id) FROM audit_entry), "
                    "(SELECT max(updated_at) FROM service), (SELECT count(*) FROM service)"
                )
            ).one()
        return tuple(row)

    def dispose(self) -> None:
        for proxied in self._held:
            proxied.close()
        self._held.clear()
        self._readers = threading.local()
        with self._watcher_lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        self.engine.dispose()


def open_database(url: str | URL | None = None) -> Database:
    """Open (creating or upgrading when needed) the database at ``url``.

    A database of a newer version of the application, or one that is not ours, is refused
    with DatabaseProblem and left untouched. Filling an empty one is the caller's business
    (directory.seed.open_directory).
    """
    resolved = url if isinstance(url, URL) else engine_module.resolve_url(url)
    where = engine_module.display_name(resolved)
    try:
        engine = engine_module.make_engine(resolved)
    except OSError as error:
        raise DatabaseProblem(f"De databank {where} kan niet aangemaakt worden: {error}") from error
    database = Database(resolved, engine)
    try:
        revision, has_tables = _current_revision(engine)
        if revision == SCHEMA_REVISION:
            return database  # the common case: one query, no Alembic import
        if revision is None and has_tables:
            raise DatabaseProblem(
                f"{where} bevat al andere gegevens en is geen IFG-wegwijzer-databank."
            )
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                f"De databank {where} is gemaakt door een nieuwere versie van IFG-wegwijzer "
                f"(schema {revision}). Werk de toepassing bij; de databank is niet gewijzigd."
            )
        if revision is not None:
            backup_sqlite_file(database, reason="migratie")
        _upgrade(engine)
    except DatabaseProblem:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise explain_operational_error(error.orig or error, where) from error
    return database


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    with engine.connect() as connection:
        try:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError as error:
            if "no such table" not in str(error).lower():
                raise
            connection.rollback()
            return None, bool(inspect(connection).get_table_names())
        except DBAPIError:
            # PostgreSQL: undefined table
            connection.rollback()
            names = inspect(connection).get_table_names()
            if "alembic_version" in names:
                raise
            return None, bool(names)
        return (row[0] if row else None), True


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent.parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_sqlite_file(database: Database, *, reason: str) -> Path | None:
    """Copy the SQLite file beside itself with a date in its name; keep the last few."""
    path = engine_module.sqlite_path(database.url)
    if path is None or not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}.{reason}.bak{path.suffix}")
    # The backup API copies a consistent snapshot, WAL included, even while others read.
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    backups = sorted(path.parent.glob(f"{path.stem}.*.bak{path.suffix}"))
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


__all__ = ["Database", "backup_sqlite_file", "open_database"]
