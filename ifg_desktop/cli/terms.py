"""``terms``: the search vocabulary, the words people use and the words they find, listed,
added and removed by a coordinator."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ifg_desktop.cli.common import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    login,
    one_line,
    open_directory,
    print_json,
)
from ifg_desktop.i18n import translate


def add_commands(commands: Any) -> None:
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
    terms.set_defaults(handler=_terms)
    terms.add_argument("--format", choices=["text", "json"], default="text")
    who_did_it = translate("cli", "wie het doet (voor het spoor)")
    actions = terms.add_subparsers(dest="terms_action", metavar="ACTION", parser_class=Parser)
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
    database = open_directory(args)
    if args.terms_action == "add":
        record = vocabulary.TermRecord(args.term, tuple(args.finds), tuple(args.flag))
        try:
            known = {t.term: t for t in vocabulary.read_terms(database)}
            stored = vocabulary.save_term(database, record, by=args.actor or login())
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
        if not vocabulary.remove_term(database, args.term, by=args.actor or login()):
            print(
                translate(
                    "cli", "ifg-desktop: '{term}' staat niet in de zoektermen; niets gewijzigd"
                ).format(term=one_line(args.term)),
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
        print_json(
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
    print(f"ifg-desktop: {one_line(message)}", file=sys.stderr)
    return EXIT_USAGE
