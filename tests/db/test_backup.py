"""Backups on demand, and putting one back: checked first, atomic, the current one kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ifg_desktop.db import Database, DatabaseProblem, DatabaseTooNew
from ifg_desktop.db.backup import check_backup, make_backup, restore_backup
from ifg_desktop.db.database import BACKUPS_KEPT

Snapshot = Callable[[Path], list[str]]


def _path(database: Database) -> Path:
    assert database.url.database is not None
    return Path(database.url.database)


def _rename(database: Database, key: str, name: str) -> None:
    with database.begin() as session:
        session.execute(text("UPDATE service SET name = :n WHERE key = :k"), {"n": name, "k": key})


def _name(database: Database, key: str) -> str:
    with database.begin() as session:
        value = session.execute(text("SELECT name FROM service WHERE key = :k"), {"k": key})
        return str(value.scalar_one())


def test_backup_beside_the_database_with_a_date_keeps_the_last_few(database: Database) -> None:
    made = [make_backup(database) for _ in range(2)]
    assert all(".handmatig.bak." in p.name and p.parent == _path(database).parent for p in made)
    assert made[0] != made[1] and made[0].exists()  # in the same second: not overwritten
    check_backup(made[-1])
    # One self-contained file: no WAL, nothing beside it.
    with closing(sqlite3.connect(made[-1])) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not list(_path(database).parent.glob(f"{made[-1].name}-*"))
    assert len(list(_path(database).parent.glob("*.bak.*"))) <= BACKUPS_KEPT


def test_backup_to_a_file_is_a_consistent_copy(
    database: Database, tmp_path: Path, snapshot: Snapshot
) -> None:
    target = make_backup(database, tmp_path / "kopie" / "wegwijzer.bak")
    assert snapshot(target) == snapshot(_path(database))


def test_restore_puts_the_copy_back_and_keeps_the_current_one(
    database: Database, tmp_path: Path, snapshot: Snapshot
) -> None:
    copy = make_backup(database, tmp_path / "kopie.sqlite3")
    _rename(database, "1712", "Gewijzigd na de kopie")
    changed = snapshot(_path(database))
    kept = restore_backup(database.url, copy)
    assert kept is not None and ".voor-herstel.bak." in kept.name
    assert snapshot(kept) == changed
    # The open database (as the window holds it) sees the restored data at once.
    assert _name(database, "1712") == "1712"
    assert snapshot(_path(database)) == snapshot(copy)


def test_restore_into_a_new_place(database: Database, tmp_path: Path) -> None:
    copy = make_backup(database, tmp_path / "kopie.sqlite3")
    target = tmp_path / "nieuw" / "wegwijzer.sqlite3"
    target.parent.mkdir()
    assert restore_backup(make_url(f"sqlite:///{target}"), copy) is None
    check_backup(target)


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "corrupt", "missing", "itself"])
def test_restore_refuses_what_is_not_a_good_copy_and_changes_nothing(
    database: Database, tmp_path: Path, snapshot: Snapshot, kind: str
) -> None:
    bad = tmp_path / "slecht.sqlite3"
    if kind == "text":
        bad.write_text("geen databank")
    elif kind == "foreign":
        with closing(sqlite3.connect(bad)) as connection:
            connection.execute("CREATE TABLE iets (x)")
    elif kind in ("newer", "corrupt"):
        make_backup(database, bad)
        with closing(sqlite3.connect(bad)) as connection, connection:
            connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
        if kind == "corrupt":
            make_backup(database, bad)
            raw = bytearray(bad.read_bytes())
            raw[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
            bad.write_bytes(bytes(raw))
    elif kind == "itself":
        bad = _path(database)
    before = snapshot(_path(database))
    backups = set(_path(database).parent.glob("*.bak.*"))
    with pytest.raises(DatabaseProblem) as raised:
        restore_backup(database.url, bad)
    if kind == "newer":
        assert isinstance(raised.value, DatabaseTooNew)
    assert "\n" not in str(raised.value)
    assert snapshot(_path(database)) == before
    assert set(_path(database).parent.glob("*.bak.*")) == backups


def test_backups_need_sqlite(database: Database) -> None:
    url = make_url("postgresql+psycopg://user@server/ifg")
    with pytest.raises(DatabaseProblem, match="SQLite"):
        restore_backup(url, _path(database))
