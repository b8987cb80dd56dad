"""db/roles.py: the database keeps the front desk read-only and the trail append-only.

Every check here goes around the application (plain psycopg as the login) as well as
through it: the roles are the gate, not the window.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database, DatabaseProblem, open_database
from ifg_desktop.db.errors import DatabaseReadOnly
from ifg_desktop.db.roles import (
    APPEND_ONLY_TABLES,
    RoleNameProblem,
    RolePlan,
    regrant_after_upgrade,
    role_statements,
    roles_script,
    split_logins,
)
from tests.db.migrations import alembic
from tests.db.roles_support import Roles, connect, refused, rights, roles_for

INSUFFICIENT_PRIVILEGE = "42501"


@pytest.fixture
def roles(pg_database: Database) -> Iterator[Roles]:
    with roles_for(pg_database.url) as made:
        yield made


def _apply(roles: Roles, *extra: str) -> None:
    assert main(["--db", roles.login_url(str(roles.url.username)), *roles.admin_arguments(),
                 *extra]) == 0  # fmt: skip


# -- the SQL, without a server ---------------------------------------------------------------


def test_the_script_is_one_transaction_without_passwords_or_placeholders() -> None:
    plan = RolePlan(front_desk_logins=("balie1",), coordinator_logins=("an",))
    script = roles_script(plan)
    statements = [line for line in script.splitlines() if line and not line.startswith("--")]
    assert statements[0] == "BEGIN;" and statements[-1] == "COMMIT;"
    assert "PASSWORD" not in script and "\\password balie1" in script
    # It runs through a driver as printed: nothing a driver would take for a parameter.
    assert "%" not in script and ":name" not in script
    assert len(role_statements(plan)) == script.count(";\n\n") - 1  # BEGIN's own
    assert 'GRANT "ifg_onthaal" TO "balie1"' in script
    assert 'REVOKE UPDATE, DELETE ON "public"."audit_entry"' in script


@pytest.mark.parametrize(
    "name", ["Balie", "1balie", "pg_balie", "a-b", "a b", "x" * 64, "public", "bal'ie", ""]
)
def test_names_that_are_refused(name: str) -> None:
    with pytest.raises(RoleNameProblem):
        RolePlan(front_desk=name)
    with pytest.raises(RoleNameProblem):
        split_logins([f"ok,{name}"]) if name else RolePlan(front_desk_logins=(name,))


def test_a_plan_that_contradicts_itself() -> None:
    with pytest.raises(RoleNameProblem):
        RolePlan(front_desk="ifg", coordinator="ifg")
    with pytest.raises(RoleNameProblem):
        RolePlan(front_desk_logins=("an",), coordinator_logins=("an",))
    with pytest.raises(RoleNameProblem):
        RolePlan(front_desk_logins=("ifg_coordinator",))
    assert split_logins(["a, b", "b,c", ""]) == ("a", "b", "c")


# -- on the server ---------------------------------------------------------------------------


def test_the_front_desk_cannot_change_anything_even_around_the_application(
    roles: Roles,
) -> None:
    _apply(roles)
    with connect(roles.url, roles.balie) as balie:
        assert balie.execute("SELECT count(*) FROM service").fetchone() != (0,)
        attempts = [
            "INSERT INTO service (key, name) VALUES ('x', 'x')",
            "UPDATE service SET name = name || '!'",
            "DELETE FROM service",
            "DELETE FROM phone",
            "UPDATE phone SET number = '101'",
            "INSERT INTO audit_entry (resource_id, field_name, updated_by) VALUES ('x', 'x', 'x')",
            "UPDATE audit_entry SET updated_by = 'iemand anders'",
            "DELETE FROM audit_entry",
            "TRUNCATE service CASCADE",
            "UPDATE alembic_version SET version_num = '9999'",
            "SELECT * FROM coordinator_secret",
            "CREATE TABLE eigen (id int)",
            "ALTER TABLE service ADD COLUMN eigen int",
            "DROP TABLE audit_entry",
            "CREATE INDEX eigen ON service (name)",
            "LOCK TABLE service IN EXCLUSIVE MODE",
        ]
        for statement in attempts:
            with balie.transaction():
                assert refused(balie, statement) == INSUFFICIENT_PRIVILEGE, statement
    found = rights(roles.url, roles.balie)
    assert not any(allowed for (_, privilege), allowed in found.items() if privilege != "SELECT"
                   and privilege != "CONNECT")  # fmt: skip
    assert found[("<database>", "CONNECT")]
    assert not found[("coordinator_secret", "SELECT")] and found[("service", "SELECT")]


def test_the_coordinator_edits_through_the_application_but_the_trail_is_append_only(
    roles: Roles,
) -> None:
    from ifg_desktop.directory.audit import trail
    from ifg_desktop.directory.editing import load_service, update_service

    _apply(roles)
    database = open_database(roles.coordinator_url)
    try:
        assert database.write_refusal() is None
        loaded = load_service(database, "politie")
        assert loaded is not None
        draft = replace(loaded.draft, description="Nieuw.")
        update_service(database, draft, expected_version=loaded.version, by="An")
        assert any(entry.updated_by == "An" for entry in trail(database, "politie", None))
    finally:
        database.dispose()
    with connect(roles.url, roles.coordinator_login) as coordinator:
        for statement in (
            "UPDATE audit_entry SET updated_by = 'iemand anders'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "UPDATE alembic_version SET version_num = '9999'",
            "DROP TABLE service CASCADE",
            "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
            "ALTER TABLE service ADD COLUMN eigen int",
            "CREATE TABLE eigen (id int)",
        ):
            with coordinator.transaction():
                assert refused(coordinator, statement) in (INSUFFICIENT_PRIVILEGE, "0LP01"), (
                    statement
                )
        with coordinator.transaction():
            assert refused(coordinator, "UPDATE phone SET label = label") is None
    found = rights(roles.url, roles.coordinator_login)
    for table in APPEND_ONLY_TABLES:
        assert found[(table, "SELECT")] and found[(table, "INSERT")]
        assert not found[(table, "UPDATE")] and not found[(table, "DELETE")]
    assert not any(found[(table, "TRUNCATE")] for table, _ in found if table[0] != "<")
    assert not found[("<schema public>", "CREATE")]


def test_the_printed_sql_gives_the_same_rights_and_runs_twice(
    roles: Roles, capsys: pytest.CaptureFixture[str]
) -> None:
    """psql -f on what --sql printed (here, as the server's superuser) = the command."""
    assert main(["admin", "roles", "--sql", "--front-desk-role", roles.front_desk,
                 "--coordinator-role", roles.coordinator]) == 0  # fmt: skip
    script = capsys.readouterr().out
    psql = shutil.which("psql")
    for _ in range(2):
        if psql is None:  # the driver runs the same text as psql would
            with connect(roles.url) as owner:
                owner.execute(script.encode())
        else:
            done = subprocess.run(
                [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(roles.url.query["host"]),
                 "-U", str(roles.url.username), "-d", str(roles.url.database), "-f", "-"],
                input=script, capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
    by_hand = (rights(roles.url, roles.front_desk), rights(roles.url, roles.coordinator))
    with roles_for(roles.url) as other:
        _apply(other)
        by_command = (rights(roles.url, other.front_desk), rights(roles.url, other.coordinator))
    assert by_hand == by_command


def test_running_twice_is_harmless_and_a_login_can_change_group(
    roles: Roles, capsys: pytest.CaptureFixture[str]
) -> None:
    _apply(roles)
    before = rights(roles.url, roles.balie), rights(roles.url, roles.coordinator_login)
    _apply(roles)
    assert (rights(roles.url, roles.balie), rights(roles.url, roles.coordinator_login)) == before
    # The front-desk login becomes a coordinator: out of the one group, into the other.
    assert main(["--db", roles.login_url(str(roles.url.username)), "admin", "roles",
                 "--front-desk-role", roles.front_desk, "--coordinator-role", roles.coordinator,
                 "--coordinator-login", roles.balie]) == 0  # fmt: skip
    assert rights(roles.url, roles.balie) == before[1]
    out = capsys.readouterr().out
    assert f"aanmelding {roles.balie} → {roles.coordinator}" in out


def test_a_role_that_would_see_through_the_grants_is_refused(
    roles: Roles, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = str(roles.url.username)  # the server's superuser
    code = main(["--db", roles.login_url(owner), "admin", "roles", "--front-desk-role",
                 roles.front_desk, "--coordinator-role", roles.coordinator,
                 "--front-desk-login", owner])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "superuser, eigenaar" in err
    assert "niets gewijzigd" in err
    with connect(roles.url) as connection:  # nothing was made: one transaction
        row = connection.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)",
            [[roles.front_desk, roles.coordinator]],
        ).fetchone()
        assert row == (0,)


def test_an_existing_login_that_may_make_roles_is_refused(
    roles: Roles, capsys: pytest.CaptureFixture[str]
) -> None:
    """Up to PostgreSQL 15 a CREATEROLE role may make itself a member of the owner: as a
    front-desk login it would read the grants as it liked."""
    with connect(roles.url) as connection:
        connection.execute(f'CREATE ROLE "{roles.balie}" LOGIN CREATEROLE')
    code = main(["--db", roles.login_url(str(roles.url.username)), *roles.admin_arguments()])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "CREATEROLE" in err and roles.balie in err and "niets gewijzigd" in err


def test_an_account_that_may_not_create_roles_is_told_so(
    roles: Roles, capsys: pytest.CaptureFixture[str]
) -> None:
    _apply(roles)
    code = main(["--db", roles.balie_url, "admin", "roles", "--front-desk-role",
                 f"{roles.front_desk}_x", "--coordinator-role", roles.coordinator])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "CREATEROLE" in err and "niets gewijzigd" in err and "Traceback" not in err


def test_the_front_desk_cannot_create_or_upgrade_the_tables(roles: Roles) -> None:
    _apply(roles)
    # A database the team has not started yet: the front desk may connect, not make tables.
    empty = f"{roles.url.database}_leeg"
    with connect(roles.url.set(database="postgres")) as server:
        server.execute(f'CREATE DATABASE "{empty}"')
    try:
        with pytest.raises(DatabaseReadOnly, match="moet eerst aangemaakt worden") as refusal:
            open_database(roles.balie_url.replace(f"/{roles.url.database}?", f"/{empty}?"))
        assert "eigenaar" in str(refusal.value) and "niet gewijzigd" in str(refusal.value)
    finally:
        with connect(roles.url.set(database="postgres")) as server:
            server.execute(f'DROP DATABASE "{empty}" WITH (FORCE)')

    # One revision behind: the front desk is told to ask for the upgrade, nothing changes.
    url = roles.url.render_as_string(hide_password=False)
    alembic(url, "downgrade", "-1")
    with connect(roles.url) as owner:
        version_before = owner.execute("SELECT version_num FROM alembic_version").fetchone()
    with pytest.raises(DatabaseReadOnly, match="moet eerst bijgewerkt worden"):
        open_database(roles.balie_url)
    with connect(roles.url) as owner:
        assert owner.execute("SELECT version_num FROM alembic_version").fetchone() == version_before
    # The owner's upgrade gives the groups their exact rights on what it made, in its
    # own transaction; the front desk then opens.
    open_database(url).dispose()
    found = rights(roles.url, roles.coordinator_login)
    assert found[("audit_entry", "INSERT")] and not found[("audit_entry", "DELETE")]
    database = open_database(roles.balie_url)
    try:
        assert database.write_refusal() is not None
    finally:
        database.dispose()


def test_rights_drifted_by_hand_or_a_new_table_are_set_again_after_an_upgrade(
    roles: Roles,
) -> None:
    from sqlalchemy import create_engine

    _apply(roles)
    with connect(roles.url) as owner:
        owner.execute(f'GRANT ALL ON audit_entry TO "{roles.coordinator}"')
        owner.execute("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
    # The default privileges cover the new table at once ...
    found = rights(roles.url, roles.coordinator)
    assert found[("later_table", "UPDATE")] and found[("audit_entry", "DELETE")]
    assert rights(roles.url, roles.front_desk)[("later_table", "SELECT")]
    engine = create_engine(roles.url)
    try:
        with engine.begin() as connection:
            plan = regrant_after_upgrade(connection)
    finally:
        engine.dispose()
    # ... and the upgrade's regrant finds the groups and narrows the trail again.
    assert plan is not None and plan.groups == (roles.front_desk, roles.coordinator)
    found = rights(roles.url, roles.coordinator)
    assert found[("later_table", "UPDATE")] and not found[("audit_entry", "DELETE")]
    with connect(roles.url, roles.coordinator_login) as coordinator:
        assert refused(coordinator, "INSERT INTO later_table (note) VALUES ('x')") is None


def test_without_roles_an_upgrade_grants_nothing(pg_database: Database) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(pg_database.url)
    try:
        with engine.begin() as connection:
            assert regrant_after_upgrade(connection) is None
    finally:
        engine.dispose()


def test_write_refusal_on_sqlite(database: Database) -> None:
    assert database.write_refusal() is None
    read_only = Database(database.target, access="ro")
    try:
        assert "alleen-lezen" in (read_only.write_refusal() or "")
    finally:
        read_only.dispose()


def test_a_write_by_the_front_desk_is_one_clear_sentence(roles: Roles) -> None:
    from ifg_desktop.directory.vocabulary import TermRecord, save_term

    _apply(roles)
    database = open_database(roles.balie_url)
    try:
        assert database.write_refusal() == (
            "Coördinatormodus niet beschikbaar: deze aanmelding bij de gedeelde databank mag "
            "alleen lezen. Vraag de beheerder om een coördinatoraanmelding."
        )
        with pytest.raises(DatabaseProblem) as refusal:
            save_term(database, TermRecord("geweld thuis", ("partnergeweld",), ()), by="Bo")
        text = str(refusal.value)
        assert "mag dit niet wijzigen" in text and "niets gewijzigd" in text
        assert "\n" not in text and "permission denied" not in text
    finally:
        database.dispose()
