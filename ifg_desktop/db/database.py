"""Opening a database: check its schema, create or upgrade it, hand out units of work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.errors import DatabaseProblem, DatabaseTooNew, explain_operational_error
from ifg_desktop.migrations import KNOWN_REVISIONS, SCHEMA_REVISION

BACKUPS_KEPT = 5


class Database:
    """One database: where it is, what dialect it speaks, and units of work on it.

    The SQLAlchemy engine and session factory are made when first asked for; on SQLite the
    query engine's reads (``read``) and change detection (``data_version``) use plain
    ``sqlite3`` connections, so a window can show results before SQLAlchemy is imported.
    """

    def __init__(self, target: str, engine: Engine | None = None) -> None:
        self.target = target
        self.dialect = engine_module.dialect_of(target)
        self.sqlite_file = engine_module.sqlite_file_of(target)
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._readers = threading.local()
        self._held: list[sqlite3.Connection] = []
        self._held_lock = threading.Lock()
        self._watcher: sqlite3.Connection | None = None
        self._watcher_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = engine_module.make_engine(self.target)
        return self._engine

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def display_name(self) -> str:
        return engine_module.display_name(self.target)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work; driver errors from the environment become DatabaseProblem."""
        from sqlalchemy.exc import OperationalError

        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as error:
            raise explain_operational_error(error.orig or error, self.display_name) from error

    def read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Rows of one read-only statement with ``?`` placeholders, on the fast path.

        The query engine's hot path (a page per keystroke) goes straight to the driver:
        on SQLite through a plain connection per thread kept open, elsewhere through
        SQLAlchemy with the placeholders renamed.
        """
        if self.sqlite_file is not None:
            try:
                return self._reader().execute(sql, tuple(params)).fetchall()
            except sqlite3.OperationalError as error:
                raise explain_operational_error(error, self.display_name) from error
        from sqlalchemy import text
        from sqlalchemy.exc import OperationalError

        parts = sql.split("?")
        named = "".join(f"{part}:p{i}" for i, part in enumerate(parts[:-1])) + parts[-1]
        try:
            with self.engine.connect() as connection:
                result = connection.execute(
                    text(named), {f"p{i}": value for i, value in enumerate(params)}
                )
                return [tuple(row) for row in result]
        except OperationalError as error:
            raise explain_operational_error(error.orig or error, self.display_name) from error

    def _reader(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._readers, "connection", None)
        if connection is None:
            assert self.sqlite_file is not None
            connection = engine_module.connect_sqlite(self.sqlite_file)
            self._readers.connection = connection
            with self._held_lock:
                self._held.append(connection)
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
        if self.sqlite_file is not None:
            try:
                return self._sqlite_data_version(self.sqlite_file)
            except sqlite3.OperationalError as error:
                raise explain_operational_error(error, self.display_name) from error
        from sqlalchemy.exc import OperationalError

        try:
            return self._counted_data_version()
        except OperationalError as error:
            raise explain_operational_error(error.orig or error, self.display_name) from error

    def _sqlite_data_version(self, path: Path) -> Hashable:
        with self._watcher_lock:
            if self._watcher is None:
                # Its own connection, for as long as this Database lives.
                self._watcher = engine_module.connect_sqlite(path)
            row = self._watcher.execute("PRAGMA data_version").fetchone()
        if row is None:  # a bug in the driver: the pragma always answers
            raise RuntimeError("PRAGMA data_version returned no row")
        return int(row[0])

    def _counted_data_version(self) -> Hashable:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT (SELECT max(id) FROM audit_entry), "
                    "(SELECT max(updated_at) FROM service), (SELECT count(*) FROM service)"
                )
            ).one()
        return tuple(row)

    def dispose(self) -> None:
        with self._held_lock:
            for connection in self._held:
                connection.close()
            self._held.clear()
        self._readers = threading.local()
        with self._watcher_lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        if self._engine is not None:
            self._engine.dispose()


def open_database(url: str | URL | None = None) -> Database:
    """Open (creating or upgrading when needed) the database at ``url``.

    A database of a newer version of the application, or one that is not ours, is refused
    with DatabaseProblem and left untouched. Filling an empty one is the caller's business
    (directory.seed.open_directory).
    """
    target = (
        url.render_as_string(hide_password=False)
        if url is not None and not isinstance(url, str)
        else engine_module.resolve_target(url)
    )
    where = engine_module.display_name(target)
    path = engine_module.sqlite_file_of(target)
    if path is not None and path.exists():
        # The common case, without SQLAlchemy or Alembic: one query on a plain connection.
        revision = _sqlite_revision(path, where)
        if revision == SCHEMA_REVISION:
            return Database(target)
    try:
        database = Database(target, engine_module.make_engine(target))
    except OSError as error:
        raise DatabaseProblem(f"De databank {where} kan niet aangemaakt worden: {error}") from error
    from sqlalchemy.exc import DBAPIError, OperationalError

    try:
        revision, has_tables = _current_revision(database.engine)
        if revision == SCHEMA_REVISION:
            return database
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
        _upgrade(database.engine)
    except DatabaseProblem:
        database.dispose()
        raise
    except (OperationalError, DBAPIError) as error:
        database.dispose()
        raise explain_operational_error(error.orig or error, where) from error
    return database


def _sqlite_revision(path: Path, where: str) -> str | None:
    """The schema revision of an existing SQLite file; None if it has none (yet)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error).lower():
            return None  # a new or foreign file: the full path below looks closer
        raise explain_operational_error(error, where) from error
    except sqlite3.DatabaseError as error:
        raise explain_operational_error(error, where) from error
    return str(row[0]) if row else None


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError, OperationalError

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
    path = database.sqlite_file
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
