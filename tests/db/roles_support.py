"""Roles on the session's PostgreSQL server for one test (tests of db/roles.py and its faces).

Roles are the server's, not one database's: every test names its own (a random suffix) and
drops them at its end, so tests sharing the server never see each other's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy.engine import URL

# What the tests try on every table, with plain SQL beside the application.
WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")


@dataclass(frozen=True)
class Roles:
    """Two groups and one login in each, named for one test."""

    url: URL  # the owner's (the server's superuser in the tests)
    front_desk: str
    coordinator: str
    balie: str  # a front-desk login
    coordinator_login: str

    def login_url(self, login: str) -> str:
        return self.url.set(username=login, password=None).render_as_string(hide_password=False)

    @property
    def balie_url(self) -> str:
        return self.login_url(self.balie)

    @property
    def coordinator_url(self) -> str:
        return self.login_url(self.coordinator_login)

    def admin_arguments(self) -> list[str]:
        """``admin roles`` with this test's names (after ``--db URL``)."""
        return [
            "admin",
            "roles",
            "--front-desk-role",
            self.front_desk,
            "--coordinator-role",
            self.coordinator,
            "--front-desk-login",
            self.balie,
            "--coordinator-login",
            self.coordinator_login,
        ]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.front_desk, self.coordinator, self.balie, self.coordinator_login)


def connect(url: URL | str, user: str | None = None) -> psycopg.Connection[Any]:
    """A plain psycopg connection (autocommit), bypassing the application."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    return psycopg.connect(
        host=str(parsed.query["host"]),
        dbname=parsed.database,
        user=user or parsed.username,
        autocommit=True,
    )


@contextmanager
def roles_for(url: URL) -> Iterator[Roles]:
    """Names for this test's roles; whatever of them exists at the end is dropped."""
    suffix = uuid.uuid4().hex[:8]
    roles = Roles(
        url=url,
        front_desk=f"onthaal_{suffix}",
        coordinator=f"coord_{suffix}",
        balie=f"balie_{suffix}",
        coordinator_login=f"an_{suffix}",
    )
    try:
        yield roles
    finally:
        drop_roles(url, roles.names)


def drop_roles(url: URL, names: tuple[str, ...]) -> None:
    with connect(url) as connection:
        existing = [
            name
            for (name,) in connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", [list(names)]
            )
        ]
        if not existing:
            return
        quoted = ", ".join(f'"{name}"' for name in existing)
        # Their rights in this database (and on it), then the roles themselves.
        connection.execute(f"DROP OWNED BY {quoted}")
        connection.execute(f"DROP ROLE {quoted}")


def rights(url: URL, role: str) -> dict[tuple[str, str], bool]:
    """(table, privilege) → may ``role`` do it, for every table of the schema."""
    privileges = ("SELECT", *WRITES, "REFERENCES", "TRIGGER")
    with connect(url) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        found: dict[tuple[str, str], bool] = {}
        for table in tables:
            for privilege in privileges:
                row = connection.execute(
                    "SELECT has_table_privilege(%s, %s, %s)", [role, f"public.{table}", privilege]
                ).fetchone()
                assert row is not None
                found[(table, privilege)] = bool(row[0])
        row = connection.execute(
            "SELECT has_schema_privilege(%s, 'public', 'CREATE'), "
            "has_database_privilege(%s, current_database(), 'CONNECT')",
            [role, role],
        ).fetchone()
        assert row is not None
        found[("<schema public>", "CREATE")] = bool(row[0])
        found[("<database>", "CONNECT")] = bool(row[1])
    return found


def refused(connection: psycopg.Connection[Any], statement: str) -> str | None:
    """The SQLSTATE with which ``statement`` failed (None: it ran)."""
    try:
        connection.execute(statement)
    except psycopg.Error as error:
        return error.sqlstate
    return None
