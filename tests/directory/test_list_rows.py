"""The result list's rows show the phone and hours the service has, whatever wrote them.

On SQLite a row reads them from ``service_row``, kept by triggers (migration 0010); the
detail pane reads the tables themselves (detail.py). Every write here, through the editor,
an import or SQL by hand, must leave the two saying the same.
"""

from __future__ import annotations

import json
import random
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import PhoneDraft
from ifg_desktop.directory.editing import (
    archive_service,
    create_service,
    load_service,
    restore_service,
    update_service,
)
from ifg_desktop.directory.hsds import apply_import, export_directory, plan_import
from ifg_desktop.directory.query import ServiceQuery, find_rows, get_service
from ifg_desktop.directory.seed import open_directory
from tests.directory.test_editing import NEW

MOMENT_QUERY = ServiceQuery(include_not_referable=True)


def _same_order(hours: Hours | None) -> Hours | None:
    """The list sorts windows by day and time, the detail pane leaves them as read: two
    windows alike but for their rule are compared as a set."""
    if hours is None:
        return None
    return replace(
        hours,
        windows=tuple(sorted(hours.windows, key=repr)),
        exceptions=tuple(sorted(hours.exceptions, key=repr)),
    )


def shown(database: Database) -> dict[str, tuple[object, object]]:
    """Every listed service's first phone and hours, as the list has them."""
    return {
        row.key: (row.main_phone, _same_order(row.hours))
        for row in find_rows(database, MOMENT_QUERY)
    }


def held(database: Database, keys: list[str]) -> dict[str, tuple[object, object]]:
    """The same, as the detail pane reads them from the tables."""
    found = {}
    for key in keys:
        record = get_service(database, key)
        assert record is not None
        found[key] = (record.phones[0].number if record.phones else None, _same_order(record.hours))
    return found


def assert_rows_tell_the_tables(database: Database) -> None:
    rows = shown(database)
    assert rows == held(database, sorted(rows))


@pytest.fixture
def database(any_database: Database) -> Database:
    return any_database


def test_the_editor_s_writes_reach_the_list(database: Database) -> None:
    assert_rows_tell_the_tables(database)
    loaded = load_service(database, "1712")
    assert loaded is not None
    hours = Hours(
        windows=(Window(0, time(9), time(12)), Window(2, time(13), time(17))),
        exceptions=(DateException(date(2027, 1, 4), True),),
        closed_on_public_holidays=False,
    )
    draft = replace(
        loaded.draft, phones=(PhoneDraft("+3232607281"), *loaded.draft.phones), hours=hours
    )
    version = update_service(database, draft, expected_version=loaded.version, by="An").version
    assert shown(database)["1712"] == ("+3232607281", _same_order(hours))
    assert_rows_tell_the_tables(database)
    # No phone and hours unknown: nothing stays of before.
    draft = replace(draft, phones=(), hours=None)
    update_service(database, draft, expected_version=version, by="An")
    phone, unknown = shown(database)["1712"]
    assert phone is None and (unknown is None or not unknown.known)
    assert_rows_tell_the_tables(database)
    create_service(database, NEW, by="An")
    assert shown(database)[NEW.key] == ("+3232607281", _same_order(NEW.hours))
    archive_service(database, NEW.key, by="An")
    restore_service(database, NEW.key, by="An")
    assert_rows_tell_the_tables(database)


def test_an_import_s_writes_reach_the_list(database: Database, tmp_path: Path) -> None:
    export = tmp_path / "map.json"
    export_directory(database, export)
    text = export.read_text("utf-8").replace('"09:00', '"07:30').replace('"17:00', '"16:00')
    assert text != export.read_text("utf-8")
    documents = json.loads(text)
    # Besides hours moved: one service loses its phones, another its hours.
    with_phones = next(d for d in documents if d.get("phones"))
    with_phones["phones"] = []
    with_hours = next(d for d in documents if d.get("schedules") and d is not with_phones)
    with_hours["schedules"] = []
    export.write_text(json.dumps(documents, ensure_ascii=False), "utf-8")
    assert apply_import(database, plan_import(database, export), actor="An").written
    assert_rows_tell_the_tables(database)  # the list's phone and hours, and the detail's


