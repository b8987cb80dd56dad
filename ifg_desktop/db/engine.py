"""Where the database is, and how every connection to it is set up.

Kept free of SQLAlchemy at import time: opening an up-to-date SQLite file and reading the
first page of results needs only ``sqlite3`` (see database.py), so the window can show its
first results before SQLAlchemy has even been imported.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ifg_desktop.db.errors import DatabaseProblem, one_line
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

ENV_VARIABLE = "IFG_DESKTOP_DB"
BUSY_TIMEOUT_MS = 5000
_SQLITE_FILE_PREFIX = "sqlite:///"
# What a file name may hold but a URL's path may not; escaped as in a URL ("%3F").
_URL_ESCAPES = {"%": "%25", "?": "%3F", "#": "%23"}
_SUPPORTED = QT_TRANSLATE_NOOP(
    "db",
    "Gebruik een SQLite-bestand (een pad, of sqlite:///pad) of een PostgreSQL-databank "
    "(postgresql+psycopg://gebruiker@server/databank).",
)
# How a SQLite file can be opened: as usual, read-only (the file or its folder cannot be
# written), or immutable (read-only, and SQLite cannot even make its -shm file beside it).
SqliteAccess = Literal["rw", "ro", "immutable"]
# Query options that hold a secret (password=, sslpassword=, …): libpq takes a password from
# the query string as well as from before the "@".
_SECRET_OPTION = re.compile(r"(?<=[?&])([^=&#]*(?:pass|secret|token|key)[^=&#]*)=[^&#]*", re.I)


def default_database_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("ifg-desktop", appauthor=False)) / "ifg-desktop.sqlite3"


def sqlite_target(path: Path) -> str:
    """The URL of the SQLite file ``path``, exactly that file even with "?" or "#" in it."""
    text = str(path)
    for character, escaped in _URL_ESCAPES.items():
        text = text.replace(character, escaped)
    return f"{_SQLITE_FILE_PREFIX}{text}"


def resolve_target(url: str | None = None) -> str:
    """The database URL: ``--db`` wins, then ``IFG_DESKTOP_DB``, then the file in the
    user's data folder. A bare path is taken as a SQLite file.

    Raises DatabaseProblem for a URL of a kind the application does not support.
    """
    chosen = url or os.environ.get(ENV_VARIABLE)
    if not chosen:
        return sqlite_target(default_database_path())
    if "://" not in chosen:
        return sqlite_target(Path(chosen).expanduser().absolute())
    scheme, rest = chosen.split("://", 1)
    dialect, _, driver = scheme.partition("+")
    if dialect == "postgresql" and driver in ("", "psycopg"):
        # psycopg (3) is the driver that comes with the application, not SQLAlchemy's
        # default psycopg2.
        return f"postgresql+psycopg://{rest}"
    if dialect == "sqlite" and driver in ("", "pysqlite"):
        return chosen
    raise DatabaseProblem(_unknown_kind(hidden(chosen)))


def hidden(url: str) -> str:
    """``url`` without its password, for a message."""
    scheme, _, rest = url.partition("://")
    credentials, at, place = rest.rpartition("@")
    if at and ":" in credentials:
        credentials = credentials.split(":", 1)[0] + ":***"
    shown = f"{scheme}://{credentials}{at}{place}" if scheme or rest else url
    return _without_secret_options(shown)


def shown_url(url: URL) -> str:
    """``url`` as text for a person or a log: its password and secret options as ***."""
    return _without_secret_options(url.render_as_string(hide_password=True))


def is_secret_option(name: str) -> bool:
    return _SECRET_OPTION.search(f"?{name}=") is not None


def _without_secret_options(text: str) -> str:
    return _SECRET_OPTION.sub(r"\1=***", text)


def resolve_url(url: str | None = None) -> URL:
    from sqlalchemy.engine import URL, make_url

    target = resolve_target(url)
    path = sqlite_file_of(target)
    if path is not None:  # not parsed: SQLAlchemy 2.0 does not unescape a URL's path
        return URL.create("sqlite", database=str(path))
    return make_url(target)


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
    from urllib.parse import unquote

    return Path(unquote(rest[1:]))


def display_name(target: str) -> str:
    path = sqlite_file_of(target)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    try:
        return shown_url(make_url(target))
    except (ValueError, ImportError) as error:  # ArgumentError is a ValueError too
        raise DatabaseProblem(_unknown_kind(hidden(target))) from error


def sqlite_access(path: Path) -> SqliteAccess:
    """How ``path`` can be opened; "rw" for a file that is not there (yet)."""
    if not path.exists():
        return "rw"
    folder_writable = os.access(path.parent, os.W_OK)
    if folder_writable and os.access(path, os.W_OK):
        return "rw"
    # Without its -shm (and -wal) file, and no way to make one, SQLite can read a WAL
    # database only when told nothing will change it while it is open.
    beside = [path.with_name(path.name + suffix) for suffix in ("-shm", "-wal")]
    if folder_writable or any(file.exists() for file in beside):
        return "ro"
    return "immutable"


def connect_sqlite(path: Path, access: SqliteAccess = "rw") -> sqlite3.Connection:
    """A plain connection with the pragmas every connection gets."""
    # Each reader connection is used by one thread, the watcher under its lock; another
    # thread only closes them (Database.dispose): SQLite itself is built thread-safe.
    timeout = BUSY_TIMEOUT_MS / 1000
    if access == "rw":
        connection = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    else:
        connection = sqlite3.connect(
            readonly_uri(path, immutable=access == "immutable"),
            uri=True,
            timeout=timeout,
            check_same_thread=False,
        )
    _sqlite_pragmas(connection, None, writable=access == "rw")
    return connection


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """A ``file:`` URI that opens ``path`` read-only (its name escaped: "?" and "#" too)."""
    from urllib.parse import quote

    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(str(path.absolute()))}?{options}"


def table_names(connection: sqlite3.Connection) -> set[str]:
    """The tables of a SQLite database (to tell ours from another program's)."""
    return {
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, *, writable: bool = True) -> None:
    # Autocommit while setting pragmas: journal_mode cannot change inside a transaction.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    if writable:  # a read-only connection leaves the file as it is
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


# Every connection to a PostgreSQL server: a connection attempt gives up after this long,
# and a server that goes silent (a network gone without a word) is given up on after about
# 20 seconds instead of TCP's quarter of an hour: keepalives probe an idle connection
# (10 s, then 3 probes 3 s apart), and data the server never acknowledges fails after
# tcp_user_timeout. libpq ignores both on a Unix socket, which says at once.
CONNECT_TIMEOUT_SECONDS = 5
_SERVER_CONNECTION = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,  # milliseconds
}


