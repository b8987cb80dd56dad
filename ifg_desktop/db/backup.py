"""Copies of a SQLite database: one on demand, and putting one back.

Automatic copies (before a migration, before an import) are made by
``database.backup_sqlite_file``: beside the database, with the date in the name, the last
few kept. Every copy is written aside and renamed into place once checked (backup_files):
a crash leaves no half copy under a backup's name. PostgreSQL has its own tools (pg_dump);
these functions refuse it with a message.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ifg_desktop.db import backup_files
from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.database import BACKUPS_KEPT, Database, backup_sqlite_file
from ifg_desktop.db.errors import (
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    explain_operational_error,
)
from ifg_desktop.i18n import translate
from ifg_desktop.migrations import KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

_HEADER = backup_files.HEADER
_OUR_TABLES = backup_files.OUR_TABLES


def _sqlite_file(target: str | URL) -> Path:
    if not isinstance(target, str):  # a SQLAlchemy URL
        target = target.render_as_string(hide_password=False)
    path = engine_module.sqlite_file_of(target)
    if path is None:
        raise DatabaseProblem(
            translate(
                "db",
                "Een reservekopie kan de toepassing enkel van een SQLite-bestand maken; "
                "gebruik voor een andere databank haar eigen hulpmiddelen (zoals pg_dump).",
            )
        )
    return path


def make_backup(database: Database, target: Path | None = None) -> Path:
    """Copy the database to ``target``, or beside itself with the date in its name."""
    path = _sqlite_file(database.target)
    if not path.exists():
        raise DatabaseProblem(
            translate("db", "De databank {path} bestaat (nog) niet.").format(path=path)
        )
    if target is None:
        made = backup_sqlite_file(database, reason="handmatig")
        assert made is not None  # the file exists
        return made
    target = Path(target).expanduser().absolute()
    if target.exists() and target.resolve() == path.resolve():
        raise DatabaseProblem(
            translate("db", "Een reservekopie kan niet over de databank zelf geschreven worden.")
        )
    _refuse_unless_plain_file(target)
    try:
        backup_files.clean_up(target.parent, target.name)
        backup_files.write_copy(path, target, str(path))
    except (OSError, sqlite3.Error, backup_files.CopyIncomplete) as error:
        raise backup_files.backup_failed(error, str(path), "handmatig", target) from error
    return target


def _refuse_unless_plain_file(path: Path) -> None:
    """A folder, a device or a pipe is never replaced by a copy, nor read as one (a pipe
    would be waited on for ever)."""
    if path.exists() and not path.is_file():
        raise DatabaseProblem(
            translate("db", "{path} is geen gewoon bestand (een map, apparaat of pijp).").format(
                path=path
            )
        )


def check_backup(file: Path) -> str:
    """Refuse a file that is not an intact IFG-wegwijzer database this version can open.

    Returns its schema revision. Opens the file read-only: nothing in it changes.
    """
    shown = str(file)
    _refuse_unless_plain_file(file)
    try:
        with file.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except FileNotFoundError:
        raise DatabaseProblem(translate("db", "{file} bestaat niet.").format(file=shown)) from None
    except OSError as error:
        raise DatabaseProblem(
            translate("db", "{file} kan niet gelezen worden ({reason}).").format(
                file=shown, reason=error.strerror
            )
        ) from None
    if header != _HEADER:
        raise DatabaseProblem(
            translate("db", "{file} is geen SQLite-databank en dus geen reservekopie.").format(
                file=shown
            )
        )
    try:
        uri = f"{file.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = engine_module.table_names(connection)
            if not _OUR_TABLES.issubset(tables):
                raise DatabaseProblem(_not_a_backup(shown))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            check = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as error:
        raise DatabaseProblem(
            translate("db", "{file} is beschadigd of onleesbaar ({error}).").format(
                file=shown, error=error
            )
        ) from None
    if row is None:
        raise DatabaseProblem(_not_a_backup(shown))
    if row[0] not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            translate(
                "db",
                "{file} is gemaakt door een nieuwere versie van IFG-wegwijzer (schema {schema}); "
                "werk eerst de toepassing bij.",
            ).format(file=shown, schema=row[0])
        )
    if check is None or check[0] != "ok":
        raise DatabaseProblem(
            translate("db", "{file} is beschadigd (integriteitscontrole: {check}).").format(
                file=shown, check=check
            )
        )
    return str(row[0])


def _not_a_backup(shown: str) -> str:
    return translate("db", "{file} is geen reservekopie van IFG-wegwijzer.").format(file=shown)


def restore_backup(target_url: str | URL, file: Path) -> Path | None:
    """Put the copy ``file`` back as the database at ``target_url``, all at once.

    The file is checked first (``check_backup``), and a copy of the current database is kept
    beside it. Returns that copy (None when there was no database yet). While another
    program holds the database's write lock this gives up after the busy timeout with
    DatabaseLocked, the database as it was.
    """
    target = _sqlite_file(target_url)
    file = Path(file).expanduser().absolute()
    if target.exists() and file.exists() and file.resolve() == target.resolve():
        raise DatabaseProblem(
            translate("db", "Dat bestand is de databank zelf, geen reservekopie.")
        )
    _refuse_unless_plain_file(target)
    check_backup(file)
    where = str(target)
    kept: Path | None = None
    try:
        if target.exists():
            _wait_for_write_lock(target, where)
            kept = _keep_current(target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
        staged = backup_files.temporary_for(target)
        try:
            backup_files.write_snapshot(file, staged, str(file))
            _replace_contents(staged, target, where)
        finally:
            backup_files.remove_with_side_files(staged)
    except sqlite3.Error as error:
        raise explain_operational_error(error, where) from error
    except (OSError, backup_files.CopyIncomplete) as error:
        detail = (
            error.detail
            if isinstance(error, backup_files.CopyIncomplete)
            else backup_files.describe(error)
        )
        raise DatabaseProblem(
            translate(
                "db",
                "De reservekopie kon niet teruggezet worden ({detail}); "
                "de databank is niet gewijzigd.",
            ).format(detail=detail)
        ) from error
    return kept


def _wait_for_write_lock(target: Path, where: str) -> None:
    """DatabaseLocked before anything is copied while another program is writing.

    Without it every retry would still add a "voor-herstel" copy, and the rotation would
    drop an older backup for each. The lock is let go at once: the restore takes it again.
    """
    timeout = engine_module.BUSY_TIMEOUT_MS / 1000
    uri = f"{target.absolute().as_uri()}?mode=rw"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)) as c:
            c.execute("BEGIN IMMEDIATE")
            c.execute("ROLLBACK")
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", -1) & 0xFF
        if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
            raise DatabaseLocked(backup_files.locked_message(where)) from None
        # Anything else (a damaged file) is for _keep_current and _replace_contents.


def _keep_current(target: Path) -> Path:
    """A dated copy of the database about to be replaced, the same way as before an import."""
    where = str(target)
    try:
        return backup_files.dated_copy(target, "voor-herstel", keep=BACKUPS_KEPT, where=where)
    except (OSError, sqlite3.Error, backup_files.CopyIncomplete) as error:
        damaged = getattr(error, "sqlite_errorcode", -1) & 0xFF in (11, 26)  # CORRUPT, NOTADB
        if not (damaged or isinstance(error, backup_files.CopyIncomplete)):
            raise backup_files.backup_failed(error, where, "voor-herstel", target.parent) from error
    # The current file is damaged (often why one restores): keep its bytes as they are,
    # under a name the rotation leaves alone (it removes broken copies).
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}.{stamp}.voor-herstel.beschadigd{target.suffix}")
    try:
        backup_files.write_raw_copy(target, kept)
    except (OSError, backup_files.CopyIncomplete) as error:
        raise backup_files.backup_failed(error, where, "voor-herstel", target.parent) from error
    return kept


def _replace_contents(staged: Path, target: Path, where: str) -> None:
    """Make ``target`` hold exactly ``staged``'s data, atomically.

    Through SQLite's backup API when the target can be opened: one write transaction, so
    connections that stay open (the window) see the old or the new data, never a mix, and
    the WAL stays consistent. A target SQLite cannot open is replaced by renaming.
    """
    if target.exists():
        timeout = engine_module.BUSY_TIMEOUT_MS / 1000
        try:
            with (
                closing(sqlite3.connect(staged)) as src,
                closing(sqlite3.connect(target, timeout=timeout)) as dst,
            ):
                dst.execute("PRAGMA schema_version").fetchone()  # fails on a damaged file
                backup_files.copy_pages(src, dst, where)
            return
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", -1) & 0xFF in (5, 6):
                raise
    # The old WAL goes first: left beside the new file it would be replayed into it.
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staged, target)
    backup_files.sync_folder(target.parent)


__all__ = ["check_backup", "make_backup", "restore_backup"]