def _raw_writes(connection: sqlite3.Connection, rnd: random.Random) -> None:
    """One write by hand, as another program could make it, to one of the four tables."""

    def some(sql: str) -> int | None:
        found = connection.execute(sql + " ORDER BY random() LIMIT 1").fetchone()
        return None if found is None else int(found[0])

    service, other = some("SELECT id FROM service"), some("SELECT id FROM service")
    schedule = some("SELECT id FROM schedule")
    choice = rnd.randrange(12)
    if choice == 0:
        connection.execute(
            "INSERT INTO phone (service_id, number, position) VALUES (?, ?, ?)",
            (service, f"+3250{rnd.randrange(100000, 999999)}", rnd.randrange(-2, 5)),
        )
    elif choice == 1:
        connection.execute("DELETE FROM phone WHERE id = ?", (some("SELECT id FROM phone"),))
    elif choice == 2:  # another first phone, or the phone to another service
        connection.execute(
            "UPDATE phone SET position = ?, service_id = ? WHERE id = ?",
            (rnd.randrange(-2, 5), rnd.choice((service, other)), some("SELECT id FROM phone")),
        )
    elif choice == 3 and schedule is not None:
        connection.execute(
            "INSERT INTO schedule_window (schedule_id, weekday, opens_at, closes_at, kind, "
            "repeat_interval) VALUES (?, ?, ?, ?, 'open', ?)",
            (schedule, rnd.randrange(7), "08:00:00.000000", "12:30:00.000000", rnd.choice((1, 2))),
        )
    elif choice == 4:
        connection.execute(
            "DELETE FROM schedule_window WHERE id = ?", (some("SELECT id FROM schedule_window"),)
        )
    elif choice == 5:
        connection.execute(
            "UPDATE schedule_window SET weekday = ?, schedule_id = ? WHERE id = ?",
            (rnd.randrange(7), schedule, some("SELECT id FROM schedule_window")),
        )
    elif choice == 6 and schedule is not None:
        connection.execute(
            "INSERT INTO schedule_exception (schedule_id, date, closed) VALUES (?, ?, 1)",
            (schedule, f"2027-0{rnd.randrange(1, 10)}-1{rnd.randrange(10)}"),
        )
    elif choice == 7:
        connection.execute(
            "DELETE FROM schedule_exception WHERE id = ?",
            (some("SELECT id FROM schedule_exception"),),
        )
    elif choice == 8:
        connection.execute(
            "UPDATE schedule SET always_open = NOT always_open, by_appointment = ? WHERE id = ?",
            (rnd.randrange(2), schedule),
        )
    elif choice == 9:  # hours unknown again: the windows go with it
        connection.execute("DELETE FROM schedule WHERE id = ?", (schedule,))
    elif choice == 10:
        connection.execute(
            "INSERT OR IGNORE INTO schedule (service_id, always_open, by_appointment, "
            "timezone) VALUES (?, ?, 0, 'Europe/Brussels')",
            (service, rnd.randrange(2)),
        )
    else:  # the service itself: its phones and hours go with it
        connection.execute("DELETE FROM service WHERE id = ?", (service,))


def test_writes_by_hand_reach_the_list(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    rnd = random.Random(2027)
    for _round in range(8):
        with closing(sqlite3.connect(db_path)) as connection:
            connection.execute("PRAGMA foreign_keys = ON")
            for _write in range(15):
                _raw_writes(connection, rnd)
            connection.commit()
        database = open_directory(str(db_path))
        try:
            assert_rows_tell_the_tables(database)
        finally:
            database.dispose()


def test_a_service_written_after_its_phone_and_hours_is_listed_with_them(db_path: Path) -> None:
    """With foreign keys off (the sqlite3 shell's default) or deferred, rows may come in
    any order: the service last, its window before the schedule's row is made."""
    open_directory(str(db_path)).dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "INSERT INTO schedule (id, service_id, always_open, by_appointment, timezone) "
            "VALUES (900, 999, 0, 0, 'Europe/Brussels')"
        )
        connection.execute(
            "INSERT INTO schedule_window (schedule_id, weekday, opens_at, closes_at, kind, "
            "repeat_interval) VALUES (900, 0, '08:00:00.000000', '12:00:00.000000', 'open', 1)"
        )
        connection.execute(
            "INSERT INTO phone (service_id, number, position) VALUES (999, '+3250000001', 0)"
        )
        names = [
            name for (name,) in connection.execute("SELECT name FROM pragma_table_info('service')")
        ]
        # A copy of a listed service under an id, key and place of its own.
        own = {"id": "999", "key": "'later'", "display_rank": "display_rank + 1"}
        connection.execute(
            f"INSERT INTO service ({', '.join(names)}) "
            f"SELECT {', '.join(own.get(name, name) for name in names)} FROM service "
            "WHERE key = '1712'"
        )
        connection.commit()
    database = open_directory(str(db_path))
    try:
        rows = shown(database)
        assert rows["later"][0] == "+3250000001"
        hours = rows["later"][1]
        assert isinstance(hours, Hours) and hours.windows == (Window(0, time(8), time(12)),)
        assert_rows_tell_the_tables(database)
    finally:
        database.dispose()
