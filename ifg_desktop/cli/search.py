"""``find`` and ``show``: the front desk's search and a service's whole record."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ifg_desktop.cli.common import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    moment,
    open_directory,
    print_json,
)
from ifg_desktop.i18n import translate


def add_commands(commands: Any) -> None:
    find = commands.add_parser(
        "find", help=translate("cli", "diensten zoeken zoals in het venster")
    )
    find.set_defaults(handler=_find)
    find.add_argument("text", nargs="?", default="", metavar="TEXT")
    find.add_argument(
        "--age", metavar="AGE", help=translate("cli", "34 (jaar), 18m (maanden) of unborn")
    )
    find.add_argument("--urgency", choices=["acute", "crisis", "non-acute"])
    when = find.add_mutually_exclusive_group()
    when.add_argument(
        "--open-now", action="store_true", help=translate("cli", "enkel wat nu open is")
    )
    when.add_argument(
        "--open-at",
        metavar="DATETIME",
        help=translate("cli", "open op dit moment (ISO 8601, Brusselse tijd)"),
    )
    when.add_argument("--always-open", action="store_true", help=translate("cli", "enkel 24 op 7"))
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
        "--language",
        action="append",
        default=[],
        metavar="CODE",
        help=translate("cli", "spreekt deze taal: ISO 639-code, zoals nl, fr, ar of vgt"),
    )
    find.add_argument(
        "--all-statuses",
        action="store_true",
        help=translate("cli", "ook niet-actieve en 'niet doorverwijzen'"),
    )
    find.add_argument("--format", choices=["table", "json"], default="table")

    show = commands.add_parser("show", help=translate("cli", "alles over één dienst"))
    show.set_defaults(handler=_show)
    show.add_argument("key", metavar="KEY")
    show.add_argument("--format", choices=["text", "json"], default="text")


def _find(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory.ages import AgeError, parse_age
    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.query import (
        AvailabilityFilter,
        ServiceQuery,
        count_without_languages,
        find_services,
        search_plan,
    )
    from ifg_desktop.models import Urgency

    try:
        age = parse_age(args.age) if args.age is not None else None
    except AgeError as error:
        parser.error(str(error))
    at = None if args.open_at is None else moment(parser, args.open_at, "2026-11-28T22:00")
    availability = AvailabilityFilter.ANY
    if args.open_now or at is not None:
        availability = AvailabilityFilter.OPEN
    elif args.always_open:
        availability = AvailabilityFilter.ALWAYS_OPEN
    query = ServiceQuery(
        text=args.text,
        age_months=age,
        urgency=Urgency(args.urgency.replace("-", "_")) if args.urgency else None,
        availability=availability,
        moment=at,
        client_contact_only=args.audience == "client",
        themes=frozenset(args.theme),
        include_not_referable=args.all_statuses,
        languages=_languages(parser, args.language),
    )
    database = open_directory(args)
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
    reference = at or datetime.now(BRUSSELS)
    from ifg_desktop.directory.guide import load_guide, sections_for

    guide = sections_for(load_guide(database), plan.rule, plan.typed)
    # A language filter hides the services nobody entered languages for: say how many.
    unlisted = (
        count_without_languages(database, include_not_referable=args.all_statuses)
        if query.languages
        else None
    )
    if args.format == "json":
        print_json(
            {
                "services": [record_json(record) for record in records],
                "did_you_mean": [
                    {"typed": typed, "meant": meant} for typed, meant in plan.corrections
                ],
                "read_as_phrases": [
                    {"typed": typed, "phrase": phrase} for typed, phrase in plan.read_as_phrases
                ],
                "partial": (
                    {"fits": list(plan.fitting), "does_not_fit": list(plan.unfitting)}
                    if plan.partial
                    else None
                ),
                "checklist": list(plan.flags),
                "guide": [{"key": s.key, "title": s.title} for s in guide],
                # Null without a language filter.
                "not_shown_without_languages": unlisted,
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
        if unlisted:
            print(
                translate("cli", "{count} dienst(en) zonder opgegeven talen niet getoond").format(
                    count=unlisted
                )
            )
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
        "url": record.url,
        "website": record.url,  # the older name, kept for scripts that read it
        "languages": list(record.languages),
        "email": record.email,
        "open": state.is_open,
        "availability": str(state.state),
        "next_change": state.next_change.isoformat() if state.next_change else None,
    }


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


def _languages(parser: argparse.ArgumentParser, typed: Sequence[str]) -> frozenset[str]:
    """The stored codes of the languages asked for ("NLD" is nl); an unknown one: exit 2."""
    from ifg_desktop.directory.spoken_languages import BY_CODE, known_code

    codes = {text: known_code(text) for text in typed}
    unknown = [text for text, code in codes.items() if code is None]
    if unknown:
        parser.error(
            translate("cli", "onbekende taal {languages} (kies uit {known})").format(
                languages=", ".join(repr(text) for text in unknown), known=", ".join(BY_CODE)
            )
        )
    return frozenset(code for code in codes.values() if code is not None)


def _show(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ifg_desktop.directory import describe
    from ifg_desktop.directory.availability import BRUSSELS
    from ifg_desktop.directory.query import get_service

    database = open_directory(args)
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
        print_json(data)
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
    if record.url:
        lines.append(translate("cli", "Website: {website}").format(website=record.url))
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
    if record.languages:
        from ifg_desktop.directory.spoken_languages import names

        spoken = names(record.languages)
        lines.append(translate("cli", "Talen: {languages}").format(languages=spoken))
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
