"""The command line: a thin face over directory/, for coordinators, scripts and tests.

Exit status: 0 success, 1 the environment said no (the database or a file: one line on
stderr, no traceback), 2 a usage error (an argument or its value), 3 nothing has that key.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NoReturn

from ifg_desktop import __version__
from ifg_desktop.i18n import LANGUAGES, translate

EXIT_OK, EXIT_ENVIRONMENT, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 3

# Moments a worker can ask about; beyond these, time zone arithmetic overflows.
_FIRST_YEAR, _LAST_YEAR = 1900, 2999


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            translate("cli", "{prog}: fout: {message}").format(prog=self.prog, message=message)
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ifg-desktop",
        description=translate(
            "cli", "IFG-wegwijzer: waar verwijs je iemand naar bij intrafamiliaal geweld?"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "het versienummer tonen en stoppen"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "cli",
            "databank: een SQLAlchemy-URL of een pad naar een SQLite-bestand "
            "(standaard: IFG_DESKTOP_DB, anders een bestand in de gebruikersmap)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=translate(
            "cli",
            "de taal van de uitvoer en het venster: nl, en of fr (standaard: de taal van "
            "LC_ALL, LC_MESSAGES of LANG, anders nl)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    find = commands.add_parser(
        "find", help=translate("cli", "diensten zoeken zoals in het venster")
    )
    find.add_argument("text", nargs="?", default="", metavar="TEXT")
    find.add_argument(
        "--age", metavar="AGE", help=translate("cli", "34 (jaar), 18m (maanden) of unborn")
    )
    find.add_argument("--urgency", choices=["acute", "crisis", "non-acute"])
    moment = find.add_mutually_exclusive_group()
    moment.add_argument(
        "--open-now", action="store_true", help=translate("cli", "enkel wat nu open is")
    )
    moment.add_argument(
        "--open-at",
        metavar="DATETIME",
        help=translate("cli", "open op dit moment (ISO 8601, Brusselse tijd)"),
    )
    moment.add_argument(
        "--always-open", action="store_true", help=translate("cli", "enkel 24 op 7")
    )
    find.add_argument(
        "--audience",
        choices=["client", "professional"],
        default="professional",
        help=translate(
            "cli", "client: enkel diensten die een cliënt zelf mag contacteren (standaard: alle)"
        ),
    )
    find.add_argument("--theme", action="append", default=[], metavar="THEME")
    find.add_argument(
        "--all-statuses",
        action="store_true",
        help=translate("cli", "ook niet-actieve en 'niet doorverwijzen'"),
    )
    find.add_argument("--format", choices=["table", "json"], default="table")

    show = commands.add_parser("show", help=translate("cli", "alles over één dienst"))
    show.add_argument("key", metavar="KEY")
    show.add_argument("--format", choices=["text", "json"], default="text")

    check = commands.add_parser(
        "check",
        help=translate("cli", "wat aan te vullen of te verifiëren is (ouder dan 12 maanden)"),
    )
    check.add_argument("--format", choices=["text", "json"], default="text")
    _add_coordinator_commands(commands)
    _add_exchange_commands(commands)
    _add_vocabulary_commands(commands)
    _add_admin_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import os

    from ifg_desktop.cli_messages import guard_output, undecodable_argument

    arguments = sys.argv[1:] if argv is None else list(argv)
    # Before the parser is built: its help is in the chosen language.
    asked = asked_language(arguments)
    _use_language(asked or _environment_language())
    for value in (*arguments, os.environ.get("IFG_DESKTOP_DB", "")):
        bad = undecodable_argument([value])
        if bad is not None:
            print(
                translate(
                    "cli", "ifg-desktop: fout: '{text}' is geen geldige tekst (UTF-8)"
                ).format(text=bad),
                file=sys.stderr,
            )
            return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.lang is not None and args.lang != asked:  # given as an abbreviation (--la fr)
        _use_language(args.lang)
    if args.command is None:
        from ifg_desktop.ui.app import run_window

        return run_window(args.db, language=args.lang)

    import logging
    from contextlib import ExitStack

    from ifg_desktop.db import DatabaseProblem

    # Without a handler, a driver's warning (psycopg's on a lost connection) reaches stderr
    # in English beside our one Dutch line.
    for library in ("psycopg", "sqlalchemy"):
        if not logging.getLogger(library).handlers:
            logging.getLogger(library).addHandler(logging.NullHandler())
    saved = guard_output()
    try:
        # What a command opens is closed when it ends (on a server: its sessions).
        with ExitStack() as args.opened:
            return _COMMANDS[args.command](parser, args)
    except DatabaseProblem as problem:
        print(f"ifg-desktop: {_one_line(problem)}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except BrokenPipeError:  # `ifg-desktop find | head`: the reader has all it wanted
        sys.stderr.close()
        return EXIT_OK
    finally:
        sys.stdout, sys.stderr = saved


def asked_language(arguments: Sequence[str]) -> str | None:
    """The value of the top-level ``--lang`` (before the command), if a shipped language."""
    from ifg_desktop.languages import shipped_code

    words = iter(arguments)
    for word in words:
        if word == "--lang":
            return shipped_code(next(words, ""))
        if word.startswith("--lang="):
            return shipped_code(word.partition("=")[2])
        if word == "--db":
            next(words, None)
        elif not word.startswith("-") or word == "--":
            return None  # the command: what follows is its own
    return None


def _environment_language() -> str:
    from ifg_desktop.languages import environment_language

    return environment_language()


def _use_language(code: str) -> None:
    from ifg_desktop.cli_messages import speak_language
    from ifg_desktop.languages import use_on_command_line

    use_on_command_line(code)
    speak_language()


def _moment(parser: argparse.ArgumentParser, text: str, example: str) -> datetime:
    """An ISO 8601 moment from the command line, in Brussels time unless it has an offset."""
    from ifg_desktop.directory.availability import BRUSSELS

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        parser.error(
            translate("cli", "'{text}' is geen ISO 8601-tijdstip ({example})").format(
                text=text, example=example
            )
        )
    if not _FIRST_YEAR <= moment.year <= _LAST_YEAR:
        parser.error(_outside_years(text))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BRUSSELS)
    try:
        return moment.astimezone(BRUSSELS)
    except OverflowError:
        parser.error(_outside_years(text))


def _outside_years(text: str) -> str:
    return translate("cli", "'{text}' valt buiten de jaren {first}–{last}").format(
        text=text, first=_FIRST_YEAR, last=_LAST_YEAR
    )


def _open(args: argparse.Namespace) -> Any:
    from ifg_desktop.directory.seed import open_directory

    database = open_directory(args.db)
    args.opened.callback(database.dispose)
    return database


def _find(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.ages import AgeError, parse_age
    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.query import (
        AvailabilityFilter,
        ServiceQuery,
        find_services,
        search_plan,
    )
    from ifg_desktop.models import Urgency

    try:
        age = parse_age(args.age) if args.age is not None else None
    except AgeError as error:
        parser.error(str(error))
    moment = None if args.open_at is None else _moment(parser, args.open_at, "2026-11-28T22:00")
    availability = AvailabilityFilter.ANY
    if args.open_now or moment is not None:
        availability = AvailabilityFilter.OPEN
    elif args.always_open:
        availability = AvailabilityFilter.ALWAYS_OPEN
    query = ServiceQuery(
        text=args.text,
        age_months=age,
        urgency=Urgency(args.urgency.replace("-", "_")) if args.urgency else None,
        availability=availability,
        moment=moment,
        client_contact_only=args.audience == "client",
        themes=frozenset(args.theme),
        include_not_referable=args.all_statuses,
    )
    database = _open(args)
    if args.theme:
        from ifg_desktop.directory.query import list_themes

        known = {theme.key for theme in list_themes(database)}
        unknown = sorted(set(args.theme) - known)
        if unknown:
            parser.error(
                translate("cli", "onbekend thema {themes} (kies uit {known})").format(
                    themes=", ".join(repr(key) for key in unknown), known=", ".join(sorted(known))
                )
            )
    records = find_services(database, query)
    plan = search_plan(database, query)
    reference = moment or datetime.now(BRUSSELS)
    from ifg_desktop.directory.guide import load_guide, sections_for

    guide = sections_for(load_guide(database), plan.rule, plan.typed)
    if args.format == "json":
        _print_json(
            {
                "services": [record_json(record) for record in records],
                "did_you_mean": [
                    {"typed": typed, "meant": meant} for typed, meant in plan.corrections
                ],
                "partial": (
                    {"fits": list(plan.fitting), "does_not_fit": list(plan.unfitting)}
                    if plan.partial
                    else None
                ),
                "checklist": list(plan.flags),
                "guide": [{"key": s.key, "title": s.title} for s in guide],
            }
        )
    else:
        from ifg_desktop.directory.describe import search_notes

        for line in search_notes(plan):
            print(line, file=sys.stderr)
        if guide:
            titles = ", ".join(section.title for section in guide)
            print(translate("cli", "Leidraad: {titles}").format(titles=titles), file=sys.stderr)
        _print_table(records, reference)
    return EXIT_OK


def record_json(record: Any) -> dict[str, Any]:
    state = record.availability
    return {
        "key": record.key,
        "name": record.name,
        "alternate_name": record.alternate_name,
        "organization": record.organization,
        "status": record.status,
        "professional_only": record.professional_only,
        "minimum_age_months": record.minimum_age_months,
        "maximum_age_months": record.maximum_age_months,
        "ages_unknown": record.ages_unknown,
        "urgency": list(record.urgency),
        "themes": list(record.theme_keys),
        "phones": [{"number": p.display, "label": p.label, "free": p.free} for p in record.phones],
        "website": record.website,
        "email": record.email,
        "open": state.is_open,
        "availability": str(state.state),
        "next_change": state.next_change.isoformat() if state.next_change else None,
    }


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _hours_json(hours: Any) -> dict[str, str]:
    """The week in Dutch, day names as keys, whatever the language: scripts read it."""
    from ifg_desktop.directory import describe
    from ifg_desktop.i18n import in_source_language

    with in_source_language():
        return {describe.WEEKDAY_LONG[day]: text for day, text in describe.week_lines(hours)}


def _print_table(records: Sequence[Any], reference: datetime) -> None:
    from ifg_desktop.directory import describe

    rows = [
        (
            translate("cli", "SLEUTEL"),
            translate("cli", "DIENST"),
            translate("cli", "LEEFTIJD"),
            translate("cli", "TELEFOON"),
            translate("cli", "NU"),
        )
    ]
    missing = translate("cli", "(aan te vullen)")
    professionals = translate("cli", "[enkel professionals]")
    for record in records:
        phone = record.main_phone.display if record.main_phone else missing
        name = record.name + (f" {professionals}" if record.professional_only else "")
        rows.append(
            (
                record.key,
                name,
                describe.age_range(
                    record.minimum_age_months, record.maximum_age_months, record.ages_unknown
                ),
                phone,
                describe.state_text(record.availability, reference),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
    print("\n" + translate("cli", "{count} dienst(en)").format(count=len(records)))


def _show(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory import describe
    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.query import get_service

    database = _open(args)
    now = datetime.now(BRUSSELS)
    record = get_service(database, args.key, moment=now)
    if record is None:
        print(
            translate("cli", "ifg-desktop: geen dienst met sleutel '{key}'").format(key=args.key),
            file=sys.stderr,
        )
        return EXIT_NOT_FOUND
    if args.format == "json":
        data = record_json(record)
        data.update(
            description=record.description,
            contact_note=record.contact_note,
            keywords=list(record.keywords),
            notes=list(record.notes),
            free_of_charge=record.free_of_charge,
            anonymous=record.anonymous,
            alert=record.alert,
            alert_until=record.alert_until,
            assured_date=record.assured_date,
            assurer=record.assurer,
            addresses=[loc.one_line for loc in record.locations],
            hours=_hours_json(record.hours),
            schedule_note=record.schedule_note,
            archived_at=record.archived_at,
        )
        _print_json(data)
        return EXIT_OK
    lines = [record.name]
    if record.archived_at is not None:
        lines.append(translate("cli", "!! GEARCHIVEERD — staat in geen enkele lijst meer"))
    if record.alternate_name:
        lines.append(record.alternate_name)
    if record.professional_only:
        lines.append(translate("cli", "!! ENKEL VOOR PROFESSIONALS — niet aan de cliënt geven"))
    lines.append(
        translate("cli", "Status: {status}").format(status=describe.status_label(record.status))
    )
    lines.append(
        translate("cli", "Nu: {state}").format(state=describe.state_text(record.availability, now))
    )
    for phone in record.phones:
        label = f" ({phone.label})" if phone.label else ""
        lines.append(translate("cli", "Telefoon: {phone}").format(phone=phone.display + label))
    if not record.phones:
        lines.append(
            translate("cli", "Telefoon: {phone}").format(phone=translate("cli", "(aan te vullen)"))
        )
    if record.website:
        lines.append(translate("cli", "Website: {website}").format(website=record.website))
    if record.email:
        lines.append(translate("cli", "E-mail: {email}").format(email=record.email))
    for location in record.locations:
        lines.append(translate("cli", "Adres: {address}").format(address=location.one_line))
    ages = describe.age_range(
        record.minimum_age_months, record.maximum_age_months, record.ages_unknown
    )
    lines.append(translate("cli", "Leeftijd: {ages}").format(ages=ages))
    urgency = ", ".join(describe.urgency_label(u) for u in record.urgency)
    lines.append(translate("cli", "Urgentie: {urgency}").format(urgency=urgency))
    themes = ", ".join(theme.display_label for theme in record.themes)
    lines.append(translate("cli", "Thema's: {themes}").format(themes=themes))
    for note in record.notes:
        lines.append(translate("cli", "Let op: {note}").format(note=note))
    if record.description:
        lines.append("")
        lines.append(record.description)
    lines.append("")
    lines.append(translate("cli", "Openingsuren:"))
    for day, text in describe.week_lines(record.hours):
        lines.append(f"  {describe.weekday_long(day):<10} {text}")
    if record.schedule_note:
        lines.append(f"  {record.schedule_note}")
    verified = record.assured_date.isoformat() if record.assured_date else translate("cli", "nooit")
    lines.append("\n" + translate("cli", "Laatst geverifieerd: {date}").format(date=verified))
    print("\n".join(lines))
    return EXIT_OK


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.check import check_directory, problem_text

    database = _open(args)
    today = datetime.now().date()
    findings = check_directory(database, today)
    if args.format == "json":
        _print_json(
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
    for finding in findings:
        print(f"{finding.key}: {finding.name}")
        for problem in finding.problems:
            print(f"  - {problem_text(finding, problem)}")
    print("\n" + translate("cli", "{count} dienst(en) vragen aandacht").format(count=len(findings)))
    return EXIT_OK


_COMMANDS = {"find": _find, "show": _show, "check": _check}


# -- Coordinator mode (issue 4): the trail and password recovery ---------------------------


def _add_coordinator_commands(commands: Any) -> None:
    audit = commands.add_parser(
        "audit", help=translate("cli", "wie wijzigde wat, wanneer (het spoor)")
    )
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
    reset.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "het nieuwe wachtwoord van de standaardinvoer lezen (voor scripts)"),
    )


def _audit(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.audit import trail
    from ifg_desktop.directory.availability import BRUSSELS

    since = None if args.since is None else _moment(parser, args.since, "2026-11-01")
    database = _open(args)
    entries = trail(database, args.key, since)
    if not entries and args.key is not None and not _known_key(database, args.key):
        print(
            translate("cli", "ifg-desktop: niets in het spoor over '{key}'").format(key=args.key),
            file=sys.stderr,
        )
        return EXIT_NOT_FOUND
    if args.format == "json":
        _print_json(
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
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = translate("cli", "onbekend")
    database = _open(args)
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


_COMMANDS.update({"audit": _audit, "reset-coordinator-password": _reset_coordinator_password})

# --- import, export, backup, restore (issue 5) ----------------------------------------------

_PREVIEW_ADDED = 20  # added services listed by key; more are counted


def _add_exchange_commands(commands: Any) -> None:
    formats = ["hsds-json", "hsds-csv"]
    by_file_name = translate("cli", "standaard: volgens de bestandsnaam")
    imp = commands.add_parser(
        "import",
        help=translate(
            "cli", "diensten importeren uit Open Referral HSDS 3.0 (JSON, of CSV in een map of zip)"
        ),
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "enkel tonen wat er zou veranderen")
    )
    imp.add_argument("--format", choices=formats, help=by_file_name)
    imp.add_argument(
        "--actor",
        metavar="NAAM",
        help=translate("cli", "wie importeert (voor de audit); standaard: de login"),
    )
    exp = commands.add_parser(
        "export",
        help=translate(
            "cli", "alle diensten exporteren als HSDS 3.0 (.json, .zip of een map met CSV)"
        ),
    )
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--format", choices=formats, help=by_file_name)
    backup = commands.add_parser(
        "backup",
        help=translate(
            "cli", "een reservekopie van de databank maken (naast de databank, of in FILE)"
        ),
    )
    backup.add_argument("file", nargs="?", metavar="FILE")
    restore = commands.add_parser(
        "restore",
        help=translate(
            "cli", "een reservekopie terugzetten (de huidige databank wordt eerst bewaard)"
        ),
    )
    restore.add_argument("file", metavar="FILE")


def _one_line(problem: object) -> str:
    return " ".join(str(problem).split())


def _unknown_format(file: str) -> str:
    return translate("cli", "kan het formaat van '{file}' niet afleiden: gebruik --format").format(
        file=file
    )


def _import(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ifg_desktop.directory.hsds import (
        Action,
        HsdsProblem,
        apply_import,
        detect_format,
        plan_import,
    )

    path = Path(args.file)
    if args.format is None and detect_format(path) is None:
        parser.error(_unknown_format(args.file))
    database = _open(args)
    try:
        plan = plan_import(database, path, fmt=args.format)
        _print_plan(plan, Action)
        if args.dry_run:
            print(translate("cli", "Proefdraai: er is niets gewijzigd."))
            return EXIT_OK
        if not plan.writes:
            print(translate("cli", "Niets te importeren: de databank is niet gewijzigd."))
            return EXIT_OK
        result = apply_import(database, plan, actor=args.actor or _login())
    except HsdsProblem as problem:
        print(f"ifg-desktop: {_one_line(problem)}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    if result.backup is not None:
        print(translate("cli", "Reservekopie van de databank: {file}").format(file=result.backup))
    print(translate("cli", "Geïmporteerd: {summary}.").format(summary=plan.summary))
    return EXIT_OK


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return translate("cli", "onbekend")


def _print_plan(plan: Any, action: Any) -> None:
    print(f"{plan.file}: {plan.summary}")
    added = [s for s in plan.services if s.action is action.ADDED]
    for service in added[:_PREVIEW_ADDED]:
        print(f"+ {service.key}  {service.name}")
    if len(added) > _PREVIEW_ADDED:
        more = len(added) - _PREVIEW_ADDED
        print("+ " + translate("cli", "… en nog {count} nieuwe dienst(en)").format(count=more))
    for service in plan.services:
        if service.action is action.CHANGED:
            print(f"~ {service.key}  {service.name}")
            for change in service.changes:
                print(f"    {change.label}: {change.old_text} → {change.new_text}")
    for key, label in plan.new_themes:
        print(translate("cli", "Nieuw thema: {key} ({label})").format(key=key, label=label))
    _print_planned_terms(plan, action)
    noted = [s for s in plan.services if s.notes]
    if noted or plan.notes:
        print(
            translate(
                "cli", "Niet overgenomen (HSDS kan het zeggen, IFG-wegwijzer kan het niet bewaren):"
            )
        )
        for note in plan.notes:
            print(f"  - {note}")
        for service in noted:
            print(f"  {service.key}:")
            for note in service.notes:
                print(f"    - {note}")


def _print_planned_terms(plan: Any, action: Any) -> None:
    """The search vocabulary's new and changed terms, and what is said about them."""
    added = [t for t in plan.terms if t.action is action.ADDED]
    search_term = translate("cli", "zoekterm {term}")
    for term in added[:_PREVIEW_ADDED]:
        print(f"+ {search_term.format(term=term.term)}: {term.changes[0].new_text}")
    if len(added) > _PREVIEW_ADDED:
        more = len(added) - _PREVIEW_ADDED
        print("+ " + translate("cli", "… en nog {count} nieuwe zoekterm(en)").format(count=more))
    for term in plan.terms:
        if term.action is action.CHANGED:
            change = term.changes[0]
            print(f"~ {search_term.format(term=term.term)}: {change.old_text} → {change.new_text}")
    for term in plan.terms:
        for note in term.notes:
            print(f"  {search_term.format(term=term.term)}: {note}")


