"""Opening a database: check its schema, create or upgrade it, hand out units of work."""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from typing import TypeAlias

    import psycopg
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.errors import (
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUnreadable,
    explain_operational_error,
)
from ifg_desktop.migrations import KNOWN_REVISIONS, SCHEMA_REVISION

BACKUPS_KEPT = 5

if TYPE_CHECKING:
    # A thread's reading connection: sqlite3's, or psycopg's on PostgreSQL.
    _Reader: TypeAlias = sqlite3.Connection | psycopg.Connection[tuple[Any, ...]]


class DatabaseClosed(DatabaseUnavailable):
    """A read asked of a database already closed (by a thread that outlived its window,
    such as a warm-up): refused, so no connection is opened that nobody would close."""


class Database:
    """One database: where it is, what dialect it speaks, and units of work on it.

    The SQLAlchemy engine and session factory are made when first asked for; on SQLite the
    query engine's reads (``read``) and change detection (``data_version``) use plain
    ``sqlite3`` connections, so a window can show results before SQLAlchemy is imported.
    """

    def __init__(
        self,
        target: str,
        engine: Engine | None = None,
        *,
        access: engine_module.SqliteAccess | None = None,
    ) -> None:
        self.target = target
        self.dialect = engine_module.dialect_of(target)
        self.sqlite_file = engine_module.sqlite_file_of(target)
        if access is None:
            access = (
                "rw" if self.sqlite_file is None else engine_module.sqlite_access(self.sqlite_file)
            )
        # Read-only media: searching works, writing says why it cannot.
        self.access: engine_module.SqliteAccess = access
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._readers = threading.local()
        # Every thread's reading connection (sqlite3, or psycopg on PostgreSQL).
        self._held: list[tuple[threading.Thread, _Reader]] = []
        self._held_lock = threading.Lock()
        self._closed = False  # after close(): reads are refused (DatabaseClosed)
        self._watcher: sqlite3.Connection | None = None
        self._watcher_lock = threading.Lock()
        self._write_refusal: str | None = None  # asked once: "" when writing is allowed
        # PostgreSQL: change notices heard while a listener listens (None: nobody does).
        self._heard_lock = threading.Lock()
        self._heard_count = 0
        self._changes_heard: int | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = engine_module.make_engine(self.target, self.access)
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

    @property
    def read_only(self) -> bool:
        return self.access != "rw"

    def write_refusal(self) -> str | None:
        """Why nothing can be changed through this connection, or None when it can.

        Read-only media (SQLite), or on PostgreSQL a role without the right to change the
        data (the front desk's, db/roles.py): the window then offers no coordinator mode,
        import or restore, and says this. Asked of the server once, then kept. The database
        stays the gate: a write tried anyway is refused there (SQLSTATE 42501).
        """
        if self.read_only:
            return translate(
                "db",
                "Coördinatormodus niet beschikbaar: de databank staat op een plaats waar ze "
                "alleen-lezen is (een map of bestand zonder schrijfrechten).",
            )
        if self.dialect != "postgresql":
            return None
        if self._write_refusal is None:
            from ifg_desktop.db.roles import FRONT_DESK_ONLY, may_change_data

            self._write_refusal = "" if may_change_data(self) else FRONT_DESK_ONLY
        return translate("db", self._write_refusal) if self._write_refusal else None

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work; driver errors from the environment become DatabaseProblem,
        any other (a bug) goes on as it is."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as error:
            raise explain_operational_error(error, self.display_name) from error

    def read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Rows of one read-only statement with ``?`` placeholders, on the fast path.

        The query engine's hot path (a page per keystroke) goes straight to the driver,
        through a connection per thread kept open: sqlite3's, or psycopg's on PostgreSQL;
        elsewhere through SQLAlchemy with the placeholders renamed.
        """
        self._refuse_when_closed()
        if self.sqlite_file is not None:
            try:
                return self._reader().execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as error:
                raise explain_operational_error(error, self.display_name) from error
        if self.dialect == "postgresql":
            return self._server_read(sql, params)
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        parts = sql.split("?")
        named = "".join(f"{part}:p{i}" for i, part in enumerate(parts[:-1])) + parts[-1]
        values = {f"p{i}": value for i, value in enumerate(params)}
        try:
            with self.engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(named), values)]
        except DBAPIError as error:
            raise explain_operational_error(error, self.display_name) from error

    def _server_read(
        self, sql: str, params: Sequence[object], *, again: bool = True
    ) -> list[tuple[Any, ...]]:
        """PostgreSQL's fast path: psycopg itself on a connection per thread kept open
        (SQLAlchemy's pool and statement handling made a keystroke's short statements five
        times slower), prepared by psycopg from the fifth time a statement is run. A
        connection the server dropped is let go, and (outside ``reading``) the read tried
        once more on a new one: a connection left from before a server restart must not
        fail the first read after it (what SQLAlchemy's pre-ping does for its pool)."""
        connection = self._server_reader()  # says so first when psycopg is missing
        import psycopg

        try:
            return connection.execute(_psycopg_sql(sql), tuple(params)).fetchall()
        except psycopg.Error as error:
            if connection.closed or connection.broken:
                self._drop_server_reader(connection)
                if again and not getattr(self._readers, "depth", 0):
                    return self._server_read(sql, params, again=False)
            raise explain_operational_error(error, self.display_name) from error

    @contextmanager
    def reading(self) -> Iterator[None]:
        """The ``read``s inside see one snapshot of the data: a search's keys and its
        records in several batches never mix the states before and after someone's
        commit. Nested calls share the outer snapshot."""
        depth = getattr(self._readers, "depth", 0)
        if depth:
            self._readers.depth = depth + 1
            try:
                yield
            finally:
                self._readers.depth = depth
            return
        self._readers.depth = 1
        try:
            if self.sqlite_file is not None:
                with self._sqlite_snapshot():
                    yield
            else:
                with self._server_snapshot():
                    yield
        finally:
            self._readers.depth = 0

    @contextmanager
    def _sqlite_snapshot(self) -> Iterator[None]:
        connection = self._reader()
        try:
            # A read transaction: WAL keeps this connection's view until it ends.
            connection.execute("BEGIN")
        except sqlite3.Error as error:
            raise explain_operational_error(error, self.display_name) from error
        try:
            yield
        finally:
            # Closed meanwhile (the window shutting down): there is nothing left to end.
            with suppress(sqlite3.ProgrammingError):
                if connection.in_transaction:
                    connection.execute("COMMIT")

    @contextmanager
    def _server_snapshot(self) -> Iterator[None]:
        if self.dialect != "postgresql":  # no fast path of its own: one statement each
            yield
            return
        connection = self._server_reader()
        import psycopg

        try:
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        except psycopg.Error as error:
            if not (connection.closed or connection.broken):
                raise explain_operational_error(error, self.display_name) from error
            # Left from before a server restart: once more on a new connection.
            self._drop_server_reader(connection)
            connection = self._server_reader()
            try:
                connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            except psycopg.Error as again:
                if connection.closed or connection.broken:
                    self._drop_server_reader(connection)
                raise explain_operational_error(again, self.display_name) from again
        try:
            yield
        finally:
            # A connection lost (or closed on shutdown) meanwhile has nothing left to end.
            with suppress(psycopg.Error):
                if not connection.closed and not connection.broken:
                    connection.execute("COMMIT")

    def _server_reader(self) -> psycopg.Connection[tuple[Any, ...]]:
        connection: psycopg.Connection[tuple[Any, ...]] | None = getattr(
            self._readers, "server", None
        )
        if connection is None or connection.closed:
            self._refuse_when_closed()
            connection = self._connect_server()
            self._readers.server = connection
            self._hold(connection)
        return connection

    def _connect_server(self) -> psycopg.Connection[tuple[Any, ...]]:
        # The connection parameters exactly as SQLAlchemy reads them from the URL (host,
        # port, sslmode and the rest), with our limits where the URL sets none.
        engine = self.engine
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        kwargs = {**engine_module.server_connect_defaults(engine.url, "ifg-wegwijzer"), **kwargs}
        import psycopg  # present: the engine above says so in Dutch when it is not

        try:
            # Autocommit: each statement reads the newest committed state; reading()
            # opens a transaction of its own for one snapshot.
            return psycopg.connect(*args, **kwargs, autocommit=True)
        except psycopg.Error as error:
            raise explain_operational_error(error, self.display_name) from error

    def _drop_server_reader(self, connection: psycopg.Connection[tuple[Any, ...]]) -> None:
        if getattr(self._readers, "server", None) is connection:
            self._readers.server = None
        with self._held_lock:
            self._held = [(t, c) for t, c in self._held if c is not connection]
        with suppress(Exception):
            connection.close()

    def _hold(self, connection: _Reader) -> None:
        """Keep this thread's new reading connection, and close those of threads that
        have ended: a thread that read once (a warm-up, a word list read again) must not
        leave a server connection open for as long as the window is."""
        with self._held_lock:
            if self._closed:  # closed while this connection was being opened
                with suppress(Exception):
                    connection.close()
                self._refuse_when_closed()
            ended = [c for t, c in self._held if not t.is_alive()]
            self._held = [(t, c) for t, c in self._held if t.is_alive()]
            self._held.append((threading.current_thread(), connection))
        for old in ended:
            with suppress(Exception):  # already broken: nothing more to let go of
                old.close()

    def _reader(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._readers, "connection", None)
        if connection is None:
            assert self.sqlite_file is not None
            self._refuse_when_closed()
            connection = engine_module.connect_sqlite(self.sqlite_file, self.access)
            self._readers.connection = connection
            self._hold(connection)
        return connection

    @contextmanager
    def begin_write(self) -> Iterator[Session]:
        """A unit of work that will write: it holds the write lock from its first read.

        On SQLite the transaction starts with ``BEGIN IMMEDIATE``: what it reads (a
        version to compare, say) cannot change before it writes, and a second writer
        waits for the busy timeout instead of failing half-way on a stale snapshot. Other
        databases lock the rows read ``with_for_update()``.
        """
        if self.read_only:
            raise DatabaseReadOnly(
                translate(
                    "db",
                    "De databank {where} staat op een plaats waar ze alleen-lezen is "
                    "(een map of bestand zonder schrijfrechten); u kunt zoeken, maar niets "
                    "wijzigen. Er is niets gewijzigd.",
                ).format(where=self.display_name)
            )
        with self.begin() as session:
            if self.dialect == "sqlite":
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session

    def data_version(self) -> Hashable:
        """A token that differs once anybody committed a change to the data.

        SQLite: ``PRAGMA data_version`` on one connection kept open for it (it changes when
        *another* connection commits, this process's other connections included).
        PostgreSQL, while a ``ChangeListener`` listens on this database: the number of
        change notices it heard, without asking the server (a keystroke asks this). Else:
        the newest audit entry, the newest service change and the number of services,
        which every coordinator edit moves (at 100,000 services: 70 ms of the server's
        time).
        """
        if self.sqlite_file is not None:
            try:
                return self._sqlite_data_version(self.sqlite_file)
            except sqlite3.Error as error:
                raise explain_operational_error(error, self.display_name) from error
        heard = self._changes_heard
        if heard is not None:
            return ("heard", heard)
        from sqlalchemy.exc import DBAPIError

        try:
            return self._counted_data_version()
        except DBAPIError as error:
            raise explain_operational_error(error, self.display_name) from error

    def hearing_changes(self, listening: bool) -> None:
        """A ``ChangeListener`` (db/notices.py) on this database is now listening, or no
        longer is (the server away, the window closing). Either way ``data_version``
        moves on: what was read before may be older than what is there now."""
        with self._heard_lock:
            self._heard_count += 1
            self._changes_heard = self._heard_count if listening else None

    def heard_change(self) -> None:
        """The listener heard a change notice: ``data_version`` moves on."""
        with self._heard_lock:
            self._heard_count += 1
            if self._changes_heard is not None:
                self._changes_heard = self._heard_count

    def _sqlite_data_version(self, path: Path) -> Hashable:
        with self._watcher_lock:
            if self._watcher is None:
                # Its own connection, for as long as this Database lives.
                self._watcher = engine_module.connect_sqlite(path, self.access)
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

    def _refuse_when_closed(self) -> None:
        if self._closed:
            raise DatabaseClosed(translate("db", "De databank is al gesloten."))

    def close(self) -> None:
        """``dispose`` for good, when the window closes: a read asked afterwards (by a
        thread that outlived the window) is refused instead of opening a connection that
        nobody would close."""
        with self._held_lock:
            self._closed = True
        self.dispose()

    def dispose(self) -> None:
        """Close every connection; the next read opens a new one."""
        with self._held_lock:
            for _thread, connection in self._held:
                connection.close()
            self._held.clear()
        self._readers = threading.local()
        with self._watcher_lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        if self._engine is not None:
            self._engine.dispose()


@functools.lru_cache(maxsize=512)
def _psycopg_sql(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled). The application's
    SQL holds no ``?`` but its placeholders: every value is a parameter."""
    return sql.replace("%", "%%").replace("?", "%s")


def open_database(url: str | URL | None = None) -> Database:
    """Open (creating or upgrading when needed) the database at ``url``.

    A database of a newer version of the application, one that is not ours, or one that
    lacks tables its schema promises is refused with DatabaseProblem and left untouched (an
    existing SQLite file is looked at read-only first). Filling an empty one is the
    caller's business (directory.seed.open_directory).
    """
    target = _target_of(url)
    where = engine_module.display_name(target)
    path = engine_module.sqlite_file_of(target)
    access: engine_module.SqliteAccess = "rw"
    if path is not None and path.exists() and not path.is_file():
        # A folder, a device (/dev/null) or a pipe: SQLite would make its journal beside
        # it, and a restore would replace it.
        raise DatabaseProblem(
            translate(
                "db",
                "{where} is geen databankbestand (een map, apparaat of pijp); "
                "geef het pad van een SQLite-bestand.",
            ).format(where=where)
        )
    if path is not None and path.exists():
        # The common case, without SQLAlchemy or Alembic: two queries on a read-only
        # connection, which also turn a file that is not ours away before anything (the
        # WAL pragma) writes to it.
        access = engine_module.sqlite_access(path)
        revision, tables = _sqlite_schema(path, where, access)
        _check_schema(revision, tables, where, sqlite=True)
        if revision == SCHEMA_REVISION:
            return Database(target, access=access)
        if access != "rw":
            raise DatabaseReadOnly(
                translate(
                    "db",
                    "De databank {where} moet bijgewerkt worden naar deze versie van "
                    "IFG-wegwijzer, maar staat op een plaats waar ze alleen-lezen is; "
                    "de databank is niet gewijzigd.",
                ).format(where=where)
            )
    elif path is not None:
        _make_folder(path, where)
    database = Database(target, engine_module.make_engine(target, access), access=access)
    from sqlalchemy.exc import DBAPIError

    try:
        revision, tables = _current_revision(database.engine)
        _check_schema(revision, tables, where, sqlite=database.dialect == "sqlite")
        if revision == SCHEMA_REVISION:
            return database
        if revision is not None:
            backup_sqlite_file(database, reason="migratie")
        try:
            _upgrade(database.engine)
        except DBAPIError as error:
            from ifg_desktop.db.roles import may_not_change_schema

            refused = may_not_change_schema(error, where, revision)
            if refused is None:
                raise
            raise refused from error
    except DatabaseProblem:
        database.dispose()
        raise
    except DBAPIError as error:
        database.dispose()
        raise explain_operational_error(error, where) from error
    return database


def sqlite_file_to_make(url: str | URL | None = None) -> Path | None:
    """The SQLite file ``url`` names when it is not there yet (``open_database`` makes
    it); None for a file that exists and for other databases. The window has such a file
    made by a process of its own (ui/first_start.py)."""
    path = engine_module.sqlite_file_of(_target_of(url))
    return path if path is not None and not path.exists() else None


def _target_of(url: str | URL | None) -> str:
    if url is None or isinstance(url, str):
        return engine_module.resolve_target(url)
    plain_file = url.database not in (None, "", ":memory:") and not url.query
    if url.get_backend_name() == "sqlite" and plain_file:  # its name as it is, "?" included
        return engine_module.sqlite_target(Path(str(url.database)))
    return engine_module.resolve_target(url.render_as_string(hide_password=False))


def _make_folder(path: Path, where: str) -> None:
    """The folder of a new SQLite file: made only for the default place. A mistyped
    shared path must not become an empty private database."""
    if path.parent.is_dir():
        return
    if path.absolute() != engine_module.default_database_path().absolute():
        raise DatabaseProblem(
            translate(
                "db",
                "De map {folder} bestaat niet; controleer het pad. "
                "Er is geen databank {name} aangemaakt.",
            ).format(folder=path.parent, name=path.name)
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(
            translate(
                "db", "De databank {where} kan niet aangemaakt worden: {reason} ({file})."
            ).format(where=where, reason=error.strerror, file=error.filename)
        ) from error


# The tables each schema revision adds (tests/faults/test_database_edges.py holds this against
# the migrations and the models): a database that claims a revision has at least these.
_TABLES_ADDED = {
    "0001": frozenset(
        {
            "checklist_item",
            "checklist_item_service",
            "checklist_item_theme",
            "location",
            "organization",
            "phone",
            "schedule",
            "schedule_exception",
            "schedule_window",
            "service",
            "service_search",
            "service_theme",
            "theme",
        }
    ),
    "0002": frozenset({"audit_entry", "coordinator_secret"}),
    "0003": frozenset({"search_term", "word_form"}),
    "0004": frozenset({"fact_source", "guide_section"}),
    "0008": frozenset({"service_language"}),
    "0009": frozenset({"service_source"}),
}
# What tells an IFG-wegwijzer database from another program's that also uses Alembic.
_OUR_CORE_TABLES = frozenset({"alembic_version", "service", "organization"})


# What the SQLite migrations make beside the models (db/search.py: SQLITE_ONLY_TABLES): the
# full-text tables (their own "_data", "_idx"… tables apart) and the result list's rows.
# Without them the list fails on its first search; refused at the start, it is said.
_SQLITE_TABLES_ADDED = {
    "0001": frozenset({"service_fts_sub", "service_fts_word"}),
    "0003": frozenset({"service_fts_name", "service_fts_key", "service_fts_vocab"}),
    "0010": frozenset({"service_row"}),
}


def expected_tables(revision: str, *, sqlite: bool = False) -> frozenset[str]:
    """The tables a database at ``revision`` (a known one) holds, alembic_version too;
    with ``sqlite``, also those only a SQLite database has."""
    tables = {"alembic_version"}
    registries = (_TABLES_ADDED, _SQLITE_TABLES_ADDED) if sqlite else (_TABLES_ADDED,)
    for registry in registries:
        for added_in, added in registry.items():
            if added_in <= revision:
                tables |= added
    return frozenset(tables)


def _check_schema(revision: str | None, tables: set[str], where: str, *, sqlite: bool) -> None:
    """Refuse what is not ours, newer, or incomplete; a new database passes."""
    foreign = DatabaseProblem(
        translate(
            "db", "{where} bevat al andere gegevens en is geen IFG-wegwijzer-databank."
        ).format(where=where)
    )
    if revision is None:
        if tables:
            raise foreign
        return
    if revision not in KNOWN_REVISIONS:
        if not tables >= _OUR_CORE_TABLES:
            raise foreign
        raise DatabaseTooNew(
            translate(
                "db",
                "De databank {where} is gemaakt door een nieuwere versie van IFG-wegwijzer "
                "(schema {schema}). Werk de toepassing bij; de databank is niet gewijzigd.",
            ).format(where=where, schema=revision)
        )
    missing = expected_tables(revision, sqlite=sqlite) - tables
    if missing:
        raise DatabaseUnreadable(
            translate(
                "db",
                "De databank {where} is onvolledig of beschadigd: de tabel(len) "
                "{tables} ontbreken. Zet een reservekopie terug; "
                "de databank is niet gewijzigd.",
            ).format(where=where, tables=", ".join(sorted(missing)))
        )


def _sqlite_schema(
    path: Path, where: str, access: engine_module.SqliteAccess
) -> tuple[str | None, set[str]]:
    """The schema revision (None if none yet) and the tables of an existing SQLite file,
    read on a read-only connection: nothing in the file changes."""
    uri = engine_module.readonly_uri(path, immutable=access == "immutable")
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=1)
        try:
            tables = engine_module.table_names(connection)
            row = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise explain_operational_error(error, where) from error
    return (str(row[0]) if row else None), tables


def _current_revision(engine: Engine) -> tuple[str | None, set[str]]:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" not in tables:
            return None, tables
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return (str(row[0]) if row else None), tables


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent.parent / "migrations"))
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            # pysqlite begins a transaction only before a change to rows: without this the
            # first tables of a migration were committed one by one, and a kill after them
            # left the old revision with new tables, which the next upgrade could not make.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if engine.dialect.name == "postgresql":
            # The groups' exact rights on what the migrations added (db/roles.py).
            from ifg_desktop.db.roles import regrant_after_upgrade

            regrant_after_upgrade(connection)


def backup_sqlite_file(database: Database, *, reason: str) -> Path | None:
    """Copy the SQLite file beside itself with a date in its name; keep the last few.

    The copy is complete or absent, even when the process is killed (see backup_files).
    When none can be made this raises DatabaseProblem (DatabaseLocked after the busy
    timeout) saying so: the caller has changed nothing yet and goes no further.
    """
    from ifg_desktop.db import backup_files

    path = database.sqlite_file
    if path is None or not path.exists():
        return None
    where = database.display_name
    try:
        return backup_files.dated_copy(path, reason, keep=BACKUPS_KEPT, where=where)
    except (OSError, sqlite3.Error, backup_files.CopyIncomplete) as error:
        raise backup_files.backup_failed(error, where, reason, path.parent) from error


__all__ = ["Database", "backup_sqlite_file", "open_database"]
