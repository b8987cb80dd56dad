"""Change notices on PostgreSQL (migration 0006, db/notices.py): a commit anywhere reaches a
listener within a second, a large write sends a handful, a server away is said once and
listened to again when it is back."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.db.notices import BURST_LIMIT_SECONDS, CHANNEL, ChangeListener
from ifg_desktop.directory.editing import load_service, update_service
from ifg_desktop.directory.seed import open_directory
from tests.db.migrations import alembic
from tests.postgres_server import Server


class Heard:
    """What a listener called back, in order, as it happened (from its own thread)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []
        self.lost_messages: list[str] = []
        self._event = threading.Condition()

    def change(self) -> None:
        self._add("change")

    def lost(self, message: str) -> None:
        self.lost_messages.append(message)
        self._add("lost")

    def back(self) -> None:
        self._add("back")

    def _add(self, name: str) -> None:
        with self._event:
            self.calls.append((name, time.monotonic()))
            self._event.notify_all()

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def wait_for(self, name: str, timeout: float, after: int = 0) -> float | None:
        """The moment ``name`` was called (the first after the first ``after`` calls)."""
        deadline = time.monotonic() + timeout
        with self._event:
            while True:
                for called, moment in self.calls[after:]:
                    if called == name:
                        return moment
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._event.wait(remaining)


def listening(database: Database | str, heard: Heard) -> ChangeListener:
    listener = ChangeListener(database, heard.change, heard.lost, heard.back)
    listener.start()
    assert listener.wait_listening(10), heard.lost_messages
    return listener


def _edit(database: Database, key: str, email: str) -> None:
    loaded = load_service(database, key)
    assert loaded is not None
    update_service(
        database,
        replace(loaded.draft, email=email),
        expected_version=loaded.version,
        by="An",
    )


def test_a_commit_in_another_instance_is_heard_within_a_second(pg_database: Database) -> None:
    heard = Heard()
    listener = listening(pg_database.target, heard)  # as --db gives it
    other = open_directory(pg_database.url.render_as_string(hide_password=False))
    try:
        time.sleep(0.3)
        assert heard.calls == []  # nothing committed, nothing heard
        started = time.monotonic()
        _edit(other, "vk", "vk@example.org")
        committed = time.monotonic()
        moment = heard.wait_for("change", timeout=5)
        assert moment is not None, "no notice within 5 s"
        assert moment - committed < 1.0, f"heard {moment - committed:.3f} s after the commit"
        time.sleep(0.3)
        assert heard.names() == ["change"]  # one edit, one change (its tables folded)
        assert listener.notices >= 1 and listener.changes == 1
        assert started <= moment
    finally:
        assert listener.stop()
        other.dispose()


def test_a_two_thousand_row_write_sends_a_handful(pg_database: Database) -> None:
    heard = Heard()
    listener = listening(pg_database, heard)
    try:
        with pg_database.begin() as session:
            for number in range(2000):  # one statement per row, as an ORM writes
                session.execute(
                    text("INSERT INTO organization (key, name) VALUES (:key, :name)"),
                    {"key": f"bulk-{number}", "name": f"Organisatie {number}"},
                )
            session.execute(text("UPDATE service SET email = email"))
        assert heard.wait_for("change", timeout=5) is not None
        time.sleep(0.5)
        assert listener.notices <= 3, listener.notices  # organization, service
        assert heard.names() == ["change"]
    finally:
        assert listener.stop()


def test_a_rolled_back_write_sends_nothing(pg_database: Database) -> None:
    heard = Heard()
    listener = listening(pg_database, heard)
    try:
        with pytest.raises(RuntimeError), pg_database.begin() as session:
            session.execute(text("UPDATE service SET email = 'x@example.org'"))
            raise RuntimeError("changed my mind")
        time.sleep(0.5)
        assert heard.calls == [] and listener.notices == 0
    finally:
        assert listener.stop()


def test_every_shown_table_notifies_and_downgrade_removes_it(
    pg_empty_database: Database,
) -> None:
    import ifg_desktop.models  # noqa: F401 - every table in the metadata
    from ifg_desktop.models.base import Base

    def triggered() -> set[str]:
        with pg_empty_database.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c "
                    "ON c.oid = t.tgrelid WHERE t.tgname = 'ifg_notify_change'"
                )
            )
            return {str(row[0]) for row in rows}

    assert triggered() == set(Base.metadata.tables) - {"coordinator_secret"}
    url = pg_empty_database.url.render_as_string(hide_password=False)
    pg_empty_database.dispose()
    alembic(url, "downgrade", "0005")
    assert triggered() == set()
    with pg_empty_database.engine.connect() as connection:
        assert not connection.execute(
            text("SELECT 1 FROM pg_proc WHERE proname = 'ifg_wegwijzer_notify_change'")
        ).all()
    alembic(url, "upgrade", "0006")
    assert "service" in triggered()


