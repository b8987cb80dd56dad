"""Copies of a SQLite file that are whole or absent, and the dated ones beside the database.

A copy is written under a hidden temporary name in its own folder, synced, checked, and only
then renamed to its final name: a crash or a kill at any moment leaves either no new copy or
a complete one. What interrupted copies leave behind is removed by the next one, and the
rotation of the dated copies counts only complete ones.

Only ``sqlite3`` and the standard library: ``database.backup_sqlite_file`` uses this before
SQLAlchemy is needed.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import sqlite3
import time
from contextlib import closing, suppress
from datetime import datetime
from glob import escape
from pathlib import Path

from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.errors import DatabaseLocked, DatabaseProblem, one_line
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

HEADER = b"SQLite format 3\x00"
OUR_TABLES = frozenset({"alembic_version", "service", "organization", "service_search"})
SIDE_FILES = ("-journal", "-wal", "-shm")

# A temporary of another machine (a database on a shared folder) cannot be asked whether its
# writer lives: it is left alone until nobody has written it for this long. A copy in
# progress writes its file continuously, and even a large one takes seconds.
STALE_AFTER_S = 10 * 60

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
# Whose temporary it is: this machine, this process. Kept to what is safe in a file name.
_HOST = re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname())[:40] or "pc"
# ".NAME.HOST-PID.tmp" and its journal; also ".NAME.tmp", as older versions named them.
_TEMPORARY = re.compile(
    r"^\.(?P<name>.+?)(?:\.(?P<host>[A-Za-z0-9-]*)-(?P<pid>\d+))?\.tmp(?:-journal|-wal|-shm)?$"
)
# A failed copy, by why it was made; {where} the database, {detail} what went wrong.
_NOT_MADE = {
    "migratie": QT_TRANSLATE_NOOP(
        "db",
        "Voor de upgrade kon geen reservekopie van {where} gemaakt worden ({detail}); "
        "de databank is niet gewijzigd.",
    ),
    "import": QT_TRANSLATE_NOOP(
        "db",
        "Voor het importeren kon geen reservekopie van {where} gemaakt worden ({detail}); "
        "er is niets geïmporteerd.",
    ),
    "voor-herstel": QT_TRANSLATE_NOOP(
        "db",
        "Voor het terugzetten kon geen reservekopie van {where} gemaakt worden ({detail}); "
        "de databank is niet gewijzigd.",
    ),
}
_NOT_MADE_OTHERWISE = QT_TRANSLATE_NOOP(
    "db",
    "Er kon geen reservekopie van {where} gemaakt worden ({detail}); "
    "de databank is niet gewijzigd.",
)


class CopyIncomplete(DatabaseProblem):
    """A copy just written failed its check; it was not kept under its name."""

    def __init__(self, detail: str) -> None:
        self.detail = one_line(detail)  # "de nieuwe kopie …", to go inside a sentence
        super().__init__(
            translate("db", "De reservekopie is niet bewaard: {detail}.").format(detail=self.detail)
        )


class _GaveUp(Exception):
    pass


def temporary_for(target: Path) -> Path:
    """The hidden name ``target`` is written under first, unique to this process."""
    return target.with_name(f".{target.name}.{_HOST}-{os.getpid()}.tmp")


def copy_pages(source: sqlite3.Connection, target: sqlite3.Connection, where: str) -> None:
    """``source.backup(target)``, given up with DatabaseLocked after the busy timeout.

    ``Connection.backup`` retries a busy or locked step forever, whatever the busy timeout;
    its progress callback runs after every step, busy ones included, and can stop it. All
    pages go in one step: it copies and commits everything, or nothing.
    """
    deadline = time.monotonic() + engine_module.BUSY_TIMEOUT_MS / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() >= deadline:
            raise _GaveUp

    try:
        source.backup(target, progress=progress, sleep=0.05)
    except _GaveUp:
        raise DatabaseLocked(locked_message(where)) from None


def locked_message(where: str) -> str:
    return translate(
        "db",
        "De databank {where} is vergrendeld door een ander programma; er is niets gewijzigd. "
        "Probeer het over enkele ogenblikken opnieuw.",
    ).format(where=where)


def write_snapshot(source: Path, temporary: Path, where: str) -> None:
    """A consistent snapshot of ``source`` (its WAL included) in ``temporary``: synced, checked.

    ``where`` names the database in the message when it stays locked.
    """
    timeout = engine_module.BUSY_TIMEOUT_MS / 1000
    remove_with_side_files(temporary)
    # mode=rw: a source that vanished is an error, not a new empty database.
    source_uri = f"{source.absolute().as_uri()}?mode=rw"
    with (
        closing(sqlite3.connect(source_uri, uri=True, timeout=timeout)) as src,
        closing(sqlite3.connect(temporary, timeout=timeout)) as dst,
    ):
        copy_pages(src, dst, where)
        # One self-contained file: a copy of a WAL database would be in WAL mode too.
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
    sync_file(temporary)
    check_copy(temporary)


def write_copy(source: Path, target: Path, where: str, *, exclusive: bool = False) -> None:
    """A consistent snapshot of ``source`` at ``target``, whole or not at all.

    ``exclusive``: FileExistsError rather than replace a file another process put at
    ``target`` meanwhile (two dated copies in one second).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_for(target)
    try:
        write_snapshot(source, temporary, where)
        if exclusive:
            _put_in_place_exclusively(temporary, target)
        else:
            os.replace(temporary, target)
        sync_folder(target.parent)
    finally:
        remove_with_side_files(temporary)