def server_connect_defaults(url: URL, application: str) -> dict[str, Any]:
    """psycopg's keyword arguments for our limits, minus those the URL sets itself."""
    defaults: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": application,
        **_SERVER_CONNECTION,
    }
    return {name: value for name, value in defaults.items() if name not in url.query}


def make_engine(target: str, access: SqliteAccess = "rw") -> Engine:
    """The SQLAlchemy engine for ``target``; DatabaseProblem when it names an unsupported
    kind of database or a driver that is not installed."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    path = sqlite_file_of(target)
    try:
        if path is not None and access != "rw":
            return create_engine(
                URL.create("sqlite", database=str(path)),
                creator=lambda: connect_sqlite(path, access),
            )
        if path is not None:  # the URL object, not the text: the name is taken as it is
            engine = create_engine(
                URL.create("sqlite", database=str(path)),
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            )
        elif dialect_of(target) == "sqlite":
            engine = create_engine(target, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        else:
            connect_args = server_connect_defaults(make_url(target), "ifg-wegwijzer")
            return create_engine(target, pool_pre_ping=True, connect_args=connect_args)
    except (NoSuchModuleError, ArgumentError, ImportError, ValueError) as error:
        said = translate(
            "db",
            "De databank {where} kan niet gebruikt worden ({error}). {supported} Voor "
            "PostgreSQL moet psycopg geïnstalleerd zijn (pip install 'ifg-desktop[postgresql]').",
        )
        raise DatabaseProblem(
            said.format(
                where=hidden(target),
                error=one_line(error),
                supported=translate("db", _SUPPORTED),
            )
        ) from error
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _unknown_kind(target: str) -> str:
    return translate("db", "Onbekend soort databank: {target}. {supported}").format(
        target=target, supported=translate("db", _SUPPORTED)
    )
