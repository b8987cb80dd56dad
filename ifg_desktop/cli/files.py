"""``import``, ``export``, ``backup`` and ``restore``: the directory in and out as Open
Referral HSDS 3.0, and the database file kept and put back."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ifg_desktop.cli.common import (
    EXIT_ENVIRONMENT,
    EXIT_OK,
    login,
    one_line,
    open_directory,
    terminal_progress,
)
from ifg_desktop.i18n import translate

_PREVIEW_ADDED = 20  # added services listed by key; more are counted


def add_commands(commands: Any) -> None:
    formats = ["hsds-json", "hsds-csv"]
    by_file_name = translate("cli", "standaard: volgens de bestandsnaam")
    imp = commands.add_parser(
        "import",
        help=translate(
            "cli", "diensten importeren uit Open Referral HSDS 3.0 (JSON, of CSV in een map of zip)"
        ),
    )
    imp.set_defaults(handler=_import)
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
    exp.set_defaults(handler=_export)
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--format", choices=formats, help=by_file_name)
    backup = commands.add_parser(
        "backup",
        help=translate(
            "cli", "een reservekopie van de databank maken (naast de databank, of in FILE)"
        ),
    )
    backup.set_defaults(handler=_backup)
    backup.add_argument("file", nargs="?", metavar="FILE")
    restore = commands.add_parser(
        "restore",
        help=translate(
            "cli", "een reservekopie terugzetten (de huidige databank wordt eerst bewaard)"
        ),
    )
    restore.set_defaults(handler=_restore)
    restore.add_argument("file", metavar="FILE")


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
    database = open_directory(args)
    progress = terminal_progress()  # 100,000 services take a minute or two: say how far
    try:
        with progress:
            plan = plan_import(database, path, fmt=args.format, progress=progress)
        _print_plan(plan, Action)
        if args.dry_run:
            print(translate("cli", "Proefdraai: er is niets gewijzigd."))
            return EXIT_OK
        # Also when nothing changes: remembers what the services were read from.
        with progress:
            result = apply_import(database, plan, actor=args.actor or login(), progress=progress)
        if not plan.writes:
            print(translate("cli", "Niets te importeren: de databank is niet gewijzigd."))
            return EXIT_OK
    except HsdsProblem as problem:
        print(f"ifg-desktop: {one_line(problem)}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    if result.backup is not None:
        print(translate("cli", "Reservekopie van de databank: {file}").format(file=result.backup))
    print(translate("cli", "Geïmporteerd: {summary}.").format(summary=plan.summary))
    return EXIT_OK


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
    database = open_directory(args)
    progress = terminal_progress()
    try:
        with progress:
            count = export_directory(database, path, fmt=args.format, progress=progress)
    except HsdsProblem as problem:
        print(f"ifg-desktop: {one_line(problem)}", file=sys.stderr)
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