def _put_in_place_exclusively(temporary: Path, target: Path) -> None:
    """A hard link cannot replace what is there; where the file system has none (FAT, some
    shares) the name is looked at first, which leaves only a narrow race."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(temporary, target)


def write_raw_copy(source: Path, target: Path) -> None:
    """``source``'s bytes as they are (a file SQLite cannot read) at ``target``, atomically."""
    temporary = temporary_for(target)
    try:
        with source.open("rb") as reading, temporary.open("wb") as writing:
            while chunk := reading.read(1 << 20):
                writing.write(chunk)
            writing.flush()
            os.fsync(writing.fileno())
        if temporary.stat().st_size != source.stat().st_size:
            raise CopyIncomplete(
                translate("db", "de kopie van {file} is onvolledig").format(file=source)
            )
        os.replace(temporary, target)
        sync_folder(target.parent)
    finally:
        remove_with_side_files(temporary)


def check_copy(file: Path) -> None:
    """Raise CopyIncomplete unless ``file`` opens, has our tables and passes quick_check."""
    try:
        uri = f"{file.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = engine_module.table_names(connection)
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if tables >= OUR_TABLES
                else None
            )
            check = connection.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as error:
        raise CopyIncomplete(
            translate("db", "de nieuwe kopie is onleesbaar: {error}").format(error=error)
        ) from None
    if revision is None:
        raise CopyIncomplete(translate("db", "de nieuwe kopie mist de tabellen van IFG-wegwijzer"))
    if check is None or check[0] != "ok":
        raise CopyIncomplete(
            translate("db", "de nieuwe kopie is beschadigd volgens de controle: {check}").format(
                check=check
            )
        )


def is_complete(file: Path) -> bool:
    """A cheap look: a whole SQLite file that opens and has our tables (for the rotation)."""
    try:
        with file.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "valid for" counter matches.
    if header[92:96] == header[24:28] and size < pages * (65536 if page_size == 1 else page_size):
        return False  # cut short
    try:
        # immutable: no locks and no -wal/-shm made beside it; a backup never changes.
        uri = f"{file.absolute().as_uri()}?mode=ro&immutable=1"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = engine_module.table_names(connection)
            if not tables >= OUR_TABLES:
                return False
            return connection.execute("SELECT 1 FROM alembic_version").fetchone() is not None
    except sqlite3.Error:
        return False


def dated_copy(path: Path, reason: str, *, keep: int, where: str) -> Path:
    """Copy the database ``path`` beside itself with the date in its name; keep ``keep``.

    Raises OSError, sqlite3.Error, DatabaseLocked or CopyIncomplete; nothing is left
    under a backup name then.
    """
    # First: what dead copies left behind takes room this copy may need.
    clean_up(path.parent, f"{path.stem}.")
    while True:
        target = _free_name(path, reason)
        try:
            write_copy(path, target, where, exclusive=True)
            break
        except FileExistsError:
            continue  # another process took this name while we copied: the next one
    rotate(path, keep, made=target)
    return target


def _free_name(path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}.{reason}.bak{path.suffix}")
    number = 2
    # Two copies in one second: the second gets "_02" (it sorts after the first), never
    # replacing the first, which may hold the only state from before a restore.
    while target.exists() or temporary_for(target).exists():
        target = path.with_name(f"{path.stem}.{stamp}_{number:02d}.{reason}.bak{path.suffix}")
        number += 1
    return target


def backup_glob(path: Path) -> str:
    """The dated copies of ``path``: its stem, then a date (not those of "ifg.test.sqlite3")."""
    return f"{escape(path.stem)}.[0-9]*.bak{escape(path.suffix)}"


