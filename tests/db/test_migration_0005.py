"""Migration 0005: windows may hold by the month or every n weeks. Every window there was
stays every week; going back drops only what the older version would read as weekly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ifg_desktop.directory.detail import read_service
from ifg_desktop.directory.seed import open_directory
from tests.conftest import brussels
from tests.db.migrations import alembic

MOMENT = brussels("2026-01-05 10:00")  # the first Monday of January


def _columns(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as connection:
        return {row[1] for row in connection.execute("PRAGMA table_info(schedule_window)")}


def test_upgrade_keeps_every_window_weekly(db_path: Path) -> None:
    first = open_directory(str(db_path))
    before = read_service(first, "1712", MOMENT)
    first.dispose()
    alembic(f"sqlite:///{db_path}", "downgrade", "0004")
    assert not {"ordinals", "repeat_interval", "anchor"} & _columns(db_path)

    database = open_directory(str(db_path))  # upgrades to the head again
    try:
        assert {"ordinals", "repeat_interval", "anchor"} <= _columns(db_path)
        with sqlite3.connect(db_path) as connection:
            rules = connection.execute(
                "SELECT DISTINCT ordinals, repeat_interval, anchor FROM schedule_window"
            ).fetchall()
        assert rules == [(None, 1, None)]
        after = read_service(database, "1712", MOMENT)
        assert before is not None and after is not None
        assert after.hours == before.hours and after.availability == before.availability
    finally:
        database.dispose()


def test_downgrade_drops_only_the_windows_that_are_not_weekly(db_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    from ifg_desktop.paths import _PACKAGE

    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        weekly = connection.execute("SELECT count(*) FROM schedule_window").fetchone()[0]
        connection.execute(
            "INSERT INTO schedule_window (schedule_id, weekday, opens_at, closes_at, kind, "
            "ordinals, repeat_interval) SELECT id, 0, '09:00:00.000000', '12:00:00.000000', "
            "'walk_in', '1', 1 FROM schedule LIMIT 1"
        )
    assert weekly > 0
    # With foreign keys on, as the application connects: no table is rebuilt.
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    config = Config()
    config.set_main_option("script_location", str(_PACKAGE / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM schedule_window").fetchone()[0] == weekly
    assert "ordinals" not in _columns(db_path)
