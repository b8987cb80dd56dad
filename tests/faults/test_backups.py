"""Backups and restores under faults: a lock held elsewhere, a kill half-way, a full disk,
and what interrupted copies leave behind."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from ifg_desktop.db import (
    Database,
    DatabaseLocked,
    DatabaseProblem,
    backup,
    backup_files,
    open_database,
)
from ifg_desktop.db import engine as engine_module
from ifg_desktop.db.backup import check_backup, make_backup, restore_backup
from ifg_desktop.db.database import BACKUPS_KEPT, backup_sqlite_file
from ifg_desktop.directory.seed import open_directory
from tests.db.migrations import alembic
from tests.faults.conftest import FaultCounts

Snapshot = Callable[[Path], list[str]]
TIMEOUT_MS = 300
# Without the fix these wait forever: anything under half a minute is "gave up".
HANG = 30


def _path(database: Database) -> Path:
    assert database.sqlite_file is not None
    return database.sqlite_file


def _backups(folder: Path) -> list[Path]:
    return sorted(file for file in folder.glob("*.bak.*") if not file.name.startswith("."))


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp*"))


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", TIMEOUT_MS)


def _writer(path: Path) -> sqlite3.Connection:
    """Another program in the middle of a write: it holds the write lock."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    return connection


@pytest.mark.usefixtures("short_timeout")
def test_restore_gives_up_while_another_program_writes(
    database: Database, tmp_path: Path, snapshot: Snapshot
) -> None:
    copy = make_backup(database, tmp_path / "kopie.sqlite3")
    before = snapshot(_path(database))
    backups = _backups(_path(database).parent)
    with closing(_writer(_path(database))):
        started = time.monotonic()
        with pytest.raises(DatabaseLocked, match="vergrendeld door een ander programma"):
            restore_backup(database.url, copy)
        assert time.monotonic() - started < HANG  # a hang, not a speed
    assert snapshot(_path(database)) == before
    assert _backups(_path(database).parent) == backups  # no copy made for nothing
    assert not _temporaries(_path(database).parent)


