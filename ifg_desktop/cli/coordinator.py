"""``init``, ``check``, ``audit`` and ``reset-coordinator-password``: the database made ready,
what a coordinator keeps up to date, the trail of who changed what, and the way back in after
a forgotten password."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from ifg_desktop.cli.common import (
    EXIT_ENVIRONMENT,
    EXIT_NOT_FOUND,
    EXIT_OK,
    login,
    moment,
    open_directory,
    print_json,
)
from ifg_desktop.i18n import translate


def add_commands(commands: Any) -> None:
    init = commands.add_parser(
        "init",
        help=translate(
            "cli", "de databank klaarmaken: maken of bijwerken, de eerste keer ook vullen"
        ),
        description=translate(
            "cli",
            "Maakt de databank van --db (of de standaarddatabank) als ze er nog niet is en "
            "vult ze met de meegeleverde diensten en de checklist; een databank van een oudere "
            "versie wordt bijgewerkt. Wat erin staat, blijft. Het venster doet hetzelfde bij "
            "zijn eerste start (met een nieuw bestand roept het hiervoor dit commando op).",
        ),
    )
    init.set_defaults(handler=_init)
    check = commands.add_parser(
        "check",
        help=translate("cli", "wat aan te vullen of te verifiëren is (ouder dan 12 maanden)"),
    )
    check.set_defaults(handler=_check)
    check.add_argument("--format", choices=["text", "json"], default="text")
    audit = commands.add_parser(
        "audit", help=translate("cli", "wie wijzigde wat, wanneer (het spoor)")
    )
    audit.set_defaults(handler=_audit)
    audit.add_argument("key", nargs="?", metavar="KEY", help=translate("cli", "enkel deze dienst"))
    audit.add_argument(
        "--since",
        metavar="DATE",
        help=translate("cli", "vanaf deze datum (ISO 8601, Brusselse tijd)"),
    )
    audit.add_argument("--format", choices=["text", "json"], default="text")
    reset = commands.add_parser(
        "reset-coordinator-password",
        help=translate("cli", "een nieuw coördinatorwachtwoord instellen (vergeten wachtwoord)"),
        description=translate(
            "cli",
            "Stelt een nieuw coördinatorwachtwoord in. Wie de databank kan "
            "beschrijven, kan dit: het is de herstelweg voor een vergeten wachtwoord, en het "
            "komt in het spoor.",
        ),
    )
    reset.set_defaults(handler=_reset_coordinator_password)
    reset.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "het nieuwe wachtwoord van de standaardinvoer lezen (voor scripts)"),
    )


def _init(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.availability import BRUSSELS, keep_public_holidays

    database = open_directory(args)
    # What else a window would work out on its first start, in the cache folder.
    this_year = datetime.now(BRUSSELS).year
    keep_public_holidays((this_year, this_year + 1))
    services = database.read("SELECT count(*) FROM service")[0][0]
    print(
        translate("cli", "Databank klaar: {where} ({services} diensten).").format(
            where=database.display_name, services=services
        )
    )
    return EXIT_OK


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.check import findings_pages, problem_text

    database = open_directory(args)
    today = datetime.now().date()
    pages = findings_pages(database, today)  # printed as read: the first lines come at once
    if args.format == "json":
        findings = [finding for page in pages for finding in page]
        print_json(
            [
                {
                    "key": f.key,
                    "name": f.name,
                    "problems": list(f.problems),
                    "assured_date": f.assured_date,
                    "days_overdue": f.days_overdue,
                    "alert_days_overdue": f.alert_days_overdue,
                }
                for f in findings
            ]
        )
        return EXIT_OK
    count = 0
    for page in pages:
        for finding in page:
            print(f"{finding.key}: {finding.name}")
            for problem in finding.problems:
                print(f"  - {problem_text(finding, problem)}")
        count += len(page)
    print("\n" + translate("cli", "{count} dienst(en) vragen aandacht").format(count=count))
    return EXIT_OK


def _audit(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.audit import trail
    from ifg_desktop.directory.availability import BRUSSELS

    since = None if args.since is None else moment(parser, args.since, "2026-11-01")
    database = open_directory(args)
    entries = trail(database, args.key, since)
    if not entries and args.key is not None and not _known_key(database, args.key):
        print(
            translate("cli", "ifg-desktop: niets in het spoor over '{key}'").format(key=args.key),
            file=sys.stderr,
        )
        return EXIT_NOT_FOUND
    if args.format == "json":
        print_json(
            [
                {
                    "id": e.id,
                    "resource_type": e.resource_type,
                    "resource_id": e.resource_id,
                    "resource_version": e.resource_version,
                    "last_action_date": e.last_action_date.isoformat(),
                    "last_action_type": e.last_action_type,
                    "field_name": e.field_name,
                    "previous_value": _json_or_none(e.previous_value),
                    "replacement_value": _json_or_none(e.replacement_value),
                    "updated_by": e.updated_by,
                }
                for e in entries
            ]
        )
        return EXIT_OK
    for e in entries:
        when = e.last_action_date.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M")
        print(
            f"{when}  {e.updated_by}  {e.resource_id}  {e.action_label}  "
            f"{e.field_label}: {e.previous_text} → {e.replacement_text}"
        )
    print("\n" + translate("cli", "{count} wijziging(en)").format(count=len(entries)))
    return EXIT_OK


def _known_key(database: Any, key: str) -> bool:
    """A service (archived ones included) has this key: its trail may just be empty."""
    from ifg_desktop.directory.query import get_service

    return get_service(database, key) is not None


def _json_or_none(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _reset_coordinator_password(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    import getpass

    from ifg_desktop.directory.auth import PasswordRefused, reset_password

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(translate("cli", "Nieuw coördinatorwachtwoord: "))
        if getpass.getpass(translate("cli", "Nog eens: ")) != password:
            print(
                translate("cli", "ifg-desktop: de twee wachtwoorden verschillen; niets gewijzigd"),
                file=sys.stderr,
            )
            return EXIT_ENVIRONMENT
    user = login()
    database = open_directory(args)
    try:
        reset_password(
            database, password, by=translate("cli", "opdrachtregel ({user})").format(user=user)
        )
    except PasswordRefused as refused:
        print(f"ifg-desktop: {refused}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    print(
        translate("cli", "Het coördinatorwachtwoord van {database} is opnieuw ingesteld.").format(
            database=database.display_name
        )
    )
    return EXIT_OK
