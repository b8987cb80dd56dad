"""PostgreSQL roles: the database itself keeps the front desk read-only and the trail append-only.

On SQLite whoever can write the file can do anything, and the coordinator password
(``directory/auth.py``) is a check inside the application. On a shared PostgreSQL server the
*database* is the gate: ``ifg-desktop admin roles`` (cli/admin.py) makes two group roles and
gives them exactly these rights, in the database of the wegwijzer:

- the front desk (``ifg_onthaal``): connect, use the schema, read every table except the
  coordinator password's hash;
- the coordinators (``ifg_coordinator``): read and change the data (SELECT, INSERT, UPDATE,
  DELETE; the sequences behind the ids), except the trail ``audit_entry``, which they may only
  read and append to, and ``alembic_version``, which they may only read.

Neither may create, alter or drop anything: they own nothing and have no CREATE on the
schema; the account that owns the tables (the one that creates and upgrades them) stays
apart. TRUNCATE, REFERENCES and TRIGGER are given to nobody.

Group roles are NOLOGIN: nobody signs in as "the front desk". Each person or desk gets a
LOGIN role of its own that is a member of one group (``--front-desk-login`` and
``--coordinator-login``), so the server's log and ``pg_stat_activity`` say who it was, and
one person's access is taken away without touching the others'. Passwords never go into
the SQL this module writes; the command sends a SCRAM verifier made on this machine
(``password_sql``, what psql's ``\\password`` does) and the printed SQL says how to set one.

Later migrations add tables (and sequences): ``ALTER DEFAULT PRIVILEGES`` for the tables'
owner gives the groups their general rights on them at once, and ``regrant_after_upgrade``,
run in the upgrade's own transaction (db/database.py), sets the exact rights again for the
groups it finds in this database. Running ``admin roles`` again does the same and is safe:
roles are created only when missing, and every table's rights are first taken away and
then given again, in one transaction.

The SQL holds no ``%`` and no ``:name``: it runs through a driver as it is printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ifg_desktop.db.errors import DatabaseProblem
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ifg_desktop.db.database import Database

DEFAULT_FRONT_DESK = "ifg_onthaal"
DEFAULT_COORDINATOR = "ifg_coordinator"
DEFAULT_SCHEMA = "public"

# The trail: coordinators read it and add to it, never change or remove a line.
APPEND_ONLY_TABLES = ("audit_entry",)
# Only the owner's upgrades write the schema version.
READ_ONLY_TABLES = ("alembic_version",)
# What the front desk does not read: the coordinator password's hash (an offline guess at it
# is no use against the database's gate, but nobody at the desk needs it).
HIDDEN_FROM_FRONT_DESK = ("coordinator_secret",)

# Lower-case letters, digits and "_": the same name with or without quotes, in a URL and on
# the command line; "pg_" is reserved by PostgreSQL.
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class RoleNameProblem(ValueError):
    """A role name the command does not accept (a usage error); the text is Dutch."""


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.fullmatch(name):
        raise RoleNameProblem(
            translate(
                "db",
                "'{name}' is geen bruikbare rolnaam: kleine letters, cijfers en _ "
                "(hoogstens 63 tekens, niet met een cijfer vooraan)",
            ).format(name=name)
        )
    if name.startswith("pg_") or name == "public":
        raise RoleNameProblem(
            translate("db", "'{name}' is een naam die PostgreSQL voor zichzelf houdt").format(
                name=name
            )
        )
    return name


@dataclass(frozen=True)
class RolePlan:
    """The two groups, the logins to make members, and the schema of the tables."""

    front_desk: str = DEFAULT_FRONT_DESK
    coordinator: str = DEFAULT_COORDINATOR
    front_desk_logins: tuple[str, ...] = ()
    coordinator_logins: tuple[str, ...] = ()
    schema: str = DEFAULT_SCHEMA

    def __post_init__(self) -> None:
        if not _ROLE_NAME.fullmatch(self.schema):
            raise RoleNameProblem(
                translate("db", "'{name}' is geen bruikbare schemanaam").format(name=self.schema)
            )
        for name in (*self.groups, *self.logins):
            check_role_name(name)
        if self.front_desk == self.coordinator:
            raise RoleNameProblem(
                translate("db", "de onthaalrol en de coördinatorrol moeten verschillen")
            )
        both = set(self.front_desk_logins) & set(self.coordinator_logins)
        if both:
            raise RoleNameProblem(
                translate("db", "{logins} kan niet tegelijk onthaal en coördinator zijn").format(
                    logins=", ".join(sorted(both))
                )
            )
        if set(self.logins) & set(self.groups):
            raise RoleNameProblem(
                translate("db", "een aanmelding kan niet dezelfde naam hebben als een groep")
            )

    @property
    def groups(self) -> tuple[str, str]:
        return (self.front_desk, self.coordinator)

    @property
    def logins(self) -> tuple[str, ...]:
        return (*self.front_desk_logins, *self.coordinator_logins)


def _quoted(name: str) -> str:
    return f'"{name}"'


def _literal(name: str) -> str:
    return f"'{name}'"  # names are checked: no quote can be in them


def role_statements(plan: RolePlan) -> list[str]:
    """The statements, in order, that create what is missing and set every right.

    Run them in one transaction in the wegwijzer's database, as the owner of its tables or a
    superuser, after the tables exist (the first statement checks that).
    """
    schema = _quoted(plan.schema)
    front, coord = _quoted(plan.front_desk), _quoted(plan.coordinator)
    groups = f"{front}, {coord}"
    statements = [
        _check_tables(plan),
        _create_roles(plan),
        _refuse_powerful_roles(plan),
    ]
    for login in plan.front_desk_logins:
        statements.append(_membership(login, plan.front_desk, plan.coordinator))
    for login in plan.coordinator_logins:
        statements.append(_membership(login, plan.coordinator, plan.front_desk))
    statements += [
        # Nobody but the owner makes objects in the schema (PostgreSQL before 15 let
        # everyone create in "public").
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON SCHEMA {schema} FROM {groups}",
        f"GRANT USAGE ON SCHEMA {schema} TO {groups}",
        _connect_grant(plan),
        *table_grants(plan),
        _default_privileges(plan),
    ]
    return statements


def table_grants(plan: RolePlan) -> list[str]:
    """The rights on the tables and sequences there are now: taken away, then given again."""
    schema = _quoted(plan.schema)
    front, coord = _quoted(plan.front_desk), _quoted(plan.coordinator)
    groups = f"{front}, {coord}"
    statements = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {groups}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {front}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {coord}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {coord}",
    ]
    body = [
        *(
            _if_table(plan.schema, table, f"REVOKE ALL ON {{table}} FROM {front}")
            for table in HIDDEN_FROM_FRONT_DESK
        ),
        *(
            _if_table(plan.schema, table, f"REVOKE UPDATE, DELETE ON {{table}} FROM {coord}")
            for table in APPEND_ONLY_TABLES
        ),
        *(
            _if_table(
                plan.schema, table, f"REVOKE INSERT, UPDATE, DELETE ON {{table}} FROM {coord}"
            )
            for table in READ_ONLY_TABLES
        ),
    ]
    statements.append("DO $grants$\nBEGIN\n" + "\n".join(body) + "\nEND\n$grants$")
    return statements


def _if_table(schema: str, table: str, statement: str) -> str:
    """``statement`` for ``schema.table`` when that table exists (a later schema may drop it)."""
    name = f"{_quoted(schema)}.{_quoted(table)}"
    return (
        f"    IF to_regclass({_literal(name)}) IS NOT NULL THEN\n"
        f"        {statement.format(table=name)};\n"
        "    END IF;"
    )


def _check_tables(plan: RolePlan) -> str:
    where = f"{_quoted(plan.schema)}.alembic_version"
    return (
        "DO $check$\n"
        "BEGIN\n"
        f"    IF to_regclass({_literal(where)}) IS NULL THEN\n"
        "        RAISE EXCEPTION USING MESSAGE = 'IFG-wegwijzer: deze databank heeft nog geen "
        f"tabellen van de wegwijzer in het schema {plan.schema}. Open ze eerst één keer met "
        "de account van de eigenaar (ifg-desktop --db URL check).';\n"
        "    END IF;\n"
        "END\n"
        "$check$"
    )


def _create_roles(plan: RolePlan) -> str:
    lines = ["DO $roles$", "BEGIN"]
    for name in plan.groups:
        lines += _create_if_missing(name, "NOLOGIN")
    for name in plan.logins:
        lines += _create_if_missing(name, "LOGIN")
    lines += ["END", "$roles$"]
    return "\n".join(lines)


def _create_if_missing(name: str, kind: str) -> list[str]:
    return [
        f"    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {_literal(name)}) "
        "THEN",
        f"        CREATE ROLE {_quoted(name)} {kind} NOSUPERUSER NOCREATEDB NOCREATEROLE "
        "NOREPLICATION NOBYPASSRLS;",
        "    END IF;",
    ]


def _refuse_powerful_roles(plan: RolePlan) -> str:
    """A superuser, a member of the tables' owner, or a role that may make roles (and so,
    up to PostgreSQL 15, make itself the owner's member) would have every right whatever
    the grants say: such a role is refused as a group or a login, and nothing changes."""
    names = ", ".join(_literal(name) for name in (*plan.groups, *plan.logins))
    owner = (
        "(SELECT tableowner FROM pg_catalog.pg_tables "
        f"WHERE schemaname = {_literal(plan.schema)} AND tablename = 'alembic_version')"
    )
    return (
        "DO $powerful$\n"
        "DECLARE\n"
        "    found text;\n"
        "BEGIN\n"
        "    SELECT string_agg(rolname, ', ') INTO found FROM pg_catalog.pg_roles\n"
        f"    WHERE rolname IN ({names})\n"
        # CREATEROLE too: up to PostgreSQL 15 such a role may grant itself the owner's.
        "      AND (rolsuper OR rolbypassrls OR rolcreaterole\n"
        f"           OR pg_has_role(rolname, {owner}, 'MEMBER'));\n"
        "    IF found IS NOT NULL THEN\n"
        "        RAISE EXCEPTION USING MESSAGE = 'IFG-wegwijzer: ' || found || ' is superuser, "
        "eigenaar van de tabellen of mag rollen maken (CREATEROLE), en kan dus geen "
        "onthaal- of coördinatorrol zijn.';\n"
        "    END IF;\n"
        "END\n"
        "$powerful$"
    )


def _membership(login: str, group: str, other: str) -> str:
    """``login`` in ``group`` and no longer in ``other``: a person changes role at once."""
    member = (
        "SELECT FROM pg_catalog.pg_auth_members m "
        "JOIN pg_catalog.pg_roles r ON r.oid = m.roleid "
        "JOIN pg_catalog.pg_roles u ON u.oid = m.member "
        f"WHERE r.rolname = {{group}} AND u.rolname = {_literal(login)}"
    )
    return (
        "DO $member$\n"
        "BEGIN\n"
        f"    IF NOT EXISTS ({member.format(group=_literal(group))}) THEN\n"
        f"        GRANT {_quoted(group)} TO {_quoted(login)};\n"
        "    END IF;\n"
        f"    IF EXISTS ({member.format(group=_literal(other))}) THEN\n"
        f"        REVOKE {_quoted(other)} FROM {_quoted(login)};\n"
        "    END IF;\n"
        "END\n"
        "$member$"
    )


def _connect_grant(plan: RolePlan) -> str:
    groups = f"{_quoted(plan.front_desk)}, {_quoted(plan.coordinator)}"
    return (
        "DO $connect$\n"
        "BEGIN\n"
        "    EXECUTE 'GRANT CONNECT ON DATABASE ' || quote_ident(current_database()) "
        f"|| ' TO {groups}';\n"
        "END\n"
        "$connect$"
    )


def _default_privileges(plan: RolePlan) -> str:
    """Tables and sequences a later migration makes (as the owner) get the general rights
    at once; ``regrant_after_upgrade`` then narrows them as for the tables there are now."""
    schema = _quoted(plan.schema)
    front, coord = _quoted(plan.front_desk), _quoted(plan.coordinator)
    owner = (
        "(SELECT tableowner FROM pg_catalog.pg_tables "
        f"WHERE schemaname = {_literal(plan.schema)} AND tablename = 'alembic_version')"
    )
    prefix = f"'ALTER DEFAULT PRIVILEGES FOR ROLE ' || quote_ident(owner) || ' IN SCHEMA {schema} "
    return (
        "DO $defaults$\n"
        "DECLARE\n"
        "    owner text;\n"
        "BEGIN\n"
        f"    owner := {owner};\n"
        f"    EXECUTE {prefix}GRANT SELECT ON TABLES TO {front}';\n"
        f"    EXECUTE {prefix}GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {coord}';\n"
        f"    EXECUTE {prefix}GRANT USAGE, SELECT ON SEQUENCES TO {coord}';\n"
        "END\n"
        "$defaults$"
    )


def roles_script(plan: RolePlan) -> str:
    """The SQL for an administrator who prefers to run it: one transaction, with comments."""
    logins = ", ".join(plan.logins)
    lines = [
        "-- IFG-wegwijzer: de rollen van de gedeelde databank (ifg-desktop admin roles --sql).",
        "-- Uit te voeren in de databank van de wegwijzer, als eigenaar van de tabellen of als",
        "-- superuser, nadat de wegwijzer de tabellen heeft aangemaakt:",
        "--     psql -v ON_ERROR_STOP=1 -d DATABANK -f rollen.sql",
        "-- Opnieuw uitvoeren mag (ook na een upgrade): wat er is blijft, de rechten worden",
        "-- opnieuw gezet.",
        f"-- {plan.front_desk}: onthaal, enkel lezen. {plan.coordinator}: coördinatoren, lezen en",
        "-- wijzigen; het spoor (audit_entry) enkel lezen en aanvullen.",
    ]
    if logins:
        lines += [
            "-- Wachtwoorden staan hier nooit in. Zet ze in psql met:",
            *(f"--     \\password {name}" for name in plan.logins),
        ]
    lines += ["", "BEGIN;", ""]
    for statement in role_statements(plan):
        lines += [f"{statement};", ""]
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


# -- applying ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rights:
    """What the connected account may do about roles in this database."""

    user: str
    superuser: bool
    create_role: bool
    owns_tables: bool
    missing_roles: tuple[str, ...]


def current_rights(connection: Connection, plan: RolePlan) -> Rights:
    from sqlalchemy import text

    row = connection.execute(
        text(
            "SELECT current_user, r.rolsuper, r.rolcreaterole, "
            "coalesce(pg_has_role(current_user, t.tableowner, 'USAGE'), false) "
            "FROM pg_catalog.pg_roles r LEFT JOIN pg_catalog.pg_tables t "
            "ON t.schemaname = :schema AND t.tablename = 'alembic_version' "
            "WHERE r.rolname = current_user"
        ),
        {"schema": plan.schema},
    ).one()
    wanted = (*plan.groups, *plan.logins)
    existing = {
        str(name)
        for (name,) in connection.execute(
            text("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(wanted)},
        )
    }
    return Rights(
        user=str(row[0]),
        superuser=bool(row[1]),
        create_role=bool(row[2]),
        owns_tables=bool(row[3]),
        missing_roles=tuple(name for name in wanted if name not in existing),
    )


def refusal(rights: Rights, plan: RolePlan, where: str) -> str | None:
    """Why the connected account cannot set the roles up; None when it can."""
    if rights.superuser:
        return None
    if rights.missing_roles and not rights.create_role:
        return translate(
            "db",
            "U bent bij {where} aangemeld als {user}, die geen rollen mag aanmaken "
            "(nodig: CREATEROLE of superuser) en {roles} bestaat "
            "nog niet. Meld u aan als beheerder van de server, of laat die de SQL uitvoeren "
            "(ifg-desktop admin roles --sql). Er is niets gewijzigd.",
        ).format(where=where, user=rights.user, roles=", ".join(rights.missing_roles))
    if not rights.owns_tables:
        return translate(
            "db",
            "U bent bij {where} aangemeld als {user}, die niet de eigenaar van de "
            "tabellen van de wegwijzer is: enkel de eigenaar (of een superuser) kan hun rechten "
            "geven. Er is niets gewijzigd.",
        ).format(where=where, user=rights.user)
    return None


def apply_roles(connection: Connection, plan: RolePlan, passwords: dict[str, str]) -> None:
    """Run ``role_statements`` (and set the logins' passwords) on ``connection``, in the
    caller's transaction. ``passwords`` maps a login to its password; the password itself is
    never sent, only its SCRAM verifier."""
    for statement in role_statements(plan):
        connection.exec_driver_sql(statement)
    for login, password in passwords.items():
        connection.exec_driver_sql(password_sql(connection, login, password))


def password_sql(connection: Connection, login: str, password: str) -> str:
    """``ALTER ROLE … PASSWORD`` with the verifier libpq makes on this machine (as psql's
    ``\\password`` does): the password never reaches the server, nor its log."""
    check_role_name(login)
    driver = connection.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:  # not psycopg: no way to hash here, and no plain text is sent
        raise DatabaseProblem(
            translate("db", "Wachtwoorden zetten kan enkel met de psycopg-driver.")
        )
    verifier = pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")
    if "'" in verifier:  # a verifier is base64 and "$:"; a quote would be a bug
        raise RuntimeError("unexpected character in a password verifier")
    return f"ALTER ROLE {_quoted(login)} PASSWORD '{verifier}'"


# -- after an upgrade ----------------------------------------------------------------------


def our_groups(connection: Connection, schema: str = DEFAULT_SCHEMA) -> RolePlan | None:
    """The front-desk and coordinator groups set up in this database, found by their rights
    on ``service`` (NOLOGIN roles: one that may read but not insert, one that may insert and
    delete); None when there are none (no ``admin roles`` was run here)."""
    from sqlalchemy import text

    rows = connection.execute(
        text(
            "SELECT r.rolname, "
            "has_table_privilege(r.oid, c.oid, 'INSERT'), "
            "has_table_privilege(r.oid, c.oid, 'DELETE') "
            "FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(c.relacl) a "
            "JOIN pg_catalog.pg_roles r ON r.oid = a.grantee "
            "WHERE n.nspname = :schema AND c.relname = 'service' "
            "AND a.privilege_type = 'SELECT' AND r.oid <> c.relowner "
            "AND NOT r.rolcanlogin AND NOT r.rolsuper "
            "ORDER BY r.rolname"
        ),
        {"schema": schema},
    ).all()
    readers = [str(name) for name, insert, delete in rows if not insert and not delete]
    writers = [str(name) for name, insert, delete in rows if insert and delete]
    if len(readers) != 1 or len(writers) != 1:
        return None  # none, or set up by hand in a way this cannot tell: left alone
    return RolePlan(front_desk=readers[0], coordinator=writers[0], schema=schema)


def regrant_after_upgrade(connection: Connection) -> RolePlan | None:
    """Set the groups' rights again after a migration, in its transaction: a table it added
    (covered by the default privileges) gets the same narrower rules as the others."""
    from sqlalchemy import text

    schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
    try:
        plan = our_groups(connection, schema)
    except RoleNameProblem:  # groups named outside this command: left as they are
        return None
    if plan is None:
        return None
    for statement in table_grants(plan):
        connection.exec_driver_sql(statement)
    return plan


def split_logins(values: Sequence[str]) -> tuple[str, ...]:
    """``--front-desk-login a,b --front-desk-login c`` → ("a", "b", "c"), each once."""
    names: list[str] = []
    for value in values:
        for name in value.split(","):
            name = name.strip()
            if name and name not in names:
                names.append(check_role_name(name))
    return tuple(names)


# -- what a connection may do --------------------------------------------------------------

FRONT_DESK_ONLY = QT_TRANSLATE_NOOP(  # translated where shown (Database.write_refusal)
    "db",
    "Coördinatormodus niet beschikbaar: deze aanmelding bij de gedeelde databank mag alleen "
    "lezen. Vraag de beheerder om een coördinatoraanmelding.",
)


def may_change_data(database: Database) -> bool:
    """Whether the connected role may change services and add to the trail (a coordinator's
    or the owner's), asked of the server: the rights of the groups it is a member of count."""
    rows = database.read(
        "SELECT has_table_privilege('service', 'UPDATE') "
        "AND has_table_privilege('audit_entry', 'INSERT')"
    )
    return bool(rows and rows[0][0])


def may_not_change_schema(
    error: BaseException, where: str, revision: str | None
) -> DatabaseProblem | None:
    """The sentence for a role that may not create or upgrade the tables (in a migration,
    SQLSTATE 42501, or 3F000 when no schema lets it create: a front-desk or coordinator
    login); None for any other error."""
    orig = getattr(error, "orig", None)
    if str(getattr(orig, "sqlstate", "")) not in ("42501", "3F000"):
        return None
    from ifg_desktop.db.errors import DatabaseReadOnly

    if revision is None:
        said = translate(
            "db",
            "De databank {where} moet eerst aangemaakt worden voor deze versie van "
            "IFG-wegwijzer, maar deze aanmelding mag de tabellen niet wijzigen.",
        )
    else:
        said = translate(
            "db",
            "De databank {where} moet eerst bijgewerkt worden voor deze versie van "
            "IFG-wegwijzer, maar deze aanmelding mag de tabellen niet wijzigen.",
        )
    advice = translate(
        "db",
        "Vraag de beheerder de databank één keer te openen met de account van de eigenaar "
        "(bv. ifg-desktop --db URL check, daarna ifg-desktop --db URL admin roles). De databank "
        "is niet gewijzigd.",
    )
    return DatabaseReadOnly(f"{said.format(where=where)} {advice}")