def test_sqlite_gets_no_triggers(db_path: Path) -> None:
    open_directory(str(db_path)).dispose()
    with sqlite3.connect(db_path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert not any("notify" in name for name in names)
    with pytest.raises(ValueError, match="PostgreSQL"):
        ChangeListener(str(db_path), lambda: None, lambda _m: None, lambda: None)


def test_a_failing_callback_is_logged_and_listening_goes_on(
    pg_database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[float] = []

    def broken() -> None:
        calls.append(time.monotonic())
        raise RuntimeError("a bug in the caller")

    listener = ChangeListener(pg_database, broken, lambda _m: None, lambda: None)
    listener.start()
    try:
        assert listener.wait_listening(10)
        for made in (1, 2):
            with pg_database.begin() as session:
                session.execute(text("UPDATE service SET email = email WHERE key = 'vk'"))
            deadline = time.monotonic() + 5
            while len(calls) < made and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(BURST_LIMIT_SECONDS)  # the next commit is a change of its own
        assert len(calls) == 2 and listener.running
        assert "a bug in the caller" in caplog.text
    finally:
        assert listener.stop()


# --- the server away ---------------------------------------------------------------------------


def _own_directory(server: Server) -> str:
    name = f"desk_{uuid.uuid4().hex[:8]}"
    server.admin(f'CREATE DATABASE "{name}"')
    url = server.url.format(name=name)
    open_directory(url).dispose()
    return url


@pytest.mark.slow
def test_a_server_stopped_and_started_is_said_once_and_heard_again(own_server: Server) -> None:
    url = _own_directory(own_server)
    heard = Heard()
    listener = listening(url, heard)
    try:
        own_server.stop()
        assert heard.wait_for("lost", timeout=5) is not None, "the loss was not noticed"
        time.sleep(2.5)  # several attempts meanwhile: said once
        assert heard.names() == ["lost"] and not listener.listening
        (message,) = heard.lost_messages
        assert message.startswith("De verbinding met de gedeelde databank")
        assert "\n" not in message and "password" not in message
        own_server.start()
        assert heard.wait_for("back", timeout=10) is not None, "not listening again"
        assert heard.wait_for("change", timeout=2) is not None  # what changed meanwhile
        assert heard.names() == ["lost", "back", "change"]
        assert listener.wait_listening(1)
        database = open_directory(url)  # a change after the start is heard
        try:
            before = len(heard.calls)
            _edit(database, "vk", "na-de-herstart@example.org")
            assert heard.wait_for("change", timeout=1, after=before) is not None
        finally:
            database.dispose()
    finally:
        started = time.monotonic()
        assert listener.stop()
        assert time.monotonic() - started < 2.0


@pytest.mark.slow
def test_stop_is_prompt_while_the_server_is_away(own_server: Server) -> None:
    url = _own_directory(own_server)
    heard = Heard()
    listener = listening(url, heard)
    own_server.stop()
    try:
        assert heard.wait_for("lost", timeout=5) is not None
        time.sleep(1.2)  # in the wait between two attempts
        started = time.monotonic()
        assert listener.stop()
        assert time.monotonic() - started < 2.0 and not listener.running
    finally:
        own_server.start()


@pytest.mark.slow
def test_an_edit_cut_off_by_a_server_stop_leaves_nothing(own_server: Server) -> None:
    url = _own_directory(own_server)
    database = open_directory(url)
    try:
        with pytest.raises(DatabaseProblem) as raised, database.begin() as session:
            session.execute(text("UPDATE service SET name = 'half geschreven' WHERE key = 'vk'"))
            own_server.stop()
        assert "niet bereikbaar" in str(raised.value) and "\n" not in str(raised.value)
    finally:
        own_server.start()
        database.dispose()
    again = open_directory(url)
    try:
        rows = again.read("SELECT count(*) FROM service WHERE name = 'half geschreven'")
        assert rows == [(0,)]
    finally:
        again.dispose()


def test_the_channel_is_the_migrations() -> None:
    from importlib import import_module

    migration = import_module("ifg_desktop.migrations.versions.0006_change_notices")
    assert migration.CHANNEL == CHANNEL


def test_a_listening_database_counts_notices_instead_of_asking(
    pg_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a listener listens, ``data_version`` (which a search asks once a second) is
    the notices heard: no count of 100,000 services on the server per keystroke."""
    database = pg_database
    counted = database.data_version()
    heard = Heard()
    listener = listening(database, heard)
    try:
        version = database.data_version()
        assert version != counted

        def asked(*_args: object) -> object:
            raise AssertionError("asked the server whether anything changed")

        monkeypatch.setattr(database, "_counted_data_version", asked)
        assert database.data_version() == version
        other = Database(database.target)
        try:
            _edit(other, "1712", "nieuw@example.org")
        finally:
            other.dispose()
        assert heard.wait_for("change", 1.0) is not None, heard.calls
        assert database.data_version() != version
    finally:
        listener.stop()
    monkeypatch.undo()
    # Nobody listens: asked of the server again.
    assert database.data_version() == database._counted_data_version()
