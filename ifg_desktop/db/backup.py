"""Copies of a SQLite database: one on demand, and putting one back.

Automatic copies (before a migration, before an import) are made by
``database.backup_sqlite_file``: beside the database, with the date in the name, the last
few kept. PostgreSQL has its own tools (pg_dump); these functions refuse it with a message.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.database import BACKUPS_KEPT, Database, backup_sqlite_file
from ifg_desktop.db.errors import DatabaseProblem, DatabaseTooNew, explain_operational_error
from ifg_desktop.migrations import KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

_HEADER = b"SQLite format 3\x00"
_OUR_TABLES = frozenset({"alembic_version", "service", "organization", "service_search"})


def _sqlite_file(target: str | URL) -> Path:
    if not isinstance(target, str):  # a SQLAlchemy URL
        target = target.render_as_string(hide_password=False)
    path = engine_module.sqlite_file_of(target)
    if path is None:
        raise DatabaseProblem(
            "Een reservekopie kan de toepassing enkel van een SQLite-bestand maken; "
            "gebruik voor een andere databank haar eigen hulpmiddelen (zoals pg_dump)."
        )
    return path


def make_backup(database: Database, target: Path | None = None) -> Path:
    """Copy the database to ``target``, or beside itself with the date in its name."""
    path = _sqlite_file(database.target)
    if not path.exists():
        raise DatabaseProblem(f"De databank {path} bestaat (nog) niet.")
    try:
        if target is None:
            made = backup_sqlite_file(database, reason="handmatig")
            assert made is not None  # the file exists
            return made
        target = Path(target).expanduser().absolute()
        if target.exists() and target.resolve() == path.resolve():
            raise DatabaseProblem(
                "Een reservekopie kan niet over de databank zelf geschreven worden."
            )
        _copy_consistent(path, target)
        return target
    except sqlite3.Error as error:
        raise explain_operational_error(error, str(path)) from error
    except OSError as error:
        raise DatabaseProblem(
            f"De reservekopie kon niet geschreven worden: {error.strerror} ({error.filename})"
        ) from error


def _copy_consistent(source: Path, target: Path) -> None:
    """A consistent snapshot (the WAL included) via SQLite's backup API, renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(temporary)) as dst:
            src.backup(dst)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def check_backup(file: Path) -> str:
    """Refuse a file that is not an intact IFG-wegwijzer database this version can open.

    Returns its schema revision. Opens the file read-only: nothing in it changes.
    """
    shown = str(file)
    try:
        with file.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except FileNotFoundError:
        raise DatabaseProblem(f"{shown} bestaat niet.") from None
    except OSError as error:
        raise DatabaseProblem(f"{shown} kan niet gelezen worden ({error.strerror}).") from None
    if header != _HEADER:
        raise DatabaseProblem(f"{shown} is geen SQLite-databank en dus geen reservekopie.")
    try:
        uri = f"{file.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not _OUR_TABLES.issubset(tables):
                raise DatabaseProblem(f"{shown} is geen reservekopie van IFG-wegwijzer.")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            check = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as error:
        raise DatabaseProblem(f"{shown} is beschadigd of onleesbaar ({error}).") from None
    if row is None:
        raise DatabaseProblem(f"{shown} is geen reservekopie van IFG-wegwijzer.")
    if row[0] not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            f"{shown} is gemaakt door een nieuwere versie van IFG-wegwijzer (schema {row[0]}); "
            "werk eerst de toepassing bij."
        )
    if check is None or check[0] != "ok":
        raise DatabaseProblem(f"{shown} is beschadigd (integriteitscontrole: {check}).")
    return str(row[0])


def restore_backup(target_url: str | URL, file: Path) -> Path | None:
    """Put the copy ``file`` back as the database at ``target_url``, all at once.

    The file is checked first (``check_backup``), and a copy of the current database is kept
    beside it. Returns that copy (None when there was no database yet).
    """
    target = _sqlite_file(target_url)
    file = Path(file).expanduser().absolute()
    if target.exists() and file.exists() and file.resolve() == target.resolve():
        raise DatabaseProblem("Dat bestand is de databank zelf, geen reservekopie.")
    check_backup(file)
    kept: Path | None = None
    try:
        if target.exists():
            kept = _keep_current(target_url, target)
        staged = target.with_name(f".{target.name}.restore.tmp")
        _copy_consistent(file, staged)
        try:
            _replace_contents(staged, target)
        finally:
            staged.unlink(missing_ok=True)
    except sqlite3.Error as error:
        raise explain_operational_error(error, str(target)) from error
    except OSError as error:
        raise DatabaseProblem(
            f"De reservekopie kon niet teruggezet worden: {error.strerror} ({error.filename}); "
            "de databank is niet gewijzigd."
        ) from error
    return kept


def restore_database(database: Database, file: Path) -> Path | None:
    """``restore_backup`` into an open database (the window's): it sees the restored data."""
    return restore_backup(database.target, file)


def _keep_current(target_url: str | URL, target: Path) -> Path:
    """A dated copy of the database about to be replaced, the same way as before an import."""
    if not isinstance(target_url, str):
        target_url = target_url.render_as_string(hide_password=False)
    database = Database(target_url)
    try:
        made = backup_sqlite_file(database, reason="voor-herstel")
        assert made is not None
        return made
    except sqlite3.DatabaseError:
        # The current file is damaged (often why one restores): keep its bytes as they are.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.stem}.{stamp}.voor-herstel.bak{target.suffix}")
        shutil.copy2(target, kept)
        backups = sorted(target.parent.glob(f"{target.stem}.*.bak{target.suffix}"))
        for old in backups[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        return kept
    finally:
        database.dispose()


def _replace_contents(staged: Path, target: Path) -> None:
    """Make ``target`` hold exactly ``staged``'s data, atomically.

    Through SQLite's backup API when the target can be opened: one write transaction, so
    connections that stay open (the window) see the old or the new data, never a mix, and
    the WAL stays consistent. A target SQLite cannot open is replaced by renaming.
    """
    if target.exists():
        try:
            with (
                closing(sqlite3.connect(staged)) as src,
                closing(
                    sqlite3.connect(target, timeout=engine_module.BUSY_TIMEOUT_MS / 1000)
                ) as dst,
            ):
                dst.execute("PRAGMA schema_version").fetchone()  # fails on a damaged file
                src.backup(dst)
            return
        except sqlite3.DatabaseError as error:
            if "locked" in str(error).lower() or "busy" in str(error).lower():
                raise
    os.replace(staged, target)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


__all__ = ["check_backup", "make_backup", "restore_backup", "restore_database"]