def _export(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ifg_desktop.directory.hsds import HsdsProblem, export_directory, export_format

    path = Path(args.file)
    if args.format is None and export_format(path) is None:
        parser.error(_unknown_format(args.file))
    database = _open(args)
    try:
        count = export_directory(database, path, fmt=args.format)
    except HsdsProblem as problem:
        print(f"ifg-desktop: {_one_line(problem)}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    print(
        translate("cli", "{count} dienst(en) geëxporteerd naar {path}").format(
            count=count, path=path
        )
    )
    return EXIT_OK


def _backup(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ifg_desktop.db import open_database
    from ifg_desktop.db.backup import make_backup
    from ifg_desktop.db.engine import resolve_target, sqlite_file_of

    url = resolve_target(args.db)
    path = sqlite_file_of(url)
    if path is not None and not path.exists():
        print(
            translate("cli", "ifg-desktop: de databank {path} bestaat (nog) niet").format(
                path=path
            ),
            file=sys.stderr,
        )
        return EXIT_ENVIRONMENT
    database = open_database(url)
    try:
        made = make_backup(database, Path(args.file) if args.file else None)
    finally:
        database.dispose()
    print(translate("cli", "Reservekopie: {file}").format(file=made))
    return EXIT_OK


def _restore(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ifg_desktop.db.backup import restore_backup
    from ifg_desktop.db.engine import resolve_target

    kept = restore_backup(resolve_target(args.db), Path(args.file))
    if kept is not None:
        print(translate("cli", "De vorige databank is bewaard als {file}").format(file=kept))
    print(translate("cli", "Teruggezet: {file}").format(file=args.file))
    return EXIT_OK


_COMMANDS.update({"import": _import, "export": _export, "backup": _backup, "restore": _restore})

# --- the search vocabulary (coordinators) ---------------------------------------------------


def _add_vocabulary_commands(commands: Any) -> None:
    terms = commands.add_parser(
        "terms",
        help=translate(
            "cli", "de zoektermen: woorden die mensen gebruiken, en de woorden die ze vinden"
        ),
        description=translate(
            "cli",
            "Zonder ACTION: de zoektermen tonen. add en remove wijzigen ze, met het "
            "spoor op naam van --actor (standaard: de login).",
        ),
    )
    terms.add_argument("--format", choices=["text", "json"], default="text")
    who_did_it = translate("cli", "wie het doet (voor het spoor)")
    actions = terms.add_subparsers(dest="terms_action", metavar="ACTION", parser_class=_Parser)
    add = actions.add_parser(
        "add",
        help=translate("cli", "een zoekterm toevoegen (of wat een bestaande vindt vervangen)"),
    )
    add.add_argument(
        "term", metavar="TERM", help=translate("cli", 'een woord of uitdrukking ("vluchthuis")')
    )
    add.add_argument(
        "--finds",
        action="append",
        required=True,
        metavar="WOORD",
        help=translate("cli", "een woord van de wegwijzer dat de term vindt (herhaalbaar)"),
    )
    add.add_argument(
        "--flag",
        action="append",
        default=[],
        metavar="KEY",
        help=translate(
            "cli", "de sleutel van een signaal van de checklist dat de term noemt (herhaalbaar)"
        ),
    )
    add.add_argument("--actor", metavar="NAAM", help=who_did_it)
    remove = actions.add_parser("remove", help=translate("cli", "een zoekterm verwijderen"))
    remove.add_argument("term", metavar="TERM")
    remove.add_argument("--actor", metavar="NAAM", help=who_did_it)


def _terms(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory import vocabulary

    if args.terms_action in ("add", "remove") and args.actor is not None and not args.actor.strip():
        return _refused(translate("cli", "--actor mag niet leeg zijn"))
    database = _open(args)
    if args.terms_action == "add":
        record = vocabulary.TermRecord(args.term, tuple(args.finds), tuple(args.flag))
        try:
            known = {t.term: t for t in vocabulary.read_terms(database)}
            stored = vocabulary.save_term(database, record, by=args.actor or _login())
        except vocabulary.TermProblem as problem:
            return _refused(str(problem))
        was = known.get(stored.term)
        if was is None:
            done = translate("cli", "Zoekterm toegevoegd: {term}")
        elif was == stored:
            done = translate("cli", "Zoekterm ongewijzigd: {term}")
        else:
            done = translate("cli", "Zoekterm gewijzigd: {term}")
        print(done.format(term=_term_line(stored)))
        return EXIT_OK
    if args.terms_action == "remove":
        if not vocabulary.remove_term(database, args.term, by=args.actor or _login()):
            print(
                translate(
                    "cli", "ifg-desktop: '{term}' staat niet in de zoektermen; niets gewijzigd"
                ).format(term=_one_line(args.term)),
                file=sys.stderr,
            )
            return EXIT_NOT_FOUND
        print(
            translate("cli", "Zoekterm verwijderd: {term}").format(
                term=vocabulary.normalized_term(args.term)
            )
        )
        return EXIT_OK
    terms = vocabulary.read_terms(database)
    if args.format == "json":
        _print_json(
            [{"term": t.term, "finds": list(t.finds), "flags": list(t.flags)} for t in terms]
        )
        return EXIT_OK
    for term in terms:
        print(_term_line(term))
    print("\n" + translate("cli", "{count} zoekterm(en)").format(count=len(terms)))
    return EXIT_OK


def _term_line(term: Any) -> str:
    """ "vluchthuis → opvang, vluchthuis  [signalen: eigen-angst]" """
    line = f"{term.term} → {', '.join(term.finds)}"
    if not term.flags:
        return line
    return line + "  " + translate("cli", "[signalen: {flags}]").format(flags=", ".join(term.flags))


def _refused(message: str) -> int:
    """Bad input: one line, exit status 2, nothing changed."""
    print(f"ifg-desktop: {_one_line(message)}", file=sys.stderr)
    return EXIT_USAGE


_COMMANDS.update({"terms": _terms})

# --- the shared PostgreSQL database's roles (issue 12) --------------------------------------


def _add_admin_commands(commands: Any) -> None:
    from ifg_desktop.cli_admin import add_admin_commands

    add_admin_commands(commands, _Parser)


def _admin(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.cli_admin import run_admin

    return run_admin(parser, args)


_COMMANDS.update({"admin": _admin})
