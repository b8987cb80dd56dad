"""Migration 0004 on a database that holds the directory as shipped before it: the facts
that claimed more than their sources are corrected, what a coordinator changed is kept,
and the guide arrives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ifg_desktop.directory.checklist import load_items
from ifg_desktop.directory.detail import read_service
from ifg_desktop.directory.guide import load_guide
from ifg_desktop.directory.provenance import facts_to_verify
from ifg_desktop.directory.seed import open_directory
from tests.conftest import brussels
from tests.db.migrations import alembic

CHRISTMAS = brussels("2026-12-25 10:00")  # a Friday, and a public holiday


def as_shipped_before(db_path: Path) -> None:
    """The facts as version 0003 shipped them, and one a coordinator had changed since."""
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "UPDATE schedule SET closed_on_public_holidays = 1, "
            "note = 'Op feestdagen gesloten (te verifiëren)' "
            "WHERE service_id = (SELECT id FROM service WHERE key = '1712')"
        )
        connection.execute(
            "UPDATE schedule SET always_open = 1, closed_on_public_holidays = 0, "
            "note = 'Crisisopvang dag en nacht; andere modules op afspraak/uren onbekend' "
            "WHERE service_id = (SELECT id FROM service WHERE key = 'ckg')"
        )
        connection.execute(
            "DELETE FROM schedule WHERE service_id = (SELECT id FROM service WHERE key = 'vk')"
        )
        connection.execute(
            "UPDATE checklist_item SET text = 'Vermoeden van eergerelateerd geweld' "
            "WHERE key = 'eergerelateerd'"
        )
        connection.execute(
            "UPDATE service SET maximum_age_months = 36 "
            "WHERE key IN ('kind-en-gezin', 'zorggarantie-jonge-kind')"
        )
        # A coordinator's own wording: kept.
        connection.execute(
            "UPDATE checklist_item SET text = 'Eigen tekst' WHERE key = 'huishouden'"
        )


def test_upgrade_from_0003_corrects_the_shipped_claims_and_keeps_edits(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    alembic(f"sqlite:///{db_path}", "downgrade", "0003")
    as_shipped_before(db_path)
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "guide_section" not in tables

    database = open_directory(str(db_path))
    try:
        line = read_service(database, "1712", CHRISTMAS)
        assert line is not None and line.hours is not None
        assert line.hours.closed_on_public_holidays is None  # not known, so not "closed"
        assert line.availability.state.value == "unknown"
        ckg = read_service(database, "ckg", CHRISTMAS)
        assert ckg is not None and not ckg.always_open
        assert ckg.hours is not None and ckg.hours.always_open_part == "crisisopvang"
        assert ckg.availability.always_open_part == "crisisopvang"
        vk = read_service(database, "vk", CHRISTMAS)
        assert vk is not None and vk.schedule_note is not None and "wachtdienst" in vk.schedule_note
        items = {item.key: item.text for item in load_items(database)}
        assert items["eergerelateerd"] == "Vermoeden van kans op eergerelateerd geweld"
        assert items["huishouden"] == "Eigen tekst"
        assert len(load_guide(database)) >= 8
        assert "hours" in facts_to_verify(database)["1712"]  # the sources came along
        kind = read_service(database, "kind-en-gezin", CHRISTMAS)
        assert kind is not None and kind.maximum_age_months == 35  # "tot 3 jaar"
    finally:
        database.dispose()


def test_downgrade_keeps_the_opening_hours_with_foreign_keys_on(db_path: Path) -> None:
    """Dropping the new column must not rebuild ``schedule``: with foreign keys on, as the
    application connects, dropping the old table took every window and date with it."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    from ifg_desktop.paths import _PACKAGE

    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        windows = connection.execute("SELECT count(*) FROM schedule_window").fetchone()[0]
    assert windows > 0
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    config = Config()
    config.set_main_option("script_location", str(_PACKAGE / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM schedule_window").fetchone()[0] == windows