def rotate(path: Path, keep: int, made: Path | None = None) -> None:
    """Keep the ``keep`` newest complete copies beside ``path``; remove the broken ones.

    This version never writes under a backup name except by renaming a checked copy, so a
    broken file there is what an older version left when it was interrupted. Best effort:
    a copy that cannot be removed does not undo the backup just made.
    """
    good: list[Path] = []
    for file in sorted(path.parent.glob(backup_glob(path))):
        if file == made or is_complete(file):
            good.append(file)
        else:
            remove_with_side_files(file)
    # The copy just made is the newest, whatever its name: by name, a copy of another
    # reason made in the same second ("…_03.voor-herstel") sorts after it.
    others = [file for file in good if file != made]
    room = keep - 1 if made in good else keep
    for old in others[:-room] if room > 0 else others:
        remove_with_side_files(old)
    for side in path.parent.glob(f"{backup_glob(path)}-*"):
        main = side.name.rsplit("-", 1)[0]
        if side.name.endswith(SIDE_FILES) and not side.with_name(main).exists():
            _remove(side)


def clean_up(folder: Path, prefix: str) -> None:
    """Remove the temporaries of copies of ``prefix…`` whose writer is gone."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or not match["name"].startswith(prefix):
            continue
        if _abandoned(entry, match["host"], match["pid"]):
            _remove(Path(entry.path))


def _abandoned(entry: os.DirEntry[str], host: str | None, pid: str | None) -> bool:
    # Another process of this machine is asked directly; this process's own (another
    # thread may be writing it) and other machines' go by age.
    mine = host == _HOST and pid is not None and os.name == "posix"
    if mine and int(pid or 0) != os.getpid() and not _alive(int(pid or 0)):
        return True
    try:
        return time.time() - entry.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def remove_with_side_files(file: Path) -> None:
    for name in (file.name, *(file.name + side for side in SIDE_FILES)):
        _remove(file.with_name(name))


def _remove(file: Path) -> None:
    with suppress(FileNotFoundError, PermissionError, OSError):
        file.unlink()


def sync_file(file: Path) -> None:
    with file.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last through a power cut, where the system allows it."""
    if os.name != "posix":
        return  # no directory handles to sync; NTFS journals the rename itself
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse it; the copy itself is complete
    finally:
        os.close(descriptor)


_ERRNO_DUTCH = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("db", "de schijf is vol"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("db", "de toegestane schijfruimte is op"),
    errno.EACCES: QT_TRANSLATE_NOOP("db", "geen toegang"),
    errno.EPERM: QT_TRANSLATE_NOOP("db", "geen toegang"),
    errno.EROFS: QT_TRANSLATE_NOOP("db", "de schijf is alleen-lezen"),
    errno.ENOENT: QT_TRANSLATE_NOOP("db", "de map bestaat niet"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("db", "dat is geen map"),
    errno.EEXIST: QT_TRANSLATE_NOOP("db", "er staat al een bestand met die naam"),
}
# By SQLite's primary result code (https://sqlite.org/rescode.html), not its English text.
_SQLITE_DUTCH = {
    8: QT_TRANSLATE_NOOP("db", "alleen-lezen"),
    10: QT_TRANSLATE_NOOP("db", "lees- of schrijffout"),
    11: QT_TRANSLATE_NOOP("db", "de databank is beschadigd"),
    13: QT_TRANSLATE_NOOP("db", "de schijf is vol"),
    14: QT_TRANSLATE_NOOP("db", "het bestand kan niet aangemaakt of geopend worden"),
    26: QT_TRANSLATE_NOOP("db", "de databank is beschadigd"),
}


def describe(error: BaseException, file: Path | str | None = None) -> str:
    """What went wrong, in one line: the gist in the user's language, the system's words,
    and the file."""
    if isinstance(error, OSError):
        words = error.strerror or one_line(error)
        gist = _ERRNO_DUTCH.get(error.errno or 0)
        shown = _shown(error.filename) or file
    else:
        words = one_line(error)
        gist = _SQLITE_DUTCH.get(_sqlite_code(error))
        shown = file
    text = f"{translate('db', gist)} [{words}]" if gist else words
    if shown:
        text = translate("db", "{what} bij {file}").format(what=text, file=shown)
    return one_line(text)


def _sqlite_code(error: BaseException) -> int:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else -1


def _shown(filename: object) -> str | None:
    """A file as the user knows it: our temporary by the name it was going to get."""
    if filename is None:
        return None
    path = Path(os.fsdecode(filename)) if isinstance(filename, str | bytes) else None
    if path is None:
        return str(filename)
    match = _TEMPORARY.match(path.name)
    return str(path.with_name(match["name"]) if match else path)


def backup_failed(
    error: BaseException, where: str, reason: str, file: Path | None = None
) -> DatabaseProblem:
    """The sentence for a copy of ``where`` that could not be made; nothing was changed."""
    if isinstance(error, DatabaseLocked):
        return error
    if _sqlite_code(error) in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseLocked(locked_message(where))
    detail = error.detail if isinstance(error, CopyIncomplete) else describe(error, file)
    sentence = _NOT_MADE.get(reason, _NOT_MADE_OTHERWISE)
    return DatabaseProblem(translate("db", sentence).format(where=where, detail=detail))