@pytest.mark.usefixtures("short_timeout")
def test_restore_gives_up_when_the_lock_is_taken_after_its_first_look(
    database: Database, tmp_path: Path, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy of the pages itself, which Python's sqlite3 would retry forever."""
    copy = make_backup(database, tmp_path / "kopie.sqlite3")
    before = snapshot(_path(database))
    monkeypatch.setattr(backup, "_wait_for_write_lock", lambda _target, _where: None)
    with closing(_writer(_path(database))):
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as raised:
            restore_backup(database.url, copy)
        assert time.monotonic() - started < HANG  # a hang, not a speed
    assert "\n" not in str(raised.value)
    assert snapshot(_path(database)) == before
    assert not _temporaries(_path(database).parent)


@pytest.mark.usefixtures("short_timeout")
def test_a_backup_gives_up_on_a_database_locked_for_reading(
    database: Database, tmp_path: Path
) -> None:
    # A database in rollback-journal mode: a writer that holds it exclusively blocks readers.
    plain = make_backup(database, tmp_path / "plain.sqlite3")
    with closing(sqlite3.connect(plain, isolation_level=None)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    locked = Database(f"sqlite:///{plain}")
    with closing(sqlite3.connect(plain, isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        with pytest.raises(DatabaseLocked):
            make_backup(locked, tmp_path / "kopie.sqlite3")
        with pytest.raises(DatabaseLocked):
            backup_sqlite_file(locked, reason="import")
        assert time.monotonic() - started < HANG
    assert not (tmp_path / "kopie.sqlite3").exists()
    assert _backups(tmp_path) == [] and _temporaries(tmp_path) == []


# Backups in a loop, in the ways the application makes them, until killed.
_BACKING_UP = """
import itertools, sys
from pathlib import Path
from ifg_desktop.db.backup import make_backup, restore_backup
from ifg_desktop.db.database import Database, backup_sqlite_file

path, copy = Path(sys.argv[1]), Path(sys.argv[2])
database = Database(f"sqlite:///{path}")
print("klaar", flush=True)
for reason in itertools.cycle(["handmatig", "import", "migratie"]):
    backup_sqlite_file(database, reason=reason)
    make_backup(database, copy)
    restore_backup(database.target, copy)
"""


def test_a_backup_killed_at_any_moment_leaves_no_broken_copy(
    database: Database, tmp_path: Path, fault_counts: FaultCounts
) -> None:
    path = _path(database)
    database.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        # Big enough that a kill often lands in the middle of a copy.
        connection.execute("CREATE TABLE ballast (data BLOB)")
        connection.executemany("INSERT INTO ballast VALUES (randomblob(65536))", [()] * 120)
    copy = tmp_path / "kopie.sqlite3"
    checked: set[tuple[str, int, int]] = set()
    interrupted = 0
    chance = random.Random(20240601)
    kills = 24
    for _ in range(kills):
        process = subprocess.Popen(
            [sys.executable, "-c", _BACKING_UP, str(path), str(copy)],
            stdout=subprocess.PIPE,
            cwd=Path(__file__).parents[2],
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"klaar"
        time.sleep(chance.uniform(0.0, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        assert process.returncode == -signal.SIGKILL, "the loop stopped on its own"
        interrupted += bool(_temporaries(tmp_path))
        fault_counts.add("killed mid-copy" if _temporaries(tmp_path) else "killed between copies")
        for file in [*_backups(tmp_path), copy]:
            if not file.exists():
                continue
            seen = (file.name, file.stat().st_mtime_ns, file.stat().st_size)
            if seen not in checked:
                check_backup(file)  # raises for a broken one
                checked.add(seen)
        with closing(sqlite3.connect(path)) as connection:  # a restore is all or nothing
            assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
            assert connection.execute("SELECT count(*) FROM ballast").fetchone() == (120,)
    assert interrupted >= 3, "the kills never landed in the middle of a copy"

    # The next backups clean up what the killed ones left.
    reopened = Database(f"sqlite:///{path}")
    try:
        backup_sqlite_file(reopened, reason="handmatig")
        make_backup(reopened, copy)
    finally:
        reopened.dispose()
    assert _temporaries(tmp_path) == []
    assert not list(tmp_path.glob("*-journal"))
    assert len(_backups(tmp_path)) == BACKUPS_KEPT
    for file in _backups(tmp_path):
        check_backup(file)


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _age(file: Path) -> None:
    moment = time.time() - 2 * backup_files.STALE_AFTER_S
    os.utime(file, (moment, moment))


def test_rotation_keeps_the_newest_complete_copies_and_clears_what_broke(
    database: Database, tmp_path: Path
) -> None:
    path = _path(database)
    good_copy = make_backup(database, tmp_path / "goed" / "kopie.sqlite3")
    folder = path.parent

    def named(stamp: str, reason: str = "handmatig") -> Path:
        return folder / f"{path.stem}.2025010{stamp}.{reason}.bak{path.suffix}"

    good = [named(f"1-00000{n}") for n in range(1, 6)]
    for file in good:
        shutil.copy(good_copy, file)
    # Newer than every good one: what interrupted copies of older versions left.
    broken = [named(f"2-00000{n}", "import") for n in range(1, 6)]
    with closing(sqlite3.connect(broken[0])):
        pass  # an empty file
    with closing(sqlite3.connect(broken[1])) as connection:
        connection.execute("CREATE TABLE iets (x)")  # a database without our tables
    broken[2].write_bytes(good_copy.read_bytes()[: 4096 * 10])  # cut short
    broken[3].write_bytes(b"SQLite format 3\x00")  # a header and nothing else
    broken[4].write_text("geen databank")
    Path(f"{broken[2]}-journal").write_bytes(b"\x00" * 512)
    orphan = Path(f"{named('0-000000')}-wal")  # beside a copy that is gone
    orphan.write_bytes(b"")

    host = backup_files._HOST
    dead = _dead_pid()
    removed = [
        folder / f".{path.name}.{host}-{dead}.tmp",
        folder / f".{good[0].name}.{host}-{dead}.tmp",
        folder / f".{good[0].name}.{host}-{dead}.tmp-journal",
        folder / f".{good[1].name}.ander-pc-123.tmp",  # another machine, long ago
        folder / f".{good[1].name}.tmp",  # as older versions named them, long ago
    ]
    kept = [
        folder / f".{good[2].name}.{host}-{os.getppid()}.tmp",  # alive
        folder / f".{good[2].name}.ander-pc-123.tmp",  # another machine, written just now
        folder / f".{good[2].name}.{host}-{os.getpid()}.tmp",  # this process, another thread
        folder / f".ander.sqlite3.{host}-{dead}.tmp",  # not this database's
    ]
    for file in [*removed, *kept]:
        file.write_bytes(b"half")
    for file in removed[3:]:
        _age(file)

    made = make_backup(database)

    assert _backups(folder) == [*good[1:], made]
    assert all(backup_files.is_complete(file) for file in _backups(folder))
    assert not any(file.exists() for file in [*removed, orphan, Path(f"{broken[2]}-journal")])
    assert all(file.exists() for file in kept)


def test_a_good_copy_is_kept_even_when_its_name_sorts_oldest(
    database: Database,
) -> None:
    """A clock set back: the copy just made is not rotated away."""
    path = _path(database)
    first = make_backup(database)
    for n in range(BACKUPS_KEPT):
        shutil.copy(first, path.with_name(f"{path.stem}.2999010{n}-000000.import.bak{path.suffix}"))
    first.unlink()
    made = make_backup(database)
    assert made.exists() and made in _backups(path.parent)


def _old_schema(db_path: Path) -> bytes:
    open_directory(str(db_path)).dispose()
    alembic(f"sqlite:///{db_path}", "downgrade", "0004")
    assert not Path(f"{db_path}-wal").exists()
    return db_path.read_bytes()


def _disk_full(file: Path) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(file))


_copy_pages = backup_files.copy_pages


def _sqlite_disk_full(source: sqlite3.Connection, target: sqlite3.Connection, where: str) -> None:
    target.execute("PRAGMA max_page_count = 8")  # SQLite's own "database or disk is full"
    _copy_pages(source, target, where)


@pytest.mark.parametrize("failure", ["os", "sqlite"])
def test_an_upgrade_whose_backup_fails_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    before = _old_schema(db_path)
    if failure == "os":
        monkeypatch.setattr(backup_files, "sync_file", _disk_full)
    else:
        monkeypatch.setattr(backup_files, "copy_pages", _sqlite_disk_full)
    with pytest.raises(DatabaseProblem) as raised:
        open_database(str(db_path)).dispose()
    message = str(raised.value)
    assert message.startswith("Voor de upgrade kon geen reservekopie")
    assert "de schijf is vol" in message and "de databank is niet gewijzigd" in message
    assert "\n" not in message
    if failure == "os":
        assert os.strerror(errno.ENOSPC) in message
        assert ".migratie.bak" in message and ".tmp" not in message  # the copy's own name
    assert db_path.read_bytes() == before
    assert _backups(db_path.parent) == [] and _temporaries(db_path.parent) == []
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes in a read-only folder"
)
def test_an_upgrade_in_a_read_only_folder_changes_nothing(db_path: Path) -> None:
    before = _old_schema(db_path)
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises(DatabaseProblem) as raised:
            open_database(str(db_path)).dispose()
    finally:
        db_path.parent.chmod(0o755)
    assert "\n" not in str(raised.value)
    assert db_path.read_bytes() == before
    assert _backups(db_path.parent) == []


def test_a_backup_to_a_folder_that_cannot_be_made_says_so_in_one_line(
    database: Database, tmp_path: Path
) -> None:
    (tmp_path / "bestand").write_text("geen map")
    with pytest.raises(DatabaseProblem) as raised:
        make_backup(database, tmp_path / "bestand" / "kopie.sqlite3")
    message = str(raised.value)
    assert "\n" not in message and str(tmp_path / "bestand") in message
    assert "de databank is niet gewijzigd" in message


def test_restore_over_a_damaged_database_keeps_its_bytes(
    database: Database, tmp_path: Path
) -> None:
    copy = make_backup(database, tmp_path / "kopie.sqlite3")
    path = _path(database)
    database.dispose()
    damaged = bytearray(path.read_bytes())
    damaged[0:100] = b"\xff" * 100
    path.write_bytes(bytes(damaged))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    kept = restore_backup(make_url(f"sqlite:///{path}"), copy)
    assert kept is not None and kept.read_bytes() == bytes(damaged)
    make_backup(Database(f"sqlite:///{path}"))  # the rotation leaves the damaged copy alone
    assert kept.exists()
    check_backup(path)


def test_a_copy_made_elsewhere_in_the_same_second_is_never_replaced(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes back up in one second: the one that finishes second takes the next
    name instead of putting its copy over the other's."""
    from ifg_desktop.db import backup_files

    path = _path(database)
    made_elsewhere: list[Path] = []
    real_snapshot = backup_files.write_snapshot

    def another_process_finishes_first(source: Path, temporary: Path, where: str) -> None:
        real_snapshot(source, temporary, where)
        if not made_elsewhere:  # its copy lands under the name this one chose
            target = temporary.parent / temporary.name[1:].split(f".{backup_files._HOST}")[0]
            shutil.copy(temporary, target)
            made_elsewhere.append(target)

    monkeypatch.setattr(backup_files, "write_snapshot", another_process_finishes_first)
    ours = backup_sqlite_file(database, reason="handmatig")
    assert ours is not None and made_elsewhere and ours != made_elsewhere[0]
    assert made_elsewhere[0].exists() and ours.exists()
    assert _temporaries(path.parent) == []


def test_the_copy_just_made_counts_as_the_newest_whatever_its_name(tmp_path: Path) -> None:
    """Copies of two reasons in one second: "…075312.handmatig" sorts before
    "…075312_03.voor-herstel" by name, yet it was made last; rotation keeps it and
    ``keep - 1`` others, not one too many."""
    path = tmp_path / "ifg.sqlite3"
    open_directory(str(path)).dispose()  # a complete copy is a whole directory
    names = [f"ifg.20261202-07531{i}.voor-herstel.bak.sqlite3" for i in range(5)]
    names += [f"ifg.20261202-075319_0{n}.voor-herstel.bak.sqlite3" for n in (1, 2, 3)]
    made = tmp_path / "ifg.20261202-075319.handmatig.bak.sqlite3"
    for name in [*names, made.name]:
        shutil.copy(path, tmp_path / name)
    backup_files.rotate(path, keep=3, made=made)
    assert sorted(f.name for f in _backups(tmp_path)) == sorted([made.name, *names[-2:]])
