"""``ifg-desktop admin roles``: the shared PostgreSQL database's roles (db/roles.py).

For the server's administrator: makes the front-desk and coordinator group roles, their
logins and their rights in one transaction, or prints that SQL (``--sql``) to run by hand.
Same exit statuses as every command (cli/common.py): 0 done, 1 the database said no (one line,
nothing changed), 2 a usage error (a bad name, or a database that is not PostgreSQL).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ifg_desktop.cli.common import EXIT_ENVIRONMENT, EXIT_OK, EXIT_USAGE, Parser
from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection

    from ifg_desktop.db.roles import RolePlan


def add_commands(commands: Any) -> None:
    from ifg_desktop.db.roles import DEFAULT_COORDINATOR, DEFAULT_FRONT_DESK

    admin = commands.add_parser(
        "admin", help=translate("cli", "beheer van de gedeelde PostgreSQL-databank (rollen)")
    )
    actions = admin.add_subparsers(
        dest="admin_action", metavar="ACTION", required=True, parser_class=Parser
    )
    roles = actions.add_parser(
        "roles",
        help=translate(
            "cli", "de rollen onthaal (enkel lezen) en coördinator maken, met hun rechten"
        ),
        description=translate(
            "cli",
            "Maakt in de PostgreSQL-databank van --db twee groepsrollen (zonder "
            "aanmelding): het onthaal mag enkel lezen, coördinatoren mogen de gegevens wijzigen "
            "maar het spoor enkel aanvullen; geen van beide mag het schema wijzigen. Aanmeldingen "
            "(per persoon of werkpost) worden lid van een groep. Aan te melden als eigenaar van "
            "de tabellen of als superuser; opnieuw uitvoeren mag (ook na een upgrade).",
        ),
    )
    roles.set_defaults(handler=_roles)
    roles.add_argument(
        "--sql",
        action="store_true",
        help=translate(
            "cli", "de SQL tonen in plaats van ze uit te voeren (maakt geen verbinding)"
        ),
    )
    roles.add_argument(
        "--front-desk-role",
        metavar="NAAM",
        default=DEFAULT_FRONT_DESK,
        help=translate("cli", "naam van de groep van het onthaal (standaard: {role})").format(
            role=DEFAULT_FRONT_DESK
        ),
    )
    roles.add_argument(
        "--coordinator-role",
        metavar="NAAM",
        default=DEFAULT_COORDINATOR,
        help=translate("cli", "naam van de groep van de coördinatoren (standaard: {role})").format(
            role=DEFAULT_COORDINATOR
        ),
    )
    roles.add_argument(
        "--front-desk-login",
        action="append",
        default=[],
        metavar="NAAM",
        help=translate(
            "cli", "een aanmelding voor het onthaal maken of erin zetten (herhaalbaar, of a,b,c)"
        ),
    )
    roles.add_argument(
        "--coordinator-login",
        action="append",
        default=[],
        metavar="NAAM",
        help=translate(
            "cli", "een aanmelding voor een coördinator maken of erin zetten (herhaalbaar)"
        ),
    )
    roles.add_argument(
        "--password-prompt",
        action="store_true",
        help=translate(
            "cli",
            "voor elke aanmelding een wachtwoord vragen (enkel een SCRAM-hash gaat naar de server)",
        ),
    )


def _roles(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.db.roles import RoleNameProblem, RolePlan, roles_script, split_logins

    try:
        plan = RolePlan(
            front_desk=args.front_desk_role,
            coordinator=args.coordinator_role,
            front_desk_logins=split_logins(args.front_desk_login),
            coordinator_logins=split_logins(args.coordinator_login),
        )
    except RoleNameProblem as problem:
        return _usage(str(problem))
    if args.sql:
        if args.password_prompt:
            return _usage(
                translate(
                    "cli",
                    "--password-prompt gaat niet samen met --sql: wachtwoorden komen nooit in de "
                    "SQL (zet ze in psql met \\password NAAM)",
                )
            )
        sys.stdout.write(roles_script(plan))
        return EXIT_OK
    from ifg_desktop.db.engine import dialect_of, resolve_target

    target = resolve_target(args.db)
    if dialect_of(target) != "postgresql":
        return _usage(
            translate(
                "cli",
                "rollen horen bij een gedeelde PostgreSQL-databank; een SQLite-bestand kent geen "
                "aanmeldingen (wie het bestand mag schrijven, mag alles, en het "
                "coördinatorwachtwoord is de controle). Geef --db postgresql+psycopg://…",
            )
        )
    return _apply(args, target, plan)


def _apply(args: argparse.Namespace, target: str, plan: RolePlan) -> int:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from ifg_desktop.db.database import Database
    from ifg_desktop.db.errors import explain_operational_error
    from ifg_desktop.db.roles import apply_roles, current_rights, refusal
    from ifg_desktop.migrations import SCHEMA_REVISION

    probe = Database(target)
    args.opened.callback(probe.dispose)
    where = probe.display_name
    try:
        # Before anything is made: may this account make the roles at all?
        with probe.engine.connect() as connection:
            rights = current_rights(connection, plan)
    except DBAPIError as error:
        raise explain_operational_error(error, where) from error
    if rights.missing_roles and not (rights.superuser or rights.create_role):
        return _refused(refusal(rights, plan, where))
    # The tables must be there, made and upgraded by their owner: made here, by whoever
    # runs this (a superuser, say), they would belong to that account, and the owner could
    # not upgrade them later.
    try:
        with probe.engine.connect() as connection:
            revision = _schema_revision(connection)
    except DBAPIError as error:
        raise explain_operational_error(error, where) from error
    if revision != SCHEMA_REVISION:
        if revision is None:
            sentence = translate(
                "cli",
                "De databank {where} heeft nog geen tabellen voor deze versie van IFG-wegwijzer. "
                "Open ze eerst één keer met de aanmelding van haar eigenaar "
                "(ifg-desktop --db … check), en maak dan de rollen. Er is niets gewijzigd.",
            )
        else:
            sentence = translate(
                "cli",
                "De databank {where} is niet bijgewerkt voor deze versie van IFG-wegwijzer. "
                "Open ze eerst één keer met de aanmelding van haar eigenaar "
                "(ifg-desktop --db … check), en maak dan de rollen. Er is niets gewijzigd.",
            )
        return _refused(sentence.format(where=where))
    database = probe
    try:
        with database.engine.connect() as connection:
            schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
            if schema != plan.schema:
                plan = _in_schema(plan, schema)
            reason = refusal(current_rights(connection, plan), plan, where)
    except DBAPIError as error:
        raise explain_operational_error(error, where) from error
    if reason is not None:
        return _refused(reason)
    passwords: dict[str, str] = {}
    if args.password_prompt:  # asked before the transaction: nothing waits on a person
        asked = _ask_passwords(plan)
        if asked is None:
            return EXIT_ENVIRONMENT
        passwords = asked
    try:
        with database.engine.begin() as connection:
            apply_roles(connection, plan, passwords)
    except DBAPIError as error:
        said = _raised_by_script(error)
        if said is not None:
            return _refused(f"{said} {translate('cli', 'Er is niets gewijzigd.')}")
        raise explain_operational_error(error, where) from error
    _report(plan, database.url, where, bool(passwords))
    return EXIT_OK


def _schema_revision(connection: Connection) -> str | None:
    """The schema revision of the connected database; None when it has none yet."""
    from sqlalchemy import inspect, text

    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def _in_schema(plan: RolePlan, schema: str) -> RolePlan:
    from dataclasses import replace

    from ifg_desktop.db.roles import RoleNameProblem

    try:
        return replace(plan, schema=schema)
    except RoleNameProblem:
        return plan


def _ask_passwords(plan: RolePlan) -> dict[str, str] | None:
    import getpass

    passwords: dict[str, str] = {}
    for login in plan.logins:
        password = getpass.getpass(
            translate("cli", "Wachtwoord voor {login}: ").format(login=login)
        )
        if getpass.getpass(translate("cli", "Nog eens: ")) != password:
            print(
                translate(
                    "cli",
                    "ifg-desktop: de twee wachtwoorden voor {login} verschillen; niets gewijzigd",
                ).format(login=login),
                file=sys.stderr,
            )
            return None
        if len(password) < 8:
            print(
                translate(
                    "cli",
                    "ifg-desktop: het wachtwoord voor {login} is korter dan 8 tekens; "
                    "niets gewijzigd",
                ).format(login=login),
                file=sys.stderr,
            )
            return None
        passwords[login] = password
    return passwords


def _raised_by_script(error: BaseException) -> str | None:
    """The sentence of a check in the SQL (RAISE EXCEPTION, SQLSTATE P0001), else None."""
    orig = getattr(error, "orig", None)
    if getattr(orig, "sqlstate", None) != "P0001":
        return None
    diag = getattr(orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(orig)
    return " ".join(str(message).split())


def _report(plan: RolePlan, url: URL, where: str, with_passwords: bool) -> None:
    print(translate("cli", "Rollen ingesteld in {where}:").format(where=where))
    print(
        "  "
        + translate(
            "cli", "{role}: onthaal, enkel lezen (het venster opent zonder coördinatormodus)"
        ).format(role=plan.front_desk)
    )
    print(
        "  "
        + translate(
            "cli", "{role}: coördinatoren, lezen en wijzigen; het spoor enkel lezen en aanvullen"
        ).format(role=plan.coordinator)
    )
    for group, logins in (
        (plan.front_desk, plan.front_desk_logins),
        (plan.coordinator, plan.coordinator_logins),
    ):
        for login in logins:
            print(
                "  "
                + translate("cli", "aanmelding {login} → {group}: {url}").format(
                    login=login, group=group, url=_login_url(url, login)
                )
            )
    if plan.logins and not with_passwords:
        print(
            translate(
                "cli",
                "Zonder wachtwoord gemaakt: zet er een met --password-prompt of in psql met "
                "\\password NAAM (tenzij de server anders aanmeldt, bv. met certificaten).",
            )
        )


def _login_url(url: URL, login: str) -> str:
    """The connection URL a login puts in IFG_DESKTOP_DB: without a password, and with TLS
    (sslmode=require) when it goes over the network."""
    from ifg_desktop.db.engine import is_secret_option, shown_url

    # The administrator's own secrets (password=, sslpassword=) are not the login's.
    query = {name: value for name, value in url.query.items() if not is_secret_option(name)}
    host = url.host or str(query.get("host", ""))
    if host and not host.startswith("/") and "sslmode" not in query:
        query["sslmode"] = "require"
    from sqlalchemy.engine import URL

    made = URL.create(
        url.drivername,
        username=login,
        host=url.host,
        port=url.port,
        database=url.database,
        query=query,
    )
    return shown_url(made)


def _usage(message: str) -> int:
    print(
        translate("cli", "ifg-desktop: fout: {message}").format(message=" ".join(message.split())),
        file=sys.stderr,
    )
    return EXIT_USAGE


def _refused(message: str | None) -> int:
    print(f"ifg-desktop: {' '.join(str(message).split())}", file=sys.stderr)
    return EXIT_ENVIRONMENT
