"""The database seam for several instances: one writer at a time, and "something changed"."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from ifg_desktop.db import Database
from ifg_desktop.directory.seed import open_directory


def _name(database: Database, key: str) -> str:
    with database.begin() as session:
        return str(
            session.execute(text("SELECT name FROM service WHERE key=:k"), {"k": key}).scalar()
        )


def test_data_version_moves_when_another_instance_commits(db_path: Path) -> None:
    looking, writing = open_directory(str(db_path)), open_directory(str(db_path))
    try:
        before = looking.data_version()
        assert looking.data_version() == before  # reading changes nothing
        _name(looking, "vk")
        assert looking.data_version() == before
        with writing.begin() as session:
            session.execute(text("UPDATE service SET name = 'Ander' WHERE key = 'vk'"))
        after = looking.data_version()
        assert after != before
        with looking.begin() as session:  # this instance's own writes count too
            session.execute(text("UPDATE service SET name = 'Eigen' WHERE key = 'vk'"))
        assert looking.data_version() != after
    finally:
        looking.dispose()
        writing.dispose()


def test_counted_data_version_is_the_fallback_for_other_databases(database: Database) -> None:
    before = database._counted_data_version()
    with database.begin() as session:
        session.execute(text("UPDATE service SET updated_at = '2999-01-01' WHERE key = 'vk'"))
    assert database._counted_data_version() != before


def test_begin_write_holds_the_write_lock_from_its_first_read(db_path: Path) -> None:
    first, second = open_directory(str(db_path)), open_directory(str(db_path))
    order: list[str] = []
    inside = threading.Event()

    def other_writer() -> None:
        inside.wait(5)
        with second.begin_write() as session:
            order.append("second reads")
            session.execute(text("UPDATE service SET name = name || ' 2' WHERE key = 'vk'"))

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        with first.begin_write() as session:
            name = session.execute(text("SELECT name FROM service WHERE key='vk'")).scalar()
            inside.set()
            time.sleep(0.3)  # the other writer is waiting on the lock meanwhile
            order.append("first writes")
            session.execute(
                text("UPDATE service SET name = :n WHERE key = 'vk'"), {"n": f"{name} 1"}
            )
        thread.join(5)
        assert order == ["first writes", "second reads"]
        assert _name(first, "vk").endswith(" 1 2")  # nothing lost
    finally:
        first.dispose()
        second.dispose()


def test_begin_write_rolls_back_on_error(database: Database) -> None:
    before = _name(database, "vk")
    with pytest.raises(RuntimeError), database.begin_write() as session:
        session.execute(text("UPDATE service SET name = 'Half' WHERE key = 'vk'"))
        raise RuntimeError("a bug half-way")
    assert _name(database, "vk") == before
    with database.begin_write() as session:  # and the next one starts cleanly
        session.execute(text("UPDATE service SET name = 'Heel' WHERE key = 'vk'"))
    assert _name(database, "vk") == "Heel"
