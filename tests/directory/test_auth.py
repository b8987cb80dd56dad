"""The coordinator password: a slow salted hash, never the password itself, anywhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.audit import trail
from ifg_desktop.directory.auth import (
    PasswordRefused,
    change_password,
    check_password,
    hash_password,
    password_is_set,
    reset_password,
    set_first_password,
    verify_password,
)

SECRET = "Veilig-Huis-2026"


def test_first_use_sets_the_password_once(database: Database) -> None:
    assert not password_is_set(database)
    assert not verify_password(database, SECRET)  # nothing to match yet
    set_first_password(database, SECRET, by="An")
    assert password_is_set(database)
    assert verify_password(database, SECRET)
    assert not verify_password(database, SECRET.lower())
    assert not verify_password(database, "")
    with pytest.raises(PasswordRefused, match="al een coördinatorwachtwoord"):
        set_first_password(database, "iets-anders-1", by="Bert")  # no back door
    assert verify_password(database, SECRET)


def test_too_short_is_refused(database: Database) -> None:
    with pytest.raises(PasswordRefused, match="minstens 8 tekens"):
        set_first_password(database, "kort", by="An")
    with pytest.raises(PasswordRefused, match="spatie"):
        set_first_password(database, " lang genoeg ", by="An")
    assert not password_is_set(database)


def test_change_needs_the_current_password(database: Database) -> None:
    set_first_password(database, SECRET, by="An")
    with pytest.raises(PasswordRefused, match="klopt niet"):
        change_password(database, "fout-wachtwoord", "Nieuw-wachtwoord-1", by="An")
    change_password(database, SECRET, "Nieuw-wachtwoord-1", by="An")
    assert verify_password(database, "Nieuw-wachtwoord-1")
    assert not verify_password(database, SECRET)


def test_reset_is_the_recovery_and_is_recorded(database: Database) -> None:
    reset_password(database, "Hersteld-123", by="beheerder")  # also works before first use
    set_later = trail(database, "wachtwoord")
    assert [(e.resource_type, e.updated_by) for e in set_later] == [("coordinator", "beheerder")]
    reset_password(database, "Nog-eens-123", by="beheerder")
    assert verify_password(database, "Nog-eens-123")
    assert "hersteld" in trail(database, "wachtwoord")[-1].replacement_text


def test_hash_is_salted_slow_and_not_the_password() -> None:
    first, second = hash_password(SECRET), hash_password(SECRET)
    assert first != second  # a fresh salt each time
    assert first.startswith("scrypt$n=32768,r=8,p=1$")
    assert SECRET not in first and SECRET.encode().hex() not in first
    assert check_password(SECRET, first) and check_password(SECRET, second)
    assert not check_password(SECRET + "x", first)
    with pytest.raises(ValueError):
        check_password(SECRET, "damaged")


def test_nothing_in_plain_text_in_the_database_file(database: Database, db_path: Path) -> None:
    set_first_password(database, SECRET, by="An")
    change_password(database, SECRET, "Tweede-geheim-9", by="An")
    database.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dump = "\n".join(connection.iterdump())
    files = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for plain in (SECRET, "Tweede-geheim-9"):
        assert plain not in dump
        assert plain.encode() not in files
        assert plain.encode("utf-16-le") not in files
